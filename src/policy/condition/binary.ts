/**
 * BinaryEquals: the policy value is base64; the bytes are compared. Both sides
 * are brought to canonical base64 (decoded and encoded again), so padding and
 * the URL-safe alphabet do not matter. Text that is not base64 never matches.
 */
import type { CompiledValues } from "./compiled.js";
import { NEVER } from "./compiled.js";

export function compileBinary(values: readonly string[]): CompiledValues {
  const canon = new Set<string>();
  for (const v of values) {
    const c = canonicalBase64(v);
    if (c !== undefined) canon.add(c);
  }
  if (canon.size === 0) return { matcher: NEVER, variables: [] };
  let lastText: string | undefined;
  let lastCanon: string | undefined;
  return {
    variables: [],
    matcher: {
      matches(text) {
        if (canon.has(text)) return true;
        if (text !== lastText) {
          lastText = text;
          lastCanon = canonicalBase64(text);
        }
        return lastCanon !== undefined && canon.has(lastCanon);
      },
    },
  };
}

/** Standard padded base64 of the bytes `text` encodes, or undefined when it is not base64. */
export function canonicalBase64(text: string): string | undefined {
  let end = text.length;
  let pad = 0;
  while (end > 0 && text[end - 1] === "=" && pad < 2) {
    end--;
    pad++;
  }
  if (end % 4 === 1 || (pad > 0 && (end + pad) % 4 !== 0)) return undefined;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    const ok =
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      (c >= 48 && c <= 57) ||
      c === 43 ||
      c === 47 ||
      c === 45 ||
      c === 95;
    if (!ok) return undefined;
  }
  return Buffer.from(text.slice(0, end), "base64").toString("base64");
}
