/**
 * Text Gatehouse takes in: whatever a request carries (form parameters,
 * markers, JSON bodies, tokens' claims) must be text the stores can hold
 * and compare: valid UTF-8, no NUL (PostgreSQL's text refuses U+0000), no
 * lone UTF-16 surrogates (the drivers would write them as U+FFFD, so the
 * value stored or looked up would not be the one sent). Every entry point
 * checks with these before anything reaches a store.
 */

const strictDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The bytes as text, or undefined when they are not valid UTF-8 (overlong, surrogates, cut). */
export function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** A high surrogate not followed by a low one, or a low one not after a high one. */
export const LONE_SURROGATE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a string is text the stores hold as sent: no NUL, no lone surrogate. */
export function isStorableText(text: string): boolean {
  return !text.includes("\u0000") && !LONE_SURROGATE.test(text);
}

/** Whether every string in a JSON value, object keys included, is storable text. */
export function isStorableJson(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return isStorableText(value);
  if (typeof value !== "object" || value === null) return true;
  // JSON.parse nests as deep as its input; a value this deep is refused anyway.
  if (depth > 256) return false;
  if (Array.isArray(value)) return value.every((v) => isStorableJson(v, depth + 1));
  return Object.entries(value).every(([k, v]) => isStorableText(k) && isStorableJson(v, depth + 1));
}
