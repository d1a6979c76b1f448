import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { parseJson, type JsonNode } from "../../src/policy/json.js";

function value(text: string): JsonNode {
  const result = parseJson(text);
  assert.equal(result.error, undefined, `unexpected error for ${text}`);
  assert.ok(result.value);
  return result.value;
}

describe("parseJson", () => {
  it("parses every kind of value like JSON.parse", () => {
    const texts = [
      '{"a":[1,-2.5e3,true,false,null,"x"],"b":{}}',
      "[]",
      '"\\u00e9\\n\\t\\"\\\\\\/"',
      "0",
      "-0.0e+1",
      '  {"k" : [ ] }  ',
    ];
    for (const text of texts) {
      const toJs = (node: JsonNode): unknown => {
        switch (node.kind) {
          case "object":
            return Object.fromEntries(node.members.map((m) => [m.key, toJs(m.value)]));
          case "array":
            return node.items.map(toJs);
          case "null":
            return null;
          default:
            return node.value;
        }
      };
      assert.deepEqual(toJs(value(text)), JSON.parse(text));
    }
  });

  it("keeps the position of values and keys (1-based line and column, 0-based offset)", () => {
    const node = value('{\n  "Key": [1, "two"]\r\n}');
    assert.equal(node.kind, "object");
    if (node.kind !== "object") return;
    assert.deepEqual(node.start, { line: 1, column: 1, offset: 0 });
    assert.deepEqual(node.end, { line: 3, column: 2, offset: 24 });
    const member = node.members[0];
    assert.ok(member);
    assert.deepEqual(member.keyStart, { line: 2, column: 3, offset: 4 });
    assert.deepEqual(member.keyEnd, { line: 2, column: 8, offset: 9 });
    assert.equal(member.value.kind, "array");
    if (member.value.kind !== "array") return;
    const two = member.value.items[1];
    assert.deepEqual(two?.start, { line: 2, column: 14, offset: 15 });
    assert.deepEqual(two?.end, { line: 2, column: 19, offset: 20 });
  });

  it("keeps numbers as written", () => {
    const node = value("1.50");
    assert.equal(node.kind === "number" && node.raw, "1.50");
  });

  it("reports keys repeated inside one object, not across objects", () => {
    const result = parseJson('{"a":1,"b":{"a":2},"a":3,"a":4}');
    assert.deepEqual(
      result.duplicates.map((d) => [d.key, d.start.column, d.firstStart.column]),
      [
        ["a", 20, 2],
        ["a", 26, 2],
      ],
    );
    assert.ok(result.value);
  });

  it("refuses what RFC 8259 refuses", () => {
    const bad = [
      "",
      " ",
      "{",
      "{'a':1}",
      '{"a":1,}',
      "[1,]",
      "01",
      "1.",
      ".5",
      "+1",
      "NaN",
      "Infinity",
      "tru",
      '"\t"',
      '"\\x"',
      '"\\u12"',
      '"abc',
      "{} {}",
      "[1 2]",
      '{"a" 1}',
      "\uFEFF{}",
      "// c\n{}",
    ];
    for (const text of bad) {
      const result = parseJson(text);
      assert.ok(result.error, `expected an error for ${JSON.stringify(text)}`);
      assert.equal(result.value, undefined);
    }
  });

  it("says where the error is", () => {
    const result = parseJson('{\n  "a": tru\n}');
    assert.deepEqual(result.error?.position, { line: 2, column: 8, offset: 9 });
  });

  it("caps the nesting depth instead of recursing without bound", () => {
    assert.ok(parseJson("[".repeat(64) + "]".repeat(64)).value);
    assert.ok(parseJson("[".repeat(65) + "]".repeat(65)).error);
    assert.ok(parseJson("[".repeat(100_000)).error);
    assert.ok(parseJson('{"a":'.repeat(100_000)).error);
    assert.ok(parseJson("[[1]]", { maxDepth: 1 }).error);
  });

  it("never throws, whatever the text", () => {
    const samples = ["\u0000", "\uD800", '"\uD800"', "[".repeat(10) + "{", "}".repeat(5), "\\"];
    for (const text of samples) assert.doesNotThrow(() => parseJson(text));
    let seed = 7;
    const alphabet = '{}[]":,0123456789-+.eEtrufalsn \\u\n\t';
    for (let round = 0; round < 2000; round++) {
      let text = "";
      for (let i = 0; i < 20; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += alphabet[seed % alphabet.length];
      }
      const result = parseJson(text);
      let native = true;
      try {
        JSON.parse(text);
      } catch {
        native = false;
      }
      assert.equal(result.error === undefined, native, `disagrees with JSON.parse on ${text}`);
    }
  });

  it("is fast enough for large documents", () => {
    const statements = Array.from({ length: 2000 }, (_, i) => ({
      Sid: `S${i}`,
      Effect: "Allow",
      Action: ["s3:GetObject", "s3:PutObject"],
      Resource: `arn:aws:s3:::bucket-${i}/*`,
    }));
    const text = JSON.stringify({ Version: "2012-10-17", Statement: statements }, null, 2);
    const started = performance.now();
    assert.ok(parseJson(text).value);
    assert.ok(performance.now() - started < 1000);
  });
});
