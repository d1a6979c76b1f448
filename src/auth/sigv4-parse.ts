/**
 * Reads the SigV4 authentication of a request (Authorization header or
 * presigned query), checks its shape, date and credential scope, and returns
 * what the signature check needs. No secret is involved yet.
 */
import {
  ALGORITHM,
  headerValue,
  parseQuery,
  type HeaderMap,
  type QueryParam,
} from "./sigv4-canonical.js";
import { formatAmzDate, parseAmzDate, readRequestDate } from "./sigv4-date.js";
import * as errors from "./sigv4-errors.js";
import type { SigV4Failure } from "./sigv4-errors.js";

export const DEFAULT_MAX_SKEW_MS = 15 * 60 * 1000;
const MAX_EXPIRES_SECONDS = 604800;

export interface ParseInput {
  query: string;
  headers: HeaderMap;
}

export interface ParseOptions {
  now: Date;
  services?: readonly string[];
  maxSkewMs?: number;
}

export interface SigV4Auth {
  presigned: boolean;
  accessKeyId: string;
  /** Credential scope parts and the whole scope "day/region/service/aws4_request". */
  day: string;
  region: string;
  service: string;
  scope: string;
  /** Lower-case names, in the order the client listed them. */
  signedHeaders: string[];
  /** The signature the client sent. */
  signature: string;
  /** The request time, and its ISO 8601 basic form used in the string to sign. */
  date: Date;
  amzDate: string;
  sessionToken?: string;
  /** The query parameters covered by the signature. */
  params: QueryParam[];
}

const PRESIGN_PARAMS = [
  "X-Amz-Algorithm",
  "X-Amz-Credential",
  "X-Amz-Signature",
  "X-Amz-SignedHeaders",
  "X-Amz-Date",
] as const;

function firstParam(params: readonly QueryParam[], name: string): string | undefined {
  return params.find((p) => p.name === name)?.value;
}

interface HeaderAuth {
  credential: string;
  signedHeaders: string;
  signature: string;
}

/** Splits "AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=..." into its fields. */
function readAuthorization(header: string, dateText: string | undefined) {
  const trimmed = header.trim();
  const space = trimmed.search(/\s/);
  const scheme = space < 0 ? trimmed : trimmed.slice(0, space);
  const rest = space < 0 ? "" : trimmed.slice(space + 1);
  if (scheme.startsWith("AWS4-") && scheme !== ALGORITHM)
    return errors.unsupportedAlgorithm(scheme);
  const fields = new Map<string, string>();
  for (const raw of rest.split(/[\s,]+/)) {
    const piece = raw.trim();
    if (piece === "") continue;
    const eq = piece.indexOf("=");
    if (eq < 0) return errors.notKeyValuePair(piece, header);
    const key = piece.slice(0, eq).trim();
    if (!fields.has(key)) fields.set(key, piece.slice(eq + 1).trim());
  }
  const credential = fields.get("Credential");
  const signature = fields.get("Signature");
  const signedHeaders = fields.get("SignedHeaders");
  const missing: string[] = [];
  if (!credential) missing.push("Credential");
  if (!signature) missing.push("Signature");
  if (!signedHeaders) missing.push("SignedHeaders");
  if (dateText === undefined) missing.push("date");
  if (missing.length > 0 || !credential || !signature || !signedHeaders) {
    return errors.authorizationMissing(missing, header);
  }
  if (scheme !== ALGORITHM) return errors.unsupportedAlgorithm(scheme);
  const auth: HeaderAuth = { credential, signedHeaders, signature };
  return auth;
}

function skewText(ms: number): string {
  const minutes = ms / 60000;
  return Number.isInteger(minutes) ? String(minutes) : minutes.toFixed(2);
}

/** Checks a header-signed request's time against now ± skew. */
function checkSkew(date: Date, amzDate: string, nowMs: number, skewMs: number) {
  // The texts are only built for a refusal: this runs on every request.
  if (date.getTime() < nowMs - skewMs) {
    return errors.signatureExpired(
      amzDate,
      formatAmzDate(new Date(nowMs - skewMs)),
      formatAmzDate(new Date(nowMs)),
      skewText(skewMs),
    );
  }
  if (date.getTime() > nowMs + skewMs) {
    return errors.signatureNotYetCurrent(
      amzDate,
      formatAmzDate(new Date(nowMs + skewMs)),
      formatAmzDate(new Date(nowMs)),
      skewText(skewMs),
    );
  }
  return undefined;
}

function checkScope(
  parts: readonly string[],
  amzDate: string,
  services: readonly string[] | undefined,
): SigV4Failure | undefined {
  const [, day = "", region = "", service = "", terminator = ""] = parts;
  const problems: string[] = [];
  if (region === "") problems.push(errors.scopeRegion(region));
  if (services && services.length > 0 && !services.includes(service)) {
    problems.push(errors.scopeService(services[0] ?? ""));
  }
  if (terminator !== "aws4_request") problems.push(errors.scopeTerminator(terminator));
  if (day !== amzDate.slice(0, 8)) {
    problems.push(errors.scopeDate(day, amzDate.slice(0, 8), amzDate));
  }
  return problems.length > 0 ? errors.scopeMismatch(problems) : undefined;
}

