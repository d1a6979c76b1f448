import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import {
  compile,
  evaluate,
  evaluateLine,
  PolicyValidationError,
  validatePolicy,
  type PolicySetInput,
} from "../../src/policy/index.js";
import { POLICY_KINDS } from "../../src/policy/types.js";

const USER = "arn:aws:iam::111122223333:user/alice";

const action = fc.constantFrom(
  "s3:GetObject",
  "s3:PutObject",
  "s3:Get*",
  "s3:*",
  "*",
  "iam:?etUser",
  "ec2:Describe*",
);
const requestAction = fc.constantFrom(
  "s3:GetObject",
  "s3:PutObject",
  "iam:GetUser",
  "ec2:DescribeInstances",
);
const resource = fc.constantFrom(
  "*",
  "arn:aws:s3:::b/*",
  "arn:aws:s3:::b/k",
  "arn:aws:s3:::b/${aws:username}/*",
  "arn:aws:iam::111122223333:user/*",
);
const requestResource = fc.constantFrom(
  "arn:aws:s3:::b/k",
  "arn:aws:s3:::b/alice/x",
  "arn:aws:iam::111122223333:user/alice",
  "*",
);
const condition = fc.constantFrom(
  undefined,
  { StringEquals: { "aws:username": "alice" } },
  { StringNotLike: { "aws:username": ["b*"] } },
  { Bool: { "aws:SecureTransport": "true" } },
  { NumericLessThan: { "s3:max-keys": "10" } },
  { IpAddress: { "aws:SourceIp": "10.0.0.0/8" } },
  { Null: { "aws:TokenIssueTime": "true" } },
  { "ForAnyValue:StringEquals": { "aws:TagKeys": ["a", "b"] } },
  { "ForAllValues:StringLike": { "aws:TagKeys": ["a*"] } },
);
const list = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { minLength: 1, maxLength: 3 });
const statement = fc
  .record({
    Effect: fc.constantFrom("Allow", "Deny"),
    notAction: fc.boolean(),
    actions: list(action),
    notResource: fc.boolean(),
    resources: list(resource),
    Condition: condition,
  })
  .map(({ notAction, actions, notResource, resources, Condition, Effect }) => {
    const s: Record<string, unknown> = { Effect };
    s[notAction ? "NotAction" : "Action"] = actions;
    s[notResource ? "NotResource" : "Resource"] = resources;
    if (Condition !== undefined) s.Condition = Condition;
    return s;
  });
const policy = fc
  .array(statement, { minLength: 1, maxLength: 4 })
  .map((Statement) => ({ Version: "2012-10-17", Statement }));
const policies = (prefix: string) =>
  fc
    .array(policy, { minLength: 0, maxLength: 3 })
    .map((docs) => docs.map((document, i) => ({ id: `${prefix}${i}`, document })));

const policySet: fc.Arbitrary<PolicySetInput> = fc
  .record({
    identityPolicies: policies("id"),
    permissionsBoundaries: fc.option(policies("pb"), { nil: undefined }),
    sessionPolicies: fc.option(policies("sp"), { nil: undefined }),
  })
  .map((s) => {
    const out: PolicySetInput = { identityPolicies: s.identityPolicies };
    if (s.permissionsBoundaries !== undefined) out.permissionsBoundaries = s.permissionsBoundaries;
    if (s.sessionPolicies !== undefined) out.sessionPolicies = s.sessionPolicies;
    return out;
  });

