import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  isValidName,
  isValidPath,
  isValidPolicyPath,
  matchesPathPrefix,
  nameKey,
  sameName,
  splitPathName,
} from "../../src/model/names.js";

describe("paths", () => {
  it("accepts / and paths that begin and end with /", () => {
    for (const ok of ["/", "/a/", "/division_abc/subdivision_xyz/", "/a//b/", "/!~/"]) {
      assert.ok(isValidPath(ok), ok);
    }
  });

  it("refuses what the model's loose pattern lets through", () => {
    for (const bad of ["", "a", "/a", "a/", "//", "/a b/", "/é/", "/a\n/"]) {
      assert.ok(!isValidPath(bad), JSON.stringify(bad));
    }
    assert.ok(isValidPath("/" + "a".repeat(510) + "/"));
    assert.ok(!isValidPath("/" + "a".repeat(511) + "/"));
  });

  it("policy paths: no empty segments, restricted characters", () => {
    for (const ok of ["/", "/a/", "/job-function/", "/a.b,c+d@e=f_g-h/x/"]) {
      assert.ok(isValidPolicyPath(ok), ok);
    }
    for (const bad of ["", "/a", "//", "/a//b/", "/a*/", "/a!/"]) {
      assert.ok(!isValidPolicyPath(bad), bad);
    }
  });
});

describe("names", () => {
  it("checks characters and length", () => {
    assert.ok(isValidName("alice+bob=,.@-_9"));
    assert.ok(isValidName("a".repeat(64), 64));
    assert.ok(!isValidName("a".repeat(65), 64));
    assert.ok(!isValidName(""));
    assert.ok(!isValidName("a b"));
    assert.ok(!isValidName("a/b"));
  });

  it("compares without regard to case", () => {
    assert.equal(nameKey("Alice"), "alice");
    assert.equal(nameKey("ALICE@Example.COM"), "alice@example.com");
    assert.ok(sameName("Bob", "bOB"));
    assert.ok(!sameName("Bob", "Bobby"));
  });
});

describe("path prefixes", () => {
  it("is a case-sensitive string prefix", () => {
    assert.ok(matchesPathPrefix("/division_abc/sub/", "/division_abc/"));
    assert.ok(matchesPathPrefix("/division_abc/sub/", "/division"));
    assert.ok(matchesPathPrefix("/anything/", "/"));
    assert.ok(matchesPathPrefix("/anything/", undefined));
    assert.ok(!matchesPathPrefix("/Division/", "/division"));
    assert.ok(!matchesPathPrefix("/", "/a/"));
  });
});

describe("splitPathName", () => {
  it("splits the resource after the type", () => {
    assert.deepEqual(splitPathName("alice"), { path: "/", name: "alice" });
    assert.deepEqual(splitPathName("division/sub/alice"), {
      path: "/division/sub/",
      name: "alice",
    });
  });
});
