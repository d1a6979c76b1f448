/**
 * AWS Signature Version 4 verification for IAM and STS requests.
 *
 * Pure: no I/O and no clock. The caller passes the request as received, the
 * current time and a lookup from access key id to secret. Both the
 * Authorization header form and the presigned query form are accepted. The
 * function never throws on malformed input, and its failures carry AWS's
 * error code, HTTP status and message.
 *
 * What the caller must know:
 * - `path` and `query` are exactly as received (no decoding). The path is
 *   normalized and encoded once more for the canonical request, as for every
 *   AWS service but S3.
 * - Repeated headers must be passed as arrays (Node: `req.headersDistinct`);
 *   Node's `req.headers` joins them with ", " and that changes the canonical
 *   value AWS signers produce (",").
 * - Query parameters are decoded with "+" as a space. A parser that reads the
 *   same query for the API must decode it the same way.
 * - A session token is returned as sent; checking that it belongs to the
 *   access key is the caller's job. It need not be signed in the header form
 *   (STS accepts it appended after signing).
 * - Everything the API reads is signed: the query, and the body through the
 *   payload hash. `x-amz-content-sha256: UNSIGNED-PAYLOAD` is accepted only
 *   for a presigned request without a body.
 */
import { canonicalRequest, headerValue, sha256Hex, stringToSign } from "./sigv4-canonical.js";
import type { HeaderMap } from "./sigv4-canonical.js";
import * as errors from "./sigv4-errors.js";
import type { SigV4Failure } from "./sigv4-errors.js";
import { sameSignature, signingKey } from "./sigv4-key.js";
import { parseSigV4, type SigV4Auth } from "./sigv4-parse.js";

export type { SigV4Failure } from "./sigv4-errors.js";
export { clearSigningKeyCache } from "./sigv4-key.js";

export interface SignedRequest {
  /** HTTP method, e.g. "POST". */
  method: string;
  /** Path exactly as received, before any decoding, e.g. "/" or "/a%20b". */
  path: string;
  /** Raw query string without "?" ("" when none), as received. */
  query: string;
  /** Header names lower-cased; repeated headers as arrays; values as received. */
  headers: HeaderMap;
  /** The raw body bytes (for the payload hash). */
  body: Uint8Array;
}

/** What the lookup returns for a known access key id; extra fields come back in the result. */
export interface Credentials {
  secretAccessKey: string;
}

export interface VerifyOptions<C extends Credentials> {
  /** The current time. */
  now: Date;
  /** The secret (and whatever else the caller wants back) for an access key id. */
  lookup: (accessKeyId: string) => C | undefined;
  /**
   * Accepted services in the credential scope, e.g. ["iam", "sts"]; any when
   * omitted. A refusal names the first ("should be scoped to correct service").
   */
  services?: readonly string[];
  /** Allowed clock skew for header-signed requests; 15 minutes by default. */
  maxSkewMs?: number;
}

export interface AsyncVerifyOptions<C extends Credentials> extends Omit<
  VerifyOptions<C>,
  "lookup"
> {
  lookup: (accessKeyId: string) => C | undefined | Promise<C | undefined>;
}

export interface SigV4Success<C extends Credentials> {
  ok: true;
  accessKeyId: string;
  region: string;
  service: string;
  /** The request time the client signed (X-Amz-Date or Date). */
  signedAt: Date;
  /** X-Amz-Security-Token as sent, when there was one. */
  sessionToken?: string;
  /** True for the presigned query form. */
  presigned: boolean;
  /** What the lookup returned. */
  credentials: C;
}

export type VerifyResult<C extends Credentials = Credentials> = SigV4Success<C> | SigV4Failure;

/** Verifies a SigV4-signed request; see the module comment for the contract. */
export function verifySigV4<C extends Credentials>(
  req: SignedRequest,
  options: VerifyOptions<C>,
): VerifyResult<C> {
  const auth = parseSigV4(req, options);
  if ("ok" in auth) return auth;
  return checkSignature(req, auth, options.lookup(auth.accessKeyId));
}

/** The same, for a lookup that may return a promise. */
export async function verifySigV4Async<C extends Credentials>(
  req: SignedRequest,
  options: AsyncVerifyOptions<C>,
): Promise<VerifyResult<C>> {
  const auth = parseSigV4(req, options);
  if ("ok" in auth) return auth;
  return checkSignature(req, auth, await options.lookup(auth.accessKeyId));
}

const HEX_SHA256 = /^[0-9a-fA-F]{64}$/;

/** The payload hash to sign with, or why the declared one is refused. */
function payloadHash(req: SignedRequest, presigned: boolean): string | SigV4Failure {
  const actual = sha256Hex(req.body);
  const declared = headerValue(req.headers, "x-amz-content-sha256");
  if (declared === undefined) return actual;
  if (HEX_SHA256.test(declared)) {
    return declared.toLowerCase() === actual ? declared : errors.payloadHashMismatch();
  }
  if (declared === "UNSIGNED-PAYLOAD" && presigned && req.body.length === 0) return declared;
  return errors.unsignedPayloadRefused(declared);
}

function checkSignature<C extends Credentials>(
  req: SignedRequest,
  auth: SigV4Auth,
  credentials: C | undefined,
): VerifyResult<C> {
  if (!credentials || typeof credentials.secretAccessKey !== "string") {
    return errors.invalidClientTokenId();
  }
  const hash = payloadHash(req, auth.presigned);
  if (typeof hash !== "string") return hash;
  const canonical = canonicalRequest({
    method: req.method,
    path: req.path,
    params: auth.params,
    headers: req.headers,
    signedHeaders: auth.signedHeaders,
    payloadHash: hash,
  });
  const toSign = stringToSign(auth.amzDate, auth.scope, canonical);
  const key = signingKey(credentials.secretAccessKey, auth.day, auth.region, auth.service);
  if (!sameSignature(auth.signature, key, toSign)) {
    return errors.signatureDoesNotMatch({ canonicalRequest: canonical, stringToSign: toSign });
  }
  return {
    ok: true,
    accessKeyId: auth.accessKeyId,
    region: auth.region,
    service: auth.service,
    signedAt: auth.date,
    ...(auth.sessionToken !== undefined ? { sessionToken: auth.sessionToken } : {}),
    presigned: auth.presigned,
    credentials,
  };
}
