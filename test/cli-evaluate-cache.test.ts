/**
 * `gatehouse policy evaluate` reuses compiled policy sets between lines that
 * carry the same documents; its output must be byte for byte what compiling
 * every line afresh gives: in process (CachedLineAnswers against answerLine),
 * and through the built CLI with and without --no-cache. The lines mix the
 * benchmark fixture's requests with every shape of line the quick reading
 * must hand back to the plain one: whitespace, key order, duplicate keys,
 * escapes, bad JSON, bad policies, other policy fields.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { describe, test } from "node:test";
import fc from "fast-check";
import { answerLine, CachedLineAnswers } from "../src/cli/evaluate-lines.js";
import { lineBatches } from "../src/cli/policy.js";

const fixture = JSON.parse(
  readFileSync(
    process.env.GATEHOUSE_BENCH_FIXTURE ??
      resolve(import.meta.dirname, "../vendor/policy-fixture.json"),
    "utf8",
  ),
) as { principal: string; identityPolicies: unknown[]; requests: Record<string, unknown>[] };

const policies = fixture.identityPolicies;
const allowS3 = [
  {
    id: "s3",
    document: {
      Version: "2012-10-17",
      Statement: { Effect: "Allow", Action: "s3:*", Resource: "*" },
    },
  },
];
const brokenPolicy = [{ id: "bad", document: { Statement: { Effect: "Allow" } } }];
const denyBoundary = [
  { id: "b", document: { Statement: { Effect: "Deny", Action: "*", Resource: "*" } } },
];

const requestLines = fixture.requests.map(({ expected: _e, ...r }) =>
  JSON.stringify({ ...r, principal: fixture.principal, identityPolicies: policies }),
);
const first = fixture.requests[0] as Record<string, unknown>;
const odd = [
  `  ${requestLines[0]}  `,
  JSON.stringify({ identityPolicies: policies, ...first }),
  JSON.stringify({ ...first, identityPolicies: allowS3 }),
  JSON.stringify({ ...first, identityPolicies: allowS3, permissionsBoundaries: denyBoundary }),
  JSON.stringify({ ...first, identityPolicies: brokenPolicy }),
  JSON.stringify({ ...first, identityPolicies: "not a list" }),
  JSON.stringify({ ...first, identityPolicies: [] }),
  JSON.stringify({ ...first, serviceControlPolicies: [allowS3, denyBoundary] }),
  JSON.stringify({ ...first, resourcePolicy: { document: { Statement: [] } } }),
  JSON.stringify({ ...first, identityPolicies: policies, action: "" }),
  JSON.stringify({ ...first, identityPolicies: policies, context: { 'a"b': '\\"]}' } }),
  `{"action":"s3:GetObject","action":"iam:GetUser","resource":"*","identityPolicies":${JSON.stringify(allowS3)}}`,
  `{"action":"s3:GetObject","resource":"*","identityPolicies":${JSON.stringify(allowS3)},"identityPolicies":[]}`,
  `{"action":"s3:GetObject","resource":"*","identityPolicies":${JSON.stringify(allowS3)}]}`,
  `{"action":"s3:GetObject","resource":"*","identityPolicies":${JSON.stringify(allowS3)} x}`,
  `{"act\\u0069on":"s3:GetObject","resource":"*","identityPolicies":${JSON.stringify(allowS3)}}`,
  `{"__proto__":{"action":"s3:GetObject"},"resource":"*"}`,
  `{"action":"s3:GetObject","resource":"*","identityPolicies":${JSON.stringify(allowS3)}`,
  "[1,2]",
  "{}",
  "not json",
  `{"action":"s3:GetObject","resource":"*","identityPolicies":[{"id":"x","document":"{\\"Statement\\":{\\"Effect\\":\\"Allow\\",\\"Action\\":\\"*\\",\\"Resource\\":\\"*\\"}}"}]}`,
];
const allLines = [...requestLines, ...odd];

describe("policy evaluate: the compiled-set cache", () => {
  test("answers every line as compiling afresh does, in any order, repeated", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...allLines), { minLength: 1, maxLength: 60 }),
        fc.boolean(),
        (lines, explain) => {
          const cached = new CachedLineAnswers(explain, 2, 3);
          lines.forEach((line, i) => {
            assert.equal(cached.answer(line, i + 1), answerLine(line, i + 1, explain), line);
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  test("the built CLI writes the same bytes with and without --no-cache", () => {
    const input = [...allLines, ...requestLines, ...allLines, ""].join("\n");
    const cli = resolve(import.meta.dirname, "../dist/cli.js");
    const run = (args: string[]) =>
      spawnSync(process.execPath, [cli, "policy", "evaluate", ...args], {
        input,
        encoding: "utf8",
      });
    for (const explain of [[], ["--no-explain"]]) {
      const withCache = run(explain);
      const without = run([...explain, "--no-cache"]);
      assert.equal(withCache.status, 0, withCache.stderr);
      assert.equal(without.status, 0, without.stderr);
      assert.equal(
        withCache.stdout.split("\n").length,
        allLines.length * 2 + requestLines.length + 1,
      );
      assert.equal(withCache.stdout, without.stdout);
    }
  });
});

describe("policy evaluate: reading lines", () => {
  test("the same lines as node:readline, however the input is cut into chunks", async () => {
    const piece = fc.constantFrom("a", "{}", " ", "é", "🙂", "\n", "\r", "\r\n");
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 16 }),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 8 }),
        async (pieces, cuts) => {
          const bytes = Buffer.from(pieces.join(""), "utf8");
          const chunks: Buffer[] = [];
          for (let i = 0, k = 0; i < bytes.length; k++) {
            const size = cuts[k % cuts.length] as number;
            chunks.push(bytes.subarray(i, i + size));
            i += size;
          }
          const expected: string[] = [];
          const reader = createInterface({ input: Readable.from(chunks), crlfDelay: Infinity });
          for await (const line of reader) expected.push(line);
          const actual: string[] = [];
          for await (const batch of lineBatches(Readable.from(chunks))) actual.push(...batch);
          assert.deepEqual(actual, expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
