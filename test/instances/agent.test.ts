/**
 * The agent endpoints over HTTP, with a real Ed25519 key pair and requests
 * signed the protocol's way: registering once with the launch token, and
 * credential requests (bad signature, replayed nonce, stale time, untrusted
 * role, no role), the issued credentials used with the AWS SDK.
 */
import assert from "node:assert/strict";
import { generateKeyPairSync } from "node:crypto";
import { afterEach, beforeEach, describe as suite, test } from "node:test";
import {
  RemoveRoleFromInstanceProfileCommand,
  UpdateAssumeRolePolicyCommand,
} from "@aws-sdk/client-iam";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { ACCOUNT, useServer } from "../server/harness.js";
import { stsClient } from "../sts/helpers.js";
import {
  Agent,
  describe,
  gatehouse,
  LAMBDA_TRUST,
  launch,
  ok,
  postJson,
  roleInProfile,
  runningInstance,
} from "./helpers.js";

const srv = useServer();
beforeEach(() => srv.reset());

/** Moves the server's clock; put back after each test. */
let realClock: (() => Date) | undefined;
function clockAt(offsetMs: number): void {
  realClock ??= srv.server.services.clock;
  srv.server.services.clock = () => new Date(Date.now() + offsetMs);
}
afterEach(() => {
  if (realClock !== undefined) srv.server.services.clock = realClock;
  realClock = undefined;
});

const INVALID_TOKEN = {
  code: "InvalidLaunchToken",
  message: "The launch token is invalid, expired or has already been used.",
};

suite("POST /_gatehouse/agent/register", () => {
  test("trades the token once for the instance's identity; the instance runs", async () => {
    await roleInProfile(srv, "EC2-S3-Access");
    const { instance, token } = await launch(srv, "EC2-S3-Access");
    const agent = new Agent(srv);
    const first = await agent.register(token);
    assert.equal(first.status, 200);
    assert.equal(first.body.instanceId, instance.InstanceId);
    assert.equal(first.body.accountId, ACCOUNT);
    assert.equal(first.body.region, "us-east-1");
    assert.equal(first.body.name, null);
    assert.match(String(first.body.launchedAt), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.match(String(first.body.registeredAt), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const now = await describe(srv, instance.InstanceId);
    assert.equal(now.State, "running");
    assert.ok(now.RegisteredTime);

    const again = await new Agent(srv).register(token);
    assert.equal(again.status, 401);
    assert.deepEqual(again.body, INVALID_TOKEN);
    const unknown = await new Agent(srv).register("x".repeat(43));
    assert.equal(unknown.status, 401);
    assert.deepEqual(unknown.body, INVALID_TOKEN);
  });

  test("an expired token, or a terminated instance's, is refused", async () => {
    await roleInProfile(srv, "R");
    const { token } = await launch(srv, "R");
    clockAt(601_000);
    const late = await new Agent(srv).register(token);
    assert.equal(late.status, 401);
    assert.deepEqual(late.body, INVALID_TOKEN);

    const other = await launch(srv, "R");
    await ok(gatehouse(srv, "TerminateInstance", [["InstanceId", other.instance.InstanceId]]));
    const gone = await new Agent(srv).register(other.token);
    assert.equal(gone.status, 401);
    assert.deepEqual(gone.body, INVALID_TOKEN);
  });

  test("a bad body or key is InvalidRequest (400)", async () => {
    await roleInProfile(srv, "R");
    const { token } = await launch(srv, "R");
    const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 })
      .publicKey.export({ format: "der", type: "spki" })
      .toString("base64");
    const path = "/_gatehouse/agent/register";
    for (const body of [
      "",
      "not json",
      "[]",
      { launchToken: token },
      { launchToken: 5, publicKey: new Agent(srv).publicKey },
      { launchToken: token, publicKey: "bm90IGEga2V5" },
      { launchToken: token, publicKey: rsa },
    ]) {
      const answer = await postJson(srv, path, body);
      assert.equal(answer.status, 400, JSON.stringify(body));
      assert.equal(answer.body.code, "InvalidRequest");
    }
    // The token was not used up by the refused requests.
    assert.equal((await new Agent(srv).register(token)).status, 200);
  });
});

