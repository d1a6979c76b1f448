/**
 * Invalidation latency between nodes (part of `npm run bench`): two server
 * processes on one store (a fresh PostgreSQL schema; then one SQLite file).
 * A user's access key is switched Active/Inactive through node A, again and
 * again; after each acknowledged switch, node B is asked (GetUser signed with
 * that key) until its answer follows. The time from A's answer to B's first
 * answer that follows is one sample (it includes one request to B, about a
 * millisecond here). Reports p50, p99 and the largest, over CHANGES switches.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import {
  CreateAccessKeyCommand,
  CreateUserCommand,
  GetUserCommand,
  IAMClient,
  PutUserPolicyCommand,
  UpdateAccessKeyCommand,
} from "@aws-sdk/client-iam";

const ROOT = {
  accessKeyId: "AKIAGATEHOUSEBENCH01",
  secretAccessKey: "benchsecretbenchsecretbenchsecret0123456",
};
const quick = process.argv.includes("--quick");
const CHANGES = quick ? 100 : 1000;
const PG_URL = process.env.GATEHOUSE_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

interface Node {
  url: string;
  proc: ChildProcess;
}

async function startNode(args: string[]): Promise<Node> {
  const proc = spawn(process.execPath, [cli, "serve", "--port", "0", ...args], {
    env: {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      GATEHOUSE_ACCOUNT_ID: "123456789012",
      GATEHOUSE_ROOT_ACCESS_KEY_ID: ROOT.accessKeyId,
      GATEHOUSE_ROOT_SECRET_ACCESS_KEY: ROOT.secretAccessKey,
      GATEHOUSE_LOG_LEVEL: "silent",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let text = "";
  const url = await new Promise<string>((resolve, reject) => {
    proc.stderr?.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      const found = /Gatehouse is serving [^\n]* at (http:\/\/\S+)/.exec(text);
      if (found?.[1] !== undefined) resolve(found[1]);
    });
    proc.once("exit", () => reject(new Error(`node exited:\n${text}`)));
  });
  return { url, proc };
}

/** Waits until the node hears other nodes (its health says the feed is connected). */
async function feedConnected(node: Node): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const health = (await (await fetch(`${node.url}/_gatehouse/health`)).json()) as {
      feed: { connected: boolean };
    };
    if (health.feed.connected) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("the change feed did not connect");
}

function client(url: string, credentials: typeof ROOT): IAMClient {
  return new IAMClient({ region: "us-east-1", endpoint: url, credentials, maxAttempts: 1 });
}

async function works(iam: IAMClient): Promise<boolean> {
  try {
    await iam.send(new GetUserCommand({}));
    return true;
  } catch {
    return false;
  }
}

async function measure(label: string, args: string[]): Promise<void> {
  const a = await startNode(args);
  const b = await startNode(args);
  try {
    await Promise.all([feedConnected(a), feedConnected(b)]);
    const rootA = client(a.url, ROOT);
    await rootA.send(new CreateUserCommand({ UserName: "feed" }));
    await rootA.send(
      new PutUserPolicyCommand({
        UserName: "feed",
        PolicyName: "get",
        PolicyDocument: JSON.stringify({
          Version: "2012-10-17",
          Statement: [{ Effect: "Allow", Action: "iam:GetUser", Resource: "*" }],
        }),
      }),
    );
    const key = (await rootA.send(new CreateAccessKeyCommand({ UserName: "feed" }))).AccessKey;
    const keys = {
      accessKeyId: key?.AccessKeyId ?? "",
      secretAccessKey: key?.SecretAccessKey ?? "",
    };
    const onB = client(b.url, keys);
    if (!(await works(onB))) throw new Error("the new key does not work on node B");
    const samples: number[] = [];
    let active = true;
    for (let i = 0; i < CHANGES; i++) {
      active = !active;
      await rootA.send(
        new UpdateAccessKeyCommand({
          UserName: "feed",
          AccessKeyId: keys.accessKeyId,
          Status: active ? "Active" : "Inactive",
        }),
      );
      const acknowledged = performance.now();
      while ((await works(onB)) !== active) {
        if (performance.now() - acknowledged > 10_000) throw new Error("no change within 10 s");
      }
      samples.push(performance.now() - acknowledged);
    }
    samples.sort((x, y) => x - y);
    const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
    const ms = (v: number | undefined) => `${(v ?? NaN).toFixed(1).padStart(7)} ms`;
    console.log(
      `${label.padEnd(36)} p50 ${ms(at(0.5))}  p99 ${ms(at(0.99))}  max ${ms(samples.at(-1))}`,
    );
  } finally {
    a.proc.kill("SIGTERM");
    b.proc.kill("SIGTERM");
  }
}

const dataDir = mkdtempSync(join(tmpdir(), "gatehouse-bench-feed-"));
const schema = `bench_feed_${process.pid}`;
const admin = new pg.Client({ connectionString: PG_URL });
try {
  console.log(
    `change feed: ${CHANGES} access key switches through node A, each until node B follows`,
  );
  await admin.connect();
  const url = new URL(PG_URL);
  url.searchParams.set("schema", schema);
  await measure("PostgreSQL, two nodes (NOTIFY/LISTEN)", [
    "--data-dir",
    join(dataDir, "pg"),
    "--database-url",
    url.toString(),
  ]);
  await measure("SQLite file, two processes", ["--data-dir", join(dataDir, "sqlite")]);
} finally {
  await admin.query(`drop schema if exists ${schema} cascade`).catch(() => {});
  await admin.end();
  rmSync(dataDir, { recursive: true, force: true });
}
