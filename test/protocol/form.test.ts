import { describe, it } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { parseQuery } from "../../src/auth/sigv4-canonical.js";
import { malformedQuery } from "../../src/auth/sigv4-errors.js";
import {
  MAX_BODY_BYTES,
  decodeFormComponent,
  isFormContentType,
  nulRefusal,
  parseForm,
  type FormRequest,
} from "../../src/protocol/form.js";

function params(request: FormRequest): Record<string, string> {
  const result = parseForm(request);
  assert.ok(result.ok, result.ok ? "" : result.error.message);
  return Object.fromEntries(result.params);
}

const FORM = "application/x-www-form-urlencoded; charset=utf-8";

describe("parseForm", () => {
  it("reads a POST body as the SDKs send it", () => {
    assert.deepEqual(
      params({
        query: "",
        body: "Action=CreateUser&Version=2010-05-08&UserName=b%C3%B8b&Path=%2Fa%2F&Tags.member.1.Key=k+1",
        contentType: FORM,
      }),
      {
        Action: "CreateUser",
        Version: "2010-05-08",
        UserName: "bøb",
        Path: "/a/",
        "Tags.member.1.Key": "k 1",
      },
    );
  });

  it("reads body bytes as UTF-8, raw or escaped", () => {
    const body = new TextEncoder().encode("A=%E2%82%AC&B=€&C=%2B+%2b");
    assert.deepEqual(params({ query: "", body, contentType: FORM }), { A: "€", B: "€", C: "+ +" });
  });

  it("merges the query string and the body; the first of duplicates wins", () => {
    assert.deepEqual(
      params({ query: "Action=GetUser&X=1&X=2", body: "Action=ListUsers&Y=3", contentType: FORM }),
      { Action: "GetUser", X: "1", Y: "3" },
    );
  });

  it("keeps empty values, names without '=' and skips empty pieces", () => {
    assert.deepEqual(params({ query: "&&a=&b&=c&d==e&" }), { a: "", b: "", "": "c", d: "=e" });
    assert.deepEqual(params({ query: "" }), {});
  });

  it("reads the body without a content type, and ignores it under another one", () => {
    assert.deepEqual(params({ query: "", body: "A=1" }), { A: "1" });
    assert.deepEqual(params({ query: "B=2", body: '{"A":1}', contentType: "application/json" }), {
      B: "2",
    });
    assert.ok(isFormContentType("Application/X-WWW-Form-Urlencoded"));
    assert.ok(!isFormContentType("multipart/form-data"));
  });

  it("refuses a malformed escape with the verifier's MalformedQueryString", () => {
    for (const [query, escape] of [
      ["A=%zz", "%zz"],
      ["A=1%", "%"],
      ["A=%4", "%4"],
      ["%g0=1", "%g0"],
    ] as const) {
      const result = parseForm({ query });
      assert.ok(!result.ok);
      const expected = malformedQuery(escape);
      assert.equal(result.error.code, "MalformedQueryString");
      assert.equal(result.error.status, 404);
      assert.equal(result.error.message, expected.message);
    }
    const inBody = parseForm({
      query: "",
      body: "Action=GetUser&UserName=%E2%82",
      contentType: FORM,
    });
    assert.ok(!inBody.ok);
    assert.equal(inBody.error.code, "InvalidParameterValue", "not a malformed escape");
    // A bad escape anywhere in the query string wins, as the verifier reports it.
    const both = parseForm({ query: "A=%FF&B=%zz" });
    assert.ok(!both.ok);
    assert.equal(both.error.code, "MalformedQueryString");
  });

  it("refuses names and values that are not UTF-8 text", () => {
    const refused = (request: FormRequest, message: string) => {
      const result = parseForm(request);
      assert.ok(!result.ok, JSON.stringify(request));
      assert.equal(result.error.code, "InvalidParameterValue");
      assert.equal(result.error.status, 400);
      assert.equal(result.error.message, message);
    };
    const value = "The value of parameter UserName must be UTF-8 text.";
    for (const bad of ["%FF", "%C3", "%C0%AF", "%ED%A0%80", "%F4%90%80%80", "%E2%82"]) {
      refused({ query: `Action=GetUser&UserName=${bad}` }, value);
      refused({ query: "", body: `Action=GetUser&UserName=${bad}`, contentType: FORM }, value);
    }
    refused({ query: "A%FF=1" }, "Parameter names must be UTF-8 text.");
    refused(
      { query: "", body: Buffer.from([0x41, 0x3d, 0xff]), contentType: FORM },
      "The request body must be UTF-8 text.",
    );
    refused(
      { query: "", body: "A=\uD800", contentType: FORM },
      "The value of parameter A must be UTF-8 text.",
    );
  });

  it("leaves NUL to the model's patterns, and refuses what none of them refused", () => {
    const parsed = params({ query: "Action=GetUser&UserName=a%00b" });
    assert.equal(parsed.UserName, "a\u0000b");
    const map = (query: string) => {
      const r = parseForm({ query });
      assert.ok(r.ok);
      return r.params;
    };
    assert.equal(nulRefusal(map("Action=GetUser&UserName=ab")), undefined);
    const value = nulRefusal(map("Action=GetUser&Description=a%00b"));
    assert.equal(value?.code, "InvalidParameterValue");
    assert.equal(value?.status, 400);
    assert.equal(
      value?.message,
      "The value of parameter Description must not contain NUL characters.",
    );
    assert.equal(
      nulRefusal(map("A%00=1"))?.message,
      "Parameter names must not contain NUL characters.",
    );
    // Text outside the Basic Multilingual Plane is text.
    assert.equal(params({ query: "U=%F0%9F%98%80" }).U, "\u{1F600}");
  });

  it("bounds the body size", () => {
    const big = "A=" + "x".repeat(MAX_BODY_BYTES);
    const result = parseForm({ query: "", body: big, contentType: FORM });
    assert.ok(!result.ok);
    assert.equal(result.error.status, 413);
    assert.ok(parseForm({ query: "", body: "A=1", contentType: FORM, maxBodyBytes: 3 }).ok);
    assert.ok(!parseForm({ query: "", body: "A=12", contentType: FORM, maxBodyBytes: 3 }).ok);
  });

  it("reads the largest policy document IAM accepts within the default bound", () => {
    const doc = "é".repeat(131072);
    const body = "Action=PutUserPolicy&PolicyDocument=" + encodeURIComponent(doc);
    assert.ok(body.length > 786432);
    assert.equal(params({ query: "", body, contentType: FORM }).PolicyDocument, doc);
  });

  it("decodes exactly as the SigV4 verifier does (property)", () => {
    const piece = fc.oneof(
      fc.string({ unit: "grapheme" }).map((s) => encodeURIComponent(s)),
      fc.string({ unit: "binary" }).map((s) => s.replace(/[\uD800-\uDFFF]/g, "x")),
      fc
        .array(fc.constantFrom("%", "+", "=", "&", "a", "%E2", "%82", "%AC", "%zz", "%2", "%C0%AF"))
        .map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const query = pieces.join("&");
        const ours = parseForm({ query });
        const theirs = parseQuery(query);
        if ("badEscape" in theirs) {
          assert.ok(!ours.ok);
          assert.equal(ours.error.message, malformedQuery(theirs.badEscape).message);
          return;
        }
        const notText = theirs.params.some((p) => `${p.name}=${p.value}`.includes("\uFFFD"));
        if (notText) {
          // The verifier reads bytes that are not UTF-8 as U+FFFD; the form refuses them.
          assert.ok(!ours.ok || /\uFFFD/.test(query), query);
          if (!ours.ok) assert.equal(ours.error.code, "InvalidParameterValue");
          return;
        }
        assert.ok(ours.ok, query);
        const first = new Map<string, string>();
        for (const p of theirs.params) if (!first.has(p.name)) first.set(p.name, p.value);
        assert.deepEqual(ours.params, first);
      }),
      { numRuns: 2000 },
    );
  });

  it("decodeFormComponent's fast paths", () => {
    assert.equal(decodeFormComponent("plain"), "plain");
    assert.equal(decodeFormComponent("a+b"), "a b");
    assert.equal(decodeFormComponent("%41%2b+"), "A+ ");
  });
});

describe("parseForm cost", () => {
  it("stays linear on many pieces without '='", () => {
    const query = "a&".repeat(400_000) + "b=1";
    const start = performance.now();
    const result = parseForm({ query });
    assert.ok(result.ok);
    assert.equal(result.params.get("b"), "1");
    assert.ok(performance.now() - start < 2000);
  });
});
