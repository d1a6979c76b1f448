import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  compileGlob,
  globTokens,
  matchBounded,
  matchGreedy,
  SEG_ONE,
  SEG_STAR,
  STAR,
  type Token,
} from "../../src/policy/wildcard.js";

// IAM User Guide, "IAM JSON policy elements: Action" and "Resource": `*` matches
// any run of characters, `?` any one character.
const cases: [string, string, boolean][] = [
  ["*", "", true],
  ["*", "anything at all", true],
  ["abc", "abc", true],
  ["abc", "abcd", false],
  ["a*", "a", true],
  ["a*", "abc", true],
  ["a*", "ba", false],
  ["*c", "abc", true],
  ["*c", "abd", false],
  ["a*c", "ac", true],
  ["a*c", "abbbc", true],
  ["a*c", "abbbd", false],
  ["a?c", "abc", true],
  ["a?c", "ac", false],
  ["a?c", "abbc", false],
  ["*a*b*", "xxaxxbxx", true],
  ["*a*b*", "xxbxxaxx", false],
  ["a*b*c*d", "abcd", true],
  ["a*b*c*d", "aXbXcXdX", false],
  ["??", "ab", true],
  ["??", "a", false],
  ["*?", "", false],
  ["*?", "x", true],
  ["a**b", "ab", true],
  ["mississippi*ss*", "mississippimissi", true],
  ["mississippi*ss*", "mississippimixi", false],
  ["*ssi*ppi", "mississippi", true],
];

describe("wildcard matching (IAM User Guide: Action and Resource elements)", () => {
  for (const [pattern, text, expected] of cases) {
    test(`${JSON.stringify(pattern)} ~ ${JSON.stringify(text)} is ${expected}`, () => {
      const tokens = globTokens(pattern);
      assert.equal(compileGlob(tokens).test(text), expected);
      assert.equal(matchGreedy(tokens, text), expected);
      assert.equal(matchBounded(tokens, text), expected);
    });
  }

  test("segment-bound wildcards never match a colon", () => {
    const star: Token[] = ["a", SEG_STAR, "b"];
    assert.equal(matchBounded(star, "axxb"), true);
    assert.equal(matchBounded(star, "ax:xb"), false);
    const one: Token[] = ["a", SEG_ONE, "b"];
    assert.equal(matchBounded(one, "axb"), true);
    assert.equal(matchBounded(one, "a:b"), false);
    const free: Token[] = ["a", STAR, "b"];
    assert.equal(matchBounded(free, "a:x:b"), true);
  });

  test("a long adversarial input stays linear", () => {
    const tokens = globTokens("*a*a*a*a*a*a*a*a*b");
    const text = "a".repeat(20_000);
    assert.equal(matchGreedy(tokens, text), false);
  });
});
