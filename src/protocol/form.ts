/**
 * A Query request's parameters: the URL query string (GET, presigned) and an
 * `application/x-www-form-urlencoded` body (POST), decoded into one map.
 *
 * Decoding is the SigV4 verifier's (src/auth/sigv4-canonical.ts), so that the
 * parameters the API reads are the ones that were signed: pairs split on "&"
 * (empty pieces skipped), name and value on the first "=" (none: empty
 * value), "+" is a space, "%XX" escapes are bytes read as UTF-8. A "%"
 * without two hex digits after it is refused with the verifier's
 * MalformedQueryString error.
 *
 * This is the Query API's one gate for text (model/text.ts): a name or value
 * whose bytes are not valid UTF-8, or that holds NUL, is refused here with
 * InvalidParameterValue (400), before the signature check, the action or any
 * store sees it; so is a body that is not UTF-8.
 *
 * A name given twice keeps its first value, the query string's before the
 * body's (our choice: AWS's behaviour with duplicates is unconfirmed).
 */
import { malformedQuery } from "../auth/sigv4-errors.js";
import { LONE_SURROGATE, strictUtf8 } from "../model/text.js";
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

/**
 * A parameter that is not text (bytes that are not UTF-8): InvalidParameterValue,
 * 400, the Query protocol's common error for a bad value. The text is ours.
 */
export function notText(what: string): ApiError {
  return new ApiError("InvalidParameterValue", 400, `${what} must be UTF-8 text.`);
}

/**
 * A parameter that holds NUL, which no member's pattern refused (the model's
 * own ValidationError comes first where there is one): InvalidParameterValue.
 */
export function holdsNul(what: string): ApiError {
  return new ApiError("InvalidParameterValue", 400, `${what} must not contain NUL characters.`);
}

/** The first parameter (by name or value) holding NUL, as its refusal; undefined when none does. */
export function nulRefusal(params: ReadonlyMap<string, string>): ApiError | undefined {
  for (const [name, value] of params) {
    if (name.includes("\u0000")) return holdsNul("Parameter names");
    if (value.includes("\u0000")) return holdsNul(`The value of parameter ${name}`);
  }
  return undefined;
}

class BadEscape {
  constructor(readonly escape: string) {}
}

/**
 * Decodes one name or value; throws BadEscape on a "%" not followed by two
 * hex digits, and an Error when the bytes are not UTF-8 or hold NUL.
 */
export function decodeFormComponent(text: string): string {
  const decoded = decodeText(text);
  if (decoded === undefined) throw new Error(`not text: ${text}`);
  return decoded;
}

/** Decodes one name or value: undefined when not text; throws BadEscape. */
function decodeText(text: string): string | undefined {
  const spaced = text.includes("+") ? text.replaceAll("+", " ") : text;
  let decoded: string | undefined = spaced;
  if (text.includes("%")) {
    try {
      decoded = decodeURIComponent(spaced);
    } catch {
      decoded = decodeBytes(text);
    }
  }
  // Valid UTF-8 has no lone surrogates; NUL is left to the model's patterns (nulRefusal).
  return decoded !== undefined && !LONE_SURROGATE.test(decoded) ? decoded : undefined;
}

/**
 * The slow path, over the text as received (so a bad escape is reported as
 * sent): undefined when the bytes are not UTF-8.
 */
function decodeBytes(text: string): string | undefined {
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
  return strictUtf8(Buffer.concat(bytes));
}

/**
 * Adds the pairs of `encoded`; returns the refusal of the first name or value
 * that is not text, if any. The rest is still decoded, so that a bad escape
 * anywhere is refused as SigV4 refuses it, whatever comes before it.
 */
function addPairs(into: Map<string, string>, encoded: string): ApiError | undefined {
  let refusal: ApiError | undefined;
  if (encoded === "") return refusal;
  let start = 0;
  while (start <= encoded.length) {
    let end = encoded.indexOf("&", start);
    if (end < 0) end = encoded.length;
    if (end > start) {
      const piece = encoded.slice(start, end);
      const eq = piece.indexOf("=");
      const name = decodeText(eq < 0 ? piece : piece.slice(0, eq));
      // Decoded even when a duplicate, so that a bad escape anywhere is refused, as SigV4 does.
      const value = eq < 0 ? "" : decodeText(piece.slice(eq + 1));
      if (name === undefined) refusal ??= notText("Parameter names");
      else if (value === undefined) refusal ??= notText(`The value of parameter ${name}`);
      else if (!into.has(name)) into.set(name, value);
    }
    start = end + 1;
  }
  return refusal;
}

/** Reads a request's parameters, or the error AWS answers for them. */
export function parseForm(request: FormRequest): FormResult {
  const limit = request.maxBodyBytes ?? MAX_BODY_BYTES;
  const params = new Map<string, string>();
  let refusal: ApiError | undefined;
  try {
    refusal = addPairs(params, request.query);
    const body = request.body;
    const readBody =
      body !== undefined &&
      (request.contentType === undefined || isFormContentType(request.contentType));
    if (readBody) {
      const size = typeof body === "string" ? Buffer.byteLength(body, "utf8") : body.byteLength;
      if (size > limit) return { ok: false, error: requestTooLarge(limit) };
      const text = typeof body === "string" ? body : strictUtf8(body);
      if (text === undefined) refusal ??= notText("The request body");
      else refusal ??= addPairs(params, text);
    }
  } catch (e) {
    if (e instanceof BadEscape)
      return { ok: false, error: fromSigV4Failure(malformedQuery(e.escape)) };
    throw e;
  }
  if (refusal !== undefined) return { ok: false, error: refusal };
  return { ok: true, params };
}
