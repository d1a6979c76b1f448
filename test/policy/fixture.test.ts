import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, test } from "node:test";
import { compile, evaluate, type PolicyInput } from "../../src/policy/index.js";

// The benchmark fixture: a realistic principal with the decisions AWS gives.
const path = resolve(import.meta.dirname, "../../vendor/policy-fixture.json");

describe("the benchmark fixture (vendor/policy-fixture.json)", () => {
  const fixture = JSON.parse(readFileSync(path, "utf8")) as {
    principal: string;
    identityPolicies: PolicyInput[];
    requests: { action: string; resource: string; context: object; expected: string }[];
  };
  test("the fixture holds requests", () => assert.ok(fixture.requests.length > 0));
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
