/**
 * `gatehouse serve --help` says what is served: IAM, STS and the instances
 * API on one endpoint, and by name the IAM and STS operations that answer
 * NotImplemented. Each operation it names answers so, and every other
 * operation of AWS's models is one the server runs.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, test } from "node:test";
import { iamModel, stsModel, structureOf } from "../../src/model/api/load.js";
import { postRaw } from "../e2e/raw.js";
import { useServer } from "./harness.js";

const cli = resolve(import.meta.dirname, "../../dist/cli.js");

function helpText(): string {
  const run = spawnSync(process.execPath, [cli, "serve", "--help"], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

/** The operations the help lists under a service's "not yet". */
function listedMissing(help: string, service: "IAM" | "STS"): string[] {
  const block = new RegExp(
    `^  ${service}: (\\d+) of (\\d+) operations(?:; not yet[^\\n]*\\n((?:    .*\\n?)*))?`,
    "m",
  ).exec(help);
  assert.ok(block, `the help has a ${service} line`);
  return (block[3] ?? "").split(/[\s,]+/).filter((name) => name !== "");
}

describe("gatehouse serve --help is true", () => {
  const server = useServer();
  const help = helpText();

  test("it names what the endpoint serves", () => {
    assert.match(help, /the AWS IAM and STS APIs/);
    assert.match(help, /the instances API/);
    assert.match(help, /the web console/);
    assert.doesNotMatch(help, /later release/);
  });

  for (const [service, model] of [
    ["IAM", iamModel],
    ["STS", stsModel],
  ] as const) {
    test(`${service}: what it lists answers NotImplemented, and nothing else does`, async () => {
      const missing = new Set(listedMissing(help, service));
      const operations = Object.keys(model.operations);
      assert.ok(missing.size < operations.length);
      for (const name of missing) assert.ok(name in model.operations, name);
      for (const name of operations) {
        const operation = model.operations[name];
        const input =
          operation?.input === undefined ? undefined : structureOf(model, operation.input);
        // Operations that need no input can be called bare: their answer tells.
        if (input !== undefined && Object.values(input.members).some((m) => m.required)) continue;
        const answer = await postRaw(
          server.url,
          `Action=${name}&Version=${model.service.version}`,
          undefined,
          service.toLowerCase(),
        );
        if (missing.has(name)) {
          assert.equal(answer.status, 501, `${name}: ${answer.body}`);
          assert.match(answer.body, /<Code>NotImplemented<\/Code>/);
        } else {
          assert.notEqual(answer.status, 501, `${name} is served but answered ${answer.body}`);
        }
      }
    });
  }
});
