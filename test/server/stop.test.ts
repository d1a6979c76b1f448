/**
 * Starting and stopping Gatehouse as the README does: `npm start` stopped by
 * SIGTERM and `node dist/cli.js serve` by Ctrl-C (SIGINT). A request in
 * flight when the signal comes is answered, then the process exits 0, the
 * SQLite store is closed (its WAL checkpointed away) and the port is free.
 * The root key is one as AWS issues them, with `+` and `/` in its secret.
 */
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, describe, test } from "node:test";
import { ListUsersCommand } from "@aws-sdk/client-iam";
import { IAMClient } from "@aws-sdk/client-iam";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { Sha256 } from "@aws-crypto/sha256-js";
import { READY } from "./processes.js";

const root = resolve(import.meta.dirname, "../..");
const KEY = {
  accessKeyId: "AKIAIOSFODNN7EXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLE+KEY",
};

interface Started {
  child: ChildProcess;
  url: URL;
  output: () => string;
}

async function start(command: string, args: string[], dataDir: string): Promise<Started> {
  const child = spawn(command, args, {
    cwd: root,
    env: {
      ...process.env,
      GATEHOUSE_DATA_DIR: dataDir,
      GATEHOUSE_PORT: "0",
      GATEHOUSE_LOG_LEVEL: "warn",
      GATEHOUSE_ACCOUNT_ID: "123456789012",
      GATEHOUSE_ROOT_ACCESS_KEY_ID: KEY.accessKeyId,
      GATEHOUSE_ROOT_SECRET_ACCESS_KEY: KEY.secretAccessKey,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  child.stdout?.on("data", (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (text += chunk.toString()));
  const deadline = Date.now() + 60_000;
  while (!READY.test(text)) {
    if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}:\n${text}`);
    if (Date.now() > deadline) throw new Error(`no start within 60 s:\n${text}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const url = new URL((READY.exec(text) as RegExpExecArray)[1] as string);
  return { child, url, output: () => text };
}

/** A signed ListUsers whose body is sent in two parts, the second after `between`. */
async function slowListUsers(url: URL, between: () => Promise<void>): Promise<string> {
  const body = "Action=ListUsers&Version=2010-05-08";
  const signer = new SignatureV4({
    credentials: KEY,
    region: "us-east-1",
    service: "iam",
    sha256: Sha256,
  });
  const signed = await signer.sign(
    new HttpRequest({
      method: "POST",
      protocol: "http:",
      hostname: url.hostname,
      port: Number(url.port),
      path: "/",
      headers: {
        host: url.host,
        "content-type": "application/x-www-form-urlencoded; charset=utf-8",
        "content-length": String(body.length),
      },
      body,
    }),
  );
  const socket = connect(Number(url.port), url.hostname);
  await once(socket, "connect");
  let answer = "";
  socket.on("data", (chunk: Buffer) => (answer += chunk.toString()));
  const head = Object.entries(signed.headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("");
  socket.write(`POST / HTTP/1.1\r\n${head}\r\n${body.slice(0, 10)}`);
  await new Promise((r) => setTimeout(r, 200));
  await between();
  socket.write(body.slice(10));
  await once(socket, "close");
  return answer;
}

async function portIsFree(port: number): Promise<boolean> {
  const server = createServer();
  try {
    server.listen(port, "127.0.0.1");
    await once(server, "listening");
    return true;
  } catch {
    return false;
  } finally {
    server.close();
  }
}

async function stopsCleanly(
  command: string,
  args: string[],
  signal: NodeJS.Signals,
): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "gatehouse-stop-"));
  after(() => rmSync(dataDir, { recursive: true, force: true }));
  const { child, url, output } = await start(command, args, dataDir);
  const exited = once(child, "exit");
  try {
    // The key with + and / in its secret signs as AWS's SDK signs.
    const iam = new IAMClient({
      region: "us-east-1",
      endpoint: url.origin,
      credentials: KEY,
      maxAttempts: 1,
    });
    assert.ok(Array.isArray((await iam.send(new ListUsersCommand({}))).Users));
    iam.destroy();

    const answer = await slowListUsers(url, async () => {
      child.kill(signal);
      await new Promise((r) => setTimeout(r, 300));
    });
    assert.match(answer, /^HTTP\/1\.1 200 /, answer);
    assert.match(answer, /<ListUsersResponse /);
    const [code, killedBy] = (await exited) as [number | null, string | null];
    assert.equal(killedBy, null, output());
    assert.equal(code, 0, output());
    assert.match(output(), /Gatehouse stopped/);
    assert.ok(await portIsFree(Number(url.port)), "the port is free again");
    assert.equal(existsSync(join(dataDir, "gatehouse.db-wal")), false, "the store was closed");
  } finally {
    if (child.exitCode === null) child.kill("SIGKILL");
  }
}

describe("stopping the server", () => {
  test("SIGTERM to `npm start` stops the server it started", async () => {
    await stopsCleanly("npm", ["start", "--silent"], "SIGTERM");
  });
  test("Ctrl-C (SIGINT) to `node dist/cli.js serve`", async () => {
    await stopsCleanly(process.execPath, ["dist/cli.js", "serve"], "SIGINT");
  });
});
