import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  isForeignKeyViolation,
  isRetryableConflict,
  isUniqueViolation,
  isoTime,
  nameKey,
  now,
  prefixRange,
} from "../../src/store/index.js";

describe("store helpers", () => {
  it("formats times as ISO 8601 UTC with milliseconds, from the clock given", () => {
    assert.equal(
      now(() => Date.UTC(2026, 0, 15, 12)),
      "2026-01-15T12:00:00.000Z",
    );
    assert.equal(isoTime(new Date(Date.UTC(2026, 0, 15, 12, 0, 0, 7))), "2026-01-15T12:00:00.007Z");
    assert.equal(isoTime(0), "1970-01-01T00:00:00.000Z");
  });

  it("recognises database errors by code, and nothing else", () => {
    for (const code of ["SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY", "23505"]) {
      assert.ok(isUniqueViolation({ code }));
    }
    for (const code of ["SQLITE_CONSTRAINT_FOREIGNKEY", "23503"]) {
      assert.ok(isForeignKeyViolation({ code }));
    }
    for (const code of ["40001", "40P01"]) assert.ok(isRetryableConflict({ code }));
    for (const err of [undefined, null, "23505", new Error("23505"), { code: 23505 }]) {
      assert.ok(!isUniqueViolation(err));
    }
    assert.ok(!isUniqueViolation({ code: "SQLITE_CONSTRAINT_FOREIGNKEY" }));
  });

  it("keys names case-insensitively, and bounds prefixes", () => {
    assert.equal(nameKey("Alice.Admin@Example"), "alice.admin@example");
    const { from, to } = prefixRange("/a/");
    for (const path of ["/a/", "/a/b/", "/a/\u{10FFFE}"]) assert.ok(path >= from && path < to);
    for (const path of ["/a", "/b/", "/A/"]) assert.ok(!(path >= from && path < to));
  });
});
