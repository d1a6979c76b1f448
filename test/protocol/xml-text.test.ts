import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { findOperation, iamModel } from "../../src/model/api/load.js";
import { renderResult } from "../../src/protocol/xml.js";
import { encodePolicyDocument, escapeXml, formatTimestamp } from "../../src/protocol/xml-text.js";

describe("escapeXml", () => {
  it("escapes markup, keeps quotes, tabs, newlines and pairs", () => {
    assert.equal(escapeXml("plain"), "plain");
    assert.equal(escapeXml(`a&b<c>d"e'f\tg\nh`), `a&amp;b&lt;c&gt;d"e'f\tg\nh`);
    assert.equal(escapeXml("a\r\nb"), "a&#xD;\nb");
    assert.equal(escapeXml("😀"), "😀");
  });

  it("replaces what XML 1.0 cannot carry with U+FFFD", () => {
    assert.equal(escapeXml("\u0000\u0008\u000B\u001F\uFFFE\uFFFF"), "\uFFFD".repeat(6));
    assert.equal(escapeXml("a\uD800b\uDC00c"), "a\uFFFDb\uFFFDc");
    assert.equal(escapeXml("\uDC00\uD800"), "\uFFFD\uFFFD");
  });
});

describe("formatTimestamp", () => {
  it("writes whole seconds, UTC", () => {
    assert.equal(formatTimestamp(new Date("2013-10-02T17:01:44.999Z")), "2013-10-02T17:01:44Z");
    assert.equal(formatTimestamp(0), "1970-01-01T00:00:00Z");
    assert.equal(formatTimestamp(-1), "1969-12-31T23:59:59Z");
    assert.equal(formatTimestamp("2020-01-01T01:00:00+01:00"), "2020-01-01T00:00:00Z");
    assert.throws(() => formatTimestamp(new Date(NaN)), TypeError);
  });
});

describe("encodePolicyDocument", () => {
  it("leaves only RFC 3986 unreserved characters", () => {
    assert.equal(encodePolicyDocument("AZaz09-_.~"), "AZaz09-_.~");
    assert.equal(encodePolicyDocument("!'()* \n\"%é"), "%21%27%28%29%2A%20%0A%22%25%C3%A9");
    // As a real GetUserPolicy answer shows: an escaped ARN in a policy is escaped once more.
    assert.equal(encodePolicyDocument("arn%3Aaws"), "arn%253Aaws");
  });

  it("round-trips through decodeURIComponent, lone surrogates as U+FFFD", () => {
    const text = '{"a": "b*c (d)"}\t😀';
    assert.equal(decodeURIComponent(encodePolicyDocument(text)), text);
    assert.equal(decodeURIComponent(encodePolicyDocument("x\uD800y")), "x\uFFFDy");
  });
});

describe("renderResult's handling of values", () => {
  const getUser = findOperation(iamModel, "GetUser");
  const user = { Path: "/", UserName: "u", UserId: "AIDA", Arn: "arn", CreateDate: new Date(0) };
  assert.ok(getUser);

  it("omits undefined and null members and ignores unknown ones", () => {
    const xml = renderResult(
      iamModel,
      getUser,
      { User: { ...user, PasswordLastUsed: undefined, Tags: null, Extra: "x" } },
      "r",
    );
    assert.doesNotMatch(xml, /PasswordLastUsed|Tags|Extra/);
  });

  it("throws a TypeError when a value does not fit its shape", () => {
    assert.throws(
      () => renderResult(iamModel, getUser, { User: { ...user, Tags: "no" } }, "r"),
      /Tags: expected an array, got string/,
    );
    assert.throws(
      () => renderResult(iamModel, getUser, { User: { ...user, CreateDate: {} } }, "r"),
      TypeError,
    );
    assert.throws(() => renderResult(iamModel, getUser, { User: "bob" }, "r"), TypeError);
  });

  it("writes blobs as base64", () => {
    const op = findOperation(iamModel, "GetCredentialReport");
    assert.ok(op);
    const xml = renderResult(iamModel, op, { Content: new Uint8Array([104, 105]) }, "r");
    assert.match(xml, /<Content>aGk=<\/Content>/);
  });

  it("escapes the request id", () => {
    assert.match(renderResult(iamModel, getUser, { User: user }, "a<b"), /<RequestId>a&lt;b</);
  });
});
