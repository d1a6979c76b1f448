/**
 * Whose access keys a call is about, and the queries over access_keys.
 * Without UserName a call is about the caller's own keys: an IAM user's, or
 * the root user's (stored with user_id null).
 */
import { noSuchAccessKey, userNameRequired } from "../model/errors.js";
import type { AccessKeyTable, Selectable } from "../store/index.js";
import type { Caller, OperationContext } from "./action.js";
import { optStr, type Input } from "./input.js";
import { namedUserArn, type Db } from "./inline-policies-common.js";
import { requireUser, selfUserArn } from "./users.js";

export type KeyRow = Selectable<AccessKeyTable>;

export interface KeyOwner {
  /** Null for the root user. */
  userId: string | null;
  /** Undefined for the root user. */
  userName?: string;
}

/** The resource of an access key action: the named user, or the caller. */
export function keyOwnerResource(input: Input, caller: Caller, partition: string): string {
  const name = optStr(input, "UserName");
  return name === undefined ? selfUserArn(caller) : namedUserArn(name, caller, partition);
}

export async function keyOwner(
  db: Db,
  ctx: OperationContext,
  name: string | undefined,
): Promise<KeyOwner> {
  if (name !== undefined) {
    const user = await requireUser(db, ctx.caller.accountId, name);
    return { userId: user.id, userName: user.name };
  }
  if (ctx.caller.kind === "root") return { userId: null };
  if (ctx.caller.userId === undefined) throw userNameRequired();
  const owner: KeyOwner = { userId: ctx.caller.userId };
  if (ctx.caller.userName !== undefined) owner.userName = ctx.caller.userName;
  return owner;
}

/** The owner's keys, oldest first. */
export async function keysOf(db: Db, accountId: string, userId: string | null): Promise<KeyRow[]> {
  let q = db.selectFrom("access_keys").selectAll().where("account_id", "=", accountId);
  q = userId === null ? q.where("user_id", "is", null) : q.where("user_id", "=", userId);
  return q.orderBy("created_at").orderBy("id").execute();
}

/** The key, when it belongs to the owner; AWS's NoSuchEntity otherwise. */
export async function requireOwnedKey(
  db: Db,
  accountId: string,
  owner: KeyOwner,
  keyId: string,
): Promise<KeyRow> {
  const row = await db
    .selectFrom("access_keys")
    .selectAll()
    .where("id", "=", keyId)
    .where("account_id", "=", accountId)
    .executeTakeFirst();
  if (row === undefined || row.user_id !== owner.userId) throw noSuchAccessKey(keyId);
  return row;
}

export function keyMetadata(row: KeyRow, owner: KeyOwner): Record<string, unknown> {
  const out: Record<string, unknown> = {
    AccessKeyId: row.id,
    Status: row.status,
    CreateDate: row.created_at,
  };
  if (owner.userName !== undefined) out.UserName = owner.userName;
  return out;
}
