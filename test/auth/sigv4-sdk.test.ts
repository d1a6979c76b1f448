/**
 * Requests signed by the AWS SDK's own signer (@smithy/signature-v4) must
 * verify: IAM Query POSTs, session tokens, presigned URLs, odd paths and queries.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import {
  verifySigV4,
  type Credentials,
  type SignedRequest,
  type VerifyResult,
} from "../../src/auth/sigv4.js";

const keyId = "AKIAIOSFODNN7EXAMPLE";
const secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const signedAt = new Date("2024-03-01T10:20:30Z");
const now = new Date(signedAt.getTime() + 60_000);

interface Identity extends Credentials {
  user: string;
}
const lookup = (id: string): Identity | undefined =>
  id === keyId ? { secretAccessKey: secret, user: "alice" } : undefined;

type Query = Record<string, string | string[]>;

function signer(service: string, sessionToken?: string, applyChecksum = true): SignatureV4 {
  return new SignatureV4({
    credentials: { accessKeyId: keyId, secretAccessKey: secret, sessionToken },
    region: "us-east-1",
    service,
    sha256: Sha256,
    applyChecksum,
  });
}

/** The SDK's escapeUri: encodeURIComponent plus !'()*. */
function escape(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The query string as the SDK's HTTP handler puts it on the wire. */
function wireQuery(query: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) parts.push(`${escape(key)}=${escape(String(v))}`);
  }
  return parts.join("&");
}

/** What our HTTP layer would hand to the verifier for this SDK request. */
function received(request: HttpRequest): SignedRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
  const body: unknown = request.body;
  return {
    method: request.method,
    path: request.path,
    query: wireQuery(request.query),
    headers,
    body:
      typeof body === "string"
        ? Buffer.from(body, "utf8")
        : body instanceof Uint8Array
          ? body
          : new Uint8Array(),
  };
}

function request(fields: {
  method?: string;
  hostname?: string;
  path?: string;
  query?: Query;
  headers?: Record<string, string>;
  body?: string;
}): HttpRequest {
  const hostname = fields.hostname ?? "iam.amazonaws.com";
  return new HttpRequest({
    method: fields.method ?? "POST",
    protocol: "https:",
    hostname,
    path: fields.path ?? "/",
    query: fields.query ?? {},
    headers: { host: hostname, ...fields.headers },
    body: fields.body,
  });
}

async function sign(req: HttpRequest, service = "iam", token?: string, checksum = true) {
  const signed = await signer(service, token, checksum).sign(req, { signingDate: signedAt });
  return received(signed as HttpRequest);
}

async function presign(req: HttpRequest, service = "sts", token?: string, expiresIn = 900) {
  const signed = await signer(service, token).presign(req, { signingDate: signedAt, expiresIn });
  return received(signed as HttpRequest);
}

function assertOk(
  result: VerifyResult<Identity>,
): asserts result is Extract<VerifyResult<Identity>, { ok: true }> {
  assert.ok(result.ok, result.ok ? "" : `${result.code}: ${result.message}`);
}

const form = { "content-type": "application/x-www-form-urlencoded; charset=utf-8" };

