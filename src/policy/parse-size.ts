/**
 * Size limits of policy documents (reference_iam-quotas.md, the STS
 * AssumeRole API model, the Organizations quotas), and the text AWS answers
 * with when a document is over one.
 */
import type { Finding, PolicyKind } from "./types.js";
import { SCP_TOO_LARGE, constraintViolation, quotaExceeded } from "./parse-messages.js";

/**
 * The characters IAM counts against its size quotas: all but whitespace
 * (space, tab, line feed, carriage return), wherever they are.
 */
export function policyLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) count++;
  }
  return count;
}

interface SizeRule {
  /** 0 = none. */
  limit: number;
  /** IAM quotas leave whitespace out; the STS and Organizations limits count every character. */
  countsWhitespace: boolean;
  finding: (limit: number, text: string, parameter: string) => Finding;
}

function limitExceeded(quota: string): SizeRule["finding"] {
  return (limit) => ({
    severity: "error",
    code: "LimitExceeded",
    message: quotaExceeded(quota, limit),
  });
}

const RULES: Readonly<Record<PolicyKind, SizeRule>> = {
  identity: { limit: 6144, countsWhitespace: false, finding: limitExceeded("PolicySize") },
  boundary: { limit: 6144, countsWhitespace: false, finding: limitExceeded("PolicySize") },
  resource: { limit: 0, countsWhitespace: false, finding: limitExceeded("PolicySize") },
  trust: { limit: 2048, countsWhitespace: false, finding: limitExceeded("ACLSizePerRole") },
  session: {
    limit: 2048,
    countsWhitespace: true,
    finding: (limit, text, parameter) => ({
      severity: "error",
      code: "ValidationError",
      message: constraintViolation(
        text,
        parameter,
        `Member must have length less than or equal to ${limit}`,
      ),
    }),
  },
  scp: {
    limit: 5120,
    countsWhitespace: true,
    finding: () => ({
      severity: "error",
      code: "ConstraintViolationException",
      message: SCP_TOO_LARGE,
    }),
  },
};

/** The finding for a document over its kind's size limit, or undefined. */
export function sizeFinding(
  text: string,
  kind: PolicyKind,
  maxLength: number | undefined,
  parameter: string,
): Finding | undefined {
  const rule = RULES[kind];
  const limit =
    typeof maxLength === "number" && Number.isFinite(maxLength) && maxLength >= 0
      ? maxLength
      : rule.limit;
  if (limit === 0) return undefined;
  const length = rule.countsWhitespace ? text.length : policyLength(text);
  return length > limit ? rule.finding(limit, text, parameter) : undefined;
}
