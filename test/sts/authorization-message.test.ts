/**
 * Encoded authorization failure messages and DecodeAuthorizationMessage.
 * Nothing Gatehouse answers carries one today (IAM and STS never encode
 * their denials): the messages here are made from real denied decisions of
 * the policy engine over a user's stored policies, encoded with the
 * server's key, and decoded through the SDK — in AWS's decoded shape, for
 * callers allowed sts:DecodeAuthorizationMessage in the same account only.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { before, describe, test } from "node:test";
import { DecodeAuthorizationMessageCommand } from "@aws-sdk/client-sts";
import { createSecretBox } from "../../src/auth/secret-box.js";
import type { Caller } from "../../src/iam/action.js";
import { callerPolicySet } from "../../src/iam/principal-policies.js";
import { compile, evaluate } from "../../src/policy/index.js";
import {
  decodeAuthorizationMessage,
  encodeAuthorizationMessage,
  explainDenial,
  MAX_ENCODED_LENGTH,
  type DecodedAuthorizationMessage,
} from "../../src/sts/authorization-message.js";
import { ACCOUNT, failure, useServer } from "../server/harness.js";
import { stsClient, userWithKeys, type TempKeys } from "./helpers.js";

const srv = useServer();

const POLICY = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    { Sid: "Reads", Effect: "Allow", Action: ["ec2:Describe*", "iam:List*"], Resource: "*" },
    {
      Sid: "NoMfaNoWrites",
      Effect: "Deny",
      NotAction: ["iam:Get*", "iam:List*"],
      Resource: "*",
      Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } },
    },
  ],
});

let userId: string;
let keys: TempKeys;

/** A real decision of the policy engine over the user's stored policies, explained. */
async function denial(action: string, resource: string): Promise<DecodedAuthorizationMessage> {
  const caller: Caller = {
    accountId: ACCOUNT,
    kind: "user",
    arn: `arn:aws:iam::${ACCOUNT}:user/dana`,
    accessKeyId: keys.accessKeyId,
    userId,
    userName: "dana",
    path: "/",
  };
  const policies = await srv.server.services.store.read((db) => callerPolicySet(db, caller));
  const context = { "aws:username": "dana", "aws:userid": userId, "aws:SourceIp": "10.1.2.3" };
  const decision = evaluate(compile(policies), {
    action,
    resource,
    principal: caller.arn,
    context,
  });
  assert.notEqual(decision.decision, "allowed");
  return explainDenial(
    { principal: { id: userId, name: "dana", arn: caller.arn }, action, resource, context },
    decision,
    policies,
  );
}

const encode = (m: DecodedAuthorizationMessage, account = ACCOUNT) =>
  encodeAuthorizationMessage(srv.server.services.secrets, account, m);

