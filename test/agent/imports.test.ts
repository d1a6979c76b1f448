/**
 * src/agent runs on instances, apart from the server: it may import only
 * itself, node: modules and protocol/-level code — never server/, store/,
 * iam/ or sts/ (docs/architecture.md).
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { test } from "node:test";

const dir = resolve(import.meta.dirname, "../../src/agent");

test("src/agent imports nothing of the server side", () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
    const source = readFileSync(join(dir, file), "utf8");
    for (const match of source.matchAll(/\bfrom\s+"([^"]+)"/g)) {
      const target = match[1] as string;
      const allowed =
        target.startsWith("node:") || target.startsWith("./") || target.startsWith("../protocol/");
      assert.ok(allowed, `${file} imports ${target}`);
    }
  }
});