const context = fc.record(
  {
    "aws:username": fc.constantFrom("alice", "bob"),
    "aws:SecureTransport": fc.constantFrom("true", "false", true),
    "s3:max-keys": fc.constantFrom("5", "50", 7),
    "aws:SourceIp": fc.constantFrom("10.1.2.3", "192.0.2.1", "::1"),
    "aws:TokenIssueTime": fc.constant("2026-01-01T00:00:00Z"),
    "aws:TagKeys": fc.array(fc.constantFrom("a", "b", "c"), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);
const request = fc.record({
  action: requestAction,
  resource: requestResource,
  principal: fc.constant(USER),
  context,
});

const runs = { numRuns: 300 };

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let x = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

type Doc = { Version: string; Statement: Record<string, unknown>[] };
const mapDocs = (set: PolicySetInput, f: (d: Doc) => Doc): PolicySetInput => {
  const m = (l?: readonly { id?: string; document: unknown }[]) =>
    l?.map((p) => ({ ...p, document: f(p.document as Doc) }));
  const out: PolicySetInput = { identityPolicies: m(set.identityPolicies) ?? [] };
  if (set.permissionsBoundaries) out.permissionsBoundaries = m(set.permissionsBoundaries) ?? [];
  if (set.sessionPolicies) out.sessionPolicies = m(set.sessionPolicies) ?? [];
  return out;
};

describe("properties of the evaluator (fast-check)", () => {
  test("adding a Deny statement never turns a deny into an allow", () => {
    fc.assert(
      fc.property(policySet, request, statement, fc.nat(), (set, req, extra, where) => {
        const before = evaluate(compile(set), req).decision;
        const deny = { ...extra, Effect: "Deny" };
        const ids = set.identityPolicies ?? [];
        const withDeny: PolicySetInput = {
          ...set,
          identityPolicies:
            ids.length === 0
              ? [{ id: "d", document: { Version: "2012-10-17", Statement: [deny] } }]
              : ids.map((p, i) =>
                  i === where % ids.length
                    ? {
                        ...p,
                        document: {
                          ...(p.document as Doc),
                          Statement: [...(p.document as Doc).Statement, deny],
                        },
                      }
                    : p,
                ),
        };
        const after = evaluate(compile(withDeny), req).decision;
        if (before !== "allowed") assert.notEqual(after, "allowed");
        if (before === "explicitDeny") assert.equal(after, "explicitDeny");
      }),
      runs,
    );
  });

  test("the order of statements and of policies never changes a decision", () => {
    fc.assert(
      fc.property(policySet, request, fc.nat(), (set, req, seed) => {
        const shuffled = mapDocs(set, (d) => ({ ...d, Statement: shuffle(d.Statement, seed) }));
        shuffled.identityPolicies = shuffle(shuffled.identityPolicies ?? [], seed + 1);
        const a = evaluate(compile(set), req);
        const b = evaluate(compile(shuffled), req);
        assert.equal(b.decision, a.decision);
        assert.deepEqual(b.missingContextValues, a.missingContextValues);
      }),
      runs,
    );
  });

  test("a decision is the same compiled once and reused, compiled afresh, from text, with or without explanation", () => {
    fc.assert(
      fc.property(policySet, fc.array(request, { minLength: 1, maxLength: 8 }), (set, reqs) => {
        const reused = compile(set);
        const asText = mapDocs(set, (d) => JSON.stringify(d, null, 3) as unknown as Doc);
        for (const req of reqs) {
          const expected = evaluate(compile(set), req).decision;
          assert.equal(evaluate(reused, req).decision, expected);
          assert.equal(evaluate(reused, req, { explain: false }).decision, expected);
          assert.equal(evaluate(compile(asText), req).decision, expected);
          const line = evaluateLine({ ...req, ...set });
          assert.ok("decision" in line && line.decision === expected);
        }
      }),
      runs,
    );
  });

  test("the evaluator never throws on any JSON value", () => {
    const set = compile({
      identityPolicies: [
        {
          id: "p",
          document: {
            Version: "2012-10-17",
            Statement: [
              {
                Effect: "Allow",
                Action: "*",
                Resource: "*",
                Condition: {
                  StringLike: { "aws:username": "a*" },
                  IpAddress: { "aws:SourceIp": "10.0.0.0/8" },
                  DateLessThan: { "aws:CurrentTime": "2030-01-01T00:00:00Z" },
                },
              },
            ],
          },
        },
      ],
    });
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        const line = evaluateLine(a);
        assert.ok("decision" in line || "error" in line);
        const d = evaluate(set, a as never);
        assert.ok(["allowed", "explicitDeny", "implicitDeny"].includes(d.decision));
        const withContext = evaluate(set, {
          action: "s3:GetObject",
          resource: "*",
          principal: a,
          context: b,
        });
        assert.ok(["allowed", "explicitDeny", "implicitDeny"].includes(withContext.decision));
        for (const kind of POLICY_KINDS) validatePolicy(a, { kind });
        try {
          compile({ identityPolicies: [{ document: a }] });
        } catch (err) {
          assert.ok(err instanceof PolicyValidationError, String(err));
        }
      }),
      { numRuns: 500 },
    );
  });

  test("a policy with any JSON value in any element compiles or is refused, and never throws otherwise", () => {
    const field = fc.constantFrom(
      "Version",
      "Id",
      "Sid",
      "Effect",
      "Action",
      "NotAction",
      "Resource",
      "NotResource",
      "Principal",
      "NotPrincipal",
      "Condition",
    );
    const conditionish = fc.dictionary(
      fc.constantFrom(
        "StringLike",
        "NumericLessThan",
        "DateGreaterThan",
        "IpAddress",
        "Bool",
        "Null",
        "ForAllValues:ArnLike",
        "BinaryEquals",
      ),
      fc.dictionary(
        fc.constantFrom("aws:SourceIp", "aws:username", "aws:TagKeys", "x:y"),
        fc.jsonValue(),
      ),
    );
    fc.assert(
      fc.property(
        field,
        fc.oneof(fc.jsonValue(), conditionish),
        request,
        fc.boolean(),
        (name, value, req, resourceKind) => {
          const statement: Record<string, unknown> = {
            Effect: "Allow",
            Action: "s3:*",
            Resource: "*",
          };
          if (resourceKind) statement.Principal = "*";
          statement[name] = value;
          const document = { Version: "2012-10-17", Statement: [statement] };
          const input: PolicySetInput = resourceKind
            ? { resourcePolicy: { id: "r", document } }
            : { identityPolicies: [{ id: "i", document }] };
          let set;
          try {
            set = compile(input);
          } catch (err) {
            assert.ok(err instanceof PolicyValidationError, String(err));
            assert.ok(err.findings.length > 0 && err.findings.every((f) => f.message.length > 0));
            return;
          }
          const d = evaluate(set, req);
          assert.ok(["allowed", "explicitDeny", "implicitDeny"].includes(d.decision));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
