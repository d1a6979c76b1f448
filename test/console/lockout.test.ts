/**
 * Brute force: failed passwords and MFA codes counted per user and per
 * client address, each failure answered more slowly, and a lockout past the
 * limit that refuses even the right password — the same for a user that
 * does not exist, so a lockout tells nothing.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { ConsoleClient, createUser, enrolMfa, useConsoleServer } from "./harness.js";

const LOCKOUT_SECONDS = 3;
const DELAY_MS = 60;
const server = useConsoleServer({
  signInMaxFailures: 3,
  signInMaxFailuresPerAddress: 6,
  signInLockout: LOCKOUT_SECONDS,
  signInFailureDelay: DELAY_MS,
});

type ErrorBody = { error: { code: string; message: string } };

async function attempt(from: string, userName: string, password: string) {
  const started = performance.now();
  const res = await new ConsoleClient(server.url, from).signIn({ userName, password });
  const code = res.status === 200 ? "OK" : res.json<ErrorBody>().error.code;
  return { status: res.status, code, ms: performance.now() - started };
}

describe("sign-in throttling and lockout", () => {
  test("a user is locked out after repeated failures, the right password refused too, then let in again", async () => {
    await createUser(server, { name: "target", password: "Target-Pass-1234" });
    const seen: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const res = await attempt("127.0.0.2", "target", `Wrong-${i}`);
      seen.push(res.code);
      // Throttled: each failure is answered later than the one before.
      assert.ok(res.ms >= DELAY_MS * i - 5, `failure ${i} took ${res.ms} ms`);
    }
    assert.deepEqual(seen, ["SignInFailed", "SignInFailed", "SignInFailed"]);
    const locked = await attempt("127.0.0.3", "target", "Target-Pass-1234");
    assert.deepEqual([locked.status, locked.code], [429, "SignInLocked"]);
    await sleep(LOCKOUT_SECONDS * 1000 + 200);
    const after = await attempt("127.0.0.3", "target", "Target-Pass-1234");
    assert.equal(after.status, 200);
  });

  test("a user that does not exist locks out exactly the same way", async () => {
    const codes = async (userName: string, from: string) => {
      const out: string[] = [];
      for (let i = 0; i < 4; i++) out.push((await attempt(from, userName, `Wrong-${i}`)).code);
      return out;
    };
    await createUser(server, { name: "real-user", password: "Real-User-Pass-1" });
    const real = await codes("real-user", "127.0.0.4");
    const ghost = await codes("ghost-user", "127.0.0.5");
    assert.deepEqual(real, ["SignInFailed", "SignInFailed", "SignInFailed", "SignInLocked"]);
    assert.deepEqual(ghost, real);
  });

  test("one client address is locked out after failures across many users; other addresses are not", async () => {
    await createUser(server, { name: "bystander", password: "Bystander-Pass-1" });
    for (let i = 0; i < 6; i++) {
      assert.equal((await attempt("127.0.0.6", `sprayed-${i}`, "Guess-1234")).code, "SignInFailed");
    }
    const fromThere = await attempt("127.0.0.6", "bystander", "Bystander-Pass-1");
    assert.deepEqual([fromThere.status, fromThere.code], [429, "SignInLocked"]);
    const fromElsewhere = await attempt("127.0.0.7", "bystander", "Bystander-Pass-1");
    assert.equal(fromElsewhere.status, 200);
  });

  test("wrong MFA codes count too: the user is locked out and the pending sign-in ends", async () => {
    await createUser(server, { name: "mfa-target", password: "Mfa-Target-Pass-1" });
    const device = await enrolMfa(server, "mfa-target", "mfa-target-phone");
    const client = new ConsoleClient(server.url, "127.0.0.8");
    const first = await client.signIn({ userName: "mfa-target", password: "Mfa-Target-Pass-1" });
    assert.equal(first.json().next, "mfa");
    const wrong = device.code() === "111111" ? "222222" : "111111";
    for (let i = 0; i < 3; i++) {
      const res = await client.post("/console/api/signin/mfa", { code: wrong });
      assert.equal(res.json<ErrorBody>().error.code, "SignInFailed");
    }
    const right = await client.post("/console/api/signin/mfa", { code: device.code() });
    assert.equal(right.status, 401, "the pending sign-in was ended");
    const anew = await new ConsoleClient(server.url, "127.0.0.9").signIn({
      userName: "mfa-target",
      password: "Mfa-Target-Pass-1",
    });
    assert.deepEqual([anew.status, anew.json<ErrorBody>().error.code], [429, "SignInLocked"]);
  });

  test("a success gives its attempt back to the address, and clears the user's count", async () => {
    await createUser(server, { name: "returning", password: "Returning-Pass-1" });
    // Five failures of six from this address, then a success: still five.
    for (let i = 0; i < 5; i++) {
      assert.equal(
        (await attempt("127.0.0.10", `sprayed-r-${i}`, "Guess-1234")).code,
        "SignInFailed",
      );
    }
    assert.equal((await attempt("127.0.0.10", "returning", "Returning-Pass-1")).status, 200);
    assert.equal((await attempt("127.0.0.10", "sprayed-r-5", "Guess-1234")).code, "SignInFailed");
    assert.equal(
      (await attempt("127.0.0.10", "returning", "Returning-Pass-1")).code,
      "SignInLocked",
    );
  });

  test("wrong MFA codes sent at once: only the per-user limit's worth are checked", async () => {
    await createUser(server, { name: "mfa-burst", password: "Mfa-Burst-Pass-1" });
    const device = await enrolMfa(server, "mfa-burst", "mfa-burst-phone");
    const client = new ConsoleClient(server.url, "127.0.0.11");
    const first = await client.signIn({ userName: "mfa-burst", password: "Mfa-Burst-Pass-1" });
    assert.equal(first.json().next, "mfa");
    const now = device.code();
    const wrong = ["111111", "222222"].find((c) => c !== now && c !== device.code(-1)) as string;
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => client.post("/console/api/signin/mfa", { code: wrong })),
    );
    const checked = answers.filter((res) => res.json<ErrorBody>().error.code === "SignInFailed");
    assert.equal(checked.length, 3);
    const anew = await new ConsoleClient(server.url, "127.0.0.12").signIn({
      userName: "mfa-burst",
      password: "Mfa-Burst-Pass-1",
    });
    assert.deepEqual([anew.status, anew.json<ErrorBody>().error.code], [429, "SignInLocked"]);
  });
});
