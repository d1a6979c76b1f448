/**
 * Copies the data files that tsc does not emit (compressed catalogues) from
 * src/ to the same place under dist/. Plain JavaScript, so the build needs
 * nothing but node and tsc:
 *
 *   node scripts/copy-assets.mjs
 */
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(root, "src");
const dist = join(root, "dist");
const ASSET = /\.(br|gz)$/;

function* assets(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* assets(path);
    else if (entry.isFile() && ASSET.test(entry.name)) yield path;
  }
}

let count = 0;
for (const from of assets(src)) {
  const to = join(dist, relative(src, from));
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
  count++;
}
console.log(`copied ${count} asset(s) from src/ to dist/`);
