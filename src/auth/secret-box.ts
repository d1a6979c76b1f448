/**
 * Secrets at rest (access key secrets, TOTP seeds, session keys): AES-256-GCM
 * under an operator-provided 32-byte key, a fresh random 12-byte nonce per
 * seal, sealed as the compact text
 *
 *   v1.<base64url nonce>.<base64url ciphertext ‖ 16-byte tag>
 *
 * Pure: the server reads the key file and hands the bytes here. Errors never
 * carry the plaintext, the key or the sealed text.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  randomBytes,
  timingSafeEqual,
} from "node:crypto";

export const KEY_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const VERSION = "v1";
const BASE64URL = /^[A-Za-z0-9_-]*$/;

export interface SecretBox {
  /** Encrypts UTF-8 text; each call gives a different result. */
  seal(plaintext: string): string;
  /** Decrypts what `seal` produced under the same key; throws SecretBoxError otherwise. */
  open(sealed: string): string;
}

/** A sealed value that is malformed, was altered, or was sealed under another key. */
export class SecretBoxError extends Error {
  override name = "SecretBoxError";
}

export function createSecretBox(key: Buffer): SecretBox {
  if (!Buffer.isBuffer(key) || key.length !== KEY_BYTES) {
    throw new SecretBoxError(`The secret key must be ${KEY_BYTES} bytes.`);
  }
  const k = Buffer.from(key); // our own copy: the caller may reuse or wipe theirs
  return {
    seal(plaintext: string): string {
      const nonce = randomBytes(NONCE_BYTES);
      const cipher = createCipheriv("aes-256-gcm", k, nonce);
      const body = Buffer.concat([
        cipher.update(plaintext, "utf8"),
        cipher.final(),
        cipher.getAuthTag(),
      ]);
      return `${VERSION}.${nonce.toString("base64url")}.${body.toString("base64url")}`;
    },
    open(sealed: string): string {
      const parts = typeof sealed === "string" ? sealed.split(".") : [];
      if (parts.length !== 3 || parts[0] !== VERSION) {
        throw new SecretBoxError("Sealed secret is malformed or of an unknown version.");
      }
      const [, nonceText, bodyText] = parts as [string, string, string];
      if (!BASE64URL.test(nonceText) || !BASE64URL.test(bodyText)) {
        throw new SecretBoxError("Sealed secret is malformed.");
      }
      const nonce = Buffer.from(nonceText, "base64url");
      const body = Buffer.from(bodyText, "base64url");
      // Only the canonical encoding: no second spelling of the same bytes.
      const canonical =
        nonce.toString("base64url") === nonceText && body.toString("base64url") === bodyText;
      if (!canonical || nonce.length !== NONCE_BYTES || body.length < TAG_BYTES) {
        throw new SecretBoxError("Sealed secret is malformed.");
      }
      try {
        const decipher = createDecipheriv("aes-256-gcm", k, nonce, { authTagLength: TAG_BYTES });
        decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
        const plain = Buffer.concat([
          decipher.update(body.subarray(0, body.length - TAG_BYTES)),
          decipher.final(),
        ]);
        return plain.toString("utf8");
      } catch {
        throw new SecretBoxError(
          "Sealed secret failed authentication: it was altered or sealed under another key.",
        );
      }
    },
  };
}

/** 32 random bytes. */
export function generateKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/**
 * A key written as 64 hex digits or as base64/base64url of 32 bytes
 * (surrounding whitespace ignored, as in a key file). Throws SecretBoxError,
 * without echoing the text, for anything else.
 */
export function parseKey(text: string): Buffer {
  const t = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(t)) return Buffer.from(t, "hex");
  if (/^[A-Za-z0-9+/_-]{43}={0,1}$/.test(t)) {
    const key = Buffer.from(t, t.includes("-") || t.includes("_") ? "base64url" : "base64");
    if (key.length === KEY_BYTES) return key;
  }
  throw new SecretBoxError(
    `The secret key must be ${KEY_BYTES} bytes written as 64 hex digits or as base64.`,
  );
}

/**
 * Compares two strings in time that depends on neither their contents nor
 * their lengths: both are hashed with SHA-256 and the digests compared with
 * timingSafeEqual.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const da = createHash("sha256").update(a, "utf8").digest();
  const db = createHash("sha256").update(b, "utf8").digest();
  return timingSafeEqual(da, db);
}
