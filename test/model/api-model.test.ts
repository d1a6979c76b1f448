import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultModelsDir, generateFiles, outputDir } from "../../scripts/gen-api-model.js";
import {
  findOperation,
  gatehouseModel,
  iamModel,
  operationErrors,
  serviceErrors,
  shapeOf,
  stsModel,
  structureOf,
} from "../../src/model/api/load.js";
import { compilePattern } from "../../src/model/api/pattern.js";
import type { ApiModel, Shape } from "../../src/model/api/types.js";

function memberShape(model: ApiModel, structure: string, member: string): Shape {
  const m = structureOf(model, structure).members[member];
  assert.ok(m, `${structure}.${member}`);
  return shapeOf(model, m.target);
}

function referencedNames(shape: Shape): string[] {
  switch (shape.type) {
    case "structure":
      return Object.values(shape.members).map((m) => m.target);
    case "list":
      return [shape.member];
    case "map":
      return [shape.key, shape.value];
    default:
      return [];
  }
}

describe("gen-api-model", () => {
  it("is deterministic and matches the committed files", async () => {
    const first = await generateFiles(defaultModelsDir);
    const second = await generateFiles(defaultModelsDir);
    assert.deepEqual([...first.keys()].sort(), ["iam.json", "sts.json"]);
    for (const [name, text] of first) {
      assert.equal(second.get(name), text, `${name} differs between two runs`);
      const committed = readFileSync(join(outputDir, name), "utf8");
      assert.ok(
        committed === text,
        `src/model/api/${name} is stale: run npx tsx scripts/gen-api-model.ts`,
      );
    }
  });
});

