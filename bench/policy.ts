/**
 * The policy engine benchmark (`npm run bench`): the fixture in
 * vendor/policy-fixture.json — one principal, 10 policies, 49
 * statements, 16 requests with AWS's decisions. Single-threaded.
 *
 * Reports decisions per second and median latency, compiled once and
 * evaluated without and with explanations, and the same for a baseline run
 * in this process: validating and compiling the documents for every request,
 * as a simulator that does not compile would. The ratio to the baseline is
 * what to compare between machines; the absolute numbers depend on this one.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  compile,
  evaluate,
  type EvaluationRequest,
  type PolicyInput,
} from "../src/policy/index.js";

interface Fixture {
  principal: string;
  identityPolicies: PolicyInput[];
  requests: (EvaluationRequest & { expected: string })[];
}

const here = dirname(fileURLToPath(import.meta.url));
const fixturePath =
  process.env.GATEHOUSE_BENCH_FIXTURE ?? resolve(here, "../vendor/policy-fixture.json");
const fixture = JSON.parse(readFileSync(fixturePath, "utf8")) as Fixture;
const requests: EvaluationRequest[] = fixture.requests.map((r) => ({
  ...r,
  principal: fixture.principal,
}));
const compiled = compile({ identityPolicies: fixture.identityPolicies });

// Every decision must be AWS's before anything is timed.
for (const [i, r] of fixture.requests.entries()) {
  for (const explain of [false, true]) {
    const got = evaluate(compiled, { ...r, principal: fixture.principal }, { explain }).decision;
    if (got !== r.expected) {
      console.error(`request ${i} (${String(r.action)}): got ${got}, expected ${r.expected}`);
      process.exit(1);
    }
  }
}

const NO_EXPLAIN = { explain: false };
const EXPLAIN = { explain: true };
let sink = 0;

/**
 * One measured workload: `step(i)` makes the decision for request i. Each
 * workload has its own function so that one does not skew the others' calls.
 */
interface Workload {
  name: string;
  step(i: number): unknown;
}
const workloads: Workload[] = [
  {
    name: "compiled, no explanation",
    step: (i) => evaluate(compiled, requests[i] as EvaluationRequest, NO_EXPLAIN),
  },
  {
    name: "compiled, with explanation",
    step: (i) => evaluate(compiled, requests[i] as EvaluationRequest, EXPLAIN),
  },
  {
    name: "baseline: compile per request",
    step: (i) =>
      evaluate(
        compile({ identityPolicies: fixture.identityPolicies }),
        requests[i] as EvaluationRequest,
        NO_EXPLAIN,
      ),
  },
];

/** Decisions per second over about `ms` milliseconds, cycling through the requests. */
function throughput(w: Workload, ms: number): number {
  const count = requests.length;
  let n = 0;
  const start = process.hrtime.bigint();
  const until = start + BigInt(ms) * 1_000_000n;
  let now = start;
  while (now < until) {
    for (let round = 0; round < 64; round++) {
      for (let i = 0; i < count; i++) sink ^= w.step(i) === undefined ? 1 : 0;
    }
    n += 64 * count;
    now = process.hrtime.bigint();
  }
  return n / (Number(now - start) / 1e9);
}

/** Median nanoseconds per decision: each sample times `batch` decisions of one request. */
function medianLatency(w: Workload, rounds: number, batch: number): number {
  const samples: number[] = [];
  for (let k = 0; k < rounds; k++) {
    for (let i = 0; i < requests.length; i++) {
      const t0 = process.hrtime.bigint();
      for (let j = 0; j < batch; j++) sink ^= w.step(i) === undefined ? 1 : 0;
      samples.push(Number(process.hrtime.bigint() - t0) / batch);
    }
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] as number;
}

const quick = process.argv.includes("--quick");
const only = process.argv.indexOf("--workload");

if (only >= 0) {
  // A child: measure one workload in a fresh process, so that the JIT's view of
  // one workload does not slow another, and print the result as JSON.
  const w = workloads[Number(process.argv[only + 1])] as Workload;
  const baseline = w.name.startsWith("baseline");
  const ms = quick ? 200 : 1000;
  throughput(w, quick ? 50 : 300); // warm up
  const perSecond = Math.max(throughput(w, ms), throughput(w, ms), throughput(w, ms));
  const medianNs = medianLatency(w, quick ? 5 : 20, baseline ? 5 : 200);
  console.log(JSON.stringify({ perSecond, medianNs, sink }));
} else {
  const results: { name: string; perSecond: number; medianNs: number }[] = [];
  for (const [i, w] of workloads.entries()) {
    const args = [...process.execArgv, fileURLToPath(import.meta.url), "--workload", String(i)];
    if (quick) args.push("--quick");
    const child = spawnSync(process.execPath, args, { encoding: "utf8" });
    if (child.status !== 0) {
      console.error(child.stderr);
      process.exit(1);
    }
    const r = JSON.parse(child.stdout) as { perSecond: number; medianNs: number };
    results.push({ name: w.name, ...r });
  }
  const base = results.find((r) => r.name.startsWith("baseline"))?.perSecond ?? 1;
  console.log(
    `policy engine: ${requests.length} requests, ${compiled.identity.statements.length} statements, ` +
      `one process per workload, single-threaded`,
  );
  for (const r of results) {
    console.log(
      `${r.name.padEnd(32)} ${Math.round(r.perSecond).toLocaleString("en-US").padStart(11)} decisions/s` +
        `  median ${(r.medianNs / 1000).toFixed(2).padStart(7)} µs` +
        `  ${(r.perSecond / base).toFixed(1).padStart(7)}× baseline`,
    );
  }
}
