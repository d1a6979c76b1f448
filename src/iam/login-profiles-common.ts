/**
 * What the login profile actions share: whose profile a call is about, the
 * answer's shape, and setting a password — checked against the account
 * password policy (or AWS's default rules) and its reuse prevention, then
 * appended to the user's history.
 *
 * The history outlives DeleteLoginProfile: reuse prevention is about the
 * user's earlier passwords, so a profile created again still may not take
 * one of the last N. DeleteUser drops it with the user.
 */
import { hashPassword, verifyPassword } from "../auth/password.js";
import { noSuchLoginProfile, passwordPolicyViolation, userNameRequired } from "../model/errors.js";
import type { LoginProfileTable, Selectable, UserTable } from "../store/index.js";
import type { Caller, OperationContext } from "./action.js";
import { optStr, type Input } from "./input.js";
import { namedUserArn, type Db } from "./inline-policies-common.js";
import { readPasswordPolicy } from "./password-policy.js";
import {
  checkPassword,
  failedRuleText,
  passwordState,
  type PasswordState,
} from "./password-rules.js";
import { requireUser, selfUserArn } from "./users.js";

export type ProfileRow = Selectable<LoginProfileTable>;
type UserRow = Selectable<UserTable>;

/** History rows kept per user: PasswordReusePrevention's maximum. */
export const HISTORY_KEPT = 24;

/** The resource of a login profile action: the named user, or the caller. */
export function profileResource(input: Input, caller: Caller, partition: string): string {
  const name = optStr(input, "UserName");
  return name === undefined ? selfUserArn(caller) : namedUserArn(name, caller, partition);
}

/** The named user, or the calling IAM user; the root user must name one. */
export async function profileUser(
  db: Db,
  ctx: OperationContext,
  name: string | undefined,
): Promise<UserRow> {
  const account = ctx.caller.accountId;
  if (name !== undefined) return requireUser(db, account, name);
  if (ctx.caller.kind === "root" || ctx.caller.userName === undefined) throw userNameRequired();
  return requireUser(db, account, ctx.caller.userName);
}

export async function findProfile(db: Db, userId: string): Promise<ProfileRow | undefined> {
  return db
    .selectFrom("login_profiles")
    .selectAll()
    .where("user_id", "=", userId)
    .executeTakeFirst();
}

export async function requireProfile(db: Db, user: UserRow): Promise<ProfileRow> {
  const row = await findProfile(db, user.id);
  if (row === undefined) throw noSuchLoginProfile(user.name);
  return row;
}

export function profileShape(user: UserRow, row: ProfileRow): Record<string, unknown> {
  return {
    UserName: user.name,
    CreateDate: row.created_at,
    PasswordResetRequired: row.password_reset_required === 1,
  };
}

/** A password about to be set, hashed before the transaction (argon2 is slow). */
export interface NewPassword {
  plain: string;
  hash: string;
}

export async function prepare(password: string): Promise<NewPassword> {
  return { plain: password, hash: await hashPassword(password) };
}

/**
 * PasswordPolicyViolation unless `password` passes the account's rules and is
 * none of the user's last N passwords (N = PasswordReusePrevention).
 */
export async function checkNewPassword(
  db: Db,
  accountId: string,
  userId: string,
  password: string,
): Promise<void> {
  const policy = await readPasswordPolicy(db, accountId);
  const failed = checkPassword(password, policy);
  if (failed.length > 0) {
    throw passwordPolicyViolation(
      failed.map((rule) => `${failedRuleText(rule, policy)}.`).join(" "),
    );
  }
  const n = policy?.reusePrevention;
  if (n === undefined) return;
  const recent = await db
    .selectFrom("password_history")
    .select("password_hash")
    .where("user_id", "=", userId)
    .orderBy("seq", "desc")
    .limit(n)
    .execute();
  for (const row of recent) {
    if (await verifyPassword(row.password_hash, password)) throw passwordPolicyViolation();
  }
}

/** Appends a set password to the user's history, keeping the last HISTORY_KEPT. */
export async function recordPassword(
  db: Db,
  accountId: string,
  userId: string,
  hash: string,
  setAt: string,
): Promise<void> {
  const last = await db
    .selectFrom("password_history")
    .select((eb) => eb.fn.max<number | null>("seq").as("seq"))
    .where("user_id", "=", userId)
    .executeTakeFirst();
  const seq = Number(last?.seq ?? 0) + 1;
  await db
    .insertInto("password_history")
    .values({ user_id: userId, seq, account_id: accountId, password_hash: hash, set_at: setAt })
    .execute();
  await db
    .deleteFrom("password_history")
    .where("user_id", "=", userId)
    .where("seq", "<=", seq - HISTORY_KEPT)
    .execute();
}

/**
 * For the console's sign-in: whether `password` is the user's console
 * password, and what must happen next (change it, or wait for an
 * administrator under HardExpiry). Undefined when the user has no password.
 */
export async function checkSignIn(
  db: Db,
  accountId: string,
  userId: string,
  password: string,
  now: Date,
): Promise<{ valid: boolean; state: PasswordState } | undefined> {
  const profile = await findProfile(db, userId);
  if (profile === undefined || profile.account_id !== accountId) return undefined;
  const policy = await readPasswordPolicy(db, accountId);
  const valid = await verifyPassword(profile.password_hash, password);
  const state = passwordState(
    policy,
    new Date(profile.password_changed_at),
    profile.password_reset_required === 1,
    now,
  );
  return { valid, state };
}
