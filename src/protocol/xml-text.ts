/**
 * The text of scalar values in Query XML responses: escaping, timestamps,
 * and IAM's URL-encoded policy documents.
 */

/** Characters needing work in element text: markup, CR, and what XML 1.0 forbids. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>\r\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Escapes text for element content (quotes need no escaping there). `&`, `<`, `>` become entities; CR becomes `&#xD;` so parsers do not fold it
 * into LF; characters XML 1.0 cannot carry at all (controls other than tab,
 * LF and CR; U+FFFE, U+FFFF; unpaired surrogates) become U+FFFD.
 */
export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  let out = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let replacement: string | undefined;
    if (code === 0x26) replacement = "&amp;";
    else if (code === 0x3c) replacement = "&lt;";
    else if (code === 0x3e) replacement = "&gt;";
    else if (code === 0x0d) replacement = "&#xD;";
    else if (code < 0x20) replacement = code === 0x09 || code === 0x0a ? undefined : "\uFFFD";
    else if (code === 0xfffe || code === 0xffff) replacement = "\uFFFD";
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff)
        i++; // a pair: keep both halves
      else replacement = "\uFFFD";
    } else if (code >= 0xdc00 && code <= 0xdfff) replacement = "\uFFFD";
    if (replacement !== undefined) {
      out += text.slice(start, i) + replacement;
      start = i + 1;
    }
  }
  return out + text.slice(start);
}

/**
 * An instant as IAM and STS write it: ISO 8601 UTC to the whole second,
 * `2013-10-02T17:01:44Z` (milliseconds are dropped, not rounded).
 */
export function formatTimestamp(value: Date | number | string): string {
  // The store's own form ("2013-10-02T17:01:44.123Z" or without the fraction): cut, not parsed.
  if (typeof value === "string" && STORED_UTC.test(value)) return value.slice(0, 19) + "Z";
  const date = value instanceof Date ? value : new Date(value);
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new TypeError(`not a timestamp: ${String(value)}`);
  const iso = new Date(ms - (((ms % 1000) + 1000) % 1000)).toISOString();
  // "2013-10-02T17:01:44.000Z"; years outside 0000-9999 have a sign and six digits.
  return iso.slice(0, -5) + "Z";
}

/** An ISO 8601 UTC instant with a four-digit year, seconds, and any fraction. */
const STORED_UTC =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?Z$/;

const RFC3986_EXTRA = /[!'()*]/g;

function percent(ch: string): string {
  return "%" + ch.charCodeAt(0).toString(16).toUpperCase();
}

/**
 * A policy document as IAM returns it: percent-encoded UTF-8 with only the
 * RFC 3986 unreserved characters (A-Z a-z 0-9 - _ . ~) left as they are, so
 * `*` is `%2A` and a space `%20` (as in real GetRolePolicy and
 * GetAccountAuthorizationDetails answers). Unpaired surrogates become U+FFFD.
 */
export function encodePolicyDocument(text: string): string {
  let encoded: string;
  try {
    encoded = encodeURIComponent(text);
  } catch {
    encoded = encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, wellFormedSurrogate));
  }
  return encoded.replace(RFC3986_EXTRA, percent);
}

/** Used through String.replace on every surrogate: keeps pairs, replaces lone halves. */
function wellFormedSurrogate(ch: string, offset: number, whole: string): string {
  const code = ch.charCodeAt(0);
  if (code <= 0xdbff) {
    const next = whole.charCodeAt(offset + 1);
    return next >= 0xdc00 && next <= 0xdfff ? ch : "\uFFFD";
  }
  const prev = whole.charCodeAt(offset - 1);
  return prev >= 0xd800 && prev <= 0xdbff ? ch : "\uFFFD";
}
