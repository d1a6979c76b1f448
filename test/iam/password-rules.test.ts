import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import {
  checkPassword,
  failedRuleText,
  generatePassword,
  GENERATED_LENGTH,
  LOWERCASE,
  NUMBERS,
  passwordExpiresAt,
  passwordState,
  SYMBOLS,
  UPPERCASE,
  type PasswordPolicy,
} from "../../src/iam/password-rules.js";

const policy = (over: Partial<PasswordPolicy> = {}): PasswordPolicy => ({
  minimumLength: 6,
  requireSymbols: false,
  requireNumbers: false,
  requireUppercase: false,
  requireLowercase: false,
  allowUsersToChange: false,
  maxAgeDays: undefined,
  reusePrevention: undefined,
  hardExpiry: false,
  ...over,
});

const strict = policy({
  minimumLength: 12,
  requireSymbols: true,
  requireNumbers: true,
  requireUppercase: true,
  requireLowercase: true,
});

describe("checkPassword", () => {
  test("a policy's rules, each reported once, in a fixed order", () => {
    assert.deepEqual(checkPassword("short", strict), [
      "minimumLength",
      "uppercase",
      "numbers",
      "symbols",
    ]);
    assert.deepEqual(checkPassword("ALLUPPERCASE1!", strict), ["lowercase"]);
    assert.deepEqual(checkPassword("Abcdefghij1!", strict), []);
    assert.deepEqual(checkPassword("abcdef", policy()), []);
    assert.deepEqual(checkPassword("abcde", policy()), ["minimumLength"]);
  });

  test("symbols are AWS's listed ones only", () => {
    const symbols = policy({ requireSymbols: true });
    for (const c of SYMBOLS) assert.deepEqual(checkPassword(`abcdef${c}`, symbols), []);
    for (const c of [".", "~", "?", " ", "é", "\t"]) {
      assert.deepEqual(checkPassword(`abcdef${c}`, symbols), ["symbols"], c);
    }
  });

  test("length counts characters, not UTF-16 units", () => {
    assert.deepEqual(checkPassword("ÿÿÿÿÿÿ", policy()), []);
  });

  test("no policy: AWS's default — 8 characters and three of the four types", () => {
    assert.deepEqual(checkPassword("Abcdef1!", undefined), []);
    assert.deepEqual(checkPassword("Abcdefg1", undefined), []);
    assert.deepEqual(checkPassword("abcdefg1", undefined), ["characterTypes"]);
    assert.deepEqual(checkPassword("Ab1!", undefined), ["minimumLength"]);
    assert.deepEqual(checkPassword("abc", undefined), ["minimumLength", "characterTypes"]);
  });

  test("each failed rule in words", () => {
    assert.equal(
      failedRuleText("minimumLength", strict),
      "Password should have a minimum length of 12",
    );
    assert.equal(
      failedRuleText("minimumLength", undefined),
      "Password should have a minimum length of 8",
    );
    assert.equal(
      failedRuleText("uppercase", strict),
      "Password should have at least one uppercase letter",
    );
    assert.equal(failedRuleText("symbols", strict), "Password should have at least one symbol");
    assert.match(
      failedRuleText("characterTypes", undefined),
      /at least 3 of these character types/,
    );
  });
});

describe("generatePassword", () => {
  const policies = fc.record({
    minimumLength: fc.integer({ min: 6, max: 128 }),
    requireSymbols: fc.boolean(),
    requireNumbers: fc.boolean(),
    requireUppercase: fc.boolean(),
    requireLowercase: fc.boolean(),
    allowUsersToChange: fc.boolean(),
    maxAgeDays: fc.option(fc.integer({ min: 1, max: 1095 }), { nil: undefined }),
    reusePrevention: fc.option(fc.integer({ min: 1, max: 24 }), { nil: undefined }),
    hardExpiry: fc.boolean(),
  });

  test("always satisfies any valid policy", () => {
    fc.assert(
      fc.property(policies, fc.option(fc.integer({ min: 1, max: 200 })), (p, length) => {
        const password = generatePassword(p, length ?? undefined);
        assert.deepEqual(checkPassword(password, p), []);
        assert.ok(password.length >= p.minimumLength && password.length <= 128);
      }),
      { numRuns: 500 },
    );
  });

  test("satisfies AWS's default rules without a policy", () => {
    for (let i = 0; i < 200; i++) {
      const password = generatePassword(undefined);
      assert.deepEqual(checkPassword(password, undefined), []);
      assert.equal(password.length, GENERATED_LENGTH);
      for (const set of [UPPERCASE, LOWERCASE, NUMBERS, SYMBOLS]) {
        assert.ok([...password].some((c) => set.includes(c)));
      }
    }
  });

  test("random: no two alike", () => {
    const seen = new Set(Array.from({ length: 100 }, () => generatePassword(strict)));
    assert.equal(seen.size, 100);
  });
});

describe("expiry", () => {
  const changed = new Date("2026-01-01T00:00:00.000Z");
  const day = 24 * 60 * 60 * 1000;

  test("MaxPasswordAge days after the password was set; never without it", () => {
    assert.equal(
      passwordExpiresAt(policy({ maxAgeDays: 90 }), changed)?.toISOString(),
      "2026-04-01T00:00:00.000Z",
    );
    assert.equal(passwordExpiresAt(policy(), changed), undefined);
    assert.equal(passwordExpiresAt(undefined, changed), undefined);
  });

  test("expired: the user must change it; under HardExpiry only an administrator can", () => {
    const soft = policy({ maxAgeDays: 30 });
    const hard = policy({ maxAgeDays: 30, hardExpiry: true });
    const before = new Date(changed.getTime() + 30 * day - 1);
    const at = new Date(changed.getTime() + 30 * day);
    assert.deepEqual(passwordState(soft, changed, false, before), {
      expiresAt: at,
      expired: false,
      mustChange: false,
      adminResetRequired: false,
    });
    assert.deepEqual(passwordState(soft, changed, false, at), {
      expiresAt: at,
      expired: true,
      mustChange: true,
      adminResetRequired: false,
    });
    assert.deepEqual(passwordState(hard, changed, false, at), {
      expiresAt: at,
      expired: true,
      mustChange: false,
      adminResetRequired: true,
    });
  });

  test("PasswordResetRequired means a change at sign-in, expired or not", () => {
    assert.deepEqual(passwordState(undefined, changed, true, changed), {
      expiresAt: undefined,
      expired: false,
      mustChange: true,
      adminResetRequired: false,
    });
  });
});
