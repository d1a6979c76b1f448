import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { apiModel, findOperation } from "../../src/model/api/load.js";
import { parseQueryInput } from "../../src/model/query-input.js";
import { jsonQueryParams, renderJsonResult } from "../../src/protocol/json.js";

const iam = apiModel("iam");

function params(action: string, body: unknown): Record<string, string> {
  const flat = jsonQueryParams(iam, action, body);
  assert.ok(flat.ok, JSON.stringify(flat));
  return Object.fromEntries(flat.params);
}

describe("the console's JSON input and output", () => {
  test("JSON input becomes the Query parameters the model reads", () => {
    assert.deepEqual(
      params("SimulatePrincipalPolicy", {
        PolicySourceArn: "arn:aws:iam::123456789012:user/a",
        ActionNames: ["iam:ListUsers", "s3:GetObject"],
        ContextEntries: [
          { ContextKeyName: "aws:SourceIp", ContextKeyType: "ip", ContextKeyValues: ["10.0.0.1"] },
        ],
        MaxItems: 5,
        Unknown: { ignored: true },
      }),
      {
        PolicySourceArn: "arn:aws:iam::123456789012:user/a",
        "ActionNames.member.1": "iam:ListUsers",
        "ActionNames.member.2": "s3:GetObject",
        "ContextEntries.member.1.ContextKeyName": "aws:SourceIp",
        "ContextEntries.member.1.ContextKeyType": "ip",
        "ContextEntries.member.1.ContextKeyValues.member.1": "10.0.0.1",
        MaxItems: "5",
      },
    );
    assert.deepEqual(
      params("CreateLoginProfile", { UserName: "a", Password: "p", PasswordResetRequired: true }),
      {
        UserName: "a",
        Password: "p",
        PasswordResetRequired: "true",
      },
    );
    assert.deepEqual(params("TagUser", { UserName: "a", Tags: [] }), { UserName: "a", Tags: "" });
    const parsed = parseQueryInput(
      iam,
      "TagUser",
      new Map(Object.entries(params("TagUser", { UserName: "a", Tags: [] }))),
    );
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.input.Tags, []);
  });

  test("a value of the wrong JSON type is InvalidParameterValue; an unknown action InvalidAction", () => {
    for (const [body, at] of [
      [{ UserName: { a: 1 } }, "UserName"],
      [{ UserName: "a", Tags: "x" }, "Tags"],
      [{ UserName: "a", Tags: [{ Key: ["k"] }] }, "Tags.member.1.Key"],
      [[1], "input"],
    ] as const) {
      const flat = jsonQueryParams(iam, "CreateUser", body);
      assert.ok(!flat.ok);
      assert.equal(flat.error.code, "InvalidParameterValue");
      assert.match(
        flat.error.message,
        new RegExp(`parameter ${at.replace(/\./g, "\\.")} is invalid`),
      );
    }
    const unknown = jsonQueryParams(iam, "Frobnicate", {});
    assert.ok(!unknown.ok);
    assert.equal(unknown.error.code, "InvalidAction");
  });

  test("output: the shape's members only, timestamps to the second, maps as objects, plain policy text", () => {
    const getUser = findOperation(iam, "GetUser");
    assert.ok(getUser);
    assert.deepEqual(
      renderJsonResult(iam, getUser, {
        User: {
          UserName: "a",
          UserId: "AIDA",
          Arn: "arn",
          Path: "/",
          CreateDate: new Date("2026-01-15T12:00:00.789Z"),
          internal: "dropped",
        },
      }),
      {
        User: {
          Path: "/",
          UserName: "a",
          UserId: "AIDA",
          Arn: "arn",
          CreateDate: "2026-01-15T12:00:00Z",
        },
      },
    );
    const summary = findOperation(iam, "GetAccountSummary");
    assert.ok(summary);
    assert.deepEqual(renderJsonResult(iam, summary, { SummaryMap: new Map([["Users", 2]]) }), {
      SummaryMap: { Users: 2 },
    });
    const policy = findOperation(iam, "GetUserPolicy");
    assert.ok(policy);
    const doc = '{"Version":"2012-10-17","Statement":[]}';
    const out = renderJsonResult(iam, policy, {
      UserName: "a",
      PolicyName: "p",
      PolicyDocument: doc,
    });
    assert.equal(out.PolicyDocument, doc);
    const deleteUser = findOperation(iam, "DeleteUser");
    assert.ok(deleteUser);
    assert.deepEqual(renderJsonResult(iam, deleteUser, undefined), {});
    assert.throws(() => renderJsonResult(iam, getUser, { User: "nope" }), TypeError);
  });
});
