/** `gatehouse agent` options and environment variables; the command's help. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, test } from "node:test";
import { parseAgentConfig, parseListen } from "../../src/agent/config.js";

describe("parseAgentConfig", () => {
  test("defaults", () => {
    assert.deepEqual(parseAgentConfig(["--server", "http://127.0.0.1:7701/"], {}), {
      server: "http://127.0.0.1:7701",
      launchToken: undefined,
      stateDir: "./gatehouse-agent",
      host: "127.0.0.1",
      port: 7711,
      imdsv1: false,
      refreshInterval: 900,
    });
  });
  test("options win over the environment", () => {
    const config = parseAgentConfig(
      ["--server=https://iam.example:7701", "--listen", "169.254.169.254:80", "--imdsv1"],
      {
        GATEHOUSE_AGENT_SERVER: "http://other:1",
        GATEHOUSE_AGENT_LAUNCH_TOKEN: "tok",
        GATEHOUSE_AGENT_STATE_DIR: "/var/lib/gatehouse-agent",
        GATEHOUSE_AGENT_LISTEN: "127.0.0.1:9",
        GATEHOUSE_AGENT_REFRESH_INTERVAL: "60",
      },
    );
    assert.ok(!("error" in config));
    assert.equal(config.server, "https://iam.example:7701");
    assert.equal(config.launchToken, "tok");
    assert.equal(config.stateDir, "/var/lib/gatehouse-agent");
    assert.equal(config.host, "169.254.169.254");
    assert.equal(config.port, 80);
    assert.equal(config.imdsv1, true);
    assert.equal(config.refreshInterval, 60);
  });
  test("errors", () => {
    const cases: [string[], RegExp][] = [
      [[], /--server URL is required/],
      [["--server", "ftp://x"], /http:\/\/ or https:\/\//],
      [["--server", "not a url"], /not a URL/],
      [["--server", "http://x", "--listen", "7711"], /not HOST:PORT/],
      [["--server", "http://x", "--listen", "h:70000"], /not HOST:PORT/],
      [["--server", "http://x", "--refresh-interval", "0"], /at least 1/],
      [["--server", "http://x", "--frobnicate"], /unknown option/],
      [["--server"], /--server needs URL/],
    ];
    for (const [args, message] of cases) {
      const result = parseAgentConfig(args, {});
      assert.ok("error" in result, args.join(" "));
      assert.match(result.error, message);
    }
  });
  test("listen addresses, IPv6 in brackets", () => {
    assert.deepEqual(parseListen("[::1]:7711"), { host: "::1", port: 7711 });
    assert.deepEqual(parseListen("localhost:80"), { host: "localhost", port: 80 });
    assert.equal(parseListen("::1:80"), undefined);
  });
});

describe("gatehouse agent (the built command)", () => {
  const cli = resolve(import.meta.dirname, "../../dist/cli.js");
  test("--help explains the variables programs need", () => {
    const r = spawnSync(process.execPath, [cli, "agent", "--help"], { encoding: "utf8" });
    assert.equal(r.status, 0);
    assert.match(r.stdout, /Usage: gatehouse agent --server URL/);
    assert.match(r.stdout, /AWS_EC2_METADATA_SERVICE_ENDPOINT=http:\/\/127\.0\.0\.1:7711\//);
    assert.match(r.stdout, /AWS_CONTAINER_CREDENTIALS_FULL_URI/);
    assert.match(r.stdout, /GATEHOUSE_AGENT_LAUNCH_TOKEN/);
  });
  test("a missing --server is a usage error (exit 2)", () => {
    const r = spawnSync(process.execPath, [cli, "agent"], { encoding: "utf8", env: {} });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--server URL is required/);
  });
  test("the first run without a launch token says so (exit 1)", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "gatehouse-agent-cli-")), "state");
    const r = spawnSync(
      process.execPath,
      [
        cli,
        "agent",
        "--server",
        "http://127.0.0.1:9",
        "--state-dir",
        dir,
        "--listen",
        "127.0.0.1:0",
      ],
      { encoding: "utf8", env: {} },
    );
    assert.equal(r.status, 1);
    assert.match(r.stderr, /the first run needs --launch-token/);
  });
});
