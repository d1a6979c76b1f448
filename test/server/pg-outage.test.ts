/**
 * Gatehouse on PostgreSQL when the database goes away, as a real server
 * process signed to by the AWS SDK: its connections ended from the server
 * side (pg_terminate_backend, what a restart does) under load, and the
 * database unreachable for a while (a TCP proxy in front of PostgreSQL,
 * closed and reopened). The process never exits; requests answer or
 * answer ServiceUnavailable (503, AWS's XML), never InternalFailure, never
 * hang; a write is whole or absent; once the database is back, requests
 * succeed again with nothing restarted.
 */
import {
  CreateUserCommand,
  GetUserCommand,
  IAMClient,
  ListUsersCommand,
  type IAMServiceException,
} from "@aws-sdk/client-iam";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { createConnection, createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { send } from "../console/http.js";
import { ROOT_KEY } from "./harness.js";
import { freshSchema, PG_BASE_URL } from "./pg-schema.js";
import { startServerProcess, type ServerProcess } from "./processes.js";

const iamAt = (url: string) =>
  new IAMClient({ region: "us-east-1", endpoint: url, credentials: ROOT_KEY, maxAttempts: 1 });

/** A call's outcome: "ok", or the error's HTTP status and code. */
async function outcome(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "ok";
  } catch (err) {
    const e = err as IAMServiceException;
    return `${e.$metadata?.httpStatusCode ?? "no answer"} ${e.name}`;
  }
}

const TAGS = [
  { Key: "team", Value: "storage" },
  { Key: "tier", Value: "one" },
  { Key: "cost", Value: "42" },
];

