/**
 * Passwords and MFA codes never reach the logs: a real `gatehouse serve`
 * at log level debug, signed in to with wrong and right passwords, a reset
 * and a wrong code; its whole output is searched for them.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { test } from "node:test";
import { ConsoleClient } from "./harness.js";
import { READY } from "../server/processes.js";

const ROOT = "Logged-Root-Pass-1";
const WRONG = "Never-Logged-Guess-9";

test("no password or code is ever logged", async () => {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "src/cli.ts",
      "serve",
      "--ephemeral",
      "--port",
      "0",
      "--log-level",
      "debug",
    ],
    {
      env: {
        PATH: process.env.PATH ?? "/usr/bin:/bin",
        GATEHOUSE_ROOT_PASSWORD: ROOT,
        GATEHOUSE_ACCOUNT_ID: "123456789012",
        GATEHOUSE_SIGN_IN_FAILURE_DELAY: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start in 30 s:\n${output}`)), 30_000);
      const look = () => {
        const found = READY.exec(output);
        if (found?.[1] !== undefined) {
          clearTimeout(timer);
          resolve(found[1]);
        }
      };
      child.stderr.on("data", look);
      child.once("exit", () => reject(new Error(`the server exited:\n${output}`)));
    });
    const client = new ConsoleClient(url);
    assert.equal((await client.signIn({ root: true, password: WRONG })).status, 401);
    assert.equal((await client.signIn({ userName: "nobody", password: WRONG })).status, 401);
    assert.equal((await client.signIn({ root: true, password: ROOT })).status, 200);
    await client.call("CreateUser", { UserName: "logged" });
    await client.call("CreateLoginProfile", { UserName: "logged", Password: "Logged-User-Pass-7" });
    assert.equal((await client.call("ListUsers")).status, 200);
    await client.post("/console/api/signout");
    assert.match(output, /"event":"console-sign-in"/);
    assert.match(output, /"path":"\/console\/api\/signin"/);
    for (const secret of [ROOT, WRONG, "Logged-User-Pass-7"]) {
      assert.ok(!output.includes(secret), `the log has ${secret}`);
    }
    assert.ok(!/gatehouse_console=|"csrf/i.test(output), "no session token or CSRF token logged");
  } finally {
    child.kill("SIGTERM");
    await once(child, "exit").catch(() => undefined);
  }
});
