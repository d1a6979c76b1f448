import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import semver from "semver";

const root = join(import.meta.dirname, "..");

// Other tools import the engine by the package's name; the export map must serve it.
test("gatehouse/policy is importable by package name, with its public API", async () => {
  const specifier = "gatehouse/policy"; // resolved at run time, against dist/
  const api = (await import(specifier)) as Record<string, unknown>;
  for (const name of ["compile", "evaluate", "evaluateLine", "validatePolicy", "policyLength"]) {
    assert.equal(typeof api[name], "function", name);
  }
  const compile = api.compile as typeof import("../src/policy/index.js").compile;
  const evaluate = api.evaluate as typeof import("../src/policy/index.js").evaluate;
  const set = compile({
    identityPolicies: [
      {
        document: {
          Version: "2012-10-17",
          Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*" }],
        },
      },
    ],
  });
  assert.equal(evaluate(set, { action: "s3:ListBucket", resource: "*" }).decision, "allowed");
});

// What package.json declares is what every installed package supports: no
// EBADENGINE on any Node the project claims (npm install checks the same
// ranges), and the README names the same versions.
test("every locked package supports the Node versions package.json declares", () => {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    engines: { node: string };
  };
  const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as {
    packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>;
  };
  const ours = pkg.engines.node;
  const refused: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    const wanted = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
    if (path === "" || wanted === undefined) continue;
    // An optional package for another platform is never installed here.
    if (entry.optional === true && !existsSync(join(root, path))) continue;
    if (!semver.subset(ours, wanted, { includePrerelease: false })) {
      refused.push(`${path.replace(/^node_modules\//, "")} wants node ${wanted}`);
    }
  }
  assert.deepEqual(refused, [], `packages that do not support node ${ours}`);
  const readme = readFileSync(join(root, "README.md"), "utf8");
  assert.ok(readme.includes(`\`${ours}\``), `the README names the Node versions ${ours}`);
  assert.ok(
    semver.satisfies(process.version, ours),
    `this Node (${process.version}) is not in ${ours}`,
  );
});
