/**
 * The SigV4 canonical request and string to sign, as AWS specifies them
 * ("Create a canonical request for Signature Version 4"), for services other
 * than S3: the path is normalized and encoded once more on top of what was
 * received (the "double encoding" every SDK applies to non-S3 services).
 * Pure functions over strings and bytes; nothing here throws on bad input.
 */
import * as crypto from "node:crypto";

export const ALGORITHM = "AWS4-HMAC-SHA256";

/** Header values as a Node server hands them over. */
export type HeaderMap = Readonly<Record<string, string | readonly string[] | undefined>>;

/** One query parameter, name and value percent-decoded to bytes and re-encoded. */
export interface QueryParam {
  /** Decoded name (UTF-8 text), for lookups such as "X-Amz-Signature". */
  name: string;
  /** Decoded value (UTF-8 text). */
  value: string;
  /** Canonical encodings (RFC 3986 unreserved characters left as they are). */
  encodedName: string;
  encodedValue: string;
}

const HEX = "0123456789ABCDEF";

function isUnreserved(byte: number): boolean {
  return (
    (byte >= 0x41 && byte <= 0x5a) || // A-Z
    (byte >= 0x61 && byte <= 0x7a) || // a-z
    (byte >= 0x30 && byte <= 0x39) || // 0-9
    byte === 0x2d || // -
    byte === 0x2e || // .
    byte === 0x5f || // _
    byte === 0x7e // ~
  );
}

/** Percent-encodes every byte but the RFC 3986 unreserved ones (and "/" when asked). */
export function uriEncodeBytes(bytes: Uint8Array, keepSlash = false): string {
  let out = "";
  for (const byte of bytes) {
    if (isUnreserved(byte) || (keepSlash && byte === 0x2f)) {
      out += String.fromCharCode(byte);
    } else {
      out += "%" + HEX[byte >> 4] + HEX[byte & 15];
    }
  }
  return out;
}

/** UTF-8 encodes the text (lone surrogates become U+FFFD), then percent-encodes. */
export function uriEncode(text: string, keepSlash = false): string {
  return uriEncodeBytes(Buffer.from(text, "utf8"), keepSlash);
}

/**
 * Removes "." and ".." segments and empty segments (so "//a//" is "/a/"), as
 * the AWS SDKs and the AWS test suite do for every service but S3.
 */
export function normalizePath(path: string): string {
  const segments: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  const lead = path.startsWith("/") ? "/" : "";
  const trail = segments.length > 0 && path.endsWith("/") ? "/" : "";
  return lead + segments.join("/") + trail;
}

/** The canonical URI: the path as received, normalized, then URI-encoded with "/" kept. */
export function canonicalPath(path: string, normalize = true): string {
  if (path === "/") return path;
  const shaped = normalize ? normalizePath(path) : path;
  const encoded = uriEncode(shaped, true);
  return encoded === "" ? "/" : encoded;
}

function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  return -1;
}

/**
 * Decodes one query component to bytes: "%XX" escapes, "+" as a space (as
 * form encoding and most servers read it), anything else as its UTF-8 bytes.
 * Returns the offending escape when a "%" is not followed by two hex digits.
 */
export function decodeComponent(text: string): { bytes: Uint8Array } | { badEscape: string } {
  const out: number[] = [];
  let plainStart = -1;
  const flushPlain = (end: number): void => {
    if (plainStart >= 0) {
      for (const byte of Buffer.from(text.slice(plainStart, end), "utf8")) out.push(byte);
      plainStart = -1;
    }
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x25 /* % */) {
      flushPlain(i);
      const hi = hexValue(text.charCodeAt(i + 1));
      const lo = hexValue(text.charCodeAt(i + 2));
      if (hi < 0 || lo < 0) return { badEscape: text.slice(i, i + 3) };
      out.push(hi * 16 + lo);
      i += 2;
    } else if (code === 0x2b /* + */) {
      flushPlain(i);
      out.push(0x20);
    } else if (plainStart < 0) {
      plainStart = i;
    }
  }
  flushPlain(text.length);
  return { bytes: Uint8Array.from(out) };
}

