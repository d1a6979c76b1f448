/**
 * Condition operators: string family, the missing-key rules, multivalued
 * request values and set operators, policy variables, compile errors, and
 * odd request values. Other families are in condition-types.test.ts.
 * Cases follow the IAM User Guide pages named in each test.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { compileCondition } from "../../src/policy/condition/index.js";
import { BASE_OPERATORS } from "../../src/policy/condition/operator-name.js";
import { check, compile, context, table, type Row } from "./condition-helpers.js";

describe("string operators (reference_policies_elements_condition_operators: String)", () => {
  it("matches and refuses as the table says", () => {
    const rows: Row[] = [
      ["StringEquals", "johndoe", "johndoe", true],
      ["StringEquals", "johndoe", "JohnDoe", false],
      ["StringEquals", ["a", "b", "c"], "b", true],
      ["StringEquals", ["a", "b"], "x", false],
      ["StringEquals", "a*", "abc", false],
      ["StringEquals", "a*", "a*", true],
      ["StringEquals", "", "", true],
      ["StringNotEquals", "johndoe", "JohnDoe", true],
      ["StringNotEquals", "johndoe", "johndoe", false],
      ["StringNotEquals", ["audit", "security"], "audit", false],
      ["StringNotEquals", ["audit", "security"], "other", true],
      ["StringEqualsIgnoreCase", "johndoe", "JohnDoe", true],
      ["StringEqualsIgnoreCase", ["X", "JOHNDOE"], "johndoe", true],
      ["StringEqualsIgnoreCase", "johndoe", "john", false],
      ["StringNotEqualsIgnoreCase", "johndoe", "JOHNDOE", false],
      ["StringNotEqualsIgnoreCase", "johndoe", "jane", true],
      ["StringLike", "t2.*", "t2.micro", true],
      ["StringLike", "t2.*", "T2.micro", false],
      ["StringLike", ["t1.*", "t2.*", "m3.*"], "m3.large", true],
      ["StringLike", ["t1.*", "t2.*", "m3.*"], "c5.large", false],
      ["StringLike", "home/?/x", "home/a/x", true],
      ["StringLike", "home/?/x", "home/ab/x", false],
      ["StringLike", "*", "", true],
      ["StringLike", "", "", true],
      [
        "StringLike",
        "arn:aws:someservice:*:111122223333:finance/*",
        "arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt",
        true,
      ],
      ["StringNotLike", "key1*", "key1:legal", false],
      ["StringNotLike", "key1*", "key2:audit", true],
      ["StringNotLike", ["a*", "b*"], "bz", false],
    ];
    table(rows);
  });

  it("compares numbers and booleans from the context as text", () => {
    assert.equal(check("StringEquals", "10", 10), true);
    assert.equal(check("StringEquals", "true", true), true);
  });
});

describe("missing keys (condition_operators: Important, IfExists, Null)", () => {
  const positive: [string, string][] = [
    ["StringEquals", "a"],
    ["StringEqualsIgnoreCase", "a"],
    ["StringLike", "a*"],
    ["NumericEquals", "1"],
    ["NumericLessThan", "1"],
    ["NumericLessThanEquals", "1"],
    ["NumericGreaterThan", "1"],
    ["NumericGreaterThanEquals", "1"],
    ["DateEquals", "2020-01-01T00:00:00Z"],
    ["DateLessThan", "2020-01-01T00:00:00Z"],
    ["DateLessThanEquals", "2020-01-01T00:00:00Z"],
    ["DateGreaterThan", "2020-01-01T00:00:00Z"],
    ["DateGreaterThanEquals", "2020-01-01T00:00:00Z"],
    ["Bool", "true"],
    ["BinaryEquals", "QmluYXJ5VmFsdWVJbkJhc2U2NA=="],
    ["IpAddress", "203.0.113.0/24"],
    ["ArnEquals", "arn:aws:sns:us-east-1:123456789012:t"],
    ["ArnLike", "arn:aws:sns:*:123456789012:t"],
  ];
  const negated: [string, string][] = [
    ["StringNotEquals", "a"],
    ["StringNotEqualsIgnoreCase", "a"],
    ["StringNotLike", "a*"],
    ["NumericNotEquals", "1"],
    ["DateNotEquals", "2020-01-01T00:00:00Z"],
    ["NotIpAddress", "203.0.113.0/24"],
    ["ArnNotEquals", "arn:aws:sns:us-east-1:123456789012:t"],
    ["ArnNotLike", "arn:aws:sns:*:123456789012:t"],
  ];

  it("covers every base operator", () => {
    const covered = new Set([...positive, ...negated].map(([op]) => op));
    covered.add("Null");
    assert.deepEqual(
      [...BASE_OPERATORS].filter((op) => !covered.has(op)),
      [],
    );
  });

  it("is false for a plain operator and true for a negated one", () => {
    for (const [op, value] of positive) assert.equal(check(op, value, undefined), false, op);
    for (const [op, value] of negated) assert.equal(check(op, value, undefined), true, op);
  });

  it("is true with IfExists, whatever the operator", () => {
    for (const [op, value] of [...positive, ...negated]) {
      assert.equal(check(`${op}IfExists`, value, undefined), true, op);
    }
  });

  it("IfExists evaluates normally when the key is present", () => {
    assert.equal(check("StringLikeIfExists", ["t1.*", "t2.*"], "t2.micro"), true);
    assert.equal(check("StringLikeIfExists", ["t1.*", "t2.*"], "m5.large"), false);
    assert.equal(check("StringNotEqualsIfExists", "x", "x"), false);
    assert.equal(check("BoolIfExists", "false", "true"), false);
    assert.equal(check("BoolIfExists", "false", "false"), true);
  });

  it("an empty list in the context is an absent key", () => {
    assert.equal(check("StringEquals", "a", []), false);
    assert.equal(check("StringNotEquals", "a", []), true);
    assert.equal(check("StringEqualsIfExists", "a", []), true);
  });

  it("looks keys up without regard to case (elements_condition)", () => {
    const c = compile("IpAddress", "aws:SourceIP", "203.0.113.0/24");
    assert.equal(c.test(context({ "AWS:sourceip": "203.0.113.9" })), true);
    assert.equal(c.key.lower, "aws:sourceip");
    assert.equal(c.key.name, "aws:SourceIP");
  });

  it("Null: true means absent, false means present", () => {
    assert.equal(check("Null", "true", undefined), true);
    assert.equal(check("Null", "true", "x"), false);
    assert.equal(check("Null", "false", "x"), true);
    assert.equal(check("Null", "false", undefined), false);
    assert.equal(check("Null", "false", []), false);
    assert.equal(check("Null", "false", ["a", "b"]), true);
    assert.equal(check("Null", ["true", "false"], undefined), true);
    assert.equal(check("Null", ["true", "false"], "x"), true);
    assert.equal(check("Null", "TRUE", undefined), true);
  });

  it("Null: an empty string is a null value (elements_condition: request context)", () => {
    assert.equal(check("Null", "true", ""), true);
    assert.equal(check("Null", "false", ""), false);
    assert.equal(check("Null", "false", [""]), false);
  });
});

describe("multivalued request values (multi-value-conditions, single-vs-multi-valued)", () => {
  it("a plain operator matches when any request value matches", () => {
    assert.equal(check("StringEquals", "b", ["a", "b"]), true);
    assert.equal(check("StringEquals", "c", ["a", "b"]), false);
    assert.equal(check("StringLike", "b*", ["a", "bc"]), true);
  });

  it("a plain negated operator holds when no request value matches any policy value", () => {
    assert.equal(check("StringNotEquals", "b", ["a", "b"]), false);
    assert.equal(check("StringNotEquals", ["c", "d"], ["a", "b"]), true);
  });

  it("ForAllValues: every request value matches some policy value", () => {
    const allowed = ["PostDateTime", "Message", "Tags"];
    table([
      ["ForAllValues:StringEquals", allowed, ["PostDateTime", "Message"], true],
      ["ForAllValues:StringEquals", allowed, ["PostDateTime", "UserName"], false],
      ["ForAllValues:StringEquals", allowed, "Tags", true],
      ["ForAllValues:StringEquals", allowed, "ID", false],
      ["ForAllValues:StringEquals", allowed, undefined, true],
      ["ForAllValues:StringEquals", allowed, [], true],
      ["ForAllValues:StringEquals", allowed, "", true],
      ["ForAllValues:StringEquals", allowed, [""], true],
      ["ForAllValues:StringLike", "Created*", ["CreatedBy", "CreatedAt"], true],
    ]);
  });

  it("ForAnyValue: some request value matches some policy value", () => {
    const forbidden = ["ID", "PostDateTime"];
    table([
      ["ForAnyValue:StringEquals", forbidden, ["PostDateTime", "Message"], true],
      ["ForAnyValue:StringEquals", forbidden, ["UserName"], false],
      ["ForAnyValue:StringEquals", forbidden, "ID", true],
      ["ForAnyValue:StringEquals", forbidden, undefined, false],
      ["ForAnyValue:StringEquals", forbidden, [], false],
      ["ForAnyValue:StringEquals", forbidden, "", false],
      ["ForAnyValue:StringEquals", "", "", false],
    ]);
  });

  it("set operators with IfExists are true when the key is absent", () => {
    assert.equal(check("ForAnyValue:StringEqualsIfExists", "a", undefined), true);
    assert.equal(check("ForAllValues:StringEqualsIfExists", "a", undefined), true);
    assert.equal(check("ForAnyValue:StringEqualsIfExists", "a", ["b"]), false);
  });

  it("ForAllValues with a negated operator: no request value matches any policy value (multi-valued-context-keys examples)", () => {
    table([
      ["ForAllValues:StringNotLike", "key1*", ["key1:legal"], false],
      ["ForAllValues:StringNotLike", "key1*", ["key1:hr", "key1:personnel"], false],
      ["ForAllValues:StringNotLike", "key1*", ["key2:audit"], true],
      ["ForAllValues:StringNotLike", "key1*", undefined, true],
      ["ForAllValues:StringNotLike", "key1*", ["key1:hr", "key2:audit"], false],
      ["ForAllValues:StringNotEquals", ["a", "b"], ["c", "d"], true],
      ["ForAllValues:StringNotEquals", ["a", "b"], ["c", "a"], false],
    ]);
  });

  it("ForAnyValue with a negated operator: some request value is none of the policy values", () => {
    table([
      ["ForAnyValue:StringNotEquals", ["a", "b"], ["a", "b"], false],
      ["ForAnyValue:StringNotEquals", ["a", "b"], ["a", "c"], true],
      ["ForAnyValue:StringNotEquals", ["a", "b"], "c", true],
      ["ForAnyValue:StringNotEquals", ["a", "b"], undefined, false],
      ["ForAnyValue:StringNotLike", "key1*", ["key1:a", "key2:b"], true],
    ]);
  });

  it("set operators work on other families", () => {
    assert.equal(check("ForAllValues:NumericLessThan", "10", ["1", "9"]), true);
    assert.equal(check("ForAllValues:NumericLessThan", "10", ["1", "19"]), false);
    assert.equal(check("ForAnyValue:IpAddress", "10.0.0.0/8", ["192.0.2.1", "10.1.2.3"]), true);
    assert.equal(
      check("ForAnyValue:ArnLike", "arn:aws:iam::*:role/admin", ["arn:aws:iam::1:role/admin"]),
      true,
    );
  });
});

describe("policy variables (reference_policies_variables)", () => {
  const user = { "aws:username": "alice" };

  it("fills in a variable from the context", () => {
    assert.equal(check("StringLike", "home/${aws:username}/*", "home/alice/x", user), true);
    assert.equal(check("StringLike", "home/${aws:username}/*", "home/bob/x", user), false);
    assert.equal(check("StringEquals", "${aws:username}", "alice", user), true);
    assert.equal(check("StringEqualsIgnoreCase", "${aws:username}", "ALICE", user), true);
    assert.equal(check("StringNotEquals", "${aws:username}", "alice", user), false);
    assert.equal(check("StringNotEquals", "${aws:username}", "bob", user), true);
  });

  it("takes variables from the principal when the context has none", () => {
    // PRINCIPAL is user alice: aws:username comes from it.
    assert.equal(check("StringEquals", "${aws:username}", "alice"), true);
  });

  it("a variable's wildcard characters are literal", () => {
    assert.equal(check("StringLike", "${aws:username}", "alice", { "aws:username": "a*" }), false);
    assert.equal(check("StringLike", "${aws:username}", "a*", { "aws:username": "a*" }), true);
  });

  it("uses the default when the variable has no value", () => {
    const values = "${aws:PrincipalTag/team, 'none'}";
    assert.equal(check("StringEquals", values, "none"), true);
    assert.equal(check("StringEquals", values, "red", { "aws:PrincipalTag/team": "red" }), true);
    assert.equal(check("StringEquals", values, "none", { "aws:PrincipalTag/team": "red" }), false);
  });

  it("an unresolved variable makes its value match nothing", () => {
    assert.equal(check("StringEquals", "${aws:PrincipalTag/team}", ""), false);
    assert.equal(check("StringLike", "${aws:PrincipalTag/team}*", "x"), false);
    assert.equal(check("StringEquals", ["${aws:PrincipalTag/team}", "x"], "x"), true);
    assert.equal(check("StringNotEquals", "${aws:PrincipalTag/team}", "x"), true);
    assert.equal(
      check("ArnLike", "arn:aws:iam::1:user/${aws:PrincipalTag/x}", "arn:aws:iam::1:user/"),
      false,
    );
  });

  it("a multivalued key has no value as a variable", () => {
    assert.equal(
      check("StringEquals", "${aws:TagKeys}", "a", { "aws:TagKeys": ["a", "b"] }),
      false,
    );
  });

  it("escapes ${*} ${?} ${$} are literal characters", () => {
    assert.equal(check("StringLike", "a${*}", "a*"), true);
    assert.equal(check("StringLike", "a${*}", "ab"), false);
    assert.equal(check("StringLike", "a${?}", "a?"), true);
    assert.equal(check("StringLike", "a${?}", "ab"), false);
    assert.equal(check("StringEquals", "${$}{x}", "${x}"), true);
    assert.equal(check("StringLike", "*${*}", "abc*"), true);
  });

  it("under Version 2008-10-17 (or none) the text is literal", () => {
    for (const version of ["2008-10-17", undefined] as const) {
      const run = (op: string, values: string, value: string): boolean => {
        const c = compileCondition({ operator: op, key: "k", values: [values] }, version);
        assert.ok("test" in c);
        return c.test(context({ k: value, "aws:username": "alice" }));
      };
      assert.equal(run("StringEquals", "${aws:username}", "${aws:username}"), true);
      assert.equal(run("StringEquals", "${aws:username}", "alice"), false);
      assert.equal(run("StringLike", "a${*}", "a${x}"), true);
      assert.equal(
        run("ArnLike", "arn:aws:iam::1:user/${aws:username}", "arn:aws:iam::1:user/alice"),
        false,
      );
      const c = compileCondition(
        { operator: "StringEquals", key: "k", values: ["${aws:username}"] },
        version,
      );
      assert.deepEqual("keys" in c ? c.keys.map((k) => k.name) : c, ["k"]);
    }
  });

  it("Bool and ArnLike take variables too", () => {
    const ctx = { "aws:PrincipalTag/flag": "true", "aws:PrincipalAccount": "111122223333" };
    assert.equal(check("Bool", "${aws:PrincipalTag/flag}", "true", ctx), true);
    assert.equal(check("Bool", "${aws:PrincipalTag/flag}", "false", ctx), false);
    assert.equal(
      check(
        "ArnLike",
        "arn:aws:iam::${aws:PrincipalAccount}:role/*",
        "arn:aws:iam::111122223333:role/x",
        ctx,
      ),
      true,
    );
  });

  it("lists the key, then the variables, once each", () => {
    const c = compile("StringLike", "aws:UserName", [
      "${aws:username}/${aws:PrincipalTag/team}",
      "${AWS:UserName}",
    ]);
    assert.deepEqual(
      c.keys.map((k) => k.lower),
      ["aws:username", "aws:principaltag/team"],
    );
    const numeric = compile("NumericLessThan", "s3:max-keys", "10");
    assert.deepEqual(
      numeric.keys.map((k) => k.name),
      ["s3:max-keys"],
    );
  });
});

describe("compile errors", () => {
  const error = (operator: string, values: string[] = ["x"]): string | undefined => {
    const r = compileCondition({ operator, key: "k", values }, "2012-10-17");
    return "error" in r ? r.error : undefined;
  };

  it("refuses an unknown operator with IAM's text", () => {
    assert.equal(error("StringEqual"), "Invalid Condition type : StringEqual");
    assert.equal(
      error("ForSomeValues:StringEquals"),
      "Invalid Condition type : ForSomeValues:StringEquals",
    );
    assert.equal(error("NullIfExists", ["true"]), "Invalid Condition type : NullIfExists");
  });

  it("accepts operator names in any case", () => {
    assert.equal(error("stringequals"), undefined);
    assert.equal(error("forallvalues:stringlikeifexists"), undefined);
  });

  it("accepts a Null value other than true/false, which never matches", () => {
    for (const value of ["yes", "maybe", "", "${aws:username}"]) {
      assert.equal(error("Null", [value]), undefined, value);
      assert.equal(check("Null", value, undefined), false, value);
      assert.equal(check("Null", value, "x"), false, value);
    }
    // A readable value beside it still counts.
    assert.equal(check("Null", ["maybe", "true"], undefined), true);
    assert.equal(check("Null", ["maybe", "true"], "x"), false);
  });

  it("refuses a date IAM cannot read (moto's recorded IAM answers)", () => {
    for (const bad of [
      "sdfdsf",
      "234-13",
      "2016-12-13t2:00:00.593194+1",
      "2016-12-13t2:00:00.1999999999+10:59",
      "9223372036854775808",
      "1.5",
      "2019-07-01 10:00:00",
    ]) {
      assert.equal(error("DateGreaterThan", [bad]), "The policy failed legacy parsing", bad);
    }
    for (const good of [
      "01T",
      "2019-07-01T13:20:15Z",
      "2016-12-13T21:20:37.593194+00:00",
      "2016-12-13t2:00:00.593194+23",
      "-292275054",
      "9223372036854775807",
      "1563278400",
    ]) {
      assert.equal(error("DateGreaterThan", [good]), undefined, good);
    }
  });

  it("accepts values that can never match", () => {
    for (const [op, value] of [
      ["NumericEquals", "abc"],
      ["IpAddress", "300.1.1.1"],
      ["IpAddress", "10.0.0.0/33"],
      ["BinaryEquals", "not base64!"],
      ["Bool", "yes"],
    ]) {
      const c = compile(op as string, "k", value as string);
      assert.equal(c.test(context({ k: value })), false, `${op} ${value}`);
      assert.equal(c.test(context({ k: "1" })), false, `${op} ${value}`);
    }
  });

  it("accepts an empty list of values: nothing matches, the negation always holds", () => {
    assert.equal(check("StringEquals", [], "a"), false);
    assert.equal(check("StringNotEquals", [], "a"), true);
  });
});

describe("odd request values never throw", () => {
  const odd: unknown[] = [
    0,
    -1.5,
    1e300,
    NaN,
    Infinity,
    true,
    false,
    null,
    {},
    { a: 1 },
    [[1, 2]],
    [null, {}, "x"],
    [1, true, "a"],
    "",
    "   ",
    "::",
    ":::::",
    "1.2.3.4.5",
    "ffff:".repeat(10),
    "${aws:username}",
    "\u0000",
    "🙂",
  ];
  const operators = [
    ["StringEquals", "a"],
    ["StringEqualsIgnoreCase", "A"],
    ["StringLike", "a*"],
    ["NumericGreaterThan", "1"],
    ["DateLessThan", "2020-01-01"],
    ["Bool", "true"],
    ["BinaryEquals", "AAAA"],
    ["IpAddress", "10.0.0.0/8"],
    ["IpAddress", "2001:db8::/32"],
    ["ArnLike", "arn:aws:*:*:*:*"],
    ["Null", "true"],
  ];

  it("handles numbers, booleans, nested arrays, objects and null", () => {
    for (const [op, value] of operators) {
      for (const prefix of ["", "ForAllValues:", "ForAnyValue:"]) {
        const c = compile(`${prefix}${op}`, "k", value as string);
        for (const v of odd) assert.equal(typeof c.test(context({ k: v })), "boolean");
      }
    }
  });

  it("handles any JSON value (property)", () => {
    const compiled = operators.map(([op, value]) => compile(op as string, "k", value as string));
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        for (const c of compiled) assert.equal(typeof c.test(context({ k: v })), "boolean");
      }),
      { numRuns: 300 },
    );
  });

  it("handles a context that is not an object", () => {
    const c = compile("StringNotEquals", "k", "a");
    for (const raw of [null, undefined, 5, "text", [1, 2]])
      assert.equal(c.test(context(raw)), true);
  });
});
