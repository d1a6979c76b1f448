/**
 * SigV4 signing, for the gatehouse command's own requests (the instances
 * API has no AWS SDK client). It builds the canonical request with the
 * verifier's code (sigv4-canonical.ts), so what is signed here is what the
 * server checks, and the AWS test vectors check both.
 *
 * Every header given is signed (names lower-cased, sorted), with
 * X-Amz-Date, the session token (unless `signSessionToken` is false: then it
 * is sent unsigned, as STS accepts) and, with `signBody`, the payload hash
 * header. The caller includes `host`.
 */
import { canonicalRequest, parseQuery, sha256Hex, stringToSign } from "./sigv4-canonical.js";
import { formatAmzDate } from "./sigv4-date.js";
import { signature, signingKey } from "./sigv4-key.js";

export interface SigningCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string | undefined;
}

export interface RequestToSign {
  method: string;
  /** The path as it will be sent, e.g. "/". */
  path: string;
  /** The raw query string without "?" ("" when none). */
  query: string;
  /** The headers to send (and sign); `host` among them. */
  headers: Readonly<Record<string, string | readonly string[]>>;
  body: string | Uint8Array;
}

export interface SignOptions {
  credentials: SigningCredentials;
  region: string;
  service: string;
  now: Date;
  /** Add and sign x-amz-content-sha256. */
  signBody?: boolean;
  /** Sign the session token (default); false sends it unsigned. */
  signSessionToken?: boolean;
  /** Normalize the path (every service but S3; default true). */
  normalizePath?: boolean;
}

/** The headers to add to the request: x-amz-date, the token, the payload hash, authorization. */
export function signRequest(req: RequestToSign, options: SignOptions): Record<string, string> {
  const amzDate = formatAmzDate(options.now);
  const day = amzDate.slice(0, 8);
  const payloadHash = sha256Hex(req.body);
  const added: Record<string, string> = { "x-amz-date": amzDate };
  const token = options.credentials.sessionToken;
  const signToken = token !== undefined && options.signSessionToken !== false;
  if (signToken) added["x-amz-security-token"] = token;
  if (options.signBody === true) added["x-amz-content-sha256"] = payloadHash;

  const headers: Record<string, string | readonly string[]> = {};
  for (const [name, value] of Object.entries(req.headers)) headers[name.toLowerCase()] = value;
  Object.assign(headers, added);
  const signedHeaders = Object.keys(headers).sort();
  const parsed = parseQuery(req.query);
  if ("badEscape" in parsed) throw new Error(`bad escape in the query: ${parsed.badEscape}`);
  const canonical = canonicalRequest({
    method: req.method,
    path: req.path,
    params: parsed.params,
    headers,
    signedHeaders,
    payloadHash,
    normalizePath: options.normalizePath ?? true,
  });
  const scope = `${day}/${options.region}/${options.service}/aws4_request`;
  const key = signingKey(options.credentials.secretAccessKey, day, options.region, options.service);
  const sig = signature(key, stringToSign(amzDate, scope, canonical));
  if (token !== undefined && !signToken) added["x-amz-security-token"] = token;
  added.authorization =
    `AWS4-HMAC-SHA256 Credential=${options.credentials.accessKeyId}/${scope}, ` +
    `SignedHeaders=${signedHeaders.join(";")}, Signature=${sig}`;
  return added;
}
