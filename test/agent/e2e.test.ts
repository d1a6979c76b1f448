/**
 * The seed's example end to end: role EC2-S3-Access trusted by
 * ec2.amazonaws.com (iam:ListUsers allowed, nothing else) in an instance
 * profile; an instance launched with it; `gatehouse agent` run as its built
 * command; then the JS SDK, boto3 and AWS CLI v2, with no credentials in
 * their environment or files, are the assumed role and may do what its
 * policy allows and nothing more. Then: the container endpoint, a reused
 * launch token, a restart without one, a replaced profile and termination.
 */
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { failMissing, PYTHON, AWS_CLI, toolProblem } from "../e2e/tools.js";
import { ACCOUNT, failure, useServer } from "../server/harness.js";
import { stsClient } from "../sts/helpers.js";
import { awsCliOutcome, bareEnv, boto3Outcome, nodeOutcome, type Outcome } from "./clients.js";
import {
  allowOnly,
  eventually,
  imdsStatus,
  instancesCall,
  launch,
  listedRole,
  roleInProfile,
  runAgentToEnd,
  servedCredentials,
  startAgent,
  tempDir,
  type AgentProcess,
} from "./e2e-helpers.js";

const missing =
  toolProblem(AWS_CLI, ["--version"], "apt-get install awscli") ??
  toolProblem(PYTHON, ["-c", "import boto3"], "apt-get install python3-boto3");

