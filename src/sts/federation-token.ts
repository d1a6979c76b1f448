/**
 * GetFederationToken: temporary credentials for a federated user, as the STS
 * API reference describes them.
 *
 * - Called with the long-term keys of an IAM user or the root user
 *   (credential-limits.ts refuses session credentials); the user needs
 *   sts:GetFederationToken on arn:aws:sts::<acct>:federated-user/<Name>,
 *   and sts:TagSession there too when it passes Tags.
 * - Name: 2–32 characters of [\w+=,.@-] (the model checks it).
 * - DurationSeconds: 900–129,600 (the model), default 43,200; with the root
 *   user's keys at most 3,600 — a longer request "defaults to one hour"
 *   (AWS's words), it is not refused.
 * - Policy and PolicyArns are the session policies: the federated user may
 *   do what both the IAM user's policies and the session policies allow;
 *   with none, nothing (principal-policies.ts).
 * - Tags are session tags: aws:PrincipalTag/… for the federated user,
 *   overriding the IAM user's tags of the same key.
 * - The answer: Credentials, FederatedUser {FederatedUserId
 *   `<account>:<Name>`, Arn}, PackedPolicySize (packed-policy.ts).
 */
import type { Action } from "../iam/action.js";
import { optInt, str, tags as readTags } from "../iam/input.js";
import { tagContext } from "../iam/tags.js";
import { federatedUserArn } from "../model/arns.js";
import { checkPackedPolicySize } from "./packed-policy.js";
import { readSessionPolicies, readSessionTags } from "./session-policies.js";
import { issueSession } from "./sessions.js";

export const DEFAULT_FEDERATION_SECONDS = 43_200;
/** The root user's sessions last at most an hour. */
export const ROOT_MAX_SESSION_SECONDS = 3_600;

const getFederationToken: Action = {
  service: "sts",
  name: "GetFederationToken",
  permission: "sts:GetFederationToken",
  // Tags need sts:TagSession on the same federated user (IAM User Guide, "Pass session tags").
  alsoNeeds: (input) => (readTags(input, "Tags").length > 0 ? ["sts:TagSession"] : []),
  writes: true,
  resource: (input, caller, partition) =>
    federatedUserArn(caller.accountId, str(input, "Name"), partition),
  contextKeys: (input) => tagContext(readTags(input, "Tags")),
  async run(ctx, input) {
    const caller = ctx.caller;
    const account = caller.accountId;
    const name = str(input, "Name");
    const policies = readSessionPolicies(input, { accountId: account, partition: ctx.partition });
    const tags = readSessionTags(input);
    const packed = checkPackedPolicySize({ ...policies, tags });
    let duration = optInt(input, "DurationSeconds") ?? DEFAULT_FEDERATION_SECONDS;
    if (caller.kind === "root") duration = Math.min(duration, ROOT_MAX_SESSION_SECONDS);
    const credentials = await ctx.store.write(account, (tx) =>
      issueSession(
        tx,
        ctx.secrets,
        {
          accountId: account,
          kind: "federated",
          userId: caller.kind === "user" ? (caller.userId ?? null) : null,
          name,
          ...(policies.policy === undefined ? {} : { policy: policies.policy }),
          policyArns: policies.policyArns,
          tags,
          durationSeconds: duration,
        },
        ctx.now,
      ),
    );
    return {
      Credentials: credentials,
      FederatedUser: {
        FederatedUserId: `${account}:${name}`,
        Arn: federatedUserArn(account, name, ctx.partition),
      },
      PackedPolicySize: packed,
    };
  },
};

export const federationTokenActions: readonly Action[] = [getFederationToken];
