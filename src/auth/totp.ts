/**
 * Time-based one-time passwords (RFC 6238) as AWS's virtual MFA devices use
 * them: HMAC-SHA-1, 6 digits, 30-second steps counted from the Unix epoch,
 * over a seed AWS hands out as base32 text (`Base32StringSeed`: 40 random
 * bytes, 64 characters). The HMAC and truncation are otpauth's (RFC 4226).
 *
 * A code is checked against every step of a small window around now (±1
 * step: a device's clock may drift half a minute either way), always all of
 * them, each compared in constant time, so the answer's timing tells nothing
 * of which step (if any) matched. Pure: `now` is given, nothing is stored;
 * callers keep the last accepted step so that a code counts once.
 */
import { HOTP, Secret } from "otpauth";
import { constantTimeEqual } from "./secret-box.js";

export const PERIOD_SECONDS = 30;
export const DIGITS = 6;
/** Random bytes in a seed: AWS's seeds are 64 base32 characters, 40 bytes. */
export const SEED_BYTES = 40;
/** Steps either side of now a code may be for. */
export const DRIFT_STEPS = 1;

/** A fresh random seed, as base32 text (64 characters, no padding). */
export function generateSeed(): string {
  return new Secret({ size: SEED_BYTES }).base32;
}

/** The step `now` falls in: whole periods since the Unix epoch. */
export function stepAt(now: Date | number): number {
  const ms = typeof now === "number" ? now : now.getTime();
  return Math.floor(ms / 1000 / PERIOD_SECONDS);
}

/** The code for one step (`digits` other than 6 only for RFC 6238's test vectors). */
export function totpCode(seed: string, step: number, digits: number = DIGITS): string {
  return HOTP.generate({
    secret: Secret.fromBase32(seed),
    algorithm: "SHA1",
    digits,
    counter: step,
  });
}

/** The steps a code may be for at `now`, oldest first. */
function windowSteps(now: Date | number, window: number): number[] {
  const current = stepAt(now);
  const steps: number[] = [];
  for (let s = current - window; s <= current + window; s++) steps.push(s);
  return steps;
}

/**
 * The step within ±`window` of now whose code is `code`, or undefined. Every
 * step of the window is computed and compared (constant time each); should
 * two match, the later wins.
 */
export function matchStep(
  seed: string,
  code: string,
  now: Date | number,
  window: number = DRIFT_STEPS,
): number | undefined {
  let found: number | undefined;
  for (const step of windowSteps(now, window)) {
    if (constantTimeEqual(totpCode(seed, step), code)) found = step;
  }
  return found;
}

/**
 * Two consecutive codes, as EnableMFADevice and ResyncMFADevice take them:
 * `code1` for a step s and `code2` for s + 1, with s + 1 within ±`window` of
 * now. Answers both steps (the later one wins should several pairs match), or
 * undefined when no pair does.
 */
export function matchConsecutive(
  seed: string,
  code1: string,
  code2: string,
  now: Date | number,
  window: number = DRIFT_STEPS,
): { first: number; second: number } | undefined {
  let found: { first: number; second: number } | undefined;
  for (const second of windowSteps(now, window)) {
    const firstMatches = constantTimeEqual(totpCode(seed, second - 1), code1);
    const secondMatches = constantTimeEqual(totpCode(seed, second), code2);
    if (firstMatches && secondMatches) found = { first: second - 1, second };
  }
  return found;
}
