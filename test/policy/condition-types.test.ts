/**
 * Condition operators by family (reference_policies_elements_condition_operators):
 * Numeric, Date, Bool, Binary, IP address, ARN.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseIso, parsePolicyDate, parseRequestDate } from "../../src/policy/condition/date.js";
import { parseNumber } from "../../src/policy/condition/numeric.js";
import { check, compile, context, table } from "./condition-helpers.js";

describe("numeric operators (condition_operators: Numeric)", () => {
  it("matches and refuses as the table says", () => {
    table([
      ["NumericEquals", "10", "10", true],
      ["NumericEquals", "10", "10.0", true],
      ["NumericEquals", "10", 10, true],
      ["NumericEquals", "10", "11", false],
      ["NumericEquals", ["1", "2"], "2", true],
      ["NumericEquals", "1.5", "1.50", true],
      ["NumericNotEquals", "10", "10", false],
      ["NumericNotEquals", "10", "11", true],
      ["NumericNotEquals", ["10", "11"], "11", false],
      ["NumericLessThan", "10", "9", true],
      ["NumericLessThan", "10", "10", false],
      ["NumericLessThanEquals", "10", "10", true],
      ["NumericLessThanEquals", "10", "10.5", false],
      ["NumericLessThanEquals", ["5", "10"], "7", true],
      ["NumericGreaterThan", "10", "10.01", true],
      ["NumericGreaterThan", "10", "10", false],
      ["NumericGreaterThanEquals", "-3", "-3", true],
      ["NumericGreaterThanEquals", "-3", "-4", false],
      ["NumericGreaterThanEquals", ["5", "10"], "7", true],
      ["NumericLessThan", "1e3", "999", true],
      ["NumericEquals", "10", "ten", false],
      ["NumericEquals", "10", "", false],
      ["NumericEquals", "10", " 10", false],
      ["NumericEquals", "16", "0x10", false],
      ["NumericEquals", "abc", "abc", false],
      ["NumericNotEquals", "abc", "5", true],
    ]);
  });

  it("parses integers and decimals only", () => {
    assert.equal(parseNumber("+1.5"), 1.5);
    assert.equal(parseNumber(".5"), 0.5);
    assert.equal(parseNumber("5."), 5);
    assert.equal(parseNumber("2E-2"), 0.02);
    for (const bad of ["", "-", ".", "1e", "Infinity", "NaN", "1_000", "1,5", "1e400"]) {
      assert.equal(parseNumber(bad), undefined, bad);
    }
  });
});

describe("date operators (condition_operators: Date and time)", () => {
  const jan1 = "2020-01-01T00:00:01Z";

  it("matches and refuses as the table says", () => {
    table([
      ["DateGreaterThan", jan1, "2020-06-01T00:00:00Z", true],
      ["DateGreaterThan", jan1, "2020-01-01T00:00:01Z", false],
      ["DateGreaterThanEquals", jan1, "2020-01-01T00:00:01Z", true],
      ["DateLessThan", jan1, "2019-12-31T23:59:59Z", true],
      ["DateLessThan", jan1, "2020-01-01T00:00:01Z", false],
      ["DateLessThanEquals", jan1, "2020-01-01T00:00:01.000Z", true],
      ["DateEquals", jan1, "2020-01-01T01:00:01+01:00", true],
      ["DateEquals", jan1, "2019-12-31T19:00:01-05:00", true],
      ["DateEquals", "2020-01-01", "2020-01-01T00:00:00Z", true],
      ["DateNotEquals", jan1, "2020-01-01T00:00:01Z", false],
      ["DateNotEquals", jan1, "2021-01-01T00:00:01Z", true],
      ["DateEquals", jan1, "1577836801", true],
      ["DateGreaterThan", "1577836800", "2020-01-01T00:00:01Z", true],
      ["DateGreaterThan", "1577836800", "1577836800.5", true],
      ["DateGreaterThan", "1577836800", 1577836801, true],
      ["DateLessThan", "2020-01-01", "not a date", false],
      ["DateLessThan", "2020-01-01", "", false],
      ["DateLessThan", "2020-01-01", "Tue, 31 Dec 2019 00:00:00 GMT", false],
    ]);
  });

  it("reads the W3C ISO 8601 forms", () => {
    const at = Date.UTC(2019, 6, 16, 12, 30, 15, 250);
    assert.equal(parseIso("2019"), Date.UTC(2019, 0, 1));
    assert.equal(parseIso("2019-07"), Date.UTC(2019, 6, 1));
    assert.equal(parseIso("2019-07-16"), Date.UTC(2019, 6, 16));
    assert.equal(parseIso("2019-07-16T12:30Z"), Date.UTC(2019, 6, 16, 12, 30));
    assert.equal(parseIso("2019-07-16T12:30:15.25Z"), at);
    assert.equal(parseIso("2019-07-16T12:30:15.250999Z"), at);
    assert.equal(parseIso("2019-07-16t14:30:15.25+02:00"), at);
    assert.equal(parseIso("2019-07-16T12:30:15.25"), at);
    assert.equal(parseIso("1970-01-01T00:00:00Z"), 0);
    assert.equal(parseIso("1969-12-31T23:59:59Z"), -1000);
    assert.equal(parseIso("2000-02-29"), Date.UTC(2000, 1, 29));
    assert.equal(parseIso("0001-01-01"), new Date("0001-01-01T00:00:00Z").getTime());
    for (const bad of [
      "2019-13",
      "2019-07-32",
      "2019-07-16T24:00",
      "2019-07-16T12:60",
      "2019-07-16TZ",
      "2019-07-16T12:00:00Zx",
    ]) {
      assert.equal(parseIso(bad), undefined, bad);
    }
  });

  it("reads epoch seconds", () => {
    assert.equal(parsePolicyDate("0"), 0);
    assert.equal(parsePolicyDate("1563278400"), 1563278400000);
    assert.equal(parsePolicyDate("1.5"), undefined);
    // IAM's legacy parser reads whole numbers as Python's int() does.
    assert.equal(parsePolicyDate(" 8 "), 8000);
    assert.equal(parsePolicyDate("+8"), 8000);
  });

  it("reads a policy date with the same value as the request's ISO reading", () => {
    // A bare year has neither `t` nor `-`: IAM reads it as epoch seconds.
    assert.equal(parsePolicyDate("2019"), 2019000);
    for (const text of [
      "2019-07",
      "2019-07-16",
      "2019-07-16T12:30",
      "2019-07-16T12:30:15.25Z",
      "2019-07-16t14:30:15.25+02:00",
      "2016-12-13T21:20:37.593194+00:00",
      "1969-12-31T23:59:59Z",
      "0001-01-01",
    ]) {
      assert.equal(parsePolicyDate(text), parseIso(text), text);
    }
    // Forms only IAM's legacy parser takes still have a value.
    assert.equal(parsePolicyDate("2019-07-16T"), Date.UTC(2019, 6, 16));
    assert.equal(parsePolicyDate("2019-7-6t1"), Date.UTC(2019, 6, 6, 1));
    assert.equal(parsePolicyDate("2020-02-31"), Date.UTC(2020, 2, 2));
    // and a zone after minutes alone is refused, as the legacy parser refuses it.
    assert.equal(parsePolicyDate("2019-07-16T12:30Z"), undefined);
    assert.equal(parseRequestDate("1.5"), 1500);
    assert.equal(parseRequestDate("abc"), undefined);
  });
});

describe("Bool (condition_operators: Boolean)", () => {
  it("matches and refuses as the table says", () => {
    table([
      ["Bool", "false", "false", true],
      ["Bool", "false", "true", false],
      ["Bool", "true", true, true],
      ["Bool", "true", false, false],
      ["Bool", "true", "TRUE", true],
      ["Bool", "True", "true", true],
      ["Bool", ["true", "false"], "false", true],
      ["Bool", "true", "yes", false],
      ["Bool", "true", "1", false],
      ["Bool", "yes", "yes", false],
    ]);
  });
});

describe("BinaryEquals (condition_operators: Binary)", () => {
  const value = Buffer.from("BinaryValueInBase64").toString("base64");
  it("compares the bytes", () => {
    table([
      ["BinaryEquals", "QmluYXJ5VmFsdWVJbkJhc2U2NA==", value, true],
      ["BinaryEquals", "QmluYXJ5VmFsdWVJbkJhc2U2NA==", "QmluYXJ5VmFsdWVJbkJhc2U2NA", true],
      [
        "BinaryEquals",
        "QmluYXJ5VmFsdWVJbkJhc2U2NA==",
        Buffer.from("other").toString("base64"),
        false,
      ],
      ["BinaryEquals", "+/8=", "-_8", true],
      ["BinaryEquals", "AAAA", "AAA", false],
      ["BinaryEquals", "AAAA", "A===", false],
      ["BinaryEquals", ["AAAA", "AQID"], "AQID", true],
    ]);
  });
});

describe("IP address operators (condition_operators: IP address)", () => {
  it("matches IPv4 ranges and addresses", () => {
    table([
      ["IpAddress", "203.0.113.0/24", "203.0.113.0", true],
      ["IpAddress", "203.0.113.0/24", "203.0.113.255", true],
      ["IpAddress", "203.0.113.0/24", "203.0.114.1", false],
      ["IpAddress", "203.0.113.7", "203.0.113.7", true],
      ["IpAddress", "203.0.113.7", "203.0.113.8", false],
      ["IpAddress", "203.0.113.7/24", "203.0.113.200", true],
      ["IpAddress", "0.0.0.0/0", "198.51.100.1", true],
      ["IpAddress", ["192.0.2.0/24", "203.0.113.0/24"], "203.0.113.9", true],
      ["IpAddress", "10.0.0.0/8", "10.255.255.255", true],
      ["IpAddress", "10.0.0.0/8", "11.0.0.0", false],
      ["IpAddress", "128.0.0.0/1", "200.0.0.1", true],
      ["NotIpAddress", "203.0.113.0/24", "203.0.113.9", false],
      ["NotIpAddress", "203.0.113.0/24", "198.51.100.9", true],
      ["NotIpAddress", ["192.0.2.0/24", "203.0.113.0/24"], "192.0.2.1", false],
      ["IpAddress", "203.0.113.0/24", "203.0.113", false],
      ["IpAddress", "203.0.113.0/24", "203.0.113.256", false],
      ["IpAddress", "203.0.113.0/24", "203.0.113.1/32", false],
      ["IpAddress", "203.0.113.0/24", "vpce-123", false],
    ]);
  });

  it("matches IPv6 ranges and addresses", () => {
    table([
      ["IpAddress", "2001:DB8:1234:5678::/64", "2001:db8:1234:5678::1", true],
      ["IpAddress", "2001:DB8:1234:5678::/64", "2001:db8:1234:5678:ffff:ffff:ffff:ffff", true],
      ["IpAddress", "2001:DB8:1234:5678::/64", "2001:db8:1234:5679::1", false],
      ["IpAddress", "2001:db8::/32", "2001:0db8:0000:0000:0000:0000:0000:0001", true],
      ["IpAddress", "2001:db8::1", "2001:db8:0:0:0:0:0:1", true],
      ["IpAddress", "2001:db8::1", "2001:db8::2", false],
      ["IpAddress", "::/0", "fe80::1", true],
      ["IpAddress", "::1", "::1", true],
      ["IpAddress", "2001:db8::/33", "2001:db8:8000::", false],
      ["IpAddress", "2001:db8::/33", "2001:db8:7fff::", true],
      ["IpAddress", ["203.0.113.0/24", "2001:DB8:1234:5678::/64"], "2001:db8:1234:5678::9", true],
      ["IpAddress", ["203.0.113.0/24", "2001:DB8:1234:5678::/64"], "203.0.113.9", true],
      ["NotIpAddress", "2001:db8::/32", "2001:db9::1", true],
      ["IpAddress", "2001:db8::/32", "2001:db8::1::", false],
      ["IpAddress", "2001:db8::/32", "2001:db8:1", false],
      ["IpAddress", "2001:db8::/32", "2001:db8:0:0:0:0:0:0:1", false],
      ["IpAddress", "2001:db8::/32", "2001:db8::g", false],
    ]);
  });

  it("IPv4 and IPv6 do not cross, except through IPv4-mapped addresses", () => {
    table([
      ["IpAddress", "::/0", "203.0.113.9", false],
      ["IpAddress", "0.0.0.0/0", "2001:db8::1", false],
      ["IpAddress", "203.0.113.0/24", "::ffff:203.0.113.9", true],
      ["IpAddress", "203.0.113.0/24", "::ffff:cb00:7109", true],
      ["IpAddress", "203.0.113.0/24", "::ffff:198.51.100.1", false],
      ["IpAddress", "::ffff:203.0.113.0/120", "203.0.113.9", true],
      ["IpAddress", "::ffff:203.0.113.0/120", "203.0.114.9", false],
      ["NotIpAddress", "203.0.113.0/24", "::ffff:203.0.113.9", false],
    ]);
  });
});

describe("ARN operators (condition_operators: ARN)", () => {
  const topic = "arn:aws:sns:us-east-1:123456789012:TOPIC-ID";
  it("matches part by part, wildcards inside a part", () => {
    table([
      ["ArnEquals", topic, topic, true],
      ["ArnEquals", topic, "arn:aws:sns:us-east-1:123456789012:topic-id", false],
      ["ArnLike", "arn:aws:sns:*:123456789012:TOPIC-ID", topic, true],
      ["ArnEquals", "arn:aws:sns:*:123456789012:TOPIC-ID", topic, true],
      ["ArnLike", "arn:aws:sns:us-east-?:123456789012:*", topic, true],
      [
        "ArnLike",
        "arn:aws:sns:us-east-?:123456789012:*",
        "arn:aws:sns:us-east-10:123456789012:x",
        false,
      ],
      ["ArnLike", "arn:aws:*:*:*:*", topic, true],
      ["ArnLike", "arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket/a/b:c", true],
      ["ArnLike", "arn:aws:iam::*:role/admin-?", "arn:aws:iam::1:role/admin-a", true],
      ["ArnLike", "arn:aws:iam::*:role/*", "arn:aws:iam::1:user/x", false],
      [
        "ArnLike",
        "arn:aws:someservice:*:111122223333:finance/*",
        "arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt",
        false,
      ],
      ["ArnLike", "arn:aws:sns:*:123456789012:TOPIC-ID", `${topic}:extra`, false],
      ["ArnLike", "arn:aws:sns:*:123456789012:TOPIC-ID", "not an arn", false],
      ["ArnNotEquals", topic, topic, false],
      ["ArnNotLike", "arn:aws:sns:*:123456789012:*", topic, false],
      ["ArnNotLike", "arn:aws:sns:*:999999999999:*", topic, true],
      ["ArnNotLike", ["arn:aws:sns:*:1:*", "arn:aws:sns:*:123456789012:*"], topic, false],
    ]);
  });
});

describe("ARN patterns of unusual shape", () => {
  it("a pattern with fewer than six parts matches values with as many parts", () => {
    table([
      ["ArnLike", "*", "anything-without-colons", true],
      ["ArnLike", "*", "arn:aws:s3:::bucket", false],
      ["ArnLike", "arn:*", "arn:aws", true],
      ["ArnLike", "arn:*", "arn:aws:s3", false],
      ["ArnEquals", "arn:aws", "arn:aws", true],
      ["ArnEquals", "", "", true],
      ["ArnEquals", "", "x", false],
    ]);
  });

  it("fills in variables per part, their text literal", () => {
    const ctx = { "aws:PrincipalAccount": "111122223333", "aws:PrincipalTag/x": "a*" };
    const pattern = "arn:aws:iam::${aws:PrincipalAccount}:role/${aws:PrincipalTag/x}";
    assert.equal(check("ArnLike", pattern, "arn:aws:iam::111122223333:role/a*", ctx), true);
    assert.equal(check("ArnLike", pattern, "arn:aws:iam::111122223333:role/ab", ctx), false);
    assert.equal(check("ArnLike", pattern, "arn:aws:iam::999999999999:role/a*", ctx), false);
    assert.equal(check("ArnLike", "arn:aws:s3:::b/${*}", "arn:aws:s3:::b/*"), true);
    assert.equal(check("ArnLike", "arn:aws:s3:::b/${*}", "arn:aws:s3:::b/x"), false);
  });
});

describe("remembered values never leak between requests", () => {
  it("alternating request values give fresh answers", () => {
    const cases: [string, string, unknown, unknown][] = [
      ["StringLike", "a*", "abc", "xbc"],
      ["StringEqualsIgnoreCase", "ABC", "abc", "abd"],
      ["ArnLike", "arn:aws:sns:*:1:*", "arn:aws:sns:r:1:t", "arn:aws:sns:r:2:t"],
      ["NumericLessThan", "10", "5", "50"],
      ["DateLessThan", "2020-01-01", "2019-01-01", "2021-01-01"],
      ["IpAddress", "10.0.0.0/8", "10.1.1.1", "11.1.1.1"],
      ["BinaryEquals", "AQID", "AQID", "AQIE"],
    ];
    for (const [op, value, yes, no] of cases) {
      const c = compile(op, "k", value);
      for (let i = 0; i < 3; i++) {
        assert.equal(c.test(context({ k: yes })), true, `${op} ${String(yes)}`);
        assert.equal(c.test(context({ k: no })), false, `${op} ${String(no)}`);
      }
    }
  });

  it("a variable's new value is used", () => {
    const like = compile("StringLike", "s3:prefix", "home/${aws:username}/*");
    const arn = compile("ArnLike", "k", "arn:aws:iam::${aws:PrincipalAccount}:user/*");
    const eq = compile("StringEqualsIgnoreCase", "k", "${aws:PrincipalTag/team}");
    for (let i = 0; i < 3; i++) {
      assert.equal(like.test(context({ "s3:prefix": "home/bob/x", "aws:username": "bob" })), true);
      assert.equal(like.test(context({ "s3:prefix": "home/bob/x", "aws:username": "eve" })), false);
      assert.equal(like.test(context({ "s3:prefix": "home/bob/x" })), false);
      assert.equal(
        arn.test(context({ k: "arn:aws:iam::1:user/x", "aws:PrincipalAccount": "1" })),
        true,
      );
      assert.equal(
        arn.test(context({ k: "arn:aws:iam::1:user/x", "aws:PrincipalAccount": "2" })),
        false,
      );
      assert.equal(eq.test(context({ k: "Red", "aws:PrincipalTag/team": "RED" })), true);
      assert.equal(eq.test(context({ k: "Red", "aws:PrincipalTag/team": "blue" })), false);
      assert.equal(eq.test(context({ k: "Red" })), false);
    }
  });
});
