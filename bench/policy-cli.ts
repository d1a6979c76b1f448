/**
 * `gatehouse policy evaluate`, lines per second (`npm run bench`): the
 * fixture's requests (vendor/policy-fixture.json, or
 * GATEHOUSE_BENCH_FIXTURE) as request lines, each carrying the fixture's
 * policies, repeated. In one run, and in this process, the CLI's line path
 * with the compiled-set cache and without it (today's: every line parsed
 * whole and compiled afresh), and their ratio; then the built CLI end to end
 * (node dist/cli.js policy evaluate, a file of lines on standard input, so
 * reading the 9 KB lines counts too), with and without --no-cache.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { answerLine, CachedLineAnswers } from "../src/cli/evaluate-lines.js";

interface Fixture {
  principal: string;
  identityPolicies: unknown[];
  requests: Record<string, unknown>[];
}

const here = dirname(fileURLToPath(import.meta.url));
const fixturePath =
  process.env.GATEHOUSE_BENCH_FIXTURE ?? resolve(here, "../vendor/policy-fixture.json");
const fixture = JSON.parse(readFileSync(fixturePath, "utf8")) as Fixture;
const lines = fixture.requests.map(({ expected: _expected, ...request }) =>
  JSON.stringify({
    ...request,
    principal: fixture.principal,
    identityPolicies: fixture.identityPolicies,
  }),
);
const quick = process.argv.includes("--quick");

// Same answers with and without the cache, before anything is timed.
const cached = new CachedLineAnswers(true);
for (const [i, line] of lines.entries()) {
  if (cached.answer(line, i + 1) !== answerLine(line, i + 1, true)) {
    console.error(`line ${i + 1}: the cached answer differs`);
    process.exit(1);
  }
}

/** Lines per second of `answer` over about `ms` milliseconds, cycling through the lines. */
function linesPerSecond(answer: (line: string, n: number) => string, ms: number): number {
  let n = 0;
  let sink = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (let i = 0; i < lines.length; i++) sink += answer(lines[i] as string, ++n).length;
  }
  if (sink === 0) throw new Error("no answers");
  return n / ((performance.now() - start) / 1000);
}

const ms = quick ? 300 : 2000;
const withCache = (line: string, n: number) => cached.answer(line, n);
const withoutCache = (line: string, n: number) => answerLine(line, n, true);
linesPerSecond(withCache, ms / 4);
linesPerSecond(withoutCache, ms / 4);
const best = (f: typeof withCache) => Math.max(linesPerSecond(f, ms), linesPerSecond(f, ms));
const a = best(withCache);
const b = best(withoutCache);
const fmt = (x: number) => Math.round(x).toLocaleString("en-US").padStart(9);
console.log(
  `policy evaluate: ${lines.length} request lines of ${lines[0]?.length ?? 0} characters ` +
    `(${fixture.identityPolicies.length} policies each), repeated, with explanations`,
);
console.log(`line path, compiled-set cache      ${fmt(a)} lines/s`);
console.log(`line path, compiled for each line  ${fmt(b)} lines/s`);
console.log(`cache / per-line compile           ${(a / b).toFixed(1).padStart(9)}×`);

// End to end through the built CLI.
const cli = resolve(here, "../dist/cli.js");
const dir = mkdtempSync(join(tmpdir(), "gatehouse-bench-cli-"));
try {
  /** Seconds the CLI takes for `count` lines, less what it takes for none (its start). */
  const seconds = (count: number, extra: string[]): number => {
    const file = join(dir, `lines-${count}.jsonl`);
    const body = Array.from({ length: count }, (_, i) => `${lines[i % lines.length]}\n`);
    writeFileSync(file, body.join(""));
    const input = readFileSync(file);
    const start = performance.now();
    const child = spawnSync(process.execPath, [cli, "policy", "evaluate", ...extra], {
      input,
      maxBuffer: 1 << 30,
    });
    if (child.status !== 0) throw new Error(child.stderr.toString());
    return (performance.now() - start) / 1000;
  };
  const run = (count: number, extra: string[]): number =>
    count / Math.max(1e-3, seconds(count, extra) - seconds(0, extra));
  const e2eCached = run(quick ? 2000 : 20000, []);
  const e2ePlain = run(quick ? 200 : 1000, ["--no-cache"]);
  console.log(`CLI end to end, cache              ${fmt(e2eCached)} lines/s`);
  console.log(`CLI end to end, --no-cache         ${fmt(e2ePlain)} lines/s`);
  console.log(
    `cache / per-line compile           ${(e2eCached / e2ePlain).toFixed(1).padStart(9)}×`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
