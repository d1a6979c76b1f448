/**
 * GetSessionToken: temporary credentials for the IAM user or root user whose
 * long-term keys sign the call (credential-limits.ts refuses session
 * credentials: "Cannot call GetSessionToken with session credentials").
 *
 * - No permission is checked: "No permissions are required for users to
 *   perform this operation. The purpose of the sts:GetSessionToken operation
 *   is to authenticate the user using MFA. You cannot use policies to control
 *   authentication operations." (STS API reference).
 * - DurationSeconds: 900–129,600 (the model), default 43,200; for the root
 *   user at most 3,600, default 3,600 — "If the duration is longer than one
 *   hour, the session for AWS account owners defaults to one hour": a longer
 *   request is cut to an hour, not refused.
 * - SerialNumber and TokenCode prove MFA with the caller's enabled device
 *   (iam/mfa-verify.ts: a code counts once); the session then carries the
 *   moment (aws:MultiFactorAuthPresent true, aws:MultiFactorAuthAge), and its
 *   credentials may call IAM. One of the two without the other is refused.
 * - The answer is Credentials only; the session acts as its user.
 */
import type { Action } from "../iam/action.js";
import { optInt, optStr } from "../iam/input.js";
import { verifyMfaCode } from "../iam/mfa-verify.js";
import { mfaPairRequired } from "../model/sts-errors.js";
import { ROOT_MAX_SESSION_SECONDS } from "./federation-token.js";
import { issueSession } from "./sessions.js";

export const DEFAULT_SESSION_SECONDS = 43_200;

const getSessionToken: Action = {
  service: "sts",
  name: "GetSessionToken",
  permission: undefined,
  writes: true,
  resource: () => undefined,
  async run(ctx, input) {
    const caller = ctx.caller;
    const account = caller.accountId;
    const userId = caller.kind === "user" ? (caller.userId ?? null) : null;
    const serialNumber = optStr(input, "SerialNumber");
    const code = optStr(input, "TokenCode");
    if ((serialNumber === undefined) !== (code === undefined)) throw mfaPairRequired();
    const asked = optInt(input, "DurationSeconds");
    const duration =
      caller.kind === "root"
        ? Math.min(asked ?? ROOT_MAX_SESSION_SECONDS, ROOT_MAX_SESSION_SECONDS)
        : (asked ?? DEFAULT_SESSION_SECONDS);
    const credentials = await ctx.store.write(account, async (tx) => {
      let mfaAt: Date | undefined;
      if (serialNumber !== undefined && code !== undefined) {
        await verifyMfaCode(tx, ctx.secrets, {
          accountId: account,
          userId,
          serialNumber,
          code,
          now: ctx.now,
        });
        mfaAt = ctx.now;
      }
      return issueSession(
        tx,
        ctx.secrets,
        {
          accountId: account,
          kind: "session",
          userId,
          ...(mfaAt === undefined ? {} : { mfaAt }),
          durationSeconds: duration,
        },
        ctx.now,
      );
    });
    return { Credentials: credentials };
  },
};

export const sessionTokenActions: readonly Action[] = [getSessionToken];
