/**
 * Shared shapes of the policy language: what a parsed (validated) document
 * looks like, and what validation reports. Pure data, no behaviour.
 */

/** Which kind of policy a document is, which decides the rules it is checked by. */
export type PolicyKind = "identity" | "resource" | "trust" | "boundary" | "session" | "scp";

export const POLICY_KINDS: readonly PolicyKind[] = [
  "identity",
  "resource",
  "trust",
  "boundary",
  "session",
  "scp",
];

/** A place in the document text: 1-based line and column, 0-based character offset. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

/**
 * One problem found in a document. `code` is the AWS error code a server answers
 * with: MalformedPolicyDocument for the language, LimitExceeded for size,
 * ValidationError for a broken API-model constraint (characters outside the
 * allowed pattern; the STS session-policy length), ConstraintViolationException
 * for an SCP over the Organizations size limit.
 */
export interface Finding {
  severity: "error" | "warning";
  code:
    | "MalformedPolicyDocument"
    | "LimitExceeded"
    | "ValidationError"
    | "ConstraintViolationException";
  message: string;
  /** Where the problem is, when it has a place in the text. */
  start?: Position;
  end?: Position;
  /** The statement it belongs to (0-based), when it belongs to one. */
  statementIndex?: number;
}

export type PolicyVersion = "2012-10-17" | "2008-10-17";

/**
 * A principal element: `"*"`, or a map from principal type (AWS, Service,
 * Federated, CanonicalUser) to its values, each value as written.
 */
export type PrincipalSpec = "*" | Readonly<Record<string, readonly string[]>>;

/** One operator/key pair of a Condition block, e.g. StringEquals aws:username ["alice"]. */
export interface ConditionClause {
  /** The operator as written, e.g. "ForAnyValue:StringLikeIfExists". */
  operator: string;
  /** The condition key as written, e.g. "aws:PrincipalTag/team". */
  key: string;
  /** The values, JSON scalars turned to text (true → "true", 10 → "10"). */
  values: readonly string[];
}

export interface ParsedStatement {
  /** 0-based position of the statement in the document. */
  index: number;
  sid?: string;
  effect: "Allow" | "Deny";
  action?: readonly string[];
  notAction?: readonly string[];
  resource?: readonly string[];
  notResource?: readonly string[];
  principal?: PrincipalSpec;
  notPrincipal?: PrincipalSpec;
  /** Clauses in document order; empty when the statement has no Condition. */
  conditions: readonly ConditionClause[];
  /** Where the statement's object starts (its `{`) and ends (just after its `}`). */
  start: Position;
  end: Position;
}

export interface ParsedPolicy {
  /** The Version element, or undefined when absent (which means the 2008 language). */
  version?: PolicyVersion;
  id?: string;
  statements: readonly ParsedStatement[];
  /** The text positions refer to. */
  text: string;
}
