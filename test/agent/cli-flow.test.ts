/**
 * The operator's path with the commands only: `gatehouse instance launch`
 * prints the token, `gatehouse agent` trades it (an expired one is refused),
 * `gatehouse instance describe` shows the instance running once the agent
 * registered, and `gatehouse instance terminate` ends the agent's credentials.
 * The server's launch tokens last 5 seconds here (long enough for an agent to start on a loaded machine).
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { join } from "node:path";
import { describe, test } from "node:test";
import { ROOT_KEY, useServer } from "../server/harness.js";
import {
  allowOnly,
  CLI,
  eventually,
  listedRole,
  roleInProfile,
  runAgentToEnd,
  startAgent,
  tempDir,
} from "./e2e-helpers.js";

const srv = useServer({ launchTokenLifetime: 5 });
const work = tempDir("gatehouse-agent-cli-");

function instanceCommand(...args: string[]): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [CLI, "instance", ...args, "--endpoint", srv.url],
      {
        env: {
          PATH: process.env.PATH ?? "/usr/bin:/bin",
          AWS_ACCESS_KEY_ID: ROOT_KEY.accessKeyId,
          AWS_SECRET_ACCESS_KEY: ROOT_KEY.secretAccessKey,
        },
      },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`gatehouse instance ${args.join(" ")}: ${stderr}`));
        else resolve(JSON.parse(stdout) as Record<string, unknown>);
      },
    );
  });
}

interface Launched {
  Instance: { InstanceId: string; State: string };
  LaunchToken: string;
}

describe("gatehouse instance and gatehouse agent together", () => {
  test("an expired launch token is refused", async () => {
    await roleInProfile(srv, "EC2-S3-Access", allowOnly("iam:ListUsers"));
    const launched = (await instanceCommand(
      "launch",
      "--profile",
      "EC2-S3-Access",
    )) as unknown as Launched;
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    const r = await runAgentToEnd([
      "--server",
      srv.url,
      "--launch-token",
      launched.LaunchToken,
      "--state-dir",
      join(work, "expired"),
      "--listen",
      "127.0.0.1:0",
    ]);
    assert.equal(r.code, 1, r.output);
    assert.match(r.output, /refused the registration \(InvalidLaunchToken: /);
    const described = JSON.stringify(
      await instanceCommand("describe", launched.Instance.InstanceId),
    );
    assert.match(described, /"State":\s*"pending"/);
  });

  test("launch, run the agent in time, describe it running, terminate it", async () => {
    const launched = (await instanceCommand(
      "launch",
      "--profile",
      "EC2-S3-Access",
      "--name",
      "web-1",
    )) as unknown as Launched;
    const agent = await startAgent([
      "--server",
      srv.url,
      "--launch-token",
      launched.LaunchToken,
      "--state-dir",
      join(work, "in-time"),
      "--listen",
      "127.0.0.1:0",
      "--refresh-interval",
      "1",
    ]);
    await eventually("credentials", async () => (await listedRole(agent.url)) === "EC2-S3-Access");
    const id = launched.Instance.InstanceId;
    const described = JSON.stringify(await instanceCommand("describe", id));
    assert.match(described, /"State":\s*"running"/);
    await instanceCommand("terminate", id);
    await eventually(
      "no credentials",
      async () => (await listedRole(agent.url)) === undefined,
      4_000,
    );
  });
});
