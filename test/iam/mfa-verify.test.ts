/**
 * verifyMfaCode, as STS calls it (GetSessionToken, AssumeRole), directly
 * against a real store: devices made and enabled through the real AWS SDK,
 * codes from an authenticator (otpauth). A code counts once; wrong, replayed
 * and foreign serials are refused with AWS's AccessDenied texts.
 */
import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import { CreateUserCommand } from "@aws-sdk/client-iam";
import { verifyMfaCode } from "../../src/iam/mfa-verify.js";
import { IamError } from "../../src/model/errors.js";
import { ACCOUNT, useServer } from "../server/harness.js";
import { codeAt, createDevice, enable, PERIOD_MS, serverClock } from "../server/mfa-helpers.js";

const srv = useServer();
const clock = serverClock(srv);

const WRONG_CODE = "MultiFactorAuthentication failed with invalid MFA one time pass code. ";
const NOT_ASSOCIATED =
  "MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.";

async function userId(name: string): Promise<string> {
  const row = await srv.server.store.read((db) =>
    db.selectFrom("users").select("id").where("name", "=", name).executeTakeFirstOrThrow(),
  );
  return row.id;
}

function verify(p: { userId: string | null; serialNumber: string; code: string; now: number }) {
  const { store, services } = srv.server;
  return store.write(ACCOUNT, (tx) =>
    verifyMfaCode(tx, services.secrets, { accountId: ACCOUNT, ...p, now: new Date(p.now) }),
  );
}

async function refused(call: Promise<unknown>, message: string): Promise<void> {
  await assert.rejects(call, (err: unknown) => {
    assert.ok(err instanceof IamError);
    assert.equal(err.code, "AccessDenied");
    assert.equal(err.status, 403);
    assert.equal(err.type, "Sender");
    assert.equal(err.message, message);
    return true;
  });
}

async function deviceRow(serial: string) {
  return srv.server.store.read((db) =>
    db.selectFrom("mfa_devices").selectAll().where("serial", "=", serial).executeTakeFirstOrThrow(),
  );
}

describe("verifyMfaCode", () => {
  beforeEach(async () => {
    await srv.reset();
    await srv.iam().send(new CreateUserCommand({ UserName: "alice" }));
    await srv.iam().send(new CreateUserCommand({ UserName: "bob" }));
  });

  test("a fresh code passes once and records its step and the last use", async () => {
    const iam = srv.iam();
    const d = await createDevice(iam, "phone");
    const t0 = clock.at(0);
    await enable(iam, "alice", d, t0);
    const alice = await userId("alice");
    const t1 = t0 + PERIOD_MS;
    await verify({ userId: alice, serialNumber: d.serial, code: codeAt(d.seed, t1), now: t1 });
    const row = await deviceRow(d.serial);
    assert.equal(row.last_step, Math.floor(t1 / PERIOD_MS));
    assert.equal(row.last_used_at, new Date(t1).toISOString());
    // The same code again, even a little later: a replay.
    await refused(
      verify({ userId: alice, serialNumber: d.serial, code: codeAt(d.seed, t1), now: t1 + 10_000 }),
      WRONG_CODE,
    );
    // The next period's code passes.
    const t2 = t1 + PERIOD_MS;
    await verify({ userId: alice, serialNumber: d.serial, code: codeAt(d.seed, t2), now: t2 });
  });

  test("codes used to enable the device do not count again", async () => {
    const iam = srv.iam();
    const d = await createDevice(iam, "phone");
    const t0 = clock.at(0);
    await enable(iam, "alice", d, t0);
    const alice = await userId("alice");
    for (const code of [codeAt(d.seed, t0), codeAt(d.seed, t0 - PERIOD_MS)]) {
      await refused(verify({ userId: alice, serialNumber: d.serial, code, now: t0 }), WRONG_CODE);
    }
  });

  test("one step of drift either way; a wrong or malformed code is refused and records nothing", async () => {
    const iam = srv.iam();
    const d = await createDevice(iam, "phone");
    const t0 = clock.at(0);
    await enable(iam, "alice", d, t0);
    const alice = await userId("alice");
    const now = t0 + 3 * PERIOD_MS;
    const before = await deviceRow(d.serial);
    const wrong = codeAt(d.seed, now) === "000000" ? "000001" : "000000";
    for (const code of [wrong, "12345", "1234567", "abcdef", ""]) {
      await refused(verify({ userId: alice, serialNumber: d.serial, code, now }), WRONG_CODE);
    }
    // Two steps behind: outside the window (unless it happens to equal a code inside it).
    const stale = codeAt(d.seed, now - 2 * PERIOD_MS);
    const inWindow = [-1, 0, 1].map((k) => codeAt(d.seed, now + k * PERIOD_MS));
    if (!inWindow.includes(stale)) {
      await refused(
        verify({ userId: alice, serialNumber: d.serial, code: stale, now }),
        WRONG_CODE,
      );
    }
    assert.deepEqual(await deviceRow(d.serial), before);
    // A device clock one step ahead.
    const ahead = codeAt(d.seed, now + PERIOD_MS);
    await verify({ userId: alice, serialNumber: d.serial, code: ahead, now });
    assert.equal((await deviceRow(d.serial)).last_step, Math.floor(now / PERIOD_MS) + 1);
  });

  test("the root user's device, with userId null", async () => {
    const iam = srv.iam();
    const d = await createDevice(iam, "root-account-mfa-device");
    const t0 = clock.at(0);
    await enable(iam, ACCOUNT, d, t0);
    const t1 = t0 + PERIOD_MS;
    await verify({ userId: null, serialNumber: d.serial, code: codeAt(d.seed, t1), now: t1 });
    // Not alice's.
    const t2 = t1 + PERIOD_MS;
    await refused(
      verify({
        userId: await userId("alice"),
        serialNumber: d.serial,
        code: codeAt(d.seed, t2),
        now: t2,
      }),
      NOT_ASSOCIATED,
    );
  });

  test("a serial that is no enabled device of the caller: AWS's 'unable to validate' denial", async () => {
    const iam = srv.iam();
    const mine = await createDevice(iam, "alice-phone");
    const unassigned = await createDevice(iam, "drawer");
    const t0 = clock.at(0);
    await enable(iam, "alice", mine, t0);
    const t1 = t0 + PERIOD_MS;
    const alice = await userId("alice");
    const bob = await userId("bob");
    const cases: [string | null, string, string][] = [
      [bob, mine.serial, codeAt(mine.seed, t1)], // another user's device
      [null, mine.serial, codeAt(mine.seed, t1)], // the root user is not alice
      [alice, unassigned.serial, codeAt(unassigned.seed, t1)], // enabled for no one
      [alice, `arn:aws:iam::${ACCOUNT}:mfa/nope`, "123456"], // unknown
      [alice, `arn:aws:iam::${ACCOUNT}:user/alice`, "123456"], // a user ARN as the serial
      [alice, "arn:aws:iam::999999999999:mfa/alice-phone", codeAt(mine.seed, t1)], // another account
    ];
    for (const [who, serialNumber, code] of cases) {
      await refused(verify({ userId: who, serialNumber, code, now: t1 }), NOT_ASSOCIATED);
    }
    // None of that used alice's code.
    await verify({
      userId: alice,
      serialNumber: mine.serial,
      code: codeAt(mine.seed, t1),
      now: t1,
    });
  });
});