/** Splits and decodes a raw query string ("" when none). Empty pieces ("a&&b") are skipped. */
export function parseQuery(query: string): { params: QueryParam[] } | { badEscape: string } {
  const params: QueryParam[] = [];
  if (query === "") return { params };
  for (const piece of query.split("&")) {
    if (piece === "") continue;
    const eq = piece.indexOf("=");
    const rawName = eq < 0 ? piece : piece.slice(0, eq);
    const rawValue = eq < 0 ? "" : piece.slice(eq + 1);
    const name = decodeComponent(rawName);
    if ("badEscape" in name) return name;
    const value = decodeComponent(rawValue);
    if ("badEscape" in value) return value;
    params.push({
      name: Buffer.from(name.bytes).toString("utf8"),
      value: Buffer.from(value.bytes).toString("utf8"),
      encodedName: uriEncodeBytes(name.bytes),
      encodedValue: uriEncodeBytes(value.bytes),
    });
  }
  return { params };
}

function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The canonical query string: encoded pairs sorted by name, then value, joined with "&". */
export function canonicalQuery(params: readonly QueryParam[]): string {
  if (params.length === 0) return "";
  return params
    .map((p) => [p.encodedName, p.encodedValue] as const)
    .sort((a, b) => byteOrder(a[0], b[0]) || byteOrder(a[1], b[1]))
    .map(([name, value]) => `${name}=${value}`)
    .join("&");
}

/** A header's values, lower-cased name; undefined when absent. */
export function headerValues(headers: HeaderMap, name: string): readonly string[] | undefined {
  const direct = headers[name];
  if (direct !== undefined) return typeof direct === "string" ? [direct] : direct;
  // Tolerate callers that kept the original case.
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() === name) {
      const value = headers[key];
      if (value !== undefined) return typeof value === "string" ? [value] : value;
    }
  }
  return undefined;
}

/** The first value of a header, or undefined. */
export function headerValue(headers: HeaderMap, name: string): string | undefined {
  return headerValues(headers, name)?.[0];
}

/** Trims and collapses inner whitespace runs (including folded lines) to one space. */
export function canonicalHeaderValue(value: string): string {
  const trimmed = value.trim();
  return SPACE_RUN.test(trimmed) ? trimmed.replace(/\s+/g, " ") : trimmed;
}

/** Whitespace other than single spaces (most values have none). */
const SPACE_RUN = /\s\s|[^\S ]/;

/** The canonical headers block: one "name:value\n" line per signed header, in the given order. */
export function canonicalHeaders(headers: HeaderMap, signedHeaders: readonly string[]): string {
  let out = "";
  for (const name of signedHeaders) {
    let values = headerValues(headers, name);
    if (values === undefined && name === "host") values = headerValues(headers, ":authority");
    const joined = (values ?? []).map(canonicalHeaderValue).join(",");
    out += `${name}:${joined}\n`;
  }
  return out;
}

export interface CanonicalParts {
  method: string;
  path: string;
  /** The query parameters to sign (for presigned requests, without X-Amz-Signature). */
  params: readonly QueryParam[];
  headers: HeaderMap;
  /** Lower-case header names, as listed in SignedHeaders. */
  signedHeaders: readonly string[];
  payloadHash: string;
  /** Normalize dot segments and duplicate slashes (true for every service but S3). */
  normalizePath?: boolean;
}

export function canonicalRequest(parts: CanonicalParts): string {
  return [
    parts.method.toUpperCase(),
    canonicalPath(parts.path, parts.normalizePath ?? true),
    canonicalQuery(parts.params),
    canonicalHeaders(parts.headers, parts.signedHeaders),
    parts.signedHeaders.join(";"),
    parts.payloadHash,
  ].join("\n");
}

/** Node's one-shot hash (20.12 and later), else a Hash object. */
const oneShot = (
  crypto as { hash?: (algorithm: string, data: string | Uint8Array, encoding: "hex") => string }
).hash;

export function sha256Hex(data: string | Uint8Array): string {
  return oneShot !== undefined
    ? oneShot("sha256", data, "hex")
    : crypto.createHash("sha256").update(data).digest("hex");
}

/** "AWS4-HMAC-SHA256\n<date>\n<scope>\n<hex sha256 of the canonical request>". */
export function stringToSign(amzDate: string, scope: string, canonical: string): string {
  return `${ALGORITHM}\n${amzDate}\n${scope}\n${sha256Hex(canonical)}`;
}