describe("the generated API model", () => {
  it("stays small and holds no documentation", () => {
    for (const name of ["iam.json", "sts.json"]) {
      const text = readFileSync(join(outputDir, name), "utf8");
      assert.ok(text.length < 300_000, `${name} is ${text.length} bytes`);
      assert.ok(!text.includes("documentation"), name);
      assert.ok(!text.includes("smithy.api#"), name);
    }
  });

  it("has the service information", () => {
    assert.deepEqual(iamModel.service, {
      name: "iam",
      sdkId: "IAM",
      version: "2010-05-08",
      xmlNamespace: "https://iam.amazonaws.com/doc/2010-05-08/",
    });
    assert.deepEqual(stsModel.service, {
      name: "sts",
      sdkId: "STS",
      version: "2011-06-15",
      xmlNamespace: "https://sts.amazonaws.com/doc/2011-06-15/",
    });
  });

  it("has every IAM and STS operation, sorted", () => {
    const iam = Object.keys(iamModel.operations);
    const sts = Object.keys(stsModel.operations);
    assert.equal(iam.length, 164);
    assert.equal(sts.length, 9);
    assert.deepEqual(iam, [...iam].sort());
    for (const op of [
      "CreateUser",
      "AttachRolePolicy",
      "ListUsers",
      "CreateAccessKey",
      "TagUser",
    ]) {
      assert.equal(findOperation(iamModel, op)?.name, op);
    }
    for (const op of ["AssumeRole", "GetSessionToken", "GetCallerIdentity", "GetFederationToken"]) {
      assert.equal(findOperation(stsModel, op)?.name, op);
    }
    assert.equal(findOperation(iamModel, "toString"), undefined);
    assert.equal(findOperation(iamModel, "AssumeRole"), undefined);
  });

  it("resolves every shape reference", () => {
    for (const model of [iamModel, stsModel, gatehouseModel]) {
      for (const op of Object.values(model.operations)) {
        for (const name of [op.input, op.output, ...op.errors]) {
          if (name !== undefined) assert.equal(shapeOf(model, name).type, "structure", name);
        }
        if (op.output) assert.equal(op.resultWrapper, `${op.name}Result`);
        for (const e of op.errors) assert.ok(structureOf(model, e).error, `${e} is an error shape`);
      }
      for (const [name, shape] of Object.entries(model.shapes)) {
        for (const ref of referencedNames(shape)) assert.ok(model.shapes[ref], `${name} -> ${ref}`);
      }
    }
  });

  it("compiles every pattern", () => {
    for (const model of [iamModel, stsModel, gatehouseModel]) {
      for (const [name, shape] of Object.entries(model.shapes)) {
        if (shape.type === "string" && shape.pattern !== undefined) {
          assert.doesNotThrow(() => compilePattern(shape.pattern ?? ""), name);
        }
      }
    }
  });

  it("knows CreateUser's input", () => {
    const op = findOperation(iamModel, "CreateUser");
    assert.equal(op?.input, "CreateUserRequest");
    const input = structureOf(iamModel, "CreateUserRequest");
    assert.deepEqual(Object.keys(input.members), [
      "Path",
      "UserName",
      "PermissionsBoundary",
      "Tags",
    ]);
    assert.equal(input.members["UserName"]?.required, true);
    assert.equal(input.members["Path"]?.required, undefined);
    assert.deepEqual(memberShape(iamModel, "CreateUserRequest", "UserName"), {
      type: "string",
      min: 1,
      max: 64,
      pattern: "^[\\w+=,.@-]+$",
    });
    const path = memberShape(iamModel, "CreateUserRequest", "Path");
    assert.ok(path.type === "string" && path.min === 1 && path.max === 512);
    const tags = memberShape(iamModel, "CreateUserRequest", "Tags");
    assert.deepEqual(tags, { type: "list", member: "Tag", memberName: "member", min: 0, max: 50 });
    const tag = structureOf(iamModel, "Tag");
    assert.deepEqual(tag.members, {
      Key: { target: "tagKeyType", required: true },
      Value: { target: "tagValueType", required: true },
    });
    assert.equal(compilePattern("^[\\w+=,.@-]+$").text, "[\\w+=,.@-]+");
  });

  it("knows ranges, enums and sensitive members", () => {
    assert.deepEqual(memberShape(iamModel, "ListUsersRequest", "MaxItems"), {
      type: "integer",
      min: 1,
      max: 1000,
    });
    assert.deepEqual(memberShape(stsModel, "GetSessionTokenRequest", "DurationSeconds"), {
      type: "integer",
      min: 900,
      max: 129600,
    });
    const status = memberShape(iamModel, "UpdateAccessKeyRequest", "Status");
    assert.ok(
      status.type === "enum" &&
        status.values.includes("Active") &&
        status.values.includes("Inactive"),
    );
    const password = memberShape(iamModel, "CreateLoginProfileRequest", "Password");
    assert.ok(password.type === "string" && password.sensitive === true);
    assert.deepEqual(memberShape(iamModel, "CreateLoginProfileRequest", "PasswordResetRequired"), {
      type: "boolean",
    });
  });

  it("knows CreateAccessKey's output shape", () => {
    const op = findOperation(iamModel, "CreateAccessKey");
    assert.equal(op?.output, "CreateAccessKeyResponse");
    assert.equal(op?.resultWrapper, "CreateAccessKeyResult");
    const output = structureOf(iamModel, "CreateAccessKeyResponse");
    assert.deepEqual(output.members, { AccessKey: { target: "AccessKey", required: true } });
    const key = structureOf(iamModel, "AccessKey");
    assert.deepEqual(Object.keys(key.members), [
      "UserName",
      "AccessKeyId",
      "Status",
      "SecretAccessKey",
      "CreateDate",
    ]);
    assert.equal(memberShape(iamModel, "AccessKey", "CreateDate").type, "timestamp");
    assert.equal(memberShape(iamModel, "AccessKey", "Status").type, "enum");
    const users = memberShape(iamModel, "ListUsersResponse", "Users");
    assert.ok(users.type === "list" && users.member === "User" && users.memberName === "member");
    assert.equal(findOperation(iamModel, "DeleteUser")?.output, undefined);
    assert.equal(findOperation(iamModel, "DeleteAccountPasswordPolicy")?.input, undefined);
  });

  it("knows the error codes and HTTP statuses", () => {
    const errors = serviceErrors(iamModel);
    const expect: [string, number, string][] = [
      ["NoSuchEntity", 404, "client"],
      ["EntityAlreadyExists", 409, "client"],
      ["LimitExceeded", 409, "client"],
      ["DeleteConflict", 409, "client"],
      ["MalformedPolicyDocument", 400, "client"],
      ["InvalidInput", 400, "client"],
      ["ConcurrentModification", 409, "client"],
      ["ReportInProgress", 404, "client"],
      ["ServiceFailure", 500, "server"],
    ];
    for (const [code, httpStatus, fault] of expect) {
      assert.deepEqual(errors.get(code), { code, httpStatus, fault }, code);
    }
    const createUser = findOperation(iamModel, "CreateUser");
    assert.ok(createUser);
    assert.deepEqual([...operationErrors(iamModel, createUser).keys()].sort(), [
      "ConcurrentModification",
      "EntityAlreadyExists",
      "InvalidInput",
      "LimitExceeded",
      "NoSuchEntity",
      "ServiceFailure",
    ]);
    const sts = serviceErrors(stsModel);
    assert.deepEqual(sts.get("ExpiredTokenException"), {
      code: "ExpiredTokenException",
      httpStatus: 400,
      fault: "client",
    });
    assert.equal(sts.get("RegionDisabledException")?.httpStatus, 403);
    assert.equal(sts.get("MalformedPolicyDocument")?.httpStatus, 400);
  });
});
