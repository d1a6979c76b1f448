/**
 * The catalogue of AWS managed policies (arn:aws:iam::aws:policy/…), each at
 * its default version. Read from the committed file beside this module on
 * first use, then kept in memory.
 */
import { readFileSync } from "node:fs";
import { decodeCatalogue } from "./codec.js";
import { CATALOGUE_FILE, type AwsManagedPolicy, type CatalogueInfo } from "./types.js";

export type { AwsManagedPolicy, CatalogueInfo } from "./types.js";

interface Catalogue {
  readonly info: CatalogueInfo;
  readonly sorted: readonly AwsManagedPolicy[];
  readonly byArn: ReadonlyMap<string, AwsManagedPolicy>;
  readonly byName: ReadonlyMap<string, AwsManagedPolicy>;
}

let loaded: Catalogue | undefined;

function catalogue(): Catalogue {
  loaded ??= load();
  return loaded;
}

function load(): Catalogue {
  const file = decodeCatalogue(readFileSync(new URL(`./${CATALOGUE_FILE}`, import.meta.url)));
  const sorted = file.policies.map((policy) => Object.freeze(policy));
  return {
    info: Object.freeze({ ...file.source, count: sorted.length }),
    sorted: Object.freeze(sorted),
    byArn: new Map(sorted.map((policy) => [policy.arn, policy])),
    byName: new Map(sorted.map((policy) => [policy.name, policy])),
  };
}

/** The policy with exactly this ARN, or undefined. */
export function awsManagedPolicy(arn: string): AwsManagedPolicy | undefined {
  return catalogue().byArn.get(arn);
}

/** The policy with exactly this name (names are unique across paths), or undefined. */
export function awsManagedPolicyByName(name: string): AwsManagedPolicy | undefined {
  return catalogue().byName.get(name);
}

/** Every policy, sorted by name. */
export function listAwsManagedPolicies(): readonly AwsManagedPolicy[] {
  return catalogue().sorted;
}

/** The source package and version the catalogue was generated from, and its size. */
export function catalogueInfo(): CatalogueInfo {
  return catalogue().info;
}
