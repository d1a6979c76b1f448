import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { hashPassword, PASSWORD_HASH_OPTIONS, verifyPassword } from "../../src/auth/password.js";

describe("console password hashing", () => {
  test("argon2id with OWASP's parameters, as a PHC string", async () => {
    const hashed = await hashPassword("Correct-Horse-1");
    assert.match(
      hashed,
      /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/,
    );
    assert.ok(!hashed.includes("Correct-Horse-1"));
    assert.deepEqual(
      { m: PASSWORD_HASH_OPTIONS.memoryCost, t: PASSWORD_HASH_OPTIONS.timeCost },
      { m: 19456, t: 2 },
    );
  });

  test("a fresh salt each time; verification accepts only the same password", async () => {
    const a = await hashPassword("same password");
    const b = await hashPassword("same password");
    assert.notEqual(a, b);
    assert.equal(await verifyPassword(a, "same password"), true);
    assert.equal(await verifyPassword(b, "same password"), true);
    assert.equal(await verifyPassword(a, "same passworD"), false);
    assert.equal(await verifyPassword(a, ""), false);
  });

  test("Latin-1 characters, tabs and newlines are kept exactly", async () => {
    const password = "Ünïcödé\t€\nÿ";
    const hashed = await hashPassword(password);
    assert.equal(await verifyPassword(hashed, password), true);
    assert.equal(await verifyPassword(hashed, "Unicode\t€\nÿ"), false);
  });

  test("a malformed hash verifies nothing and does not throw", async () => {
    assert.equal(await verifyPassword("not a hash", "x"), false);
    assert.equal(await verifyPassword("$argon2id$v=19$m=19456,t=2,p=1$bad", "x"), false);
  });
});
