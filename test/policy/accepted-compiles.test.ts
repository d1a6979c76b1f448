/**
 * One path from validation to evaluation: any document the write path's
 * validator accepts, of any kind, compiles and evaluates without throwing
 * (issue 14: a Null value "maybe" was accepted by PutUserPolicy, then broke
 * every request of the user at compile time). Conditions draw every operator
 * (with set qualifiers and IfExists) and values of every shape: dates in
 * IAM's legacy forms, numbers, addresses, base64, ARNs, policy variables,
 * junk.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { BASE_OPERATORS } from "../../src/policy/condition/operator-name.js";
import {
  compile,
  evaluate,
  validatePolicy,
  type PolicyKind,
  type PolicySetInput,
} from "../../src/policy/index.js";
import { NULL_MAYBE } from "./documents.js";

const ACCOUNT = "111122223333";

/** Characters that make condition values of every family, and break them. */
const valueText = fc.oneof(
  fc.constantFrom(
    "true",
    "false",
    "TRUE",
    "maybe",
    "",
    "10",
    "-1.5",
    "1e3",
    "0x10",
    "2019-07-16T12:30:15Z",
    "2019-07-16T12:30Z",
    "2016-12-13t2:00:00.593194+23",
    " 8 ",
    "+8",
    "01T",
    "2020-02-31",
    "9223372036854775807",
    "10.0.0.0/8",
    "2001:db8::/32",
    "300.1.1.1",
    "QUJD",
    "not base64!",
    `arn:aws:iam::${ACCOUNT}:user/*`,
    "arn:aws:s3:::b/${aws:username}",
    "${aws:username}",
    "${aws:CurrentTime}",
    "${unterminated",
    "${*}",
    "*",
    "?",
  ),
  fc.string({ unit: fc.constantFrom(..."0123456789-+:.tTzZ /${}*?abc".split("")), maxLength: 24 }),
  fc.string({ maxLength: 12 }),
);
const operator = fc
  .record({
    set: fc.constantFrom("", "ForAllValues:", "ForAnyValue:"),
    base: fc.constantFrom(...BASE_OPERATORS),
    ifExists: fc.boolean(),
  })
  .map(({ set, base, ifExists }) => `${set}${base}${ifExists ? "IfExists" : ""}`);
const conditionKey = fc.constantFrom(
  "aws:username",
  "aws:SourceIp",
  "aws:CurrentTime",
  "aws:TokenIssueTime",
  "aws:SecureTransport",
  "aws:TagKeys",
  "s3:max-keys",
  "aws:PrincipalArn",
  "x:blob",
);
const condition = fc.dictionary(
  operator,
  fc.dictionary(conditionKey, fc.oneof(valueText, fc.array(valueText, { maxLength: 3 })), {
    minKeys: 1,
    maxKeys: 2,
  }),
  { maxKeys: 3 },
);
const actions = fc.array(
  fc.constantFrom("s3:GetObject", "s3:*", "*", "iam:?etUser", "sts:AssumeRole", "ec2:Describe*"),
  { minLength: 1, maxLength: 3 },
);
const resources = fc.array(
  fc.constantFrom(
    "*",
    "arn:aws:s3:::b/*",
    "arn:aws:s3:::b/${aws:username}/*",
    `arn:aws:iam::${ACCOUNT}:user/*`,
    "arn:aws:ec2:*:*:instance/*",
  ),
  { minLength: 1, maxLength: 3 },
);
const principal = fc.constantFrom(
  "*",
  { AWS: `arn:aws:iam::${ACCOUNT}:root` },
  { AWS: [ACCOUNT, `arn:aws:iam::${ACCOUNT}:user/alice`] },
  { Service: "ec2.amazonaws.com" },
  { Federated: "cognito-identity.amazonaws.com" },
);

function statement(kind: PolicyKind): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record({
      Effect: fc.constantFrom("Allow", "Deny"),
      notAction: fc.boolean(),
      actions,
      notResource: fc.boolean(),
      resources,
      principal,
      notPrincipal: fc.boolean(),
      Condition: condition,
    })
    .map((r) => {
      const s: Record<string, unknown> = { Effect: r.Effect };
      s[kind !== "trust" && r.notAction ? "NotAction" : "Action"] =
        kind === "trust" ? ["sts:AssumeRole"] : r.actions;
      if (kind !== "trust") s[r.notResource ? "NotResource" : "Resource"] = r.resources;
      if (kind === "trust" || kind === "resource") {
        s[r.notPrincipal && r.Effect === "Deny" ? "NotPrincipal" : "Principal"] = r.principal;
      }
      if (Object.keys(r.Condition).length > 0) s.Condition = r.Condition;
      return s;
    });
}

function documents(kind: PolicyKind) {
  return fc.record({
    Version: fc.constantFrom("2012-10-17", "2008-10-17"),
    Statement: fc.array(statement(kind), { minLength: 1, maxLength: 3 }),
  });
}

