import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, test } from "node:test";

// The built command, as users run it (npm test builds first).
const cli = resolve(import.meta.dirname, "../dist/cli.js");
const run = (args: string[], input = "") =>
  spawnSync(process.execPath, [cli, ...args], { input, encoding: "utf8" });

const dir = mkdtempSync(join(tmpdir(), "gatehouse-cli-"));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return path;
};

const identity = {
  Version: "2012-10-17",
  Statement: [
    { Sid: "Read", Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*" },
  ],
};

describe("gatehouse (the command)", () => {
  test("--help and no arguments print the usage", () => {
    for (const args of [[], ["--help"]]) {
      const r = run(args);
      assert.equal(r.status, 0);
      assert.match(r.stdout, /Usage: gatehouse/);
    }
  });
  test("an unknown command is a usage error", () => {
    const r = run(["frobnicate"]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /unknown command/);
  });
});

describe("gatehouse policy validate", () => {
  test("a valid policy exits 0", () => {
    const r = run(["policy", "validate", "--kind", "identity", file("ok.json", identity)]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /valid identity policy/);
  });
  test("an invalid policy prints AWS's message with its place and exits 1", () => {
    const bad = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Resource: "*" }] };
    const r = run(["policy", "validate", "--kind", "identity", file("bad.json", bad)]);
    assert.equal(r.status, 1);
    assert.match(
      r.stdout,
      /error MalformedPolicyDocument: Policy statement must contain actions\./,
    );
  });
  test("the kind decides the rules: a trust policy needs a Principal", () => {
    const r = run([
      "policy",
      "validate",
      "--kind",
      "trust",
      "--json",
      file("trust.json", identity),
    ]);
    assert.equal(r.status, 1);
    const out = JSON.parse(r.stdout) as { valid: boolean; findings: { message: string }[] };
    assert.equal(out.valid, false);
    assert.ok(out.findings.length > 0);
  });
  test("standard input with -", () => {
    const r = run(["policy", "validate", "--kind", "identity", "-"], JSON.stringify(identity));
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });
  test("a missing --kind or file is a usage error", () => {
    assert.equal(run(["policy", "validate", file("x.json", identity)]).status, 2);
    assert.equal(run(["policy", "validate", "--kind", "nonsense", "x"]).status, 2);
    assert.equal(run(["policy", "validate", "--kind", "identity"]).status, 2);
    assert.equal(
      run(["policy", "validate", "--kind", "identity", join(dir, "absent.json")]).status,
      2,
    );
  });
});

describe("gatehouse policy evaluate", () => {
  const line = (extra: object) =>
    JSON.stringify({
      action: "s3:GetObject",
      resource: "arn:aws:s3:::b/k",
      principal: "arn:aws:iam::123456789012:user/alice",
      identityPolicies: [{ id: "p1", document: identity }],
      ...extra,
    });
  test("one decision per line, bad lines answered with an error, the stream goes on", () => {
    const input = [
      line({}),
      "{not json",
      line({ action: "s3:PutObject" }),
      JSON.stringify({ action: "s3:GetObject" }),
      line({ identityPolicies: [{ id: "bad", document: { Statement: [] } }] }),
      "",
      line({ identityPolicies: [{ id: "text", document: JSON.stringify(identity, null, 2) }] }),
    ].join("\n");
    const r = run(["policy", "evaluate"], input);
    assert.equal(r.status, 0, r.stderr);
    const out = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(out.length, 6);
    assert.equal(out[0]?.decision, "allowed");
    assert.deepEqual(
      (out[0]?.matchedStatements as { sid: string }[]).map((m) => m.sid),
      ["Read"],
    );
    assert.match(String(out[1]?.error), /line 2: not valid JSON/);
    assert.equal(out[2]?.decision, "implicitDeny");
    assert.match(String(out[3]?.error), /resource/);
    assert.ok(typeof out[4]?.error === "string");
    assert.equal(out[5]?.decision, "allowed");
    const m = (out[5]?.matchedStatements as { start: { line: number } }[])[0];
    assert.equal(m?.start.line, 4, "positions refer to the document text given");
  });
  test("--no-explain leaves the explanation out", () => {
    const r = run(["policy", "evaluate", "--no-explain"], line({}));
    const out = JSON.parse(r.stdout) as { decision: string; matchedStatements: unknown[] };
    assert.equal(out.decision, "allowed");
    assert.deepEqual(out.matchedStatements, []);
  });
});
