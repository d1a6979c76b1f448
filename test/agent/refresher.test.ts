/**
 * When the agent asks the server again, with a clock the test moves: the
 * schedule (max(5 min, a quarter of the lifetime) before expiry, or the
 * refresh interval), backoff while the server is unavailable, and what a
 * refusal does to the credentials served.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { CredentialHolder } from "../../src/agent/credentials.js";
import { nextRefreshAt, Refresher, retryDelay, type Clock } from "../../src/agent/refresher.js";
import type { RoleCredentials, ServerAnswer } from "../../src/agent/server-client.js";
import { isoSeconds } from "../../src/agent/time.js";
import { fixedCredentials } from "./helpers.js";

const MIN = 60_000;
const T0 = Date.parse("2026-11-29T03:00:00Z");

function lifetime(issuedAt: number, minutes: number) {
  return { issuedAt: isoSeconds(issuedAt), expiration: isoSeconds(issuedAt + minutes * MIN) };
}

describe("nextRefreshAt", () => {
  test("an hour's credentials: 15 minutes (a quarter) before expiry", () => {
    assert.equal(nextRefreshAt(lifetime(T0, 60), T0, 24 * 60 * MIN), T0 + 45 * MIN);
  });
  test("twelve hours' credentials: 3 hours before expiry", () => {
    assert.equal(nextRefreshAt(lifetime(T0, 720), T0, 24 * 60 * MIN), T0 + 540 * MIN);
  });
  test("short credentials: at least 5 minutes before expiry", () => {
    assert.equal(nextRefreshAt(lifetime(T0, 15), T0, 24 * 60 * MIN), T0 + 10 * MIN);
  });
  test("the refresh interval when it comes first", () => {
    assert.equal(nextRefreshAt(lifetime(T0, 60), T0, 2 * MIN), T0 + 2 * MIN);
  });
  test("never sooner than 10 s after an answer, even for nearly expired credentials", () => {
    assert.equal(nextRefreshAt(lifetime(T0 - 58 * MIN, 60), T0, 24 * 60 * MIN), T0 + 10_000);
    assert.equal(nextRefreshAt(lifetime(T0, 60), T0, 1_000), T0 + 1_000);
  });
  test("backoff doubles from 1 s up to a minute", () => {
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5, 6, 7, 30].map(retryDelay),
      [1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000],
    );
  });
});

/** A clock the test moves by hand; timers run when their time comes. */
class ManualClock implements Clock {
  private timers: { at: number; run: () => void; id: number }[] = [];
  private nextId = 1;
  constructor(public time: number) {}
  now(): number {
    return this.time;
  }
  setTimeout(run: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.push({ at: this.time + ms, run, id });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }
  /** Moves the clock to `to`, running each timer due on the way (and what it starts). */
  async advanceTo(to: number): Promise<void> {
    for (;;) {
      const due = this.timers.filter((t) => t.at <= to).sort((a, b) => a.at - b.at)[0];
      if (due === undefined) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.time = due.at;
      due.run();
      await settle();
    }
    this.time = to;
  }
}

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** The answers the refresher is given, in order, and the times it asked at. */
function answers(clock: ManualClock, script: ServerAnswer<RoleCredentials>[]) {
  const askedAt: number[] = [];
  return {
    askedAt,
    fetchCredentials: (now: number) => {
      askedAt.push(now);
      const next = script.shift();
      if (next === undefined) throw new Error("asked more often than the test expected");
      return Promise.resolve(next);
    },
  };
}

const ok = (now: number): ServerAnswer<RoleCredentials> => ({
  kind: "ok",
  value: { ...fixedCredentials(now), ...lifetime(now, 60) },
});