describe("authorization failure messages", () => {
  before(async () => {
    await srv.reset();
    ({ userId, keys } = await userWithKeys(srv, "dana", POLICY));
  });

  test("an explicit deny decodes to AWS's shape, with the statement that denied", async () => {
    const resource = `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/*`;
    const encoded = encode(await denial("ec2:RunInstances", resource));
    assert.ok(encoded.length <= MAX_ENCODED_LENGTH);
    const out = await srv
      .sts()
      .send(new DecodeAuthorizationMessageCommand({ EncodedMessage: encoded }));
    assert.deepEqual(JSON.parse(out.DecodedMessage ?? ""), {
      allowed: false,
      explicitDeny: true,
      matchedStatements: {
        items: [
          {
            statementId: "NoMfaNoWrites",
            effect: "DENY",
            principals: { items: [{ value: userId }] },
            principalGroups: { items: [] },
            actions: { items: [{ value: "iam:Get*" }, { value: "iam:List*" }] },
            resources: { items: [{ value: "*" }] },
            conditions: {
              items: [
                { key: "aws:MultiFactorAuthPresent", values: { items: [{ value: "false" }] } },
              ],
            },
          },
        ],
      },
      failures: { items: [] },
      context: {
        principal: { id: userId, name: "dana", arn: `arn:aws:iam::${ACCOUNT}:user/dana` },
        action: "ec2:RunInstances",
        resource,
        conditions: {
          items: [
            { key: "aws:username", values: { items: [{ value: "dana" }] } },
            { key: "aws:userid", values: { items: [{ value: userId }] } },
            { key: "aws:SourceIp", values: { items: [{ value: "10.1.2.3" }] } },
          ],
        },
      },
    });
  });

  test("an implicit deny: no explicit deny, no matched statement", async () => {
    const message = await denial("iam:GetUser", `arn:aws:iam::${ACCOUNT}:user/dana`);
    const out = await srv
      .sts()
      .send(new DecodeAuthorizationMessageCommand({ EncodedMessage: encode(message) }));
    const decoded = JSON.parse(out.DecodedMessage ?? "") as DecodedAuthorizationMessage;
    assert.equal(decoded.allowed, false);
    assert.equal(decoded.explicitDeny, false);
    assert.deepEqual(decoded.matchedStatements, { items: [] });
    assert.equal(decoded.context.action, "iam:GetUser");
  });

  test("decoding needs sts:DecodeAuthorizationMessage", async () => {
    const encoded = encode(await denial("ec2:RunInstances", "*"));
    const { keys: reader } = await userWithKeys(
      srv,
      "reader",
      JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Action: "sts:DecodeAuthorizationMessage", Resource: "*" }],
      }),
    );
    const out = await stsClient(srv, reader).send(
      new DecodeAuthorizationMessageCommand({ EncodedMessage: encoded }),
    );
    assert.equal((JSON.parse(out.DecodedMessage ?? "") as { allowed: boolean }).allowed, false);
    assert.deepEqual(
      await failure(
        stsClient(srv, keys).send(
          new DecodeAuthorizationMessageCommand({ EncodedMessage: encoded }),
        ),
      ),
      {
        name: "AccessDenied",
        message:
          `User: arn:aws:iam::${ACCOUNT}:user/dana is not authorized to perform: ` +
          "sts:DecodeAuthorizationMessage with an explicit deny in an identity-based policy",
        status: 403,
      },
    );
  });

  test("anything else is InvalidAuthorizationMessageException", async () => {
    const good = encode(await denial("ec2:RunInstances", "*"));
    const otherServer = encodeAuthorizationMessage(
      createSecretBox(randomBytes(32)),
      ACCOUNT,
      await denial("ec2:RunInstances", "*"),
    );
    const otherAccount = encode(await denial("ec2:RunInstances", "*"), "210987654321");
    const tampered = `${good.slice(0, -4)}${good.endsWith("AAAA") ? "BBBB" : "AAAA"}`;
    // A sealed value of another purpose (an access key's secret as stored) is no message either.
    const storedSecret = await srv.server.services.store.read(async (db) => {
      const row = await db
        .selectFrom("access_keys")
        .select("secret")
        .where("id", "=", keys.accessKeyId)
        .executeTakeFirstOrThrow();
      return row.secret;
    });
    const sealedText = srv.server.services.secrets.seal("not a message");
    for (const bad of [
      otherServer,
      otherAccount,
      tampered,
      storedSecret,
      sealedText,
      "x",
      "a\nb",
    ]) {
      assert.deepEqual(
        await failure(
          srv.sts().send(new DecodeAuthorizationMessageCommand({ EncodedMessage: bad })),
        ),
        {
          name: "InvalidAuthorizationMessageException",
          message: "The encoded authorization message is invalid or has expired.",
          status: 400,
        },
        bad.slice(0, 40),
      );
    }
  });

  test("a message too long for the model's 10,240 characters drops its condition lists", async () => {
    const message = await denial("ec2:RunInstances", "*");
    const noisy: DecodedAuthorizationMessage = {
      ...message,
      context: {
        ...message.context,
        conditions: {
          items: Array.from({ length: 200 }, (_, i) => ({
            key: `aws:PrincipalTag/k${i}`,
            values: { items: [{ value: randomBytes(24).toString("hex") }] },
          })),
        },
      },
    };
    const encoded = encode(noisy);
    assert.ok(encoded.length <= MAX_ENCODED_LENGTH, `${encoded.length}`);
    const decoded = JSON.parse(
      decodeAuthorizationMessage(srv.server.services.secrets, ACCOUNT, encoded),
    ) as DecodedAuthorizationMessage;
    assert.deepEqual(decoded.context.conditions, { items: [] });
    assert.equal(decoded.matchedStatements.items[0]?.statementId, "NoMfaNoWrites");
  });
});
