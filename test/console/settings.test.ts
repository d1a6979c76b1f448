/** The console's options (each also an environment variable) and the root user's stored password. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseConfig } from "../../src/server/config.js";
import { consoleSettings } from "../../src/server/console/settings.js";
import { ensureRootPassword, rootPasswordHash } from "../../src/iam/root-password.js";
import { verifyPassword } from "../../src/auth/password.js";
import { openStore } from "../../src/store/index.js";
import { ACCOUNT } from "./harness.js";

describe("console options", () => {
  test("defaults, options and environment variables", () => {
    const defaults = parseConfig([], {});
    assert.ok(!("error" in defaults));
    assert.deepEqual((({ dir: _dir, ...rest }) => rest)(consoleSettings(defaults)), {
      idleTimeoutSeconds: 3600,
      lifetimeSeconds: 43200,
      pendingSeconds: 300,
      maxFailuresPerUser: 5,
      maxFailuresPerAddress: 20,
      lockoutSeconds: 900,
      failureDelayMs: 250,
    });
    const given = parseConfig(
      ["--console-idle-timeout", "600", "--sign-in-max-failures=3", "--sign-in-lockout", "60"],
      {
        GATEHOUSE_CONSOLE_SESSION_LIFETIME: "120",
        GATEHOUSE_SIGN_IN_MAX_FAILURES_PER_ADDRESS: "50",
        GATEHOUSE_SIGN_IN_FAILURE_DELAY: "10",
        GATEHOUSE_SIGN_IN_MAX_FAILURES: "9",
      },
    );
    assert.ok(!("error" in given));
    const settings = consoleSettings(given);
    assert.equal(settings.idleTimeoutSeconds, 600);
    assert.equal(settings.lifetimeSeconds, 120);
    assert.equal(settings.pendingSeconds, 120, "never longer than the session's lifetime");
    assert.equal(settings.maxFailuresPerUser, 3, "the option wins over the environment");
    assert.equal(settings.maxFailuresPerAddress, 50);
    assert.equal(settings.lockoutSeconds, 60);
    assert.equal(settings.failureDelayMs, 10);
  });

  test("a count that is not a whole number of 1 or more is refused", () => {
    for (const value of ["0", "-1", "1.5", "ten", ""]) {
      const result = parseConfig([`--sign-in-lockout=${value}`], {});
      assert.ok("error" in result, value);
      assert.match(result.error, /--sign-in-lockout must be a whole number/);
    }
  });
});

describe("the root user's console password", () => {
  test("is kept as an argon2id hash, replaced only when a start brings another", async () => {
    const store = await openStore({ ephemeral: true });
    try {
      await store.write(ACCOUNT, (tx) =>
        tx
          .insertInto("accounts")
          .values({ id: ACCOUNT, created_at: new Date().toISOString() })
          .execute(),
      );
      assert.equal(await store.read((db) => rootPasswordHash(db, ACCOUNT)), undefined);
      await ensureRootPassword(store, ACCOUNT, "First-Root-Pass-1", new Date());
      const first = await store.read((db) => rootPasswordHash(db, ACCOUNT));
      assert.match(first ?? "", /^\$argon2id\$/);
      assert.ok(await verifyPassword(first ?? "", "First-Root-Pass-1"));
      await ensureRootPassword(store, ACCOUNT, "First-Root-Pass-1", new Date());
      assert.equal(await store.read((db) => rootPasswordHash(db, ACCOUNT)), first);
      await ensureRootPassword(store, ACCOUNT, "Second-Root-Pass-2", new Date());
      const second = await store.read((db) => rootPasswordHash(db, ACCOUNT));
      assert.ok(await verifyPassword(second ?? "", "Second-Root-Pass-2"));
      assert.ok(!(await verifyPassword(second ?? "", "First-Root-Pass-1")));
    } finally {
      await store.close();
    }
  });
});
