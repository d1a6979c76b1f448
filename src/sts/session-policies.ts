/**
 * What a request passes for a new session, checked as STS checks it: the
 * inline session policy (Policy), the managed session policies (PolicyArns,
 * at most 10, AWS managed or the account's own: "The policies must exist in
 * the same account"; one not stored allows nothing) and the session tags (Tags: keys unique case-insensitively,
 * none beginning with "aws:"). GetFederationToken reads them here; so can
 * the AssumeRole family.
 */
import type { Input, Tag } from "../iam/input.js";
import { optList, optStr, tags as readTags } from "../iam/input.js";
import { AWS_MANAGED_ACCOUNT, parsePolicyArn } from "../model/arns.js";
import { IamError } from "../model/errors.js";
import {
  duplicateSessionTagKeys,
  invalidSessionPolicyArn,
  reservedSessionTagKey,
  tooManySessionPolicyArns,
} from "../model/sts-errors.js";
import { validatePolicy } from "../policy/index.js";

/** AWS: "You can provide up to 10 managed policy ARNs." */
export const MAX_SESSION_POLICY_ARNS = 10;

export interface SessionPolicies {
  policy?: string;
  policyArns: string[];
}

/** Where the session is made: its account and partition. */
export interface SessionScope {
  accountId: string;
  partition: string;
}

/**
 * Policy and PolicyArns from the input, checked; the policy's errors are
 * MalformedPolicyDocument. With `scope`, each ARN must be an AWS managed
 * policy's or one of that account's (AssumeRole: the role's account); without
 * it, only the ARN's form is checked.
 */
export function readSessionPolicies(input: Input, scope?: SessionScope): SessionPolicies {
  const out: SessionPolicies = { policyArns: [] };
  const policy = optStr(input, "Policy");
  if (policy !== undefined) {
    checkSessionPolicy(policy);
    out.policy = policy;
  }
  const descriptors = optList<Record<string, unknown>>(input, "PolicyArns") ?? [];
  if (descriptors.length > MAX_SESSION_POLICY_ARNS) {
    const shown = `[${descriptors.map((d) => `{arn: ${String(d.arn)}}`).join(", ")}]`;
    throw tooManySessionPolicyArns(shown, MAX_SESSION_POLICY_ARNS);
  }
  for (const d of descriptors) {
    const arn = typeof d.arn === "string" ? d.arn : "null";
    const parts = parsePolicyArn(arn);
    const ours =
      parts !== undefined &&
      (scope === undefined ||
        (parts.partition === scope.partition &&
          (parts.account === scope.accountId || parts.account === AWS_MANAGED_ACCOUNT)));
    if (!ours) throw invalidSessionPolicyArn(arn);
    out.policyArns.push(arn);
  }
  return out;
}

/** An inline session policy as STS reads it (the model has checked its length and characters). */
export function checkSessionPolicy(policy: string): void {
  const result = validatePolicy(policy, { kind: "session" });
  const error = result.findings.find((f) => f.severity === "error");
  if (error !== undefined) throw new IamError(error.code, 400, error.message);
}

/** Tags from the input, checked: keys unique case-insensitively, none reserved. */
export function readSessionTags(input: Input): Tag[] {
  const tags = readTags(input, "Tags");
  checkSessionTags(tags);
  return tags;
}

export function checkSessionTags(tags: readonly Tag[]): void {
  const seen = new Set<string>();
  for (const tag of tags) {
    const key = tag.Key.toLowerCase();
    if (seen.has(key)) throw duplicateSessionTagKeys();
    seen.add(key);
    if (key.startsWith("aws:")) throw reservedSessionTagKey();
  }
}
