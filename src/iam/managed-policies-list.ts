/**
 * ListPolicies: AWS managed policies from the catalogue (in its name order)
 * then the account's own (by name, case-insensitively), each with its usage
 * in this account. Scope picks AWS, Local or All (the default); OnlyAttached
 * keeps policies in use, as permissions policies, as permissions boundaries
 * (PolicyUsageFilter) or either. Descriptions and tags are not listed (as AWS).
 *
 * The marker carries the last item's place: ["aws", name, ""] or
 * ["local", name_key, id].
 */
import { listAwsManagedPolicies } from "../model/aws-policies/index.js";
import type { Action } from "./action.js";
import { optBool, optInt, optStr } from "./input.js";
import {
  awsPolicyShape,
  customerPolicyShape,
  usageByArn,
  type Usage,
} from "./managed-policies-common.js";
import { decodeMarker, DEFAULT_MAX_ITEMS, page } from "./pagination.js";

interface Item {
  key: [string, string, string];
  arn: string;
  path: string;
  shape(usage: Usage | undefined): Record<string, unknown>;
}

type UsageFilter = "PermissionsPolicy" | "PermissionsBoundary" | undefined;

function inUse(usage: Usage | undefined, filter: UsageFilter): boolean {
  if (usage === undefined) return false;
  if (filter === "PermissionsPolicy") return usage.attachments > 0;
  if (filter === "PermissionsBoundary") return usage.boundaries > 0;
  return usage.attachments > 0 || usage.boundaries > 0;
}

function after(key: readonly string[], marker: readonly string[]): boolean {
  const scope = (s: string | undefined) => (s === "aws" ? 0 : 1);
  const [s1, k1 = "", i1 = ""] = key;
  const [s2, k2 = "", i2 = ""] = marker;
  if (scope(s1) !== scope(s2)) return scope(s1) > scope(s2);
  if (k1 !== k2) return k1 > k2;
  return i1 > i2;
}

export const listPolicies: Action = {
  service: "iam",
  name: "ListPolicies",
  permission: "iam:ListPolicies",
  writes: false,
  // AWS names the resource "policy path /" in its AccessDenied answers.
  resource: (_input, caller, partition) => `arn:${partition}:iam::${caller.accountId}:policy/`,
  async run(ctx, input) {
    const scope = optStr(input, "Scope") ?? "All";
    const onlyAttached = optBool(input, "OnlyAttached") ?? false;
    const filter = optStr(input, "PolicyUsageFilter") as UsageFilter;
    const prefix = optStr(input, "PathPrefix");
    const limit = optInt(input, "MaxItems") ?? DEFAULT_MAX_ITEMS;
    const marker = decodeMarker(optStr(input, "Marker"), 3);
    const account = ctx.caller.accountId;
    const { usage, rows } = await ctx.store.read(async (db) => ({
      usage: await usageByArn(db, account),
      rows:
        scope === "AWS"
          ? []
          : await db
              .selectFrom("managed_policies")
              .selectAll()
              .where("account_id", "=", account)
              .orderBy("name_key")
              .orderBy("id")
              .execute(),
    }));
    const items: Item[] = [];
    if (scope !== "Local") {
      for (const p of listAwsManagedPolicies()) {
        items.push({
          key: ["aws", p.name, ""],
          arn: p.arn,
          path: p.path,
          shape: (u) => awsPolicyShape(p, u),
        });
      }
    }
    for (const r of rows) {
      items.push({
        key: ["local", r.name_key, r.id],
        arn: r.arn,
        path: r.path,
        shape: (u) => customerPolicyShape(r, u),
      });
    }
    const kept = items.filter(
      (item) =>
        (prefix === undefined || item.path.startsWith(prefix)) &&
        (!onlyAttached || inUse(usage.get(item.arn), filter)) &&
        (marker === undefined || after(item.key, marker)),
    );
    const result = page(kept.slice(0, limit + 1), limit, (item) => item.key);
    const out: Record<string, unknown> = {
      Policies: result.items.map((item) => item.shape(usage.get(item.arn))),
      IsTruncated: result.IsTruncated,
    };
    if (result.Marker !== undefined) out.Marker = result.Marker;
    return out;
  },
};
