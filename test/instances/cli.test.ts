/**
 * `gatehouse instance …` against a real server: launch, list, describe,
 * replace-profile and terminate print JSON; errors print AWS's code and
 * message; missing credentials and bad arguments are usage errors (exit 2).
 * One run is the built command itself, as users run it.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { PassThrough } from "node:stream";
import { beforeEach, test } from "node:test";
import { promisify } from "node:util";
import { instanceCommand } from "../../src/cli/instance.js";
import { ROOT_KEY, useServer } from "../server/harness.js";
import { roleInProfile, type Instance } from "./helpers.js";

const srv = useServer();
beforeEach(() => srv.reset());

const rootEnv = () => ({
  AWS_ACCESS_KEY_ID: ROOT_KEY.accessKeyId,
  AWS_SECRET_ACCESS_KEY: ROOT_KEY.secretAccessKey,
  GATEHOUSE_ENDPOINT: srv.url,
});

async function run(
  args: string[],
  env: Record<string, string> = rootEnv(),
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on("data", (c: Buffer) => out.push(c.toString()));
  stderr.on("data", (c: Buffer) => err.push(c.toString()));
  const code = await instanceCommand(args, { stdin: new PassThrough(), stdout, stderr }, env);
  return { code, stdout: out.join(""), stderr: err.join("") };
}

test("launch, list, describe, replace-profile, terminate", async () => {
  await roleInProfile(srv, "A");
  await roleInProfile(srv, "B");
  const launched = await run([
    "launch",
    "--profile",
    "A",
    "--name",
    "web-1",
    "--region",
    "eu-west-1",
  ]);
  assert.equal(launched.code, 0, launched.stderr);
  const result = JSON.parse(launched.stdout) as { Instance: Instance; LaunchToken: string };
  assert.equal(result.Instance.Name, "web-1");
  assert.equal(result.Instance.Region, "eu-west-1");
  assert.match(result.LaunchToken, /^[A-Za-z0-9_-]{43}$/);
  const id = result.Instance.InstanceId;

  const listed = await run(["list"]);
  assert.equal(listed.code, 0, listed.stderr);
  assert.deepEqual(
    (JSON.parse(listed.stdout) as { Instances: Instance[] }).Instances.map((i) => i.InstanceId),
    [id],
  );
  const described = await run(["describe", id]);
  assert.equal((JSON.parse(described.stdout) as Instance).State, "pending");
  const replaced = await run(["replace-profile", id, "--profile=B"]);
  assert.equal(replaced.code, 0, replaced.stderr);
  assert.equal((JSON.parse(replaced.stdout) as Instance).RoleName, "B");
  const terminated = await run(["terminate", id]);
  assert.equal((JSON.parse(terminated.stdout) as Instance).State, "terminated");
});

test("errors print AWS's code and message (exit 1); usage errors exit 2", async () => {
  const unknown = await run(["describe", "i-00000000000000000"]);
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /InvalidInstanceID.NotFound: The instance ID 'i-00000000000000000'/);
  const noProfile = await run(["launch", "--profile", "nope"]);
  assert.equal(noProfile.code, 1);
  assert.match(noProfile.stderr, /InvalidParameterValue/);

  const noCredentials = await run(["list"], { GATEHOUSE_ENDPOINT: srv.url });
  assert.equal(noCredentials.code, 2);
  assert.match(noCredentials.stderr, /no credentials: set AWS_ACCESS_KEY_ID/);
  for (const args of [
    ["launch"],
    ["describe"],
    ["frob"],
    ["list", "x"],
    ["terminate", "i-1", "--name", "n"],
  ]) {
    const r = await run(args);
    assert.equal(r.code, 2, args.join(" "));
  }
  const badKey = await run(["list"], { ...rootEnv(), AWS_SECRET_ACCESS_KEY: "wrong" });
  assert.equal(badKey.code, 1);
  assert.match(badKey.stderr, /SignatureDoesNotMatch/);
});

test("the built command (dist/cli.js)", async () => {
  await roleInProfile(srv, "A");
  const cli = resolve(import.meta.dirname, "../../dist/cli.js");
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [cli, "instance", "launch", "--profile", "A"],
    { env: { ...process.env, ...rootEnv() } },
  );
  assert.equal((JSON.parse(stdout) as { Instance: Instance }).Instance.State, "pending");
  const help = await promisify(execFile)(process.execPath, [cli, "--help"]);
  assert.match(help.stdout, /instance launch --profile NAME/);
});
