/**
 * GetCallerIdentity: who signed the request, in AWS's forms —
 *
 *   root user          UserId <account id>        Arn arn:aws:iam::<acct>:root
 *   IAM user           UserId AIDA…               Arn the user's ARN (path included)
 *   (a GetSessionToken session answers as its user, or as the root user)
 *   role session       UserId AROA…:<session>     Arn arn:aws:sts::<acct>:assumed-role/<role>/<session>
 *   federated user     UserId <account>:<name>    Arn arn:aws:sts::<acct>:federated-user/<name>
 *
 * No permission is needed: AWS answers it even when a policy denies
 * sts:GetCallerIdentity explicitly (STS API reference: "No permissions are
 * required to perform this operation. If an administrator attaches a policy
 * to your identity that explicitly denies access to the
 * sts:GetCallerIdentity action, you can still perform this operation.").
 */
import type { Action, Caller } from "../iam/action.js";

/** The caller's unique identifier as AWS forms it (also aws:userid). */
export function callerUserId(caller: Caller): string {
  switch (caller.kind) {
    case "root":
      return caller.accountId;
    case "user":
      return caller.userId ?? "";
    case "assumed-role":
      return `${caller.role?.id ?? ""}:${caller.session?.name ?? ""}`;
    case "federated-user":
      return `${caller.accountId}:${caller.session?.name ?? ""}`;
  }
}

const getCallerIdentity: Action = {
  service: "sts",
  name: "GetCallerIdentity",
  permission: undefined,
  writes: false,
  resource: () => undefined,
  run(ctx) {
    const caller = ctx.caller;
    return Promise.resolve({
      UserId: callerUserId(caller),
      Account: caller.accountId,
      Arn: caller.arn,
    });
  },
};

export const callerIdentityActions: readonly Action[] = [getCallerIdentity];