/** Reads and checks the request's SigV4 authentication; everything but the signature itself. */
export function parseSigV4(req: ParseInput, options: ParseOptions): SigV4Auth | SigV4Failure {
  const parsed = parseQuery(req.query);
  if ("badEscape" in parsed) return errors.malformedQuery(parsed.badEscape);
  const params = parsed.params;
  const authorization = headerValue(req.headers, "authorization");
  const presigned = params.some(
    (p) =>
      p.name === "X-Amz-Algorithm" || p.name === "X-Amz-Credential" || p.name === "X-Amz-Signature",
  );
  if (authorization !== undefined && presigned) return errors.twoMechanisms();
  if (authorization === undefined && !presigned) return errors.missingAuthenticationToken();

  let credential: string;
  let signedHeaderList: string;
  let signature: string;
  let dateText: string;
  let expiresSeconds: number | undefined;
  let sessionToken: string | undefined;
  if (authorization !== undefined) {
    const date = headerValue(req.headers, "x-amz-date") ?? headerValue(req.headers, "date");
    const auth = readAuthorization(authorization, date);
    if ("ok" in auth) return auth;
    if (date === undefined) return errors.authorizationMissing(["date"], authorization);
    ({ credential, signedHeaders: signedHeaderList, signature } = auth);
    dateText = date;
    sessionToken =
      headerValue(req.headers, "x-amz-security-token") ??
      firstParam(params, "X-Amz-Security-Token");
  } else {
    const missing = PRESIGN_PARAMS.filter((name) => !firstParam(params, name));
    if (missing.length > 0) return errors.queryMissing(missing);
    const algorithm = firstParam(params, "X-Amz-Algorithm") ?? "";
    if (algorithm !== ALGORITHM) return errors.unsupportedAlgorithm(algorithm);
    credential = firstParam(params, "X-Amz-Credential") ?? "";
    signedHeaderList = firstParam(params, "X-Amz-SignedHeaders") ?? "";
    signature = firstParam(params, "X-Amz-Signature") ?? "";
    dateText = firstParam(params, "X-Amz-Date") ?? "";
    const expires = firstParam(params, "X-Amz-Expires");
    if (expires !== undefined) {
      expiresSeconds = /^\d{1,7}$/.test(expires) ? Number(expires) : NaN;
      if (!(expiresSeconds >= 1 && expiresSeconds <= MAX_EXPIRES_SECONDS)) {
        return errors.badExpires(expires);
      }
    }
    sessionToken = firstParam(params, "X-Amz-Security-Token");
  }

  const signedHeaders = signedHeaderList.split(";").map((name) => name.trim().toLowerCase());
  if (!signedHeaders.includes("host")) return errors.hostNotSigned();

  const when = presigned ? amzOnly(dateText) : readRequestDate(dateText);
  if (!when) return errors.badDateFormat(dateText);

  const nowMs = options.now.getTime();
  if (Number.isNaN(nowMs)) return errors.requestExpired();
  const skew = options.maxSkewMs;
  const skewMs =
    skew !== undefined && Number.isFinite(skew) && skew >= 0 ? skew : DEFAULT_MAX_SKEW_MS;
  const signedMs = when.date.getTime();
  if (presigned) {
    const now = formatAmzDate(options.now);
    if (signedMs > nowMs + skewMs) {
      const limit = formatAmzDate(new Date(nowMs + skewMs));
      return errors.signatureNotYetCurrent(when.amzDate, limit, now, skewText(skewMs));
    }
    // Without X-Amz-Expires the URL lives as long as the clock skew allows.
    const lifetimeMs = expiresSeconds !== undefined ? expiresSeconds * 1000 : skewMs;
    if (nowMs > signedMs + lifetimeMs) return errors.requestExpired();
  } else {
    const skewFailure = checkSkew(when.date, when.amzDate, nowMs, skewMs);
    if (skewFailure) return skewFailure;
  }

  const parts = credential.split("/");
  if (parts.length !== 5 || parts[0] === "") return errors.credentialShape(credential);
  const scopeFailure = checkScope(parts, when.amzDate, options.services);
  if (scopeFailure) return scopeFailure;
  const [accessKeyId = "", day = "", region = "", service = ""] = parts;

  return {
    presigned,
    accessKeyId,
    day,
    region,
    service,
    scope: parts.slice(1).join("/"),
    signedHeaders,
    signature,
    date: when.date,
    amzDate: when.amzDate,
    ...(sessionToken !== undefined ? { sessionToken } : {}),
    params: presigned ? params.filter((p) => p.name !== "X-Amz-Signature") : params,
  };
}

function amzOnly(text: string): { date: Date; amzDate: string } | undefined {
  const date = parseAmzDate(text);
  return date ? { date, amzDate: text } : undefined;
}
