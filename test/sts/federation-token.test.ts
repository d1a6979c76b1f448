/**
 * GetFederationToken through the SDK: the answer's shape, durations (the
 * root user at most an hour), the permissions it needs (sts:GetFederationToken,
 * sts:TagSession with tags), who may call it, and what the federated user
 * may then do with and without session policies — read from the server's
 * own authorization (the caller the credentials stand for, its policy set,
 * the policy engine), since federated users may call no IAM action at all.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { beforeEach, describe, test } from "node:test";
import { TagUserCommand } from "@aws-sdk/client-iam";
import {
  GetFederationTokenCommand,
  GetSessionTokenCommand,
  type GetFederationTokenCommandInput,
} from "@aws-sdk/client-sts";
import { callerPolicySet } from "../../src/iam/principal-policies.js";
import { compile, evaluate } from "../../src/policy/index.js";
import { callerFor, credentialsFor } from "../../src/server/callers.js";
import { ACCOUNT, failure, useServer } from "../server/harness.js";
import { allow, keysOf, stsClient, userWithKeys, type TempKeys } from "./helpers.js";

const srv = useServer();

const FEDERATE = allow("sts:GetFederationToken");

/** The federated caller behind credentials, and a check of one action with its policies. */
async function federated(keys: TempKeys) {
  const { services } = srv.server;
  const credentials = await credentialsFor(services, keys.accessKeyId);
  assert.ok(credentials);
  const caller = await callerFor(services, credentials, keys.sessionToken, new Date());
  const set = compile(await services.store.read((db) => callerPolicySet(db, caller)));
  const may = (action: string) =>
    evaluate(set, { action, resource: "*", principal: caller.arn, context: {} }).decision;
  return { caller, may };
}

async function federate(keys: TempKeys, input: GetFederationTokenCommandInput) {
  return stsClient(srv, keys).send(new GetFederationTokenCommand(input));
}

