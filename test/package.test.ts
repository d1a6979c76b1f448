import assert from "node:assert/strict";
import { test } from "node:test";

// Other tools import the engine by the package's name; the export map must serve it.
test("gatehouse/policy is importable by package name, with its public API", async () => {
  const specifier = "gatehouse/policy"; // resolved at run time, against dist/
  const api = (await import(specifier)) as Record<string, unknown>;
  for (const name of ["compile", "evaluate", "evaluateLine", "validatePolicy", "policyLength"]) {
    assert.equal(typeof api[name], "function", name);
  }
  const compile = api.compile as typeof import("../src/policy/index.js").compile;
  const evaluate = api.evaluate as typeof import("../src/policy/index.js").evaluate;
  const set = compile({
    identityPolicies: [
      {
        document: {
          Version: "2012-10-17",
          Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*" }],
        },
      },
    ],
  });
  assert.equal(evaluate(set, { action: "s3:ListBucket", resource: "*" }).decision, "allowed");
});
