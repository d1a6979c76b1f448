/**
 * Sign-in's first step: the account (alias or id), the IAM user's name or
 * the root user, and the password. What comes next: the MFA code when the
 * principal has an MFA device, a new password when the old one must be reset
 * or has expired, or the console. Every failure answers the same, whether the
 * account or user exists or not, and takes as long.
 */
import { verifyPassword } from "../../auth/password.js";
import { resolveSignInAccount } from "../../iam/account-aliases.js";
import { checkSignIn } from "../../iam/login-profiles-common.js";
import type { PasswordState } from "../../iam/password-rules.js";
import { rootPasswordHash } from "../../iam/root-password.js";
import { findUser } from "../../iam/users.js";
import { badRequest, passwordExpired } from "./errors.js";
import {
  fail,
  field,
  hasMfa,
  issue,
  reserve,
  signInKeys,
  spendPasswordCheck,
  succeed,
  type SignInRequest,
  type StepResult,
} from "./sign-in-common.js";

/** Longer than any account id, alias (63), user name (64) or password (128) AWS allows. */
const MAX_NAME = 64;
const MAX_PASSWORD = 256;

interface Verified {
  accountId: string;
  /** null: the root user. */
  userId: string | null;
  state?: PasswordState;
}

export async function passwordStep(
  req: SignInRequest,
  body: Record<string, unknown>,
): Promise<StepResult> {
  const account = field(body, "account", MAX_NAME)?.trim().toLowerCase();
  const root = body.root === true;
  const userName = root ? undefined : field(body, "userName", MAX_NAME)?.trim();
  const password = field(body, "password", MAX_PASSWORD);
  if (account === undefined || password === undefined || (!root && userName === undefined)) {
    throw badRequest("Enter the account, the IAM user name (unless root) and the password.");
  }
  const found = await req.services.store.read((db) => resolveSignInAccount(db, account));
  const keys = signInKeys(found?.accountId ?? account, userName, req.sourceIp);
  const reservation = await reserve(req, keys);
  const verified =
    found === undefined ? undefined : await verify(req, found.accountId, userName, password);
  if (verified === undefined) return fail(req, reservation);
  await succeed(req, reservation);
  if (verified.state?.adminResetRequired) throw passwordExpired();
  const mfa = await hasMfa(req.services, verified.accountId, verified.userId);
  const mustChange = verified.state?.mustChange === true;
  const spec = {
    accountId: verified.accountId,
    userId: verified.userId,
    mfaAt: null,
    createdAt: req.now,
  };
  if (mfa) return issue(req, spec, "mfa");
  if (mustChange)
    return issue(req, spec, "new-password", verified.state?.expired ? "expired" : "reset");
  return issue(req, spec, "done");
}

/** The principal whose password this is, or undefined (after as long as a real check takes). */
async function verify(
  req: SignInRequest,
  accountId: string,
  userName: string | undefined,
  password: string,
): Promise<Verified | undefined> {
  const { store } = req.services;
  if (userName === undefined) {
    const hash = await store.read((db) => rootPasswordHash(db, accountId));
    if (hash === undefined) return spendPasswordCheck(password).then(() => undefined);
    return (await verifyPassword(hash, password)) ? { accountId, userId: null } : undefined;
  }
  const user = await store.read((db) => findUser(db, accountId, userName));
  if (user === undefined) return spendPasswordCheck(password).then(() => undefined);
  // Outside a transaction: the password check is slow, and holds no connection.
  const result = await checkSignIn(store.db, accountId, user.id, password, req.now);
  if (result === undefined) return spendPasswordCheck(password).then(() => undefined);
  return result.valid ? { accountId, userId: user.id, state: result.state } : undefined;
}
