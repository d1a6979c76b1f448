/**
 * The Condition element's operators: one operator/key pair with its values,
 * compiled once into a test that runs on the hot path. Each family parses its
 * values at compile time (string.ts, numeric.ts, date.ts, bool.ts, binary.ts,
 * ip.ts, arn.ts, null.ts); sets.ts applies the missing-key, multivalue and
 * negation rules shared by all but Null.
 */
import { invalidConditionType } from "../parse-messages.js";
import { keyName, type KeyName } from "../template.js";
import type { ConditionClause, PolicyVersion } from "../types.js";
import { compileArn } from "./arn.js";
import { compileBinary } from "./binary.js";
import { compileBool } from "./bool.js";
import type { CompiledCondition, CompiledValues, CompileError } from "./compiled.js";
import { compileDate } from "./date.js";
import { compileIp } from "./ip.js";
import { compileNull } from "./null.js";
import { compileNumeric } from "./numeric.js";
import { NEGATED_OPERATORS, parseOperatorName, type BaseOperator } from "./operator-name.js";
import { ValueCondition, type SetMode } from "./sets.js";
import { compileString } from "./string.js";

export type { CompiledCondition } from "./compiled.js";

/** Compiles one clause; `error` is an AWS-style message when the operator or a value is invalid. */
export function compileCondition(
  clause: ConditionClause,
  version: PolicyVersion | undefined,
): CompiledCondition | { error: string } {
  const op = parseOperatorName(clause.operator);
  if (op === undefined) return { error: invalidConditionType(clause.operator) };
  const key = keyName(clause.key);
  if (op.base === "Null") return compileNull(clause, key);
  const compiled = compileValues(op.base, clause.values, version);
  if ("error" in compiled) return compiled;
  const mode: SetMode = op.set === undefined ? "plain" : op.set === "ForAllValues" ? "all" : "any";
  return new ValueCondition(
    clause,
    key,
    uniqueKeys([key, ...compiled.variables]),
    compiled.matcher,
    NEGATED_OPERATORS.has(op.base),
    mode,
    op.ifExists,
  );
}

/** The positive-sense matcher for an operator's values (negated operators share their base's). */
function compileValues(
  base: Exclude<BaseOperator, "Null">,
  values: readonly string[],
  version: PolicyVersion | undefined,
): CompiledValues | CompileError {
  switch (base) {
    case "StringEquals":
    case "StringNotEquals":
      return compileString("equals", values, version);
    case "StringEqualsIgnoreCase":
    case "StringNotEqualsIgnoreCase":
      return compileString("ignoreCase", values, version);
    case "StringLike":
    case "StringNotLike":
      return compileString("like", values, version);
    case "NumericEquals":
    case "NumericNotEquals":
      return compileNumeric("eq", values);
    case "NumericLessThan":
      return compileNumeric("lt", values);
    case "NumericLessThanEquals":
      return compileNumeric("le", values);
    case "NumericGreaterThan":
      return compileNumeric("gt", values);
    case "NumericGreaterThanEquals":
      return compileNumeric("ge", values);
    case "DateEquals":
    case "DateNotEquals":
      return compileDate("eq", values);
    case "DateLessThan":
      return compileDate("lt", values);
    case "DateLessThanEquals":
      return compileDate("le", values);
    case "DateGreaterThan":
      return compileDate("gt", values);
    case "DateGreaterThanEquals":
      return compileDate("ge", values);
    case "Bool":
      return compileBool(values, version);
    case "BinaryEquals":
      return compileBinary(values);
    case "IpAddress":
    case "NotIpAddress":
      return compileIp(values);
    case "ArnEquals":
    case "ArnLike":
    case "ArnNotEquals":
    case "ArnNotLike":
      return compileArn(values, version);
  }
}

function uniqueKeys(keys: readonly KeyName[]): KeyName[] {
  const seen = new Set<string>();
  const out: KeyName[] = [];
  for (const k of keys) {
    if (seen.has(k.lower)) continue;
    seen.add(k.lower);
    out.push(k);
  }
  return out;
}
