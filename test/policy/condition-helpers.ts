/** Shared helpers for the condition tests (not a test file itself). */
import assert from "node:assert/strict";
import { compileCondition, type CompiledCondition } from "../../src/policy/condition/index.js";
import { RequestContext } from "../../src/policy/context.js";
import type { PolicyVersion } from "../../src/policy/types.js";

export const PRINCIPAL = "arn:aws:iam::111122223333:user/alice";

export function compile(
  operator: string,
  key: string,
  values: string | readonly string[],
  version: PolicyVersion | undefined = "2012-10-17",
): CompiledCondition {
  const list = typeof values === "string" ? [values] : values;
  const compiled = compileCondition({ operator, key, values: list }, version);
  if ("error" in compiled) assert.fail(`${operator} ${JSON.stringify(list)}: ${compiled.error}`);
  return compiled;
}

export function context(raw: unknown): RequestContext {
  return new RequestContext(raw, PRINCIPAL, false);
}

/** Whether `operator` on key "k" with `values` holds for a request where k is `value` (absent when undefined). */
export function check(
  operator: string,
  values: string | readonly string[],
  value: unknown,
  extra: Record<string, unknown> = {},
  version: PolicyVersion | undefined = "2012-10-17",
): boolean {
  const raw = value === undefined ? { ...extra } : { ...extra, k: value };
  return compile(operator, "k", values, version).test(context(raw));
}

/** One row of a table: operator, policy values, request value, expected result. */
export type Row = [string, string | readonly string[], unknown, boolean];

export function table(rows: readonly Row[]): void {
  for (const [operator, values, value, expected] of rows) {
    assert.equal(
      check(operator, values, value),
      expected,
      `${operator} ${JSON.stringify(values)} vs ${JSON.stringify(value)}`,
    );
  }
}