/** The policy set that puts a document of `kind` where it is evaluated. */
function placed(kind: PolicyKind, document: unknown): [PolicySetInput, "resource" | "trust"] {
  const p = { id: "p", document };
  const allowAll = {
    id: "all",
    document: { Statement: { Effect: "Allow", Action: "*", Resource: "*" } },
  };
  switch (kind) {
    case "identity":
      return [{ identityPolicies: [p] }, "resource"];
    case "boundary":
      return [{ identityPolicies: [allowAll], permissionsBoundaries: [p] }, "resource"];
    case "session":
      return [{ identityPolicies: [allowAll], sessionPolicies: [p] }, "resource"];
    case "scp":
      return [{ identityPolicies: [allowAll], serviceControlPolicies: [[p]] }, "resource"];
    case "resource":
      return [{ resourcePolicy: p }, "resource"];
    case "trust":
      return [{ resourcePolicy: p }, "trust"];
  }
}

const request = fc.record({
  action: fc.constantFrom("s3:GetObject", "iam:GetUser", "sts:AssumeRole", "ec2:DescribeInstances"),
  resource: fc.constantFrom("arn:aws:s3:::b/alice/k", `arn:aws:iam::${ACCOUNT}:user/alice`, "*"),
  context: fc.dictionary(conditionKey, fc.oneof(valueText, fc.array(valueText, { maxLength: 3 }))),
});

const KINDS: readonly PolicyKind[] = [
  "identity",
  "boundary",
  "session",
  "scp",
  "resource",
  "trust",
];

describe("what the write path accepts compiles and evaluates", () => {
  for (const kind of KINDS) {
    test(`${kind} policies`, () => {
      let accepted = 0;
      let runs = 0;
      fc.assert(
        fc.property(
          documents(kind),
          fc.array(request, { minLength: 1, maxLength: 3 }),
          (doc, reqs) => {
            runs++;
            const text = JSON.stringify(doc);
            const result = validatePolicy(text, {
              kind,
              maxLength: 0,
              requireCurrentVersion: false,
            });
            if (result.findings.some((f) => f.severity === "error")) return;
            accepted++;
            const [input, resourcePolicyKind] = placed(kind, text);
            const set = compile(input, { resourcePolicyKind });
            for (const r of reqs) {
              for (const explain of [false, true]) {
                const d = evaluate(
                  set,
                  { ...r, principal: `arn:aws:iam::${ACCOUNT}:user/alice` },
                  { explain },
                );
                assert.ok(["allowed", "explicitDeny", "implicitDeny"].includes(d.decision));
              }
            }
          },
        ),
        { numRuns: 400 },
      );
      // Not vacuous: a good share of the documents are accepted.
      assert.ok(accepted > runs / 10, `${accepted} of ${runs} accepted`);
    });
  }

  test("the issue's document: accepted, compiled, and its Null 'maybe' never matches", () => {
    const text = NULL_MAYBE;
    for (const kind of ["identity", "boundary", "session", "scp"] as const) {
      assert.deepEqual(
        validatePolicy(text, { kind }).findings.filter((f) => f.severity === "error"),
        [],
      );
    }
    const set = compile({ identityPolicies: [{ id: "p", document: text }] });
    for (const context of [{}, { "aws:TokenIssueTime": "2026-01-01T00:00:00Z" }]) {
      const d = evaluate(set, { action: "iam:GetUser", resource: "*", context });
      assert.equal(d.decision, "implicitDeny");
    }
  });
});

describe("a policy that does not compile, with onInvalid", () => {
  const brokenAllow =
    '{"Statement":{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"DateEquals":{"k":"x"}}}}';
  const brokenDeny =
    '{"Statement":{"Effect":"Deny","Action":"s3:*","Resource":"*","Condition":{"DateEquals":{"k":"x"}}}}';
  const allowAll = {
    id: "all",
    document: { Statement: { Effect: "Allow", Action: "*", Resource: "*" } },
  };
  const req = { action: "iam:GetUser", resource: "*" };

  test("throws without it", () => {
    assert.throws(() => compile({ identityPolicies: [{ id: "b", document: brokenAllow }] }));
  });

  test("reports each one, never allows, and denies everything when it may hold a Deny", () => {
    const seen: string[] = [];
    const onInvalid = (err: { policyId: string }) => seen.push(err.policyId);
    const cases: [PolicySetInput, string][] = [
      [{ identityPolicies: [{ id: "b", document: brokenAllow }] }, "implicitDeny"],
      [{ identityPolicies: [allowAll, { id: "b", document: brokenAllow }] }, "allowed"],
      [{ identityPolicies: [allowAll, { id: "b", document: brokenDeny }] }, "explicitDeny"],
      [{ identityPolicies: [allowAll, { id: "b", document: "not json" }] }, "explicitDeny"],
      [
        {
          identityPolicies: [allowAll],
          permissionsBoundaries: [{ id: "b", document: brokenAllow }],
        },
        "implicitDeny",
      ],
      [
        { identityPolicies: [allowAll], sessionPolicies: [{ id: "b", document: brokenAllow }] },
        "implicitDeny",
      ],
      [
        {
          identityPolicies: [allowAll],
          serviceControlPolicies: [[{ id: "b", document: brokenAllow }]],
        },
        "implicitDeny",
      ],
      [
        { identityPolicies: [allowAll], resourcePolicy: { id: "b", document: brokenDeny } },
        "explicitDeny",
      ],
    ];
    for (const [input, expected] of cases) {
      const before = seen.length;
      const set = compile(input, { onInvalid });
      assert.equal(evaluate(set, req).decision, expected, JSON.stringify(input));
      assert.deepEqual(seen.slice(before), ["b"]);
    }
  });
});
