/**
 * Bad input to AssumeRole and AssumeRoleWithWebIdentity, sent raw (signed
 * with a user's keys, or unsigned) so that nothing on the client side
 * checks it first: malformed role ARNs, session names, durations, tags,
 * policies, MFA serials and codes, external ids, source identities, tokens
 * — each answered with AWS's code, status and message.
 */
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { ACCOUNT, useServer, type Keys } from "../server/harness.js";
import { formOf, parseError, postRaw } from "../e2e/raw.js";
import { makeRole, permit, trust, userArnOf } from "./assume-role-helpers.js";
import { userWithKeys } from "./helpers.js";

const srv = useServer();
const VERSION = "2011-06-15";
const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/target`;

interface Row {
  name: string;
  params: Record<string, string>;
  code: string;
  status: number;
  message: string;
}

const constraint = (value: string, member: string, rule: string) =>
  `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: Member must ${rule}`;

const validation = (name: string, params: Record<string, string>, message: string): Row => ({
  name,
  params,
  code: "ValidationError",
  status: 400,
  message,
});

const ROWS: Row[] = [
  // RoleArn: not an ARN at all (recorded texts), then ARNs of no role.
  validation(
    "RoleArn not an ARN",
    { RoleArn: "nothing-valid-in-here" },
    "nothing-valid-in-here is invalid",
  ),
  validation(
    "RoleArn without partition",
    { RoleArn: "arn::b:::something/test-role" },
    "arn::b:::something/test-role is invalid",
  ),
  validation(
    "RoleArn without service",
    { RoleArn: "arn:a::::something/test-role" },
    "arn:a::::something/test-role is invalid",
  ),
  validation(
    "RoleArn with too few colons",
    { RoleArn: "arn:a:::something/test-role" },
    "arn:a:::something/test-role is invalid",
  ),
  validation(
    "RoleArn without resource",
    { RoleArn: "arn:a:a::aaaaaaaaaa:" },
    "arn:a:a::aaaaaaaaaa: is invalid",
  ),
  validation(
    "RoleArn too short",
    { RoleArn: "arn:aws:iam::1:role" },
    constraint("arn:aws:iam::1:role", "roleArn", "have length greater than or equal to 20"),
  ),
  {
    name: "RoleArn of a user",
    params: { RoleArn: userArnOf("caller") },
    code: "AccessDenied",
    status: 403,
    message: `User: ${userArnOf("caller")} is not authorized to perform: sts:AssumeRole on resource: ${userArnOf("caller")}`,
  },
  // RoleSessionName: 2–64 of [\w+=,.@-].
  validation(
    "RoleSessionName too short",
    { RoleSessionName: "a" },
    constraint("a", "roleSessionName", "have length greater than or equal to 2"),
  ),
  validation(
    "RoleSessionName too long",
    { RoleSessionName: "s".repeat(65) },
    constraint("s".repeat(65), "roleSessionName", "have length less than or equal to 64"),
  ),
  validation(
    "RoleSessionName with a colon",
    { RoleSessionName: "Session1:2" },
    constraint("Session1:2", "roleSessionName", "satisfy regular expression pattern: [\\w+=,.@-]*"),
  ),
  validation(
    "RoleSessionName with a space",
    { RoleSessionName: "my session" },
    constraint("my session", "roleSessionName", "satisfy regular expression pattern: [\\w+=,.@-]*"),
  ),
  // DurationSeconds: 900–43,200 by the model, then the role's maximum.
  validation(
    "DurationSeconds under 900",
    { DurationSeconds: "899" },
    constraint("899", "durationSeconds", "have value greater than or equal to 900"),
  ),
  validation(
    "DurationSeconds over 43,200",
    { DurationSeconds: "43201" },
    constraint("43201", "durationSeconds", "have value less than or equal to 43200"),
  ),
  validation(
    "DurationSeconds over the role's maximum",
    { DurationSeconds: "3601" },
    "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
  ),
  // Tags.
  validation(
    "a tag key too long",
    { "Tags.member.1.Key": "k".repeat(129), "Tags.member.1.Value": "v" },
    constraint("k".repeat(129), "tags.1.member.key", "have length less than or equal to 128"),
  ),
  validation(
    "a tag value too long",
    { "Tags.member.1.Key": "k", "Tags.member.1.Value": "v".repeat(257) },
    constraint("v".repeat(257), "tags.1.member.value", "have length less than or equal to 256"),
  ),
  validation(
    "a tag key with a bad character",
    { "Tags.member.1.Key": "a*b", "Tags.member.1.Value": "v" },
    constraint(
      "a*b",
      "tags.1.member.key",
      "satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+",
    ),
  ),
  {
    name: "duplicate tag keys",
    params: {
      "Tags.member.1.Key": "k",
      "Tags.member.1.Value": "a",
      "Tags.member.2.Key": "K",
      "Tags.member.2.Value": "b",
    },
    code: "InvalidParameterValue",
    status: 400,
    message: "Duplicate tag keys found. Please note that Tag keys are case insensitive.",
  },
  {
    name: "a transitive key that is no tag",
    params: {
      "Tags.member.1.Key": "k",
      "Tags.member.1.Value": "a",
      "TransitiveTagKeys.member.1": "j",
    },
    code: "InvalidParameterValue",
    status: 400,
    message: "The specified transitive tag key must be included in the requested tags.",
  },
  // Session policies.
  {
    name: "Policy not JSON",
    params: { Policy: "{not json" },
    code: "MalformedPolicyDocument",
    status: 400,
    message: "Syntax errors in policy.",
  },
  validation(
    "Policy over 2,048 characters",
    { Policy: `${permit("s3:GetObject").slice(0, -1)}${" ".repeat(2048)}}` },
    constraint(
      `${permit("s3:GetObject").slice(0, -1)}${" ".repeat(2048)}}`,
      "policy",
      "have length less than or equal to 2048",
    ),
  ),
  // MFA.
  validation(
    "TokenCode of five digits",
    { SerialNumber: `arn:aws:iam::${ACCOUNT}:mfa/dev`, TokenCode: "12345" },
    constraint("12345", "tokenCode", "have length greater than or equal to 6"),
  ),
  validation(
    "TokenCode of letters",
    { SerialNumber: `arn:aws:iam::${ACCOUNT}:mfa/dev`, TokenCode: "abcdef" },
    constraint("abcdef", "tokenCode", "satisfy regular expression pattern: [\\d]*"),
  ),
  validation(
    "SerialNumber too short",
    { SerialNumber: "arn:mfa", TokenCode: "123456" },
    constraint("arn:mfa", "serialNumber", "have length greater than or equal to 9"),
  ),
  {
    name: "SerialNumber of no device",
    params: { SerialNumber: `arn:aws:iam::${ACCOUNT}:mfa/nothing`, TokenCode: "123456" },
    code: "AccessDenied",
    status: 403,
    message:
      "MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.",
  },
  // ExternalId and SourceIdentity.
  validation(
    "ExternalId too short",
    { ExternalId: "x" },
    constraint("x", "externalId", "have length greater than or equal to 2"),
  ),
  validation(
    "SourceIdentity with a colon",
    { SourceIdentity: "aws:me" },
    constraint("aws:me", "sourceIdentity", "satisfy regular expression pattern: [\\w+=,.@-]*"),
  ),
];

let keys: Keys;

async function send(params: Record<string, string>, signer: Keys | undefined = keys) {
  const body = formOf(Object.entries(params));
  if (signer !== undefined) return postRaw(srv.url, body, signer, "sts");
  const res = await fetch(`${srv.url}/`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body,
  });
  return {
    status: res.status,
    body: await res.text(),
    contentType: res.headers.get("content-type") ?? "",
  };
}

describe("AssumeRole: bad input answers AWS's errors", () => {
  before(async () => {
    await srv.reset();
    keys = (await userWithKeys(srv, "caller", permit(["sts:AssumeRole", "sts:TagSession"]))).keys;
    await makeRole(srv, "target", trust({ AWS: ACCOUNT }, ["sts:AssumeRole", "sts:TagSession"]));
  });

  for (const row of ROWS) {
    test(row.name, async () => {
      const answer = await send({
        Action: "AssumeRole",
        Version: VERSION,
        RoleArn: ROLE_ARN,
        RoleSessionName: "session",
        ...row.params,
      });
      const error = parseError(answer.body);
      assert.ok(error, answer.body);
      assert.deepEqual(
        { status: answer.status, code: error.code, message: error.message, type: error.type },
        { status: row.status, code: row.code, message: row.message, type: "Sender" },
      );
    });
  }
});

describe("AssumeRoleWithWebIdentity: bad input answers AWS's errors", () => {
  const base = {
    Action: "AssumeRoleWithWebIdentity",
    Version: VERSION,
    RoleArn: ROLE_ARN,
    RoleSessionName: "session",
  };
  const rows: Row[] = [
    {
      name: "a token that is not a JWT",
      params: { WebIdentityToken: "not-a-jwt" },
      code: "InvalidIdentityToken",
      status: 400,
      message:
        "The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)",
    },
    validation(
      "a token too short",
      { WebIdentityToken: "abc" },
      "1 validation error detected: Value at 'webIdentityToken' failed to satisfy constraint: Member must have length greater than or equal to 4",
    ),
    validation(
      "RoleArn not an ARN",
      { RoleArn: "nothing-valid-in-here", WebIdentityToken: "a.b.c" },
      "nothing-valid-in-here is invalid",
    ),
    validation(
      "Policy over 2,048 characters",
      { WebIdentityToken: "a.b.c", Policy: "x".repeat(2049) },
      constraint("x".repeat(2049), "policy", "have length less than or equal to 2048"),
    ),
  ];
  for (const row of rows) {
    test(row.name, async () => {
      const answer = await send({ ...base, ...row.params }, undefined);
      const error = parseError(answer.body);
      assert.ok(error, answer.body);
      assert.deepEqual(
        { status: answer.status, code: error.code, message: error.message },
        { status: row.status, code: row.code, message: row.message },
      );
    });
  }
});
