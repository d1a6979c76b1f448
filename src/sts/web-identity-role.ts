/**
 * AssumeRoleWithWebIdentity: role credentials for the bearer of an OpenID
 * Connect ID token from an issuer the role's account registered as an IAM
 * OIDC provider. AWS takes the request unsigned (the SDKs send it without
 * credentials): the token is the proof, and no IAM policy of a caller takes
 * part — only the role's trust policy, with the provider as the principal.
 *
 * - RoleArn as AssumeRole reads it; the token is verified for the role's
 *   account (web-identity.ts: signature against the issuer's keys, issuer,
 *   audience, expiry; InvalidIdentityToken and ExpiredTokenException).
 * - The trust policy must allow sts:AssumeRoleWithWebIdentity to
 *   {"Federated": <provider ARN>}, with the provider's condition keys
 *   (`<url>:sub`, `<url>:aud`, `<url>:amr`…, aws:FederatedProvider),
 *   sts:RoleSessionName and the role's aws:ResourceTag/…; otherwise
 *   AccessDenied "Not authorized to perform sts:AssumeRoleWithWebIdentity".
 *   A role that does not exist is refused the same way.
 * - Session tags and a source identity come from the token, as AWS
 *   documents: the claim "https://aws.amazon.com/tags" ({"principal_tags":
 *   {"Key": ["Value"]}, "transitive_tag_keys": [...]}) and the claim
 *   "https://aws.amazon.com/source_identity"; they need sts:TagSession and
 *   sts:SetSourceIdentity in the trust policy.
 * - ProviderId is for OAuth 2.0 access tokens of Login with Amazon and
 *   Facebook, which Gatehouse does not take: an ID token is verified as one
 *   whatever it says.
 * - Policy (at most 2,048 characters, the model), PolicyArns (up to 10) and
 *   DurationSeconds (900 up to the role's MaxSessionDuration, default 3,600)
 *   as for AssumeRole.
 * - The answer: Credentials, SubjectFromWebIdentityToken (`sub`),
 *   AssumedRoleUser, PackedPolicySize (with session policies or tags),
 *   Provider — the provider's ARN, as AWS answers for IAM OIDC providers
 *   (real answers of EKS and SPIRE issuers), Audience (the client id the
 *   token was accepted for), SourceIdentity.
 *
 * The session's context keeps the token's keys (aws:FederatedProvider and
 * the provider's keys) for the requests it signs.
 *
 * (AssumeRoleWithSAML, unsigned like it, is not implemented: the server
 * answers NotImplemented.)
 */
import type { Action, UnsignedContext } from "../iam/action.js";
import { optInt, str, type Input, type Tag } from "../iam/input.js";
import { readTags as readStoredTags, tagContext } from "../iam/tags.js";
import { IamError } from "../model/errors.js";
import { notAuthorizedFederated } from "../model/sts-role-errors.js";
import {
  assumedRoleUser,
  findNamedRole,
  readRoleArn,
  roleAnswer,
  roleSessionSeconds,
  roleTagContext,
  sessionTags,
  trustAllows,
  trustSet,
  roleSessionSpec,
} from "./assume-role-common.js";
import { checkPackedPolicySize } from "./packed-policy.js";
import { readSessionPolicies } from "./session-policies.js";
import { issueSession } from "./sessions.js";
import {
  findWebIdentityProvider,
  parseWebIdentityToken,
  verifyWithProvider,
  type WebIdentity,
} from "./web-identity.js";

const ASSUME = "sts:AssumeRoleWithWebIdentity";
const TAGS_CLAIM = "https://aws.amazon.com/tags";
const SOURCE_IDENTITY_CLAIM = "https://aws.amazon.com/source_identity";
const SOURCE_IDENTITY = /^[\w+=,.@-]{2,64}$/;

