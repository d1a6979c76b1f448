/**
 * What a compiled Condition clause looks like to its caller, and what each
 * operator family hands to the shared set/missing-key logic.
 */
import type { RequestContext } from "../context.js";
import type { KeyName, Resolver } from "../template.js";
import type { ConditionClause } from "../types.js";

export interface CompiledCondition {
  readonly clause: ConditionClause;
  /** The condition key, as written and lower-cased. */
  readonly key: KeyName;
  /** Every context key the condition reads: its key, then the variables in its values. */
  readonly keys: readonly KeyName[];
  /** Whether the request satisfies this operator/key pair. Never throws. */
  test(ctx: RequestContext): boolean;
}

/**
 * One operator family's test of one request value against all the policy
 * values, in the operator's positive sense (StringNotEquals uses the
 * StringEquals matcher; negation is applied by the caller).
 */
export interface ValueMatcher {
  matches(value: string, resolve: Resolver): boolean;
}

/** A family's compiled values: the matcher and the variables its values read. */
export interface CompiledValues {
  matcher: ValueMatcher;
  variables: readonly KeyName[];
}

/** What a family answers for a value IAM refuses at validation. */
export interface CompileError {
  error: string;
}

/** A matcher for a clause none of whose values can ever match. */
export const NEVER: ValueMatcher = { matches: () => false };
