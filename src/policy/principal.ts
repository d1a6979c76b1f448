/**
 * Principal and NotPrincipal matching for resource-based and trust policies.
 *
 * A match also says how the principal was named, because AWS treats the
 * grants differently within one account (IAM User Guide, "Policy evaluation
 * logic", resource-based policies):
 * - "direct": the request's own identity was named — its user ARN, its role
 *   session or federated-user ARN, a service or federated principal — or "*".
 *   An implicit deny elsewhere does not limit it.
 * - "role": the role ARN of an assumed-role session was named. Limited by an
 *   implicit deny in a permissions boundary or session policy.
 * - "account": the principal's account was named (id or root ARN). That
 *   delegates to the account: its identity-based policies must also allow.
 */
import { parseArn, type PrincipalInfo } from "./arn.js";
import type { PrincipalSpec } from "./types.js";

export type Grant = "direct" | "role" | "account";

export interface PrincipalMatcher {
  /** How the principal is named by this element, or undefined when it is not. */
  match(info: PrincipalInfo): Grant | undefined;
  /** NotPrincipal's sense: whether the principal is among those listed (exact names only). */
  lists(info: PrincipalInfo): boolean;
}

interface Entries {
  everyone: boolean;
  accounts: Set<string>;
  /** Exact principal strings: ARNs of users, roles, sessions; services; providers. */
  exact: Set<string>;
  /** Roles named by ARN, as "account/name", to match their sessions. */
  roles: Set<string>;
}

export function compilePrincipal(spec: PrincipalSpec): PrincipalMatcher {
  const entries: Entries = {
    everyone: spec === "*",
    accounts: new Set(),
    exact: new Set(),
    roles: new Set(),
  };
  if (spec !== "*") {
    for (const [type, values] of Object.entries(spec)) {
      for (const value of values) addEntry(entries, type, value);
    }
  }
  return {
    match: (info) => matchEntries(entries, info),
    lists: (info) => listsEntry(entries, info),
  };
}

function addEntry(entries: Entries, type: string, value: string): void {
  if (type !== "AWS") {
    entries.exact.add(value);
    return;
  }
  if (value === "*") {
    entries.everyone = true;
    return;
  }
  if (/^\d{12}$/.test(value)) {
    entries.accounts.add(value);
    return;
  }
  const arn = parseArn(value);
  if (arn?.service === "iam" && arn.resource === "root") {
    entries.accounts.add(arn.account);
    return;
  }
  entries.exact.add(value);
  if (arn?.service === "iam" && arn.resource.startsWith("role/")) {
    const name = arn.resource.slice(arn.resource.lastIndexOf("/") + 1);
    entries.roles.add(`${arn.account}/${name}`);
  }
}

function matchEntries(entries: Entries, info: PrincipalInfo): Grant | undefined {
  if (entries.everyone) return "direct";
  if (info.type === "Anonymous") return undefined;
  if (entries.exact.has(info.text)) return "direct";
  if (info.type === "AssumedRole" && entries.roles.has(`${info.account}/${info.name}`)) {
    return "role";
  }
  if (info.account !== undefined && entries.accounts.has(info.account)) return "account";
  return undefined;
}

/**
 * NotPrincipal names a principal only by its exact ARN or its account: for a
 * role session, AWS requires the session ARN itself to be listed.
 */
function listsEntry(entries: Entries, info: PrincipalInfo): boolean {
  if (entries.everyone) return true;
  if (info.type === "Anonymous") return false;
  if (entries.exact.has(info.text)) return true;
  return info.account !== undefined && entries.accounts.has(info.account);
}
