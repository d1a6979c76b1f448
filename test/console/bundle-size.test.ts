import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import { requireBuiltConsole } from "./built.js";

/** The budget for the console's shipped JavaScript, gzipped. */
const BUDGET_BYTES = 250 * 1024;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

test("the console's JavaScript stays under 250 KB gzipped, and loads nothing from elsewhere", (t) => {
  const dir = requireBuiltConsole();
  const files = filesUnder(dir);
  const scripts = files.filter((f) => f.endsWith(".js"));
  assert.ok(scripts.length > 0, "the build has JavaScript");
  let total = 0;
  for (const file of scripts) total += gzipSync(readFileSync(file), { level: 9 }).length;
  const css = files
    .filter((f) => f.endsWith(".css"))
    .reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  t.diagnostic(
    `JavaScript ${(total / 1024).toFixed(1)} KB gzipped; CSS ${(css / 1024).toFixed(1)} KB`,
  );
  assert.ok(total < BUDGET_BYTES, `${total} bytes of gzipped JavaScript, over ${BUDGET_BYTES}`);
  // No CDN: the page names only its own files.
  const index = readFileSync(join(dir, "index.html"), "utf8");
  for (const [, url] of index.matchAll(/(?:src|href)="([^"]*)"/g)) {
    assert.match(url ?? "", /^\/console\/assets\//, `index.html loads ${url}`);
  }
  assert.doesNotMatch(index, /<script(?![^>]*\bsrc=)[^>]*>/, "no inline script");
  assert.doesNotMatch(index, /<style|style=/, "no inline style");
});
