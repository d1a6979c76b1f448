/**
 * IMDSv2 session tokens: opaque to callers, checked without any stored state.
 * A token is base64url of 8 bytes of expiry (seconds since the epoch), 16
 * random bytes and an HMAC-SHA256 of those under a key the agent draws at
 * start (so tokens do not outlive the agent, as they do not outlive an
 * instance's metadata service).
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const MIN_TOKEN_TTL = 1;
export const MAX_TOKEN_TTL = 21_600;

const BODY_BYTES = 8 + 16;
const MAC_BYTES = 32;

export class ImdsTokens {
  private readonly key = randomBytes(32);

  constructor(private readonly now: () => number = Date.now) {}

  private mac(body: Buffer): Buffer {
    return createHmac("sha256", this.key).update(body).digest();
  }

  /** A token valid for ttlSeconds (1–21600, checked by the caller). */
  issue(ttlSeconds: number): string {
    const body = Buffer.alloc(BODY_BYTES);
    body.writeBigUInt64BE(BigInt(Math.floor(this.now() / 1000) + ttlSeconds), 0);
    randomBytes(16).copy(body, 8);
    return Buffer.concat([body, this.mac(body)]).toString("base64url");
  }

  /** Whether the token is one of ours and has not expired. */
  valid(token: string): boolean {
    if (!/^[A-Za-z0-9_-]{75}$/.test(token)) return false;
    const raw = Buffer.from(token, "base64url");
    if (raw.length !== BODY_BYTES + MAC_BYTES) return false;
    const body = raw.subarray(0, BODY_BYTES);
    if (!timingSafeEqual(raw.subarray(BODY_BYTES), this.mac(body))) return false;
    return Number(body.readBigUInt64BE(0)) * 1000 > this.now();
  }
}

/** The TTL header's value as a number of seconds, or undefined when missing or out of range. */
export function parseTokenTtl(header: string | string[] | undefined): number | undefined {
  if (typeof header !== "string" || !/^\d{1,6}$/.test(header.trim())) return undefined;
  const ttl = Number(header.trim());
  return ttl >= MIN_TOKEN_TTL && ttl <= MAX_TOKEN_TTL ? ttl : undefined;
}
