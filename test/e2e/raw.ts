/**
 * Raw SigV4-signed AWS Query requests: the body (or query string) exactly as
 * given, byte for byte, signed with the AWS SDK's own signer. For sending
 * what no SDK would: malformed values, bad escapes, unknown actions.
 */
import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { ROOT_KEY, type Keys } from "../server/harness.js";

export interface RawAnswer {
  status: number;
  body: string;
  contentType: string;
}

/** RFC 3986 percent-encoding of a text's UTF-8 bytes (what SigV4 and the SDKs send). */
export function encode(text: string): string {
  return encodeBytes(Buffer.from(text, "utf8"));
}

/** Percent-encodes raw bytes: unreserved characters as they are, every other byte as %XX. */
export function encodeBytes(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/** `k=v&…` from pairs, each name and value percent-encoded. */
export function formOf(params: readonly (readonly [string, string])[]): string {
  return params.map(([k, v]) => `${encode(k)}=${encode(v)}`).join("&");
}

const TIMEOUT_MS = 15_000;

/** POSTs `body` (already encoded, sent as is) signed with `keys` for `service` (default iam). */
export async function postRaw(
  url: string,
  body: string,
  keys: Keys = ROOT_KEY,
  service = "iam",
): Promise<RawAnswer> {
  const u = new URL(url);
  const headers = await sign(
    u,
    "POST",
    "/",
    {},
    body,
    keys,
    { "content-type": "application/x-www-form-urlencoded; charset=utf-8" },
    service,
  );
  return answer(fetch(`${u.origin}/`, { method: "POST", headers, body }));
}

/** GETs `/?<query>` with the parameters in the query string, signed in the Authorization header. */
export async function getRaw(
  url: string,
  params: Record<string, string>,
  keys: Keys = ROOT_KEY,
): Promise<RawAnswer> {
  const u = new URL(url);
  const headers = await sign(u, "GET", "/", params, undefined, keys, {});
  const query = Object.entries(params)
    .map(([k, v]) => `${encode(k)}=${encode(v)}`)
    .join("&");
  return answer(fetch(`${u.origin}/?${query}`, { method: "GET", headers }));
}

async function sign(
  u: URL,
  method: string,
  path: string,
  query: Record<string, string>,
  body: string | undefined,
  keys: Keys,
  extra: Record<string, string>,
  service = "iam",
): Promise<Record<string, string>> {
  const signer = new SignatureV4({
    service,
    region: "us-east-1",
    credentials: keys,
    sha256: Sha256,
  });
  const req = new HttpRequest({
    method,
    protocol: u.protocol,
    hostname: u.hostname,
    port: Number(u.port),
    path,
    query,
    headers: { host: u.host, ...extra },
    ...(body === undefined ? {} : { body }),
  });
  const signed = await signer.sign(req);
  const headers = { ...(signed.headers as Record<string, string>) };
  delete headers["host"];
  return headers;
}

async function answer(call: Promise<Response>): Promise<RawAnswer> {
  const timeout = new Promise<never>((_, reject) => {
    const t = setTimeout(
      () => reject(new Error(`no answer within ${TIMEOUT_MS} ms (the server hangs)`)),
      TIMEOUT_MS,
    );
    t.unref();
  });
  const res = await Promise.race([call, timeout]);
  const body = await Promise.race([res.text(), timeout]);
  return { status: res.status, body, contentType: res.headers.get("content-type") ?? "" };
}

export interface ParsedError {
  type: string;
  code: string;
  message: string;
  requestId: string;
}

const ERROR_XML =
  /^<ErrorResponse xmlns="https:\/\/(?:(?:iam|sts)\.amazonaws\.com|gatehouse\.invalid)\/doc\/\d{4}-\d{2}-\d{2}\/">\s*<Error>\s*<Type>(Sender|Receiver)<\/Type>\s*<Code>([A-Za-z0-9.]+)<\/Code>\s*<Message>([^<]*)<\/Message>\s*<\/Error>\s*<RequestId>([0-9a-f-]{36})<\/RequestId>\s*<\/ErrorResponse>\s*$/;

/** The AWS Query error in an answer, or undefined when the body is not one. */
export function parseError(body: string): ParsedError | undefined {
  const m = ERROR_XML.exec(body);
  if (!m) return undefined;
  return {
    type: m[1] as string,
    code: m[2] as string,
    message: m[3] as string,
    requestId: m[4] as string,
  };
}