suite("POST /_gatehouse/agent/credentials", () => {
  test("issues the role's session: the caller is assumed-role/<role>/<instance-id>", async () => {
    await roleInProfile(srv, "EC2-S3-Access");
    const agent = await runningInstance(srv, "EC2-S3-Access");
    const answer = await agent.credentials();
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.deepEqual(Object.keys(answer.body).sort(), [
      "accessKeyId",
      "expiration",
      "instanceProfileArn",
      "instanceProfileId",
      "issuedAt",
      "roleArn",
      "roleName",
      "secretAccessKey",
      "sessionToken",
    ]);
    assert.equal(answer.body.roleName, "EC2-S3-Access");
    assert.equal(answer.body.roleArn, `arn:aws:iam::${ACCOUNT}:role/EC2-S3-Access`);
    assert.equal(
      answer.body.instanceProfileArn,
      `arn:aws:iam::${ACCOUNT}:instance-profile/EC2-S3-Access`,
    );
    assert.match(String(answer.body.instanceProfileId), /^AIPA/);
    assert.match(String(answer.body.accessKeyId), /^ASIA/);
    const issued = Date.parse(String(answer.body.issuedAt));
    assert.equal(Date.parse(String(answer.body.expiration)) - issued, 3_600_000);
    assert.match(String(answer.body.expiration), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    const keys = {
      accessKeyId: String(answer.body.accessKeyId),
      secretAccessKey: String(answer.body.secretAccessKey),
      sessionToken: String(answer.body.sessionToken),
    };
    const me = await stsClient(srv, keys).send(new GetCallerIdentityCommand({}));
    assert.equal(me.Arn, `arn:aws:sts::${ACCOUNT}:assumed-role/EC2-S3-Access/${agent.instanceId}`);
    assert.equal(me.Account, ACCOUNT);
    assert.match(me.UserId ?? "", new RegExp(`^AROA[A-Z2-7]{17}:${agent.instanceId}$`));
  });

  test("a bad signature, another key, an unknown or unregistered instance: InvalidSignature (401)", async () => {
    await roleInProfile(srv, "R");
    const agent = await runningInstance(srv, "R");
    const good = agent.request();
    const tampered = {
      body: good.body.replace(/"nonce":"/, '"nonce":"x'),
      signature: good.signature,
    };
    const stranger = new Agent(srv);
    stranger.instanceId = agent.instanceId;
    const pending = await launch(srv, "R");
    const unregistered = new Agent(srv);
    unregistered.instanceId = pending.instance.InstanceId;
    const unknown = new Agent(srv);
    unknown.instanceId = "i-00000000000000000";
    for (const req of [
      tampered,
      { body: good.body, signature: "" },
      { body: good.body, signature: "AAAA" },
      stranger.request(),
      unregistered.request(),
      unknown.request(),
    ]) {
      const answer = await agent.credentials(req);
      assert.equal(answer.status, 401, req.body);
      assert.equal(answer.body.code, "InvalidSignature");
    }
    // The good request still counts (none of the others used its nonce).
    assert.equal((await agent.credentials(good)).status, 200);
  });

  test("a replayed request is refused; a stale or future time too", async () => {
    await roleInProfile(srv, "R");
    const agent = await runningInstance(srv, "R");
    const req = agent.request();
    assert.equal((await agent.credentials(req)).status, 200);
    const replay = await agent.credentials(req);
    assert.equal(replay.status, 401);
    assert.equal(replay.body.code, "ReplayedRequest");
    for (const offset of [-301_000, 301_000]) {
      const time = new Date(Date.now() + offset).toISOString().replace(/\.\d{3}Z$/, "Z");
      const answer = await agent.credentials(agent.request({ time }));
      assert.equal(answer.status, 401, time);
      assert.equal(answer.body.code, "RequestExpired");
    }
    const inTime = new Date(Date.now() - 200_000).toISOString();
    assert.equal((await agent.credentials(agent.request({ time: inTime }))).status, 200);
  });

  test("bad fields are InvalidRequest (400)", async () => {
    await roleInProfile(srv, "R");
    const agent = await runningInstance(srv, "R");
    for (const fields of [
      { nonce: "short" },
      { nonce: "has spaces in it and is long enough" },
      { time: "yesterday" },
      { time: "2026-11-29 03:00:00" },
      { instanceId: "i-123" },
    ]) {
      const answer = await agent.credentials(agent.request(fields));
      assert.equal(answer.status, 400, JSON.stringify(fields));
      assert.equal(answer.body.code, "InvalidRequest");
    }
    for (const body of ["", "{", "[1]", '{"instanceId":1}']) {
      const answer = await postJson(srv, "/_gatehouse/agent/credentials", body, {
        "x-gatehouse-signature": "AAAA",
      });
      assert.equal(answer.status, 400, body);
    }
  });

  test("a role that does not trust ec2.amazonaws.com, or no role at all, gets no credentials", async () => {
    await roleInProfile(srv, "R");
    const agent = await runningInstance(srv, "R");
    const iam = srv.iam();
    await iam.send(
      new UpdateAssumeRolePolicyCommand({ RoleName: "R", PolicyDocument: LAMBDA_TRUST }),
    );
    const untrusted = await agent.credentials();
    assert.equal(untrusted.status, 403);
    assert.equal(untrusted.body.code, "RoleNotTrusted");
    await iam.send(
      new RemoveRoleFromInstanceProfileCommand({ InstanceProfileName: "R", RoleName: "R" }),
    );
    const none = await agent.credentials();
    assert.equal(none.status, 404);
    assert.equal(none.body.code, "NoRole");
  });

  test("a terminated instance is told so (403)", async () => {
    await roleInProfile(srv, "R");
    const agent = await runningInstance(srv, "R");
    await ok(gatehouse(srv, "TerminateInstance", [["InstanceId", agent.instanceId]]));
    const answer = await agent.credentials();
    assert.equal(answer.status, 403);
    assert.equal(answer.body.code, "InstanceTerminated");
  });
});
