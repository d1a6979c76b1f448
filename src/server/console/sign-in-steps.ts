/**
 * Sign-in's further steps, each on the pending session the step before
 * issued: the MFA code (any enabled device of the principal; a code counts
 * once), and the new password, set through IAM's own ChangePassword (the
 * account's password policy, reuse prevention, and the permission to change
 * one's password all apply).
 */
import type { ConsoleSessionRow } from "../../auth/console-sessions.js";
import { findProfile } from "../../iam/login-profiles-common.js";
import { verifyMfaCode } from "../../iam/mfa-verify.js";
import { readPasswordPolicy } from "../../iam/password-policy.js";
import { passwordState, type PasswordState } from "../../iam/password-rules.js";
import { ApiError } from "../../protocol/errors.js";
import { isoTime, type Database, type Transaction } from "../../store/index.js";
import { runConsoleAction } from "./actions.js";
import { consoleCaller } from "./caller.js";
import { badRequest, passwordExpired, sessionExpired } from "./errors.js";
import {
  fail,
  field,
  issue,
  reserve,
  signInKeys,
  succeed,
  type SignInRequest,
  type StepResult,
} from "./sign-in-common.js";

const CODE = /^\d{6}$/;

export async function mfaStep(
  req: SignInRequest,
  row: ConsoleSessionRow,
  body: Record<string, unknown>,
): Promise<StepResult> {
  const { services, now } = req;
  const caller = await consoleCaller(services, row);
  if (caller === undefined) throw sessionExpired();
  const keys = signInKeys(row.account_id, caller.userName, req.sourceIp);
  const reservation = await reserve(req, keys);
  const code = field(body, "code", 16)?.trim() ?? "";
  const accepted =
    CODE.test(code) &&
    (await services.store.write(row.account_id, (tx) =>
      acceptCode(tx, req, row.account_id, row.user_id, code),
    ));
  if (!accepted) return fail(req, reservation, row.id);
  await succeed(req, reservation);
  const state = row.user_id === null ? undefined : await storedPasswordState(req, row);
  if (state?.adminResetRequired) throw passwordExpired();
  const spec = {
    accountId: row.account_id,
    userId: row.user_id,
    mfaAt: isoTime(now),
    createdAt: new Date(row.created_at),
    replaces: row.id,
  };
  if (state?.mustChange)
    return issue(req, spec, "new-password", state.expired ? "expired" : "reset");
  return issue(req, spec, "done");
}

/** Whether `code` is valid now for one of the principal's enabled devices (recording its use). */
async function acceptCode(
  tx: Transaction<Database>,
  req: SignInRequest,
  accountId: string,
  userId: string | null,
  code: string,
): Promise<boolean> {
  let q = tx
    .selectFrom("mfa_devices")
    .select("serial")
    .where("account_id", "=", accountId)
    .where("enabled_at", "is not", null);
  q = userId === null ? q.where("root", "=", 1) : q.where("user_id", "=", userId);
  for (const device of await q.orderBy("serial").execute()) {
    try {
      await verifyMfaCode(tx, req.services.secrets, {
        accountId,
        userId,
        serialNumber: device.serial,
        code,
        now: req.now,
      });
      return true;
    } catch (err) {
      // Not this device's code (or a replay): try the next; nothing was written.
      if (!(err instanceof ApiError)) throw err;
    }
  }
  return false;
}

async function storedPasswordState(
  req: SignInRequest,
  row: ConsoleSessionRow,
): Promise<PasswordState | undefined> {
  const userId = row.user_id as string;
  return req.services.store.read(async (db) => {
    const profile = await findProfile(db, userId);
    if (profile === undefined) return undefined;
    const policy = await readPasswordPolicy(db, row.account_id);
    return passwordState(
      policy,
      new Date(profile.password_changed_at),
      profile.password_reset_required === 1,
      req.now,
    );
  });
}

export async function newPasswordStep(
  req: SignInRequest,
  row: ConsoleSessionRow,
  body: Record<string, unknown>,
): Promise<StepResult> {
  const oldPassword = field(body, "oldPassword", 256);
  const newPassword = field(body, "newPassword", 256);
  if (oldPassword === undefined || newPassword === undefined) {
    throw badRequest("Enter the old password and the new one.");
  }
  const caller = await consoleCaller(req.services, row);
  if (caller === undefined || caller.kind !== "user") throw sessionExpired();
  await runConsoleAction(
    req.services,
    caller,
    "ChangePassword",
    { OldPassword: oldPassword, NewPassword: newPassword },
    { now: req.now, sourceIp: req.sourceIp, secure: req.secure, region: CONSOLE_REGION },
  );
  return issue(
    req,
    {
      accountId: row.account_id,
      userId: row.user_id,
      mfaAt: row.mfa_at,
      createdAt: new Date(row.created_at),
      replaces: row.id,
    },
    "done",
  );
}

/** IAM is a global service: its requests are signed for us-east-1. */
export const CONSOLE_REGION = "us-east-1";
