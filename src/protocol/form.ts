/**
 * A Query request's parameters: the URL query string (GET, presigned) and an
 * `application/x-www-form-urlencoded` body (POST), decoded into one map.
 *
 * Decoding is the SigV4 verifier's (src/auth/sigv4-canonical.ts), so that the
 * parameters the API reads are the ones that were signed: pairs split on "&"
 * (empty pieces skipped), name and value on the first "=" (none: empty
 * value), "+" is a space, "%XX" escapes are bytes read as UTF-8 with invalid
 * sequences replaced by U+FFFD. A "%" without two hex digits after it is
 * refused with the verifier's MalformedQueryString error.
 *
 * A name given twice keeps its first value, the query string's before the
 * body's (our choice: AWS's behaviour with duplicates is unconfirmed).
 */
import { malformedQuery } from "../auth/sigv4-errors.js";
import { ApiError, fromSigV4Failure } from "./errors.js";

/**
 * The largest body read, in bytes. A policy document may hold 131,072
 * characters; URL-encoded, each of U+0080-U+00FF takes six ("%C3%A9"), so the
 * largest document IAM accepts is 786,432 bytes on the wire. 1 MiB leaves room
 * for the other parameters.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface FormRequest {
  /** Raw query string without "?" ("" when none), as received. */
  query: string;
  /** The raw body, if any. */
  body?: string | Uint8Array;
  /**
   * The Content-Type header. The body is read when it is
   * `application/x-www-form-urlencoded` (any parameters) or absent; any other
   * type leaves the body unread.
   */
  contentType?: string;
  /** Overrides MAX_BODY_BYTES. */
  maxBodyBytes?: number;
}

export type FormResult = { ok: true; params: Map<string, string> } | { ok: false; error: ApiError };

/** Refused body size: HTTP 413. Code and text are ours (AWS's answer is unconfirmed). */
export function requestTooLarge(limit: number): ApiError {
  return new ApiError(
    "RequestEntityTooLarge",
    413,
    `Request body must be no larger than ${limit} bytes`,
  );
}

/** Whether a Content-Type names form encoding ("application/x-www-form-urlencoded; charset=utf-8"). */
export function isFormContentType(contentType: string): boolean {
  const semi = contentType.indexOf(";");
  const type = (semi < 0 ? contentType : contentType.slice(0, semi)).trim().toLowerCase();
  return type === "application/x-www-form-urlencoded";
}

function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  return -1;
}

class BadEscape {
  constructor(readonly escape: string) {}
}

/** Decodes one name or value; throws BadEscape on a "%" not followed by two hex digits. */
export function decodeFormComponent(text: string): string {
  const spaced = text.includes("+") ? text.replaceAll("+", " ") : text;
  if (!text.includes("%")) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    return decodeBytes(text);
  }
}

/**
 * The slow path, over the text as received (so a bad escape is reported as
 * sent): invalid UTF-8 becomes U+FFFD, as Buffer decodes it.
 */
function decodeBytes(text: string): string {
  const bytes: Buffer[] = [];
  let start = 0;
  let i = text.indexOf("%");
  while (i >= 0) {
    const hi = hexValue(text.charCodeAt(i + 1));
    const lo = hexValue(text.charCodeAt(i + 2));
    if (hi < 0 || lo < 0) throw new BadEscape(text.slice(i, i + 3));
    if (i > start) bytes.push(Buffer.from(text.slice(start, i).replaceAll("+", " "), "utf8"));
    bytes.push(Buffer.of(hi * 16 + lo));
    start = i + 3;
    i = text.indexOf("%", start);
  }
  if (start < text.length) bytes.push(Buffer.from(text.slice(start).replaceAll("+", " "), "utf8"));
  return Buffer.concat(bytes).toString("utf8");
}

function addPairs(into: Map<string, string>, encoded: string): void {
  if (encoded === "") return;
  let start = 0;
  while (start <= encoded.length) {
    let end = encoded.indexOf("&", start);
    if (end < 0) end = encoded.length;
    if (end > start) {
      const piece = encoded.slice(start, end);
      const eq = piece.indexOf("=");
      const name = decodeFormComponent(eq < 0 ? piece : piece.slice(0, eq));
      // Decoded even when a duplicate, so that a bad escape anywhere is refused, as SigV4 does.
      const value = eq < 0 ? "" : decodeFormComponent(piece.slice(eq + 1));
      if (!into.has(name)) into.set(name, value);
    }
    start = end + 1;
  }
}

/** Reads a request's parameters, or the error AWS answers for them. */
export function parseForm(request: FormRequest): FormResult {
  const limit = request.maxBodyBytes ?? MAX_BODY_BYTES;
  const params = new Map<string, string>();
  try {
    addPairs(params, request.query);
    const body = request.body;
    const readBody =
      body !== undefined &&
      (request.contentType === undefined || isFormContentType(request.contentType));
    if (readBody) {
      const size = typeof body === "string" ? Buffer.byteLength(body, "utf8") : body.byteLength;
      if (size > limit) return { ok: false, error: requestTooLarge(limit) };
      addPairs(
        params,
        typeof body === "string"
          ? body
          : Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8"),
      );
    }
  } catch (e) {
    if (e instanceof BadEscape)
      return { ok: false, error: fromSigV4Failure(malformedQuery(e.escape)) };
    throw e;
  }
  return { ok: true, params };
}
