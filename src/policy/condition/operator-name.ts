/**
 * Condition operator names: `[ForAllValues:|ForAnyValue:]Base[IfExists]`.
 * The one list of base operators that validation and compilation share.
 */

export const BASE_OPERATORS = [
  "StringEquals",
  "StringNotEquals",
  "StringEqualsIgnoreCase",
  "StringNotEqualsIgnoreCase",
  "StringLike",
  "StringNotLike",
  "NumericEquals",
  "NumericNotEquals",
  "NumericLessThan",
  "NumericLessThanEquals",
  "NumericGreaterThan",
  "NumericGreaterThanEquals",
  "DateEquals",
  "DateNotEquals",
  "DateLessThan",
  "DateLessThanEquals",
  "DateGreaterThan",
  "DateGreaterThanEquals",
  "Bool",
  "BinaryEquals",
  "IpAddress",
  "NotIpAddress",
  "ArnEquals",
  "ArnLike",
  "ArnNotEquals",
  "ArnNotLike",
  "Null",
] as const;

export type BaseOperator = (typeof BASE_OPERATORS)[number];

export type SetOperator = "ForAllValues" | "ForAnyValue";

export interface OperatorName {
  set?: SetOperator;
  base: BaseOperator;
  ifExists: boolean;
}

const BY_LOWER = new Map<string, BaseOperator>(BASE_OPERATORS.map((b) => [b.toLowerCase(), b]));
const SETS = new Map<string, SetOperator>([
  ["forallvalues", "ForAllValues"],
  ["foranyvalue", "ForAnyValue"],
]);

/** The negated operators: true when the key is missing, and "none may match" over values. */
export const NEGATED_OPERATORS: ReadonlySet<BaseOperator> = new Set<BaseOperator>([
  "StringNotEquals",
  "StringNotEqualsIgnoreCase",
  "StringNotLike",
  "NumericNotEquals",
  "DateNotEquals",
  "NotIpAddress",
  "ArnNotEquals",
  "ArnNotLike",
]);

/**
 * Splits an operator name into its parts, or undefined when it is not a
 * condition operator IAM knows. Operator names are matched case-insensitively,
 * as IAM does. `NullIfExists` is not an operator.
 */
export function parseOperatorName(name: string): OperatorName | undefined {
  let rest = name;
  let set: SetOperator | undefined;
  const colon = rest.indexOf(":");
  if (colon >= 0) {
    set = SETS.get(rest.slice(0, colon).toLowerCase());
    if (set === undefined) return undefined;
    rest = rest.slice(colon + 1);
  }
  let ifExists = false;
  let base = BY_LOWER.get(rest.toLowerCase());
  if (base === undefined && rest.toLowerCase().endsWith("ifexists")) {
    base = BY_LOWER.get(rest.slice(0, -"IfExists".length).toLowerCase());
    ifExists = true;
    if (base === "Null") return undefined;
  }
  if (base === undefined) return undefined;
  return set === undefined ? { base, ifExists } : { set, base, ifExists };
}