describe("requests signed by @smithy/signature-v4", () => {
  it("an IAM Query POST with a form body", async () => {
    for (const checksum of [true, false]) {
      const req = await sign(
        request({ headers: form, body: "Action=ListUsers&Version=2010-05-08" }),
        "iam",
        undefined,
        checksum,
      );
      assert.equal("x-amz-content-sha256" in req.headers, checksum);
      const result = verifySigV4(req, { now, lookup, services: ["iam", "sts"] });
      assertOk(result);
      assert.equal(result.accessKeyId, keyId);
      assert.equal(result.service, "iam");
      assert.equal(result.region, "us-east-1");
      assert.equal(result.presigned, false);
      assert.equal(result.credentials.user, "alice");
      assert.equal(result.signedAt.getTime(), signedAt.getTime());
      assert.equal(result.sessionToken, undefined);
    }
  });

  it("a changed body, a wrong secret or a stale clock fails", async () => {
    const req = await sign(
      request({ headers: form, body: "Action=ListUsers&Version=2010-05-08" }),
      "iam",
      undefined,
      false,
    );
    const other = { ...req, body: Buffer.from("Action=CreateUser&Version=2010-05-08&UserName=x") };
    const code = (r: VerifyResult) => (r.ok ? "ok" : r.code);
    assert.equal(code(verifySigV4(other, { now, lookup })), "SignatureDoesNotMatch");
    const wrong = () => ({ secretAccessKey: secret.replace("K7", "K8") });
    assert.equal(code(verifySigV4(req, { now, lookup: wrong })), "SignatureDoesNotMatch");
    const later = new Date(signedAt.getTime() + 16 * 60_000);
    assert.equal(code(verifySigV4(req, { now: later, lookup })), "SignatureDoesNotMatch");
    assert.equal(
      code(verifySigV4(req, { now, lookup, services: ["sts"] })),
      "SignatureDoesNotMatch",
    );
  });

  it("an STS call with a session token", async () => {
    const token = "IQoJb3JpZ2luX2VjEPT//////////wEaCXVzLWVhc3QtMSJHMEUCIQ+/=";
    const req = await sign(
      request({
        hostname: "sts.amazonaws.com",
        headers: form,
        body: "Action=GetCallerIdentity&Version=2011-06-15",
      }),
      "sts",
      token,
    );
    assert.equal(req.headers["x-amz-security-token"], token);
    const result = verifySigV4(req, { now, lookup, services: ["iam", "sts"] });
    assertOk(result);
    assert.equal(result.sessionToken, token);
    assert.equal(result.service, "sts");
  });

  it("presigned GET URLs, with and without a session token and extra signed headers", async () => {
    const token = "FwoGZXIvYXdzEBYaDH+token/with=odd&chars";
    const base = {
      method: "GET",
      hostname: "sts.amazonaws.com",
      query: { Action: "GetCallerIdentity", Version: "2011-06-15" },
    };
    for (const t of [undefined, token]) {
      const plain = await presign(request(base), "sts", t);
      const withId = await presign(
        request({ ...base, headers: { "x-k8s-aws-id": "my-cluster" } }),
        "sts",
        t,
        60,
      );
      for (const req of [plain, withId]) {
        assert.match(req.query, /X-Amz-Signature=/);
        const result = verifySigV4(req, { now, lookup, services: ["sts"] });
        assertOk(result);
        assert.equal(result.presigned, true);
        assert.equal(result.sessionToken, t);
      }
      assert.match(withId.query, /X-Amz-SignedHeaders=host%3Bx-k8s-aws-id/);
      const noHeader = { ...withId, headers: { host: "sts.amazonaws.com" } };
      const r = verifySigV4(noHeader, { now, lookup });
      assert.equal(r.ok ? "ok" : r.code, "SignatureDoesNotMatch");
      const expired = verifySigV4(withId, { now: new Date(signedAt.getTime() + 61_000), lookup });
      assert.equal(expired.ok ? "ok" : expired.code, "RequestExpired");
    }
  });

  it("odd paths and queries", async () => {
    const odd = request({
      method: "GET",
      path: "/a%20b/./c//d/../e%2Ff/~x-y_z.%C3%A9/",
      query: {
        "key with space": "value with space",
        plus: "a+b",
        equals: "a=b&c",
        slash: "/x/y/",
        unicode: "ሴé😀",
        empty: "",
        repeated: ["z", "a", "m"],
        "!'()*": "!'()*",
        "": "no name",
      },
    });
    for (const req of [await sign(odd), await presign(odd, "iam")]) {
      assertOk(verifySigV4(req, { now, lookup }));
    }
  });

  it("random paths and queries signed and presigned by the SDK all verify", async () => {
    const segment = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 6 }).map(escape),
      fc.constantFrom(".", "..", ""),
    );
    const queryValue = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 8 }),
      fc.array(fc.string({ unit: "grapheme", maxLength: 4 }), { minLength: 1, maxLength: 3 }),
    );
    const queryKey = fc
      .string({ unit: "grapheme", maxLength: 6 })
      .filter((k) => !k.toLowerCase().startsWith("x-amz-") && k !== "__proto__");
    await fc.assert(
      fc.asyncProperty(
        fc.array(segment, { maxLength: 5 }),
        fc.boolean(),
        fc.dictionary(queryKey, queryValue, { maxKeys: 4 }),
        fc.string({ unit: "grapheme", maxLength: 20 }),
        fc.boolean(),
        async (segments, trailing, query, body, presigned) => {
          const path = "/" + segments.join("/") + (trailing ? "/" : "");
          const req = request({ method: presigned ? "GET" : "POST", path, query, body });
          const received = presigned ? await presign(req, "iam") : await sign(req);
          const result = verifySigV4(received, { now, lookup });
          assert.ok(result.ok, result.ok ? "" : `${path}?${received.query}: ${result.message}`);
        },
      ),
      { numRuns: 300 },
    );
  });
});
