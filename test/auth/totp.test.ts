/**
 * TOTP as virtual MFA devices use it: RFC 6238's SHA-1 test vectors (8
 * digits, through the same HMAC path as the 6-digit codes), AWS's seed form,
 * the ±1-step window, consecutive codes, and codes of the wrong form.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Secret, TOTP } from "otpauth";
import {
  DIGITS,
  PERIOD_SECONDS,
  generateSeed,
  matchConsecutive,
  matchStep,
  stepAt,
  totpCode,
} from "../../src/auth/totp.js";
import { otpauthUri, qrCodePng } from "../../src/auth/totp-qr.js";

/** RFC 6238 appendix B: the SHA-1 seed is the ASCII "12345678901234567890". */
const RFC_SEED = Secret.fromLatin1("12345678901234567890").base32;
const RFC_VECTORS: [seconds: number, code: string][] = [
  [59, "94287082"],
  [1111111109, "07081804"],
  [1111111111, "14050471"],
  [1234567890, "89005924"],
  [2000000000, "69279037"],
  [20000000000, "65353130"],
];

describe("TOTP codes", () => {
  test("RFC 6238's SHA-1 test vectors (8 digits)", () => {
    for (const [seconds, code] of RFC_VECTORS) {
      assert.equal(totpCode(RFC_SEED, stepAt(seconds * 1000), 8), code, `T=${seconds}`);
    }
  });

  test("6-digit codes are the vectors' last six digits, as RFC 4226 truncation gives", () => {
    for (const [seconds, code] of RFC_VECTORS) {
      assert.equal(totpCode(RFC_SEED, stepAt(seconds * 1000)), code.slice(-6));
    }
    assert.equal(DIGITS, 6);
    assert.equal(PERIOD_SECONDS, 30);
  });

  test("an independent authenticator (otpauth's TOTP object) computes the same codes", () => {
    const seed = generateSeed();
    const app = new TOTP({ secret: Secret.fromBase32(seed) });
    for (const t of [0, 29_999, 30_000, Date.now()]) {
      assert.equal(totpCode(seed, stepAt(t)), app.generate({ timestamp: t }));
    }
  });

  test("steps are whole 30-second periods since the epoch", () => {
    assert.equal(stepAt(0), 0);
    assert.equal(stepAt(29_999), 0);
    assert.equal(stepAt(30_000), 1);
    assert.equal(stepAt(new Date(59_000)), 1);
  });
});

describe("seeds", () => {
  test("AWS's form: 64 base32 characters, 40 random bytes, never the same twice", () => {
    const seeds = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const seed = generateSeed();
      assert.match(seed, /^[A-Z2-7]{64}$/);
      assert.equal(Secret.fromBase32(seed).bytes.length, 40);
      seeds.add(seed);
    }
    assert.equal(seeds.size, 20);
  });
});

describe("matching a code", () => {
  const seed = generateSeed();
  const now = Date.UTC(2026, 0, 15, 12, 0, 10);
  const step = stepAt(now);

  test("the current step, and one either side (clock drift)", () => {
    assert.equal(matchStep(seed, totpCode(seed, step), now), step);
    assert.equal(matchStep(seed, totpCode(seed, step - 1), now), step - 1);
    assert.equal(matchStep(seed, totpCode(seed, step + 1), now), step + 1);
  });

  test("two steps away is outside the window", () => {
    const early = totpCode(seed, step - 2);
    const late = totpCode(seed, step + 2);
    // A code may coincide with one inside the window (one chance in a million each).
    if (![step - 1, step, step + 1].some((s) => totpCode(seed, s) === early)) {
      assert.equal(matchStep(seed, early, now), undefined);
    }
    if (![step - 1, step, step + 1].some((s) => totpCode(seed, s) === late)) {
      assert.equal(matchStep(seed, late, now), undefined);
    }
    assert.equal(matchStep(seed, late, now, 2), step + 2);
  });

  test("codes of the wrong form never match", () => {
    const code = totpCode(seed, step);
    for (const bad of [
      "",
      code.slice(1),
      `${code}0`,
      ` ${code}`,
      "abcdef",
      `0${code}`.slice(0, 5),
    ]) {
      assert.equal(matchStep(seed, bad, now), undefined, JSON.stringify(bad));
    }
  });

  test("another seed's code does not match (but for chance)", () => {
    const other = generateSeed();
    const code = totpCode(other, step);
    const coincide = [step - 1, step, step + 1].some((s) => totpCode(seed, s) === code);
    if (!coincide) assert.equal(matchStep(seed, code, now), undefined);
  });
});

describe("consecutive codes (EnableMFADevice, ResyncMFADevice)", () => {
  const seed = generateSeed();
  const now = Date.UTC(2026, 0, 15, 12, 0, 10);
  const step = stepAt(now);
  const at = (s: number) => totpCode(seed, s);

  test("the previous and the current code", () => {
    assert.deepEqual(matchConsecutive(seed, at(step - 1), at(step), now), {
      first: step - 1,
      second: step,
    });
  });

  test("a pair ending one step either side of now", () => {
    assert.deepEqual(matchConsecutive(seed, at(step - 2), at(step - 1), now)?.second, step - 1);
    assert.deepEqual(matchConsecutive(seed, at(step), at(step + 1), now)?.second, step + 1);
  });

  test("refused: swapped, the same code twice, not consecutive, too old", () => {
    assert.equal(matchConsecutive(seed, at(step), at(step - 1), now), undefined);
    if (at(step) !== at(step - 1)) {
      assert.equal(matchConsecutive(seed, at(step), at(step), now), undefined);
    }
    assert.equal(matchConsecutive(seed, at(step - 2), at(step), now), undefined);
    assert.equal(matchConsecutive(seed, at(step - 3), at(step - 2), now), undefined);
  });
});

describe("the enrolment QR code", () => {
  test("AWS's URI form with Gatehouse as the issuer", () => {
    assert.equal(
      otpauthUri("JBSWY3DPEHPK3PXP", "my-device@123456789012"),
      "otpauth://totp/Gatehouse:my-device@123456789012?secret=JBSWY3DPEHPK3PXP&issuer=Gatehouse",
    );
    // "+" would read as a space; "=" and "," are escaped too; "@" stays.
    assert.equal(
      otpauthUri("AB", "a+b=c,d@my-alias"),
      "otpauth://totp/Gatehouse:a%2Bb%3Dc%2Cd@my-alias?secret=AB&issuer=Gatehouse",
    );
  });

  test("a PNG, the same bytes for the same URI", async () => {
    const uri = otpauthUri(generateSeed(), "d@123456789012");
    const png = await qrCodePng(uri);
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.deepEqual(await qrCodePng(uri), png);
    assert.notDeepEqual(await qrCodePng(`${uri}x`), png);
  });
});