describe("PostgreSQL connections ended under load (pg_terminate_backend)", () => {
  const app = `gh_outage_${process.pid}`;
  const schema = freshSchema("outage");
  const dataDir = mkdtempSync(join(tmpdir(), "gatehouse-outage-"));
  const admin = new pg.Client({ connectionString: PG_BASE_URL });
  let node: ServerProcess;

  before(async () => {
    await admin.connect();
    node = await startServerProcess({
      dataDir,
      databaseUrl: `${schema.url}&application_name=${app}`,
    });
  });
  after(async () => {
    await node?.stop();
    await admin.end();
    await schema.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test("the process lives, answers 200 or 503 ServiceUnavailable, writes are whole, then all succeed", async () => {
    const iam = iamAt(node.url);
    const outcomes: string[] = [];
    const created: string[] = [];
    let running = true;
    const worker = async (w: number) => {
      for (let i = 0; running; i++) {
        const name = `load-${w}-${i}`;
        const result = await outcome(
          iam.send(new CreateUserCommand({ UserName: name, Tags: TAGS })),
        );
        outcomes.push(result);
        if (result === "ok") created.push(name);
        outcomes.push(await outcome(iam.send(new ListUsersCommand({}))));
      }
    };
    let ended = 0;
    const cutter = async () => {
      for (let round = 0; round < 8; round++) {
        await sleep(250);
        const { rows } = await admin.query(
          "select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1 and pid <> pg_backend_pid()",
          [app],
        );
        ended += rows.length;
      }
      running = false;
    };
    await Promise.all([cutter(), ...Array.from({ length: 6 }, (_, w) => worker(w))]);

    assert.equal(node.exited(), undefined, `the server exited:\n${node.stderr()}`);
    assert.ok(ended > 0, "connections were ended under load");
    const unexpected = outcomes.filter((o) => o !== "ok" && o !== "503 ServiceUnavailable");
    assert.deepEqual(unexpected, [], "only successes and ServiceUnavailable");
    assert.ok(outcomes.includes("ok"));

    // After: every call succeeds, and every user is whole (all its tags) or absent.
    const listed = await iam.send(new ListUsersCommand({ MaxItems: 1000 }));
    const names = (listed.Users ?? []).map((u) => u.UserName as string);
    for (const name of created) assert.ok(names.includes(name), `${name} was acknowledged`);
    for (const name of names) {
      const user = await iam.send(new GetUserCommand({ UserName: name }));
      assert.equal(user.User?.Tags?.length, TAGS.length, `${name} has all its tags`);
    }
  });
});

/**
 * A TCP proxy to the machine's PostgreSQL that the test can take down
 * (connections cut, new ones refused, or accepted and never answered) and
 * bring back on the same port.
 */
class Proxy {
  port = 0;
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private mode: "forward" | "silent" = "forward";
  private readonly target = new URL(PG_BASE_URL);

  async up(mode: "forward" | "silent" = "forward"): Promise<void> {
    this.mode = mode;
    if (this.server !== undefined) return;
    const server = createServer((client) => this.accept(client));
    await new Promise<void>((ready) => server.listen(this.port, "127.0.0.1", ready));
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  private accept(client: Socket): void {
    this.sockets.add(client);
    client.on("close", () => this.sockets.delete(client));
    client.on("error", () => client.destroy());
    if (this.mode === "silent") return;
    const upstream = createConnection(Number(this.target.port || 5432), this.target.hostname);
    this.sockets.add(upstream);
    upstream.on("close", () => {
      this.sockets.delete(upstream);
      client.destroy();
    });
    upstream.on("error", () => upstream.destroy());
    client.on("close", () => upstream.destroy());
    client.pipe(upstream).pipe(client);
  }

  /** Cuts every connection; with `refuse`, stops listening too. */
  async cut(refuse: boolean): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    if (refuse && this.server !== undefined) {
      const server = this.server;
      this.server = undefined;
      await new Promise<void>((closed) => server.close(() => closed()));
    }
  }

  async close(): Promise<void> {
    await this.cut(true);
  }
}

interface Health {
  status: number;
  body: { status: string; node: string; store: string; feed: { connected: boolean } };
}

async function health(url: string): Promise<Health> {
  const res = await fetch(`${url}/_gatehouse/health`);
  return { status: res.status, body: (await res.json()) as Health["body"] };
}

describe("PostgreSQL away for a while (a proxy cut and reopened)", () => {
  const schema = freshSchema("away");
  const dataDir = mkdtempSync(join(tmpdir(), "gatehouse-away-"));
  const proxy = new Proxy();
  let node: ServerProcess;

  before(async () => {
    await proxy.up();
    const url = new URL(schema.url);
    url.host = `127.0.0.1:${proxy.port}`;
    node = await startServerProcess({ dataDir, databaseUrl: url.toString() });
  });
  after(async () => {
    await node?.stop();
    await proxy.close();
    await schema.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Calls until one succeeds (at most `ms`), answering how long it took. */
  async function untilBack(iam: IAMClient, ms: number): Promise<number> {
    const started = performance.now();
    while (performance.now() - started < ms) {
      if ((await outcome(iam.send(new ListUsersCommand({})))) === "ok") {
        return performance.now() - started;
      }
      await sleep(100);
    }
    throw new Error(`not back after ${ms} ms`);
  }

  test("refused: each call answers 503 ServiceUnavailable at once; back by itself when reopened", async () => {
    const iam = iamAt(node.url);
    await iam.send(new CreateUserCommand({ UserName: "before-the-cut" }));
    await proxy.cut(true);
    const answers: string[] = [];
    const until = performance.now() + 3000;
    while (performance.now() < until) {
      const started = performance.now();
      answers.push(await outcome(iam.send(new ListUsersCommand({}))));
      answers.push(
        await outcome(iam.send(new CreateUserCommand({ UserName: `during-${answers.length}` }))),
      );
      assert.ok(performance.now() - started < 2000, "answered quickly while away");
      await sleep(200);
    }
    assert.ok(answers.length >= 4);
    assert.deepEqual(new Set(answers), new Set(["503 ServiceUnavailable"]));

    // The console API says the same in its JSON.
    const signIn = await send(node.url, "/console/api/signin", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ account: "123456789012", root: true, password: "x".repeat(12) }),
    });
    assert.equal(signIn.status, 503);
    assert.equal(signIn.json<{ error: { code: string } }>().error.code, "ServiceUnavailable");

    // Health tells a load balancer: the store does not answer, the feed is not heard.
    const away = await health(node.url);
    assert.equal(away.status, 503);
    assert.equal(away.body.status, "unavailable");
    assert.equal(away.body.feed.connected, false);

    await proxy.up();
    await untilBack(iam, 10_000);
    // The feed reconnects by itself, and health says so.
    let back = await health(node.url);
    for (let i = 0; i < 100 && !back.body.feed.connected; i++) {
      await sleep(100);
      back = await health(node.url);
    }
    assert.equal(back.status, 200);
    assert.equal(back.body.status, "ok");
    assert.equal(back.body.store, "postgres");
    assert.equal(back.body.feed.connected, true);
    const users = await iam.send(new ListUsersCommand({}));
    assert.deepEqual(
      (users.Users ?? []).map((u) => u.UserName),
      ["before-the-cut"],
      "nothing written while away",
    );
    assert.equal(node.exited(), undefined, `the server exited:\n${node.stderr()}`);
  });

  test("unanswered: connecting gives up within its timeout, 503, never a hang", async () => {
    const iam = iamAt(node.url);
    await proxy.cut(false);
    await proxy.up("silent");
    const started = performance.now();
    assert.equal(await outcome(iam.send(new ListUsersCommand({}))), "503 ServiceUnavailable");
    const took = performance.now() - started;
    assert.ok(took < 8000, `answered in ${Math.round(took)} ms`);
    await proxy.up("forward");
    await untilBack(iam, 10_000);
    assert.equal(node.exited(), undefined, `the server exited:\n${node.stderr()}`);
  });
});
