import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, test } from "node:test";
import { compile, evaluate, type PolicyInput } from "../../src/policy/index.js";

// The benchmark fixture: a realistic principal with the decisions AWS gives.
const path = resolve(import.meta.dirname, "../../../shared/bench/policy-fixture.json");

describe("the benchmark fixture (../shared/bench/policy-fixture.json)", () => {
  test("the fixture is present", () => {
    assert.ok(existsSync(path), `missing ${path}: the tests need ../shared beside the project`);
  });

  const fixture = existsSync(path)
    ? (JSON.parse(readFileSync(path, "utf8")) as {
        principal: string;
        identityPolicies: PolicyInput[];
        requests: { action: string; resource: string; context: object; expected: string }[];
      })
    : { principal: "", identityPolicies: [], requests: [] };
  const set = compile({ identityPolicies: fixture.identityPolicies });

  for (const [i, r] of fixture.requests.entries()) {
    test(`request ${i}: ${r.action} on ${r.resource} is ${r.expected}`, () => {
      const request = { ...r, principal: fixture.principal };
      assert.equal(evaluate(set, request, { explain: false }).decision, r.expected);
      const explained = evaluate(set, request);
      assert.equal(explained.decision, r.expected);
      if (r.expected === "implicitDeny") assert.deepEqual(explained.matchedStatements, []);
      else assert.ok(explained.matchedStatements.length > 0, "a decision names its statements");
      for (const m of explained.matchedStatements) {
        assert.equal(m.effect, r.expected === "allowed" ? "Allow" : "Deny");
      }
    });
  }
});