describe("Refresher", () => {
  test("asks at start, then 45 minutes into an hour's credentials", async () => {
    const clock = new ManualClock(T0);
    const holder = new CredentialHolder(() => clock.now());
    const server = answers(clock, [ok(T0), ok(T0 + 45 * MIN)]);
    const refresher = new Refresher({ ...server, holder, intervalMs: 24 * 60 * MIN, clock });
    await refresher.start();
    assert.equal(holder.current()?.accessKeyId, "ASIAGATEHOUSEAGENT01");
    assert.equal(refresher.nextAt, T0 + 45 * MIN);
    await clock.advanceTo(T0 + 44 * MIN);
    assert.deepEqual(server.askedAt, [T0]);
    await clock.advanceTo(T0 + 45 * MIN);
    assert.deepEqual(server.askedAt, [T0, T0 + 45 * MIN]);
    assert.equal(holder.current()?.lastUpdated, isoSeconds(T0 + 45 * MIN));
    refresher.stop();
  });

  test("unavailable: keeps serving what it has, retries with backoff", async () => {
    const clock = new ManualClock(T0);
    const holder = new CredentialHolder(() => clock.now());
    const down: ServerAnswer<RoleCredentials> = { kind: "unavailable", reason: "ECONNREFUSED" };
    const server = answers(clock, [ok(T0), down, down, down, ok(T0 + 45 * MIN + 7_000)]);
    const lines: string[] = [];
    const refresher = new Refresher({
      ...server,
      holder,
      intervalMs: 24 * 60 * MIN,
      clock,
      log: (line) => lines.push(line),
    });
    await refresher.start();
    await clock.advanceTo(T0 + 45 * MIN + 7_000);
    assert.deepEqual(
      server.askedAt.map((t) => t - T0),
      [0, 45 * MIN, 45 * MIN + 1_000, 45 * MIN + 3_000, 45 * MIN + 7_000],
    );
    assert.equal(refresher.state, "serving");
    assert.ok(lines.some((l) => l.includes("still serving the current credentials")));
    for (const line of lines) assert.doesNotMatch(line, /agentsecret|session-token|ASIA/);
    refresher.stop();
  });

  test("unavailable until they expire: nothing is served after expiry", async () => {
    const clock = new ManualClock(T0);
    const holder = new CredentialHolder(() => clock.now());
    const down: ServerAnswer<RoleCredentials> = { kind: "unavailable", reason: "ETIMEDOUT" };
    const server = answers(clock, [ok(T0), ...Array<ServerAnswer<RoleCredentials>>(40).fill(down)]);
    const refresher = new Refresher({ ...server, holder, intervalMs: 24 * 60 * MIN, clock });
    await refresher.start();
    await clock.advanceTo(T0 + 59 * MIN);
    assert.ok(holder.current() !== undefined);
    await clock.advanceTo(T0 + 60 * MIN);
    assert.equal(holder.current(), undefined);
    refresher.stop();
  });

  test("the refresh interval bounds the wait (how termination is noticed)", async () => {
    const clock = new ManualClock(T0);
    const holder = new CredentialHolder(() => clock.now());
    const terminated: ServerAnswer<RoleCredentials> = {
      kind: "refused",
      status: 403,
      code: "InstanceTerminated",
      message: "The instance is terminated.",
    };
    const server = answers(clock, [ok(T0), ok(T0 + 2 * MIN), terminated]);
    const refresher = new Refresher({ ...server, holder, intervalMs: 2 * MIN, clock });
    await refresher.start();
    await clock.advanceTo(T0 + 4 * MIN);
    assert.deepEqual(server.askedAt, [T0, T0 + 2 * MIN, T0 + 4 * MIN]);
    assert.equal(holder.current(), undefined);
    assert.equal(refresher.state, "terminated");
    assert.equal(refresher.nextAt, undefined, "a terminated instance asks no more");
    await clock.advanceTo(T0 + 60 * MIN);
    assert.equal(server.askedAt.length, 3);
  });

  test("other refusals: nothing served, asked again after the interval", async () => {
    const clock = new ManualClock(T0);
    const holder = new CredentialHolder(() => clock.now());
    const noRole: ServerAnswer<RoleCredentials> = {
      kind: "refused",
      status: 404,
      code: "NoRole",
      message: "The instance profile has no role.",
    };
    const server = answers(clock, [ok(T0), noRole, ok(T0 + 10 * MIN)]);
    const refresher = new Refresher({ ...server, holder, intervalMs: 5 * MIN, clock });
    await refresher.start();
    await clock.advanceTo(T0 + 5 * MIN);
    assert.equal(holder.current(), undefined);
    assert.equal(refresher.state, "refused");
    await clock.advanceTo(T0 + 10 * MIN);
    assert.equal(refresher.state, "serving");
    assert.ok(holder.current() !== undefined);
    refresher.stop();
  });

  test("one request at a time: refreshNow while one runs joins it", async () => {
    const clock = new ManualClock(T0);
    const holder = new CredentialHolder(() => clock.now());
    const server = answers(clock, [ok(T0)]);
    const refresher = new Refresher({ ...server, holder, intervalMs: 24 * 60 * MIN, clock });
    await Promise.all([refresher.start(), refresher.refreshNow(), refresher.refreshNow()]);
    assert.equal(server.askedAt.length, 1);
    refresher.stop();
  });
});