if (missing !== undefined) {
  failMissing("the agent end to end", missing);
} else {
  const srv = useServer();
  const home = tempDir("gatehouse-agent-home-");
  const work = tempDir("gatehouse-agent-e2e-");
  const stateDir = join(work, "state");
  /** Seconds between the agent's credential requests in these tests. */
  const REFRESH = 2;
  /** The agent's options in these tests: this server, this state, any port, a quick refresh. */
  const agentOptions = (): string[] => [
    "--server",
    srv.url,
    "--state-dir",
    stateDir,
    "--listen",
    "127.0.0.1:0",
    "--refresh-interval",
    String(REFRESH),
  ];
  let agent: AgentProcess;
  let instanceId = "";
  let launchToken = "";

  const imdsEnv = () => bareEnv(home, { AWS_EC2_METADATA_SERVICE_ENDPOINT: `${agent.url}/` });
  const expected = (role: string, listUsers: string): Outcome => ({
    arn: `arn:aws:sts::${ACCOUNT}:assumed-role/${role}/${instanceId}`,
    listUsers,
    createUser: "AccessDenied",
  });

  describe("the agent end to end", () => {
    test("launch an instance with EC2-S3-Access and run the agent with its token", async () => {
      await roleInProfile(srv, "EC2-S3-Access", allowOnly("iam:ListUsers"));
      ({ instanceId, launchToken } = await launch(srv, "EC2-S3-Access"));
      assert.match(instanceId, /^i-[0-9a-f]{17}$/);
      agent = await startAgent([...agentOptions(), "--launch-token", launchToken]);
      await eventually("the role's credentials", async () => {
        return (await listedRole(agent.url)) === "EC2-S3-Access";
      });
      assert.match(agent.log(), new RegExp(`registered as instance ${instanceId}`));
      const served = await servedCredentials(agent.url, "EC2-S3-Access");
      assert.match(served.AccessKeyId, /^ASIA/);
      for (const secret of [served.SecretAccessKey, served.Token, launchToken]) {
        assert.ok(!agent.log().includes(secret), "a secret in the agent's log");
      }
    });

    test("the JS SDK's default chain (AWS_EC2_METADATA_SERVICE_ENDPOINT only)", async () => {
      assert.deepEqual(await nodeOutcome(imdsEnv(), srv.url), expected("EC2-S3-Access", "ok"));
    });

    test("boto3, endpoint_url given, nothing else", async () => {
      assert.deepEqual(await boto3Outcome(imdsEnv(), srv.url), expected("EC2-S3-Access", "ok"));
    });

    test("Debian's aws sts get-caller-identity, iam list-users, iam create-user", async () => {
      assert.deepEqual(await awsCliOutcome(imdsEnv(), srv.url), expected("EC2-S3-Access", "ok"));
    });

    test("the container endpoint: AWS_CONTAINER_CREDENTIALS_FULL_URI and the token", async () => {
      const token = readFileSync(join(stateDir, "container-token"), "utf8");
      const env = bareEnv(home, {
        AWS_CONTAINER_CREDENTIALS_FULL_URI: `${agent.url}/latest/container-credentials`,
        AWS_CONTAINER_AUTHORIZATION_TOKEN: token,
        AWS_EC2_METADATA_DISABLED: "true",
      });
      assert.deepEqual(await nodeOutcome(env, srv.url), expected("EC2-S3-Access", "ok"));
      const wrong = await nodeOutcome(
        { ...env, AWS_CONTAINER_AUTHORIZATION_TOKEN: "not-the-token" },
        srv.url,
      );
      assert.match(wrong.arn, /^error /);
    });

    test("a reused launch token is refused", async () => {
      const r = await runAgentToEnd([
        "--server",
        srv.url,
        "--launch-token",
        launchToken,
        "--state-dir",
        join(work, "second"),
        "--listen",
        "127.0.0.1:0",
      ]);
      assert.equal(r.code, 1, r.output);
      assert.match(r.output, /refused the registration \(InvalidLaunchToken: /);
      assert.ok(!r.output.includes(launchToken), "the token in the output");
    });

    test("a restart keeps the key and the identity, and needs no token", async () => {
      const keyBefore = readFileSync(join(stateDir, "key.pem"), "utf8");
      await agent.stop();
      agent = await startAgent(agentOptions());
      await eventually("the role's credentials again", async () => {
        return (await listedRole(agent.url)) === "EC2-S3-Access";
      });
      assert.equal(readFileSync(join(stateDir, "key.pem"), "utf8"), keyBefore);
      assert.match(agent.log(), new RegExp(`instance ${instanceId} \\(account ${ACCOUNT}`));
      assert.deepEqual(await nodeOutcome(imdsEnv(), srv.url), expected("EC2-S3-Access", "ok"));
    });

    test("replacing the profile's role changes what the instance may do", async () => {
      await roleInProfile(srv, "EC2-Reader", allowOnly("iam:ListRoles"));
      const old = await servedCredentials(agent.url, "EC2-S3-Access");
      await instancesCall(srv, "ReplaceInstanceProfile", {
        InstanceId: instanceId,
        InstanceProfileName: "EC2-Reader",
      });
      const refused = await failure(
        stsClient(srv, {
          accessKeyId: old.AccessKeyId,
          secretAccessKey: old.SecretAccessKey,
          sessionToken: old.Token,
        }).send(new GetCallerIdentityCommand({})),
      );
      assert.equal(refused.name, "InvalidClientTokenId");
      const started = Date.now();
      await eventually("the new role", async () => (await listedRole(agent.url)) === "EC2-Reader");
      assert.ok(Date.now() - started < (REFRESH + 2) * 1000, "more than one refresh");
      // iam/info names the instance profile the role now comes through.
      const info = await imdsStatus(agent.url, "/latest/meta-data/iam/info");
      assert.equal(info.status, 200);
      const infoJson = JSON.parse(info.body) as Record<string, string>;
      assert.equal(infoJson.Code, "Success");
      assert.match(
        infoJson.InstanceProfileArn ?? "",
        /^arn:aws:iam::\d{12}:instance-profile\/EC2-Reader$/,
      );
      assert.match(infoJson.InstanceProfileId ?? "", /^AIPA[A-Z2-7]{17}$/);
      assert.deepEqual(
        await nodeOutcome(imdsEnv(), srv.url),
        expected("EC2-Reader", "AccessDenied"),
      );
    });

    test("terminating the instance: its session refused at once, no credentials within one refresh", async () => {
      const held = await servedCredentials(agent.url, "EC2-Reader");
      await instancesCall(srv, "TerminateInstance", { InstanceId: instanceId });
      const refused = await failure(
        stsClient(srv, {
          accessKeyId: held.AccessKeyId,
          secretAccessKey: held.SecretAccessKey,
          sessionToken: held.Token,
        }).send(new GetCallerIdentityCommand({})),
      );
      assert.equal(refused.name, "InvalidClientTokenId");
      const started = Date.now();
      await eventually("no credentials", async () => (await listedRole(agent.url)) === undefined);
      assert.ok(Date.now() - started < (REFRESH + 2) * 1000, "more than one refresh");
      assert.match(agent.log(), /the instance is terminated \(InstanceTerminated\)/);
      const outcome = await nodeOutcome(imdsEnv(), srv.url);
      assert.match(outcome.arn, /^error /);
      const container = await fetch(`${agent.url}/latest/container-credentials`, {
        headers: { Authorization: readFileSync(join(stateDir, "container-token"), "utf8") },
      });
      assert.equal(container.status, 404);
    });
  });
}
