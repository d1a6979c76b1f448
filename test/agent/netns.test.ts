/**
 * The real address: in a network namespace made by the test, with
 * 169.254.169.254 on its loopback and the agent listening there on port 80,
 * programs with no AWS variables at all (only the Gatehouse endpoint and a
 * region) get the role's credentials, as on EC2. The server runs outside,
 * reached over a veth pair. Needs root and iproute2 (`ip`); where the
 * namespace cannot be made the test is skipped, loudly.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { AWS_CLI, failMissing, PYTHON, toolProblem } from "../e2e/tools.js";
import { ACCOUNT, useServer } from "../server/harness.js";
import { awsCliOutcome, bareEnv, boto3Outcome, nodeOutcome, type Outcome } from "./clients.js";
import {
  allowOnly,
  eventually,
  launch,
  roleInProfile,
  startAgent,
  tempDir,
  type AgentProcess,
} from "./e2e-helpers.js";

const IP = ["/usr/sbin/ip", "/sbin/ip", "/usr/bin/ip", "/bin/ip"].find((p) => existsSync(p));
const NS = `gh-agent-${process.pid}`;
const VETH_HOST = `gha${process.pid % 100000}h`;
const VETH_NS = `gha${process.pid % 100000}n`;
const SUBNET = `10.213.${(process.pid % 250) + 1}`;
const HOST_ADDRESS = `${SUBNET}.1`;
const NS_ADDRESS = `${SUBNET}.2`;

function ip(...args: string[]): void {
  execFileSync(IP as string, args, { stdio: "pipe" });
}

/** Why namespaces cannot be made here, or undefined when they can. */
function namespaceProblem(): string | undefined {
  if (process.getuid?.() !== 0) return "not running as root (ip netns needs root)";
  if (IP === undefined) return "no `ip` command (apt-get install iproute2)";
  const probe = `gh-probe-${process.pid}`;
  try {
    ip("netns", "add", probe);
    ip("netns", "del", probe);
    return undefined;
  } catch (err) {
    return `ip netns add failed: ${(err as Error).message.split("\n")[0]}`;
  }
}

const problem = namespaceProblem();
const clients =
  toolProblem(AWS_CLI, ["--version"], "apt-get install awscli") ??
  toolProblem(PYTHON, ["-c", "import boto3"], "apt-get install python3-boto3");

if (problem !== undefined) {
  console.warn(
    `\n*** SKIPPED: the agent's network-namespace test (169.254.169.254 in a netns): ${problem} ***\n`,
  );
  test("the agent at 169.254.169.254:80 in a network namespace", { skip: problem }, () => {});
} else if (clients !== undefined) {
  failMissing("the agent in a network namespace", clients);
} else {
  const inNamespace = [IP as string, "netns", "exec", NS];
  before(() => {
    ip("netns", "add", NS);
    ip("link", "add", VETH_HOST, "type", "veth", "peer", "name", VETH_NS);
    ip("link", "set", VETH_NS, "netns", NS);
    ip("addr", "add", `${HOST_ADDRESS}/30`, "dev", VETH_HOST);
    ip("link", "set", VETH_HOST, "up");
    ip("-n", NS, "addr", "add", `${NS_ADDRESS}/30`, "dev", VETH_NS);
    ip("-n", NS, "link", "set", VETH_NS, "up");
    ip("-n", NS, "link", "set", "lo", "up");
    ip("-n", NS, "addr", "add", "169.254.169.254/32", "dev", "lo");
  });
  after(() => {
    try {
      ip("link", "del", VETH_HOST);
    } catch {
      // gone with the namespace already
    }
    ip("netns", "del", NS);
  });
  // Only on the veth's host side: reachable from the namespace, not from elsewhere.
  const srv = useServer({ host: HOST_ADDRESS });
  const home = tempDir("gatehouse-agent-netns-home-");
  const state = tempDir("gatehouse-agent-netns-state-");
  let agent: AgentProcess;
  let instanceId = "";
  const env = () => bareEnv(home, {});

  describe("the agent at 169.254.169.254:80 in a network namespace", () => {
    test("the agent registers from inside the namespace and listens on the real address", async () => {
      await roleInProfile(srv, "EC2-S3-Access", allowOnly("iam:ListUsers"));
      const launched = await launch(srv, "EC2-S3-Access");
      instanceId = launched.instanceId;
      agent = await startAgent(
        [
          "--server",
          srv.url,
          "--launch-token",
          launched.launchToken,
          "--state-dir",
          `${state}/agent`,
          "--listen",
          "169.254.169.254:80",
        ],
        inNamespace,
      );
      assert.equal(agent.url, "http://169.254.169.254:80");
      await eventually("the agent's first credentials", async () =>
        /credentials for role EC2-S3-Access/.test(agent.log()),
      );
    });

    const expected = (): Outcome => ({
      arn: `arn:aws:sts::${ACCOUNT}:assumed-role/EC2-S3-Access/${instanceId}`,
      listUsers: "ok",
      createUser: "AccessDenied",
    });

    test("AWS CLI v2 with no AWS variables at all", async () => {
      assert.deepEqual(await awsCliOutcome(env(), srv.url, inNamespace), expected());
    });
    test("the JS SDK with no AWS variables at all", async () => {
      assert.deepEqual(await nodeOutcome(env(), srv.url, inNamespace), expected());
    });
    test("boto3 with no AWS variables at all", async () => {
      assert.deepEqual(await boto3Outcome(env(), srv.url, inNamespace), expected());
    });
  });
}
