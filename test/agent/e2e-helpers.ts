/**
 * What the agent's end-to-end tests share: a role trusted by
 * ec2.amazonaws.com in an instance profile, instances launched, terminated
 * and re-profiled through the signed Query API (service "gatehouse"), the
 * agent run as its built command in a child process, and outside clients
 * (the JS SDK, boto3, AWS CLI v2) run with no credentials at all: an empty
 * HOME, no AWS_* variable but what a test names.
 */
import {
  AddRoleToInstanceProfileCommand,
  CreateInstanceProfileCommand,
  CreateRoleCommand,
  PutRolePolicyCommand,
} from "@aws-sdk/client-iam";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after } from "node:test";
import { formOf, postRaw } from "../e2e/raw.js";
import type { TestServer } from "../server/harness.js";

export const REPO = resolve(import.meta.dirname, "../..");
export const CLI = join(REPO, "dist/cli.js");

export const EC2_TRUST = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" },
  ],
});

export { allow as allowOnly } from "../sts/helpers.js";

/** A role trusted by EC2 with one inline policy, in an instance profile of the same name. */
export async function roleInProfile(srv: TestServer, name: string, policy: string): Promise<void> {
  const iam = srv.iam();
  await iam.send(new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: EC2_TRUST }));
  await iam.send(
    new PutRolePolicyCommand({ RoleName: name, PolicyName: "permissions", PolicyDocument: policy }),
  );
  await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: name }));
  await iam.send(
    new AddRoleToInstanceProfileCommand({ InstanceProfileName: name, RoleName: name }),
  );
}

function element(xml: string, name: string): string | undefined {
  return new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];
}

/** One signed call of the instances API; the XML answer, or an Error with AWS's code. */
export async function instancesCall(
  srv: TestServer,
  action: string,
  params: Record<string, string>,
): Promise<string> {
  const body = formOf([["Action", action], ["Version", "2026-11-01"], ...Object.entries(params)]);
  const answer = await postRaw(srv.url, body, undefined, "gatehouse");
  if (answer.status !== 200) {
    throw new Error(`${action}: ${answer.status} ${element(answer.body, "Code")}: ${answer.body}`);
  }
  return answer.body;
}

export async function launch(
  srv: TestServer,
  profile: string,
): Promise<{ instanceId: string; launchToken: string }> {
  const xml = await instancesCall(srv, "LaunchInstance", { InstanceProfileName: profile });
  const instanceId = element(xml, "InstanceId");
  const launchToken = element(xml, "LaunchToken");
  if (instanceId === undefined || launchToken === undefined) throw new Error(xml);
  return { instanceId, launchToken };
}

/** A temporary directory removed after the test file. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface AgentProcess {
  child: ChildProcess;
  /** http://host:port of its listener. */
  url: string;
  /** Everything it logged so far. */
  log(): string;
  stop(): Promise<void>;
}

/** Every agent started, stopped after the test file (a hook of the file, not of one test). */
const running = new Set<AgentProcess>();
after(() => Promise.all([...running].map((agent) => agent.stop())));

/**
 * Runs `node dist/cli.js agent …` (prefixed, e.g. by `ip netns exec NS`), and
 * waits for it to listen; rejects with its output when it exits first.
 */
export function startAgent(args: string[], prefix: string[] = []): Promise<AgentProcess> {
  const command = [...prefix, process.execPath, CLI, "agent", ...args];
  const child = spawn(command[0] as string, command.slice(1), {
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const agent: AgentProcess = {
    child,
    url: "",
    log: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
  running.add(agent);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the agent did not start:\n${output}`)),
      20_000,
    );
    const check = () => {
      const match = /serving instance metadata at (http:\/\/\S+?)\/ /.exec(output);
      if (match !== null) {
        clearTimeout(timer);
        agent.url = match[1] as string;
        resolve(agent);
      }
    };
    child.stderr.on("data", check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the agent exited with ${code}:\n${output}`));
    });
  });
}

/** Runs the agent to its end (for runs that must fail); its exit code and output. */
export function runAgentToEnd(args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [CLI, "agent", ...args], {
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, output })));
}

export async function imdsStatus(
  agentUrl: string,
  path: string,
): Promise<{ status: number; body: string }> {
  const token = await fetch(`${agentUrl}/latest/api/token`, {
    method: "PUT",
    headers: { "X-aws-ec2-metadata-token-ttl-seconds": "60" },
  });
  const res = await fetch(`${agentUrl}${path}`, {
    headers: { "X-aws-ec2-metadata-token": await token.text() },
  });
  return { status: res.status, body: await res.text() };
}

/** The role name the agent's IMDS lists, or undefined while it lists none (404). */
export async function listedRole(agentUrl: string): Promise<string | undefined> {
  const r = await imdsStatus(agentUrl, "/latest/meta-data/iam/security-credentials/");
  return r.status === 200 ? r.body : undefined;
}

/** The credentials the agent serves for a role, straight from its IMDS. */
export async function servedCredentials(
  agentUrl: string,
  role: string,
): Promise<{ AccessKeyId: string; SecretAccessKey: string; Token: string; Expiration: string }> {
  const r = await imdsStatus(agentUrl, `/latest/meta-data/iam/security-credentials/${role}`);
  if (r.status !== 200) throw new Error(`IMDS answered ${r.status}`);
  return JSON.parse(r.body) as {
    AccessKeyId: string;
    SecretAccessKey: string;
    Token: string;
    Expiration: string;
  };
}

/** Waits (at most `ms`) until `check` holds, polling every 100 ms. */
export async function eventually(
  what: string,
  check: () => Promise<boolean>,
  ms = 15_000,
): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    if (await check()) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