describe("GetFederationToken", () => {
  beforeEach(() => srv.reset());

  test("the answer: credentials for 12 hours, FederatedUser, PackedPolicySize", async () => {
    const { keys } = await userWithKeys(srv, "broker", FEDERATE);
    const before = Date.now();
    const out = await federate(keys, { Name: "Bob" });
    assert.match(out.Credentials?.AccessKeyId ?? "", /^ASIA[A-Z2-7]{16}$/);
    const seconds = ((out.Credentials?.Expiration?.getTime() ?? 0) - before) / 1000;
    assert.ok(Math.abs(seconds - 43_200) <= 3, `${seconds}`);
    assert.deepEqual(out.FederatedUser, {
      FederatedUserId: `${ACCOUNT}:Bob`,
      Arn: `arn:aws:sts::${ACCOUNT}:federated-user/Bob`,
    });
    assert.equal(out.PackedPolicySize, 0);
  });

  test("AWS's example request: an inline policy and a managed policy ARN, 36 % packed", async () => {
    const { keys } = await userWithKeys(srv, "broker", FEDERATE);
    const policy = {
      Version: "2012-10-17",
      Statement: [
        { Effect: "Allow", Action: "ec2:Describe*", Resource: "*" },
        { Effect: "Allow", Action: "elasticloadbalancing:Describe*", Resource: "*" },
        {
          Effect: "Allow",
          Action: [
            "cloudwatch:ListMetrics",
            "cloudwatch:GetMetricStatistics",
            "cloudwatch:Describe*",
          ],
          Resource: "*",
        },
        { Effect: "Allow", Action: "autoscaling:Describe*", Resource: "*" },
      ],
    };
    const out = await federate(keys, {
      Name: "Bob",
      Policy: JSON.stringify(policy, null, 4),
      PolicyArns: [{ arn: "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess" }],
      DurationSeconds: 900,
    });
    assert.equal(out.PackedPolicySize, 36);
  });

  test("no session policy: the federated user may do nothing; with one, the intersection", async () => {
    const { keys } = await userWithKeys(
      srv,
      "broker",
      allow("sts:GetFederationToken", "iam:ListUsers", "iam:ListRoles", "s3:GetObject"),
    );
    const bare = await federated(keysOf((await federate(keys, { Name: "bare" })).Credentials));
    assert.equal(bare.caller.kind, "federated-user");
    assert.equal(bare.caller.arn, `arn:aws:sts::${ACCOUNT}:federated-user/bare`);
    assert.equal(bare.may("iam:ListUsers"), "implicitDeny");

    const scoped = await federated(
      keysOf(
        (
          await federate(keys, {
            Name: "scoped",
            Policy: allow("iam:ListUsers", "iam:CreateUser"),
            PolicyArns: [{ arn: "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess" }],
          })
        ).Credentials,
      ),
    );
    assert.equal(scoped.may("iam:ListUsers"), "allowed"); // both allow
    assert.equal(scoped.may("s3:GetObject"), "allowed"); // user's policy and the managed one
    assert.equal(scoped.may("iam:ListRoles"), "implicitDeny"); // no session policy allows it
    assert.equal(scoped.may("iam:CreateUser"), "implicitDeny"); // the user may not
  });

  test("session tags need sts:TagSession and become the federated user's principal tags", async () => {
    const { keys } = await userWithKeys(srv, "broker", FEDERATE);
    await srv.iam().send(
      new TagUserCommand({
        UserName: "broker",
        Tags: [
          { Key: "team", Value: "red" },
          { Key: "site", Value: "lyon" },
        ],
      }),
    );
    const tags = [{ Key: "Team", Value: "blue" }];
    assert.deepEqual(await failure(federate(keys, { Name: "tagged", Tags: tags })), {
      name: "AccessDenied",
      message:
        `User: arn:aws:iam::${ACCOUNT}:user/broker is not authorized to perform: sts:TagSession ` +
        `on resource: arn:aws:sts::${ACCOUNT}:federated-user/tagged because no identity-based ` +
        "policy allows the sts:TagSession action",
      status: 403,
    });
    const { keys: tagger } = await userWithKeys(
      srv,
      "tagger",
      allow("sts:GetFederationToken", "sts:TagSession"),
    );
    const out = await federate(tagger, { Name: "tagged", Tags: tags });
    assert.ok((out.PackedPolicySize ?? 0) > 0);
    const { caller } = await federated(keysOf(out.Credentials));
    assert.deepEqual(caller.session?.tags, tags);
  });

  test("permissions: sts:GetFederationToken on the federated user's ARN; the root user needs none", async () => {
    const { keys } = await userWithKeys(
      srv,
      "narrow",
      JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          {
            Effect: "Allow",
            Action: "sts:GetFederationToken",
            Resource: `arn:aws:sts::${ACCOUNT}:federated-user/app-*`,
          },
        ],
      }),
    );
    await federate(keys, { Name: "app-1" });
    assert.deepEqual(await failure(federate(keys, { Name: "admin" })), {
      name: "AccessDenied",
      message:
        `User: arn:aws:iam::${ACCOUNT}:user/narrow is not authorized to perform: ` +
        `sts:GetFederationToken on resource: arn:aws:sts::${ACCOUNT}:federated-user/admin ` +
        "because no identity-based policy allows the sts:GetFederationToken action",
      status: 403,
    });
    const before = Date.now();
    const root = await srv
      .sts()
      .send(new GetFederationTokenCommand({ Name: "rootfed", DurationSeconds: 129_600 }));
    // The root user's federation tokens last at most an hour.
    const seconds = ((root.Credentials?.Expiration?.getTime() ?? 0) - before) / 1000;
    assert.ok(Math.abs(seconds - 3_600) <= 3, `${seconds}`);
    const { caller, may } = await federated(keysOf(root.Credentials));
    assert.equal(caller.session?.userId, null);
    assert.equal(may("iam:ListUsers"), "implicitDeny");
  });

  test("not with session credentials: a GetSessionToken session, a federated user", async () => {
    const { keys } = await userWithKeys(srv, "broker", FEDERATE);
    const session = await stsClient(srv, keys).send(new GetSessionTokenCommand({}));
    const refused = {
      name: "AccessDenied",
      message: "Cannot call GetFederationToken with session credentials",
      status: 403,
    };
    assert.deepEqual(
      await failure(federate(keysOf(session.Credentials), { Name: "again" })),
      refused,
    );
    const fed = await federate(keys, { Name: "once", Policy: allow("sts:*") });
    assert.deepEqual(await failure(federate(keysOf(fed.Credentials), { Name: "twice" })), refused);
  });

  test("bad input: names, policies, policy ARNs, tags, packed size", async () => {
    const { keys } = await userWithKeys(
      srv,
      "broker",
      allow("sts:GetFederationToken", "sts:TagSession"),
    );
    const err = async (input: GetFederationTokenCommandInput) => failure(federate(keys, input));
    assert.deepEqual(await err({ Name: "a" }), {
      name: "ValidationError",
      message:
        "1 validation error detected: Value 'a' at 'name' failed to satisfy constraint: " +
        "Member must have length greater than or equal to 2",
      status: 400,
    });
    assert.deepEqual(await err({ Name: "no spaces" }), {
      name: "ValidationError",
      message:
        "1 validation error detected: Value 'no spaces' at 'name' failed to satisfy constraint: " +
        "Member must satisfy regular expression pattern: [\\w+=,.@-]*",
      status: 400,
    });
    assert.equal((await err({ Name: "x".repeat(33) })).name, "ValidationError");
    assert.deepEqual(await err({ Name: "ok", Policy: "{not json" }), {
      name: "MalformedPolicyDocumentException", // the SDK's class for the code MalformedPolicyDocument
      message: "Syntax errors in policy.",
      status: 400,
    });
    const withPrincipal = JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:*", Resource: "*" }],
    });
    assert.deepEqual(await err({ Name: "ok", Policy: withPrincipal }), {
      name: "MalformedPolicyDocumentException",
      message: "Policy document should not specify a principal.",
      status: 400,
    });
    assert.equal((await err({ Name: "ok", Policy: "x".repeat(2049) })).name, "ValidationError");
    assert.deepEqual(await err({ Name: "ok", PolicyArns: [{ arn: "arn:aws:iam::aws:role/x" }] }), {
      name: "ValidationError",
      message: "ARN arn:aws:iam::aws:role/x is not valid.",
      status: 400,
    });
    // Another account's customer managed policy: not one of this account's or AWS's.
    const foreign = "arn:aws:iam::999999999999:policy/x";
    assert.deepEqual(await err({ Name: "ok", PolicyArns: [{ arn: foreign }] }), {
      name: "ValidationError",
      message: `ARN ${foreign} is not valid.`,
      status: 400,
    });
    const eleven = Array.from({ length: 11 }, (_, i) => ({
      arn: `arn:aws:iam::${ACCOUNT}:policy/p${i}`,
    }));
    const tooMany = await err({ Name: "ok", PolicyArns: eleven });
    assert.equal(tooMany.name, "ValidationError");
    assert.match(tooMany.message, /at 'policyArns' .* less than or equal to 10$/);
    const dup = [
      { Key: "team", Value: "a" },
      { Key: "Team", Value: "b" },
    ];
    assert.deepEqual(await err({ Name: "ok", Tags: dup }), {
      name: "ValidationError",
      message: "Duplicate tag keys found. Please note that Tag keys are case insensitive.",
      status: 400,
    });
    assert.equal(
      (await err({ Name: "ok", Tags: [{ Key: "aws:x", Value: "y" }] })).name,
      "ValidationError",
    );
    // Long random tags overflow the packed size before the 50-tag quota.
    const big = Array.from({ length: 8 }, (_, i) => ({
      Key: `k${i}`,
      Value: randomBytes(150).toString("base64"),
    }));
    const packed = await err({ Name: "ok", Tags: big });
    assert.equal(packed.name, "PackedPolicyTooLargeException"); // code PackedPolicyTooLarge
    assert.match(
      packed.message,
      /^Packed size of session tags consumes \d{3}% of allotted space\.$/,
    );
  });
});
