/**
 * PackedPolicySize: how much of the packed-session limit a request's session
 * policies and session tags use, in percent — what AssumeRole,
 * AssumeRoleWithWebIdentity and GetFederationToken answer, and past 100 %
 * refuse with PackedPolicyTooLarge.
 *
 * AWS documents the idea, not the numbers: "An AWS conversion compresses the
 * passed inline session policy, managed policy ARNs, and session tags into a
 * packed binary format that has a separate limit", a request can fail that
 * limit "even if your plaintext meets the other requirements", and its
 * knowledge center adds that policies and tags "are serialized and
 * compressed in the session token" (so consistent case compresses better).
 *
 * Gatehouse's rule, in the same spirit:
 *   - the policies part is the inline policy with its insignificant
 *     whitespace removed (JSON re-serialized), then the managed policy ARNs,
 *     one a line; the tags part is `key=value` a line, then the transitive
 *     tag keys;
 *   - each part is compressed with raw DEFLATE (RFC 1951, zlib level 9) and
 *     its compressed bytes counted (an empty part counts 0);
 *   - the budget is PACKED_BUDGET_BYTES, 550 compressed bytes, chosen so that
 *     AWS's own published example comes out as AWS answered it: the IAM User
 *     Guide's GetFederationToken example (four Describe/List statements and
 *     the AmazonS3ReadOnlyAccess ARN) answers PackedPolicySize 36, and here
 *     197/550 rounds up to 36;
 *   - the percentage is rounded up, so any session policy or tag counts at
 *     least 1 %.
 * So a 2,048-character policy of repetitive statements fits, one of random
 * text does not, and a few dozen long tags overflow "long before" the 50-tag
 * quota, as AWS warns.
 */
import { deflateRawSync } from "node:zlib";
import type { Tag } from "../iam/input.js";
import { packedPolicyTooLarge, packedTagsTooLarge } from "../model/sts-errors.js";

/** The packed-session budget, in compressed bytes (see above). */
export const PACKED_BUDGET_BYTES = 550;

/** What a request passes for its session: the parts that count toward the limit. */
export interface SessionPackage {
  /** The inline session policy, as given. */
  policy?: string | undefined;
  /** The managed session policies' ARNs. */
  policyArns?: readonly string[] | undefined;
  tags?: readonly Tag[] | undefined;
  transitiveTagKeys?: readonly string[] | undefined;
}

export interface PackedSize {
  /** The whole package, in percent of the budget (rounded up). */
  percent: number;
  /** The session tags alone, in percent of the budget (rounded up). */
  tagsPercent: number;
}

function compressedBytes(lines: readonly string[]): number {
  if (lines.length === 0) return 0;
  return deflateRawSync(Buffer.from(lines.join("\n"), "utf8"), { level: 9 }).length;
}

/** The policy text without insignificant whitespace (as given when it is not JSON). */
function minified(policy: string): string {
  try {
    return JSON.stringify(JSON.parse(policy) as unknown);
  } catch {
    return policy;
  }
}

const percentOf = (bytes: number): number => Math.ceil((100 * bytes) / PACKED_BUDGET_BYTES);

/** The packed size of a session package (nothing passed: 0 %). */
export function packedSize(pkg: SessionPackage): PackedSize {
  const policies = [
    ...(pkg.policy === undefined ? [] : [minified(pkg.policy)]),
    ...(pkg.policyArns ?? []),
  ];
  const tags = [
    ...(pkg.tags ?? []).map((t) => `${t.Key}=${t.Value}`),
    ...(pkg.transitiveTagKeys ?? []),
  ];
  const tagBytes = compressedBytes(tags);
  return {
    percent: percentOf(compressedBytes(policies) + tagBytes),
    tagsPercent: percentOf(tagBytes),
  };
}

/**
 * The PackedPolicySize to answer; PackedPolicyTooLarge past 100 % — with
 * AWS's tags message when the tags alone are over, its policy message
 * otherwise.
 */
export function checkPackedPolicySize(pkg: SessionPackage): number {
  const size = packedSize(pkg);
  if (size.tagsPercent > 100) throw packedTagsTooLarge(size.tagsPercent);
  if (size.percent > 100) throw packedPolicyTooLarge(size.percent);
  return size.percent;
}
