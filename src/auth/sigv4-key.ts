/**
 * SigV4 signing keys and signatures, with a small LRU cache of derived keys
 * so that a known secret costs one HMAC chain per new day, region and service.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

const MAX_CACHED_KEYS = 1024;
const cache = new Map<string, Buffer>();

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac("sha256", key).update(data, "utf8").digest();
}

/** kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, day), region), service), "aws4_request"). */
export function deriveSigningKey(secret: string, day: string, region: string, service: string) {
  const kDate = hmac("AWS4" + secret, day);
  const kRegion = hmac(kDate, region);
  const kService = hmac(kRegion, service);
  return hmac(kService, "aws4_request");
}

/** The signing key, from the cache when this secret was seen for this scope lately. */
export function signingKey(secret: string, day: string, region: string, service: string): Buffer {
  const id = `${day}\n${region}\n${service}\n${secret}`;
  const hit = cache.get(id);
  if (hit) {
    cache.delete(id);
    cache.set(id, hit);
    return hit;
  }
  const key = deriveSigningKey(secret, day, region, service);
  cache.set(id, key);
  if (cache.size > MAX_CACHED_KEYS) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  return key;
}

/** Forgets every cached signing key (for instance after a secret was rotated). */
export function clearSigningKeyCache(): void {
  cache.clear();
}

/** Hex HMAC-SHA256 of the string to sign. */
export function signature(key: Buffer, stringToSign: string): string {
  return hmac(key, stringToSign).toString("hex");
}

const HEX_SIGNATURE = /^[0-9a-fA-F]{64}$/;

/**
 * Whether the provided signature (hex, any case) is the string to sign's,
 * compared as bytes in constant time.
 */
export function sameSignature(provided: string, key: Buffer, stringToSign: string): boolean {
  const computed = createHmac("sha256", key).update(stringToSign, "utf8").digest();
  if (!HEX_SIGNATURE.test(provided)) return false;
  return timingSafeEqual(Buffer.from(provided, "hex"), computed);
}
