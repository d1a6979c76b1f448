/**
 * The policy generator's document, statement by statement: each statement
 * is an effect, actions, resources and conditions as the user chose them,
 * written as IAM's JSON (single values as strings, several as arrays).
 * Pure, so that a test can check what it writes against IAM's validator.
 */
import { BASE_OPERATORS } from "../../src/policy/condition/operator-name.js";

export interface BuiltCondition {
  operator: string;
  key: string;
  values: string[];
}

export interface BuiltStatement {
  effect: "Allow" | "Deny";
  actions: string[];
  resources: string[];
  conditions: BuiltCondition[];
}

/** IAM's condition operators (each also with IfExists, except Null): the policy engine's own list. */
export const OPERATORS: readonly string[] = BASE_OPERATORS;

const one = (values: readonly string[]): string | string[] =>
  values.length === 1 ? (values[0] as string) : [...values];

export function statementJson(s: BuiltStatement): Record<string, unknown> {
  const out: Record<string, unknown> = {
    Effect: s.effect,
    Action: one(s.actions),
    Resource: one(s.resources.length === 0 ? ["*"] : s.resources),
  };
  if (s.conditions.length > 0) {
    const condition: Record<string, Record<string, string | string[]>> = {};
    for (const c of s.conditions) {
      const block = (condition[c.operator] ??= {});
      const had = block[c.key];
      const values = had === undefined ? c.values : [...[had].flat(), ...c.values];
      block[c.key] = one(values);
    }
    out["Condition"] = condition;
  }
  return out;
}

export function policyJson(statements: readonly BuiltStatement[]): string {
  return JSON.stringify(
    { Version: "2012-10-17", Statement: statements.map(statementJson) },
    null,
    2,
  );
}

/** "s3" and "GetObject" → "s3:GetObject"; free text is taken as written (trimmed). */
export function actionName(prefix: string, action: string): string {
  return `${prefix}:${action}`;
}

/** An ARN format from the catalogue with the partition filled in: arn:aws:s3:::${BucketName}. */
export function arnTemplate(format: string): string {
  return format.replace("${Partition}", "aws");
}
