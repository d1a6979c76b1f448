import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import {
  verifySigV4,
  verifySigV4Async,
  type SignedRequest,
  type VerifyResult,
} from "../../src/auth/sigv4.js";
import { canonicalRequest, sha256Hex, stringToSign } from "../../src/auth/sigv4-canonical.js";
import { signature, signingKey } from "../../src/auth/sigv4-key.js";
import { parseSigV4 } from "../../src/auth/sigv4-parse.js";
import { parseHttp, suiteDir, type Context } from "./sigv4-suite.js";

function read(name: string, file: string): string {
  return readFileSync(join(suiteDir, name, file), "utf8");
}

function expectFailure(result: VerifyResult, code: string): void {
  assert.equal(result.ok, false, `expected ${code}, got success`);
  if (!result.ok) assert.equal(result.code, code, result.message);
}

const cases = readdirSync(suiteDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe("AWS SigV4 test suite", () => {
  it("has cases", () => assert.ok(cases.length >= 30, `only ${cases.length} cases`));

  for (const name of cases) {
    const context = JSON.parse(read(name, "context.json")) as Context;
    const secret = context.credentials.secret_access_key;
    const keyId = context.credentials.access_key_id;
    const now = new Date(context.timestamp);
    const lookup = (id: string) => (id === keyId ? { secretAccessKey: secret } : undefined);

    for (const form of ["header", "query"] as const) {
      const signed = parseHttp(read(name, `${form}-signed-request.txt`));
      // The token appended after signing a presigned URL is not in the canonical query.
      const tokenAfter = form === "query" && context.omit_session_token === true;
      const normalizedCanonical = read(
        name.replace("-unnormalized", "-normalized"),
        `${form}-canonical-request.txt`,
      );
      const expectedCanonical = read(name, `${form}-canonical-request.txt`);
      const verifiable = context.normalize || expectedCanonical === normalizedCanonical;

      it(`${name} (${form}): canonical request, string to sign and signature`, () => {
        const auth = parseSigV4(signed, { now });
        assert.ok(!("ok" in auth), "ok" in auth ? auth.message : "");
        const params = tokenAfter
          ? auth.params.filter((p) => p.name !== "X-Amz-Security-Token")
          : auth.params;
        const canonical = canonicalRequest({
          method: signed.method,
          path: signed.path,
          params,
          headers: signed.headers,
          signedHeaders: auth.signedHeaders,
          payloadHash: readPayloadHash(signed),
          normalizePath: context.normalize,
        });
        assert.equal(canonical, expectedCanonical);
        const toSign = stringToSign(auth.amzDate, auth.scope, canonical);
        assert.equal(toSign, read(name, `${form}-string-to-sign.txt`));
        const key = signingKey(secret, auth.day, auth.region, auth.service);
        assert.equal(signature(key, toSign), read(name, `${form}-signature.txt`).trim());
        assert.equal(auth.signature, read(name, `${form}-signature.txt`).trim());
      });

      if (tokenAfter) {
        it(`${name} (${form}): refused — a token appended after presigning is unsigned, and IAM/STS sign it`, () => {
          expectFailure(verifySigV4(signed, { now, lookup }), "SignatureDoesNotMatch");
        });
        continue;
      }
      if (!verifiable) {
        it(`${name} (${form}): refused — signed over the raw path (S3 style), and IAM/STS normalize it`, () => {
          expectFailure(verifySigV4(signed, { now, lookup }), "SignatureDoesNotMatch");
        });
        continue;
      }

      it(`${name} (${form}): verifies`, async () => {
        const result = verifySigV4(signed, { now, lookup, services: [context.service] });
        assert.ok(result.ok, result.ok ? "" : `${result.code}: ${result.message}`);
        assert.equal(result.accessKeyId, keyId);
        assert.equal(result.region, context.region);
        assert.equal(result.service, context.service);
        assert.equal(result.presigned, form === "query");
        assert.equal(result.signedAt.getTime(), now.getTime());
        assert.equal(result.sessionToken, context.credentials.token);
        const again = await verifySigV4Async(signed, { now, lookup: async (id) => lookup(id) });
        assert.ok(again.ok);
      });

      it(`${name} (${form}): a changed signature, body, header or key fails`, () => {
        const options = { now, lookup };
        const sig = (
          read(name, `${form}-signature.txt`).trim().endsWith("0") ? "1" : "0"
        ) as string;
        const tampered =
          form === "header"
            ? withHeader(
                signed,
                "authorization",
                String(signed.headers["authorization"]).replace(/.$/, sig),
              )
            : { ...signed, query: signed.query.replace(/.$/, sig) };
        expectFailure(verifySigV4(tampered, options), "SignatureDoesNotMatch");

        const longer = {
          ...signed,
          body: Buffer.concat([Buffer.from(signed.body), Buffer.from("x")]),
        };
        const bodyCode = signed.headers["x-amz-content-sha256"]
          ? "XAmzContentSHA256Mismatch"
          : "SignatureDoesNotMatch";
        expectFailure(verifySigV4(longer, options), bodyCode);

        const otherHost = withHeader(signed, "host", "example.amazonaws.com.evil");
        expectFailure(verifySigV4(otherHost, options), "SignatureDoesNotMatch");

        const upper = { ...signed, method: signed.method === "GET" ? "POST" : "GET" };
        expectFailure(verifySigV4(upper, options), "SignatureDoesNotMatch");

        const wrongSecret = () => ({ secretAccessKey: secret + "x" });
        expectFailure(verifySigV4(signed, { now, lookup: wrongSecret }), "SignatureDoesNotMatch");
        expectFailure(
          verifySigV4(signed, { now, lookup: () => undefined }),
          "InvalidClientTokenId",
        );
        expectFailure(
          verifySigV4(signed, { now, lookup, services: ["iam", "sts"] }),
          "SignatureDoesNotMatch",
        );
      });

      it(`${name} (${form}): too late or too early fails`, () => {
        if (form === "header") {
          const late = new Date(now.getTime() + 15 * 60_000 + 1000);
          const result = verifySigV4(signed, { now: late, lookup });
          expectFailure(result, "SignatureDoesNotMatch");
          assert.match(result.ok ? "" : result.message, /^Signature expired: 20150830T123600Z/);
          const early = new Date(now.getTime() - 15 * 60_000 - 1000);
          expectFailure(verifySigV4(signed, { now: early, lookup }), "SignatureDoesNotMatch");
          const edge = new Date(now.getTime() + 15 * 60_000);
          assert.ok(verifySigV4(signed, { now: edge, lookup }).ok);
        } else {
          const expiry = now.getTime() + context.expiration_in_seconds * 1000;
          assert.ok(verifySigV4(signed, { now: new Date(expiry), lookup }).ok);
          expectFailure(
            verifySigV4(signed, { now: new Date(expiry + 1000), lookup }),
            "RequestExpired",
          );
          const early = new Date(now.getTime() - 15 * 60_000 - 1000);
          expectFailure(verifySigV4(signed, { now: early, lookup }), "SignatureDoesNotMatch");
        }
      });
    }
  }
});

function readPayloadHash(req: SignedRequest): string {
  const declared = req.headers["x-amz-content-sha256"];
  if (typeof declared === "string") return declared;
  return sha256Hex(req.body);
}

function withHeader(req: SignedRequest, name: string, value: string): SignedRequest {
  return { ...req, headers: { ...req.headers, [name]: value } };
}

describe("verifySigV4 failures", () => {
  const now = new Date("2015-08-30T12:36:00Z");
  const lookup = (id: string) =>
    id === "AKIDEXAMPLE"
      ? { secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" }
      : undefined;
  const base: SignedRequest = {
    method: "POST",
    path: "/",
    query: "",
    headers: { host: "iam.amazonaws.com", "x-amz-date": "20150830T123600Z" },
    body: new Uint8Array(),
  };
  const scope = "AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request";
  const sig = "a".repeat(64);
  const withAuth = (authorization: string, extra: Record<string, string> = {}): SignedRequest => ({
    ...base,
    headers: { ...base.headers, authorization, ...extra },
  });
  const failure = (
    req: SignedRequest,
    options: Partial<Parameters<typeof verifySigV4>[1]> = {},
  ) => {
    const result = verifySigV4(req, { now, lookup, ...options });
    assert.equal(result.ok, false);
    return result.ok ? { code: "", message: "", status: 0 } : result;
  };

  it("no authentication at all", () => {
    assert.deepEqual(failure(base), {
      ok: false,
      code: "MissingAuthenticationToken",
      status: 403,
      message: "Request is missing Authentication Token",
    });
  });

  it("incomplete Authorization headers", () => {
    const r = failure(withAuth("AWS4-HMAC-SHA256 Foo=Bar", { "x-amz-date": "" }));
    assert.equal(r.code, "IncompleteSignature");
    assert.equal(r.status, 400);
    assert.equal(
      r.message,
      "Authorization header requires 'Credential' parameter. " +
        "Authorization header requires 'Signature' parameter. " +
        "Authorization header requires 'SignedHeaders' parameter. " +
        "Authorization=AWS4-HMAC-SHA256 Foo=Bar",
    );
    const noDate = {
      ...base,
      headers: {
        host: "h",
        authorization: `AWS4-HMAC-SHA256 Credential=${scope}, SignedHeaders=host, Signature=${sig}`,
      },
    };
    const d = failure(noDate);
    assert.equal(d.code, "IncompleteSignature");
    assert.equal(
      d.message,
      "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. " +
        `Authorization=AWS4-HMAC-SHA256 Credential=${scope}, SignedHeaders=host, Signature=<redacted>`,
    );
    const pair = failure(
      withAuth(`AWS4-HMAC-SHA256 Credential=not valid/20150830/us-east-1/iam/aws4_request`),
    );
    assert.equal(pair.code, "IncompleteSignature");
    assert.match(
      pair.message,
      /^'valid\/20150830\/us-east-1\/iam\/aws4_request' not a valid key=value pair \(missing equal-sign\) in Authorization header: 'AWS4-HMAC-SHA256 Credential=not valid/,
    );
    assert.equal(failure(withAuth("Bearer abc")).code, "IncompleteSignature");
    assert.equal(
      failure(
        withAuth(`AWS4-HMAC-SHA512 Credential=${scope}, SignedHeaders=host, Signature=${sig}`),
      ).message,
      "Unsupported AWS 'algorithm': 'AWS4-HMAC-SHA512'.",
    );
  });

  it("host must be signed, the date well formed, the scope right", () => {
    const auth = (signed: string, credential = scope) =>
      withAuth(
        `AWS4-HMAC-SHA256 Credential=${credential}, SignedHeaders=${signed}, Signature=${sig}`,
      );
    const host = failure(auth("x-amz-date"));
    assert.deepEqual([host.code, host.status], ["SignatureDoesNotMatch", 403]);
    assert.equal(
      host.message,
      "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
    );
    const badDate = failure({
      ...auth("host"),
      headers: { ...auth("host").headers, "x-amz-date": "2015-08-30" },
    });
    assert.equal(badDate.code, "IncompleteSignature");
    assert.equal(failure(auth("host", "AKIDEXAMPLE")).code, "IncompleteSignature");
    const wrong = failure(auth("host", "AKIDEXAMPLE/20150831//s3/aws5_request"), {
      services: ["iam"],
    });
    assert.equal(wrong.code, "SignatureDoesNotMatch");
    assert.equal(
      wrong.message,
      "Credential should be scoped to a valid region, not ''. " +
        "Credential should be scoped to correct service: 'iam'. " +
        "Credential should be scoped with a valid terminator: 'aws4_request', not 'aws5_request'. " +
        "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: " +
        "'20150831' != '20150830', from '20150830T123600Z'.",
    );
    const unknown = failure(auth("host", "AKIDOTHER/20150830/us-east-1/iam/aws4_request"));
    assert.deepEqual(unknown, {
      ok: false,
      code: "InvalidClientTokenId",
      status: 403,
      message: "The security token included in the request is invalid.",
    });
    const mismatch = failure(auth("host;x-amz-date"));
    assert.equal(mismatch.code, "SignatureDoesNotMatch");
    assert.equal(
      mismatch.message,
      "The request signature we calculated does not match the signature you provided. " +
        "Check your AWS Secret Access Key and signing method. Consult the service documentation for details.",
    );
    assert.ok(!mismatch.message.includes("wJalr"));
  });

  it("clock skew messages", () => {
    const req = withAuth(
      `AWS4-HMAC-SHA256 Credential=${scope}, SignedHeaders=host, Signature=${sig}`,
    );
    const late = failure(req, { now: new Date("2015-08-30T12:56:00Z") });
    assert.deepEqual([late.code, late.status], ["SignatureDoesNotMatch", 403]);
    assert.equal(
      late.message,
      "Signature expired: 20150830T123600Z is now earlier than 20150830T124100Z (20150830T125600Z - 15 min.)",
    );
    const early = failure(req, { now: new Date("2015-08-30T12:16:00Z") });
    assert.equal(
      early.message,
      "Signature not yet current: 20150830T123600Z is still later than 20150830T123100Z (20150830T121600Z + 15 min.)",
    );
    const tight = failure(req, { now: new Date("2015-08-30T12:42:00Z"), maxSkewMs: 5 * 60_000 });
    assert.match(tight.message, /\(20150830T124200Z - 5 min\.\)$/);
  });

  it("presigned query problems", () => {
    const q = (query: string) =>
      failure({ ...base, headers: { host: "iam.amazonaws.com" }, query });
    const missing = q("X-Amz-Algorithm=AWS4-HMAC-SHA256");
    assert.equal(missing.code, "IncompleteSignature");
    assert.equal(
      missing.message,
      "AWS query-string parameters must include 'X-Amz-Credential'. " +
        "AWS query-string parameters must include 'X-Amz-Signature'. " +
        "AWS query-string parameters must include 'X-Amz-SignedHeaders'. " +
        "AWS query-string parameters must include 'X-Amz-Date'. " +
        "Re-examine the query-string parameters.",
    );
    const full = (expires: string) =>
      `X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${encodeURIComponent(scope)}` +
      `&X-Amz-Date=20150830T123600Z&X-Amz-Expires=${expires}&X-Amz-SignedHeaders=host&X-Amz-Signature=${sig}`;
    assert.equal(q(full("604801")).code, "IncompleteSignature");
    assert.equal(q(full("0")).code, "IncompleteSignature");
    assert.equal(q(full("-1")).message, "X-Amz-Expires must be non-negative");
    assert.equal(q(full("60")).code, "SignatureDoesNotMatch");
    assert.equal(q(full("60") + "&a=%zz").code, "MalformedQueryString");
    const both = failure({ ...withAuth("AWS4-HMAC-SHA256 x=y"), query: full("60") });
    assert.equal(both.code, "IncompleteSignature");
  });

  it("payload hash header", () => {
    const req = withAuth(
      `AWS4-HMAC-SHA256 Credential=${scope}, SignedHeaders=host, Signature=${sig}`,
      {
        "x-amz-content-sha256": "UNSIGNED-PAYLOAD",
      },
    );
    assert.equal(failure(req).code, "IncompleteSignature");
    const wrong = { ...req, headers: { ...req.headers, "x-amz-content-sha256": "0".repeat(64) } };
    assert.equal(failure(wrong).code, "XAmzContentSHA256Mismatch");
  });

  it("never throws, whatever the input", () => {
    const headerValue = fc.oneof(
      fc.string(),
      fc.array(fc.string(), { maxLength: 3 }),
      fc.constant(undefined),
    );
    const authLike = fc.oneof(
      fc.string(),
      fc
        .tuple(fc.string(), fc.string(), fc.string())
        .map(([c, h, s]) => `AWS4-HMAC-SHA256 Credential=${c}, SignedHeaders=${h}, Signature=${s}`),
    );
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.oneof(
          fc.string(),
          fc.constant("X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=a%2F"),
        ),
        fc.dictionary(fc.string({ maxLength: 8 }), headerValue),
        fc.option(authLike, { nil: undefined }),
        fc.uint8Array({ maxLength: 16 }),
        fc.date({ noInvalidDate: false }),
        (method, path, query, headers, authorization, body, when) => {
          const req: SignedRequest = {
            method,
            path,
            query,
            headers: authorization === undefined ? headers : { ...headers, authorization },
            body,
          };
          const result = verifySigV4(req, { now: when, lookup: () => ({ secretAccessKey: "s" }) });
          assert.equal(typeof result.ok, "boolean");
        },
      ),
      { numRuns: 2000 },
    );
  });
});
