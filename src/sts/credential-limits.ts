/**
 * What temporary credentials may call, whatever their policies say — AWS's
 * rules (IAM User Guide, "Compare AWS STS credentials", "Permissions for
 * GetSessionToken", "Permissions for GetFederationToken"; STS API reference
 * for GetSessionToken and GetFederationToken):
 *
 *   GetSessionToken credentials (a user's or the root user's session)
 *     - "cannot call any IAM API operations unless MFA authentication
 *       information is included in the request";
 *     - "cannot call any AWS STS API except AssumeRole or GetCallerIdentity".
 *   GetFederationToken credentials (a federated user)
 *     - "cannot call any IAM operations using the AWS CLI or the AWS API";
 *     - "cannot call any AWS STS operations except GetCallerIdentity".
 *   Role sessions (AssumeRole*)
 *     - "Cannot call GetFederationToken or GetSessionToken".
 *
 * IAM refuses such a call as an invalid security token (InvalidClientTokenId,
 * 403), STS as AccessDenied "Cannot call <Action> with session credentials"
 * (texts and sources in src/model/sts-errors.ts). The checks come before any
 * policy, and before the root user's shortcut: they bind its sessions too.
 * AssumeRoleWithWebIdentity and AssumeRoleWithSAML are not signed with the
 * caller's credentials at all, so no credentials limit them.
 */
import type { Action, Caller } from "../iam/action.js";
import {
  cannotCallWithSessionCredentials,
  sessionCredentialsRefusedByIam,
} from "../model/sts-errors.js";

/** STS actions that take no credentials: whoever signed, they are the token's business. */
const UNSIGNED = new Set(["AssumeRoleWithWebIdentity", "AssumeRoleWithSAML"]);

/** STS actions each kind of temporary credentials may call. */
const STS_ALLOWED: Readonly<Record<"session" | "federated" | "role", ReadonlySet<string>>> = {
  session: new Set(["AssumeRole", "GetCallerIdentity"]),
  federated: new Set(["GetCallerIdentity"]),
  role: new Set([
    "AssumeRole",
    "GetCallerIdentity",
    "GetAccessKeyInfo",
    "DecodeAuthorizationMessage",
    "AssumeRoot",
  ]),
};

/** Throws AWS's refusal when the caller's temporary credentials may not call `action`. */
export function checkTemporaryCredentials(caller: Caller, action: Action): void {
  const session = caller.session;
  if (session === undefined) return;
  if (action.service === "iam") {
    const refused =
      session.kind === "federated" || (session.kind === "session" && session.mfaAt === undefined);
    if (refused) throw sessionCredentialsRefusedByIam();
    return;
  }
  // Gatehouse's own API (instances) is another service, as EC2 is: no limit of STS's.
  if (action.service === "gatehouse" || UNSIGNED.has(action.name)) return;
  if (!STS_ALLOWED[session.kind].has(action.name)) {
    throw cannotCallWithSessionCredentials(action.name);
  }
}