async function assumeRoleWithWebIdentity(
  ctx: UnsignedContext,
  input: Input,
): Promise<Record<string, unknown>> {
  const named = readRoleArn(str(input, "RoleArn"));
  const sessionName = str(input, "RoleSessionName");
  const policies = readSessionPolicies(input);
  const token = str(input, "WebIdentityToken");

  // The token first: its errors are AWS's InvalidIdentityToken / ExpiredTokenException.
  const parsed = parseWebIdentityToken(token);
  const account = named?.account;
  if (account === undefined) throw notAuthorizedFederated(ASSUME);
  const provider = await ctx.store.read((db) =>
    findWebIdentityProvider(db, account, parsed.issuer),
  );
  const identity = await verifyWithProvider(provider, token, ctx.now, {
    ...(ctx.identityProviderCa === undefined ? {} : { ca: ctx.identityProviderCa }),
  });
  const claimed = tokenTags(identity);
  const planned = sessionTags(claimed.tags, claimed.transitive, undefined);
  const sourceIdentity = tokenSourceIdentity(identity);
  const hasPackage =
    policies.policy !== undefined || policies.policyArns.length > 0 || planned.tags.length > 0;
  const packed = hasPackage
    ? checkPackedPolicySize({ ...policies, tags: planned.tags })
    : undefined;

  const context: Record<string, string | string[]> = {
    ...requestOnly((await ctx.requestContext?.()) ?? {}),
    ...identity.contextKeys,
    "sts:RoleSessionName": sessionName,
    ...tagContext(planned.tags),
  };
  if (planned.requestedTransitive.length > 0) {
    context["sts:TransitiveTagKeys"] = planned.requestedTransitive;
  }
  if (sourceIdentity !== undefined) context["sts:SourceIdentity"] = sourceIdentity;

  return ctx.store.write(account, async (tx) => {
    const role = await findNamedRole(tx, named);
    if (role === undefined) throw notAuthorizedFederated(ASSUME);
    Object.assign(context, roleTagContext(await readStoredTags(tx, "role", role.id)));
    const set = trustSet(role, {});
    const needed = [
      ASSUME,
      ...(planned.tags.length > 0 ? ["sts:TagSession"] : []),
      ...(sourceIdentity !== undefined ? ["sts:SetSourceIdentity"] : []),
    ];
    for (const permission of needed) {
      const q = { permission, principal: identity.providerArn, role, partition: ctx.partition };
      if (!trustAllows(set, { ...q, context })) throw notAuthorizedFederated(permission);
    }
    const seconds = roleSessionSeconds(optInt(input, "DurationSeconds"), role, false);
    const credentials = await issueSession(
      tx,
      ctx.secrets,
      {
        ...roleSessionSpec(role, sessionName, sourceIdentity, policies, planned),
        context: identity.contextKeys,
        durationSeconds: seconds,
      },
      ctx.now,
    );
    const base = roleAnswer(credentials, assumedRoleUser(role, sessionName, ctx.partition), packed);
    const out: Record<string, unknown> = {
      Credentials: base.Credentials,
      SubjectFromWebIdentityToken: identity.subject,
      AssumedRoleUser: base.AssumedRoleUser,
    };
    if (base.PackedPolicySize !== undefined) out.PackedPolicySize = base.PackedPolicySize;
    out.Provider = identity.providerArn;
    out.Audience = identity.audience;
    if (sourceIdentity !== undefined) out.SourceIdentity = sourceIdentity;
    return out;
  });
}

/** The request's own keys: whoever signed a signed request has no part in the decision. */
const REQUEST_KEYS = new Set([
  "aws:SourceIp",
  "aws:CurrentTime",
  "aws:EpochTime",
  "aws:SecureTransport",
  "aws:RequestedRegion",
  "aws:ViaAWSService",
]);

function requestOnly(
  context: Record<string, string | string[]>,
): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(context).filter(([key]) => REQUEST_KEYS.has(key)));
}

/** Session tags the token carries in AWS's claim; a value given as a list counts by its first. */
function tokenTags(identity: WebIdentity): { tags: Tag[]; transitive: string[] } {
  const claim = identity.claims[TAGS_CLAIM];
  if (typeof claim !== "object" || claim === null || Array.isArray(claim)) {
    return { tags: [], transitive: [] };
  }
  const { principal_tags: principalTags, transitive_tag_keys: transitiveKeys } = claim as Record<
    string,
    unknown
  >;
  const tags: Tag[] = [];
  if (typeof principalTags === "object" && principalTags !== null) {
    for (const [key, value] of Object.entries(principalTags as Record<string, unknown>)) {
      const first: unknown = Array.isArray(value) ? value[0] : value;
      if (typeof first === "string") tags.push({ Key: key, Value: first });
    }
  }
  const transitive = Array.isArray(transitiveKeys)
    ? transitiveKeys.filter((k): k is string => typeof k === "string")
    : [];
  return { tags, transitive };
}

/**
 * The token's source identity, checked as the SourceIdentity parameter is
 * (2–64 of [\w+=,.@-]). Unconfirmed: AWS's answer to a token with a bad one.
 */
function tokenSourceIdentity(identity: WebIdentity): string | undefined {
  const value = identity.claims[SOURCE_IDENTITY_CLAIM];
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !SOURCE_IDENTITY.test(value)) {
    throw new IamError(
      "ValidationError",
      400,
      `1 validation error detected: Value '${String(value)}' at 'sourceIdentity' failed to satisfy constraint: ` +
        "Member must satisfy regular expression pattern: [\\w+=,.@-]*",
    );
  }
  return value;
}

const webIdentityAction: Action = {
  service: "sts",
  name: "AssumeRoleWithWebIdentity",
  // The trust policy alone decides, in run: no caller's policy takes part.
  permission: undefined,
  writes: true,
  resource: (input) => str(input, "RoleArn"),
  run: (ctx, input) => assumeRoleWithWebIdentity(ctx, input),
  runUnsigned: (ctx, input) => assumeRoleWithWebIdentity(ctx, input),
};

export const webIdentityRoleActions: readonly Action[] = [webIdentityAction];
