/**
 * The logic shared by every operator but Null: what a missing key means, how
 * several request values combine (plain, ForAllValues:, ForAnyValue:), and
 * negation.
 *
 * - Key absent: true with IfExists; otherwise ForAllValues is true,
 *   ForAnyValue false, a plain negated operator true, a plain operator false.
 * - Plain operator: true when some request value matches some policy value;
 *   negated, when no request value matches any policy value.
 * - ForAnyValue: true when some request value passes the (possibly negated)
 *   test; ForAllValues: true when every request value passes it. An empty
 *   string is no value: a set of only empty strings is an empty set
 *   (ForAllValues true, ForAnyValue false).
 */
import type { RequestContext } from "../context.js";
import type { KeyName } from "../template.js";
import type { ConditionClause } from "../types.js";
import type { CompiledCondition, ValueMatcher } from "./compiled.js";

export type SetMode = "plain" | "all" | "any";

export class ValueCondition implements CompiledCondition {
  private readonly whenAbsent: boolean;

  constructor(
    readonly clause: ConditionClause,
    readonly key: KeyName,
    readonly keys: readonly KeyName[],
    private readonly matcher: ValueMatcher,
    private readonly negated: boolean,
    private readonly mode: SetMode,
    ifExists: boolean,
  ) {
    this.whenAbsent = ifExists || mode === "all" || (mode === "plain" && negated);
  }

  test(ctx: RequestContext): boolean {
    const value = ctx.get(this.key);
    if (value === undefined) return this.whenAbsent;
    const matcher = this.matcher;
    const negated = this.negated;
    const resolve = ctx.resolve;
    if (typeof value === "string") {
      if (value === "" && this.mode !== "plain") return this.mode === "all";
      return matcher.matches(value, resolve) !== negated;
    }
    const n = value.length;
    if (this.mode === "plain") {
      for (let i = 0; i < n; i++) {
        if (matcher.matches(value[i] as string, resolve)) return !negated;
      }
      return negated;
    }
    if (this.mode === "any") {
      for (let i = 0; i < n; i++) {
        const v = value[i] as string;
        if (v !== "" && matcher.matches(v, resolve) !== negated) return true;
      }
      return false;
    }
    for (let i = 0; i < n; i++) {
      const v = value[i] as string;
      if (v !== "" && matcher.matches(v, resolve) === negated) return false;
    }
    return true;
  }
}
