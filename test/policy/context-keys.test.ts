import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { contextKeys, validatePolicy, type ParsedPolicy } from "../../src/policy/index.js";

function parsed(document: unknown): ParsedPolicy {
  const result = validatePolicy(
    typeof document === "string" ? document : JSON.stringify(document),
    {
      kind: "identity",
      maxLength: 0,
      requireCurrentVersion: false,
    },
  );
  assert.ok(result.policy, JSON.stringify(result.findings));
  return result.policy;
}

describe("contextKeys", () => {
  test("AWS's CLI example: the Resource variable, then the Condition key", () => {
    const doc = parsed({
      Version: "2012-10-17",
      Statement: {
        Effect: "Allow",
        Action: "dynamodb:*",
        Resource: "arn:aws:dynamodb:us-west-2:123456789012:table/${aws:username}",
        Condition: { DateGreaterThan: { "aws:CurrentTime": "2015-08-16T12:00:00Z" } },
      },
    });
    assert.deepEqual(contextKeys([doc]), ["aws:username", "aws:CurrentTime"]);
  });

  test("NotResource, every operator's key, variables in values (with defaults), in order", () => {
    const doc = parsed({
      Version: "2012-10-17",
      Statement: [
        { Effect: "Deny", Action: "s3:*", NotResource: "arn:aws:s3:::home/${aws:userid}/*" },
        {
          Effect: "Allow",
          Action: "s3:ListBucket",
          Resource: "*",
          Condition: {
            StringLike: {
              "s3:prefix": ["home/${aws:username}/*", "${aws:PrincipalTag/team, 'none'}"],
            },
            "ForAnyValue:StringEqualsIfExists": { "aws:TagKeys": ["a"] },
            Null: { "aws:MultiFactorAuthAge": "false" },
          },
        },
      ],
    });
    assert.deepEqual(contextKeys([doc]), [
      "aws:userid",
      "s3:prefix",
      "aws:username",
      "aws:PrincipalTag/team",
      "aws:TagKeys",
      "aws:MultiFactorAuthAge",
    ]);
  });

  test("each key once across policies, compared case-insensitively, first spelling kept", () => {
    const a = parsed({
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Action: "s3:*",
          Resource: "*",
          Condition: { Bool: { "aws:SecureTransport": "true" } },
        },
      ],
    });
    const b = parsed({
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Action: "s3:*",
          Resource: "*",
          Condition: {
            Bool: { "AWS:securetransport": "true" },
            IpAddress: { "aws:SourceIp": "10.0.0.0/8" },
          },
        },
      ],
    });
    assert.deepEqual(contextKeys([a, b]), ["aws:SecureTransport", "aws:SourceIp"]);
  });

  test("no variables under the 2008 language or without a Version; escapes are not keys", () => {
    const old = parsed({
      Version: "2008-10-17",
      Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "arn:aws:s3:::b/${aws:username}" }],
    });
    assert.deepEqual(contextKeys([old]), []);
    const none = parsed({
      Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "arn:aws:s3:::b/${aws:username}" }],
    });
    assert.deepEqual(contextKeys([none]), []);
    const escapes = parsed({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "arn:aws:s3:::b/${*}${?}${$}" }],
    });
    assert.deepEqual(contextKeys([escapes]), []);
  });

  test("a policy without conditions or variables has no keys", () => {
    const doc = parsed({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }],
    });
    assert.deepEqual(contextKeys([doc]), []);
    assert.deepEqual(contextKeys([]), []);
  });
});
