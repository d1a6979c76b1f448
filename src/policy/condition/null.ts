/**
 * The Null operator: "true" means the key must be absent (null), "false" that
 * it must be present with a value. An empty string or a list of only empty
 * strings counts as null. Several values are ORed, so ["true", "false"] always
 * holds. A set qualifier (ForAnyValue:Null) changes nothing. IAM accepts any
 * other value at validation (its legacy parser reads only Date values; moto's
 * validator, written from IAM's recorded answers, has no Null check either);
 * such a value, like a Bool value that is neither true nor false, never
 * matches. So every Null clause compiles.
 */
import type { RequestContext } from "../context.js";
import type { ContextValue } from "../context.js";
import type { KeyName } from "../template.js";
import type { ConditionClause } from "../types.js";
import type { CompiledCondition } from "./compiled.js";

export class NullCondition implements CompiledCondition {
  readonly keys: readonly KeyName[];

  constructor(
    readonly clause: ConditionClause,
    readonly key: KeyName,
    private readonly whenNull: boolean,
    private readonly whenPresent: boolean,
  ) {
    this.keys = [key];
  }

  test(ctx: RequestContext): boolean {
    return isNull(ctx.get(this.key)) ? this.whenNull : this.whenPresent;
  }
}

function isNull(value: ContextValue | undefined): boolean {
  if (value === undefined || value === "") return true;
  if (typeof value === "string") return false;
  for (let i = 0; i < value.length; i++) if (value[i] !== "") return false;
  return true;
}

export function compileNull(clause: ConditionClause, key: KeyName): NullCondition {
  let whenNull = false;
  let whenPresent = false;
  for (const v of clause.values) {
    const lower = v.toLowerCase();
    if (lower === "true") whenNull = true;
    else if (lower === "false") whenPresent = true;
  }
  return new NullCondition(clause, key, whenNull, whenPresent);
}
