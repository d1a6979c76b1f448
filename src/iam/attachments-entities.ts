/**
 * ListEntitiesForPolicy: the account's groups, users and roles that use a
 * managed policy, as a permissions policy (attached), as a permissions
 * boundary, or either (PolicyUsageFilter).
 *
 * As AWS answers (recorded): an unknown policy is "Policy <arn> does not
 * exist or is not attachable."; EntityFilter=LocalManagedPolicy lists nothing
 * (AWSManagedPolicy likewise, by the same rule); all three lists are always
 * present. Groups come first, then users, then roles, each by name; the
 * marker carries [kind, name_key, id].
 */
import { policyNotAttachable } from "../model/errors.js";
import type { Action } from "./action.js";
import { optInt, optStr, str } from "./input.js";
import { findPolicy, type Db } from "./managed-policies-common.js";
import { decodeMarker, DEFAULT_MAX_ITEMS, page } from "./pagination.js";

type Kind = "0-group" | "1-user" | "2-role";

const TABLE = { group: "groups", user: "users", role: "roles" } as const;
const KIND = { group: "0-group", user: "1-user", role: "2-role" } as const;

interface Entity {
  kind: Kind;
  name: string;
  nameKey: string;
  id: string;
  path: string;
}

/** The users, groups or roles of the account that have `arn` attached. */
async function attached(
  db: Db,
  accountId: string,
  arn: string,
  type: "user" | "group" | "role",
): Promise<Entity[]> {
  const links = await db
    .selectFrom("policy_attachments")
    .select("principal_id")
    .where("principal_type", "=", type)
    .where("account_id", "=", accountId)
    .where("policy_arn", "=", arn)
    .execute();
  if (links.length === 0) return [];
  const rows = await db
    .selectFrom(TABLE[type])
    .select(["id", "name", "name_key", "path"])
    .where(
      "id",
      "in",
      links.map((l) => l.principal_id),
    )
    .execute();
  return rows.map((r) => ({
    kind: KIND[type],
    name: r.name,
    nameKey: r.name_key,
    id: r.id,
    path: r.path,
  }));
}

async function bounded(
  db: Db,
  accountId: string,
  arn: string,
  type: "user" | "role",
): Promise<Entity[]> {
  const rows = await db
    .selectFrom(TABLE[type])
    .select(["id", "name", "name_key", "path"])
    .where("account_id", "=", accountId)
    .where("permissions_boundary_arn", "=", arn)
    .execute();
  return rows.map((r) => ({
    kind: KIND[type],
    name: r.name,
    nameKey: r.name_key,
    id: r.id,
    path: r.path,
  }));
}

const keyOf = (e: Entity): string[] => [e.kind, e.nameKey, e.id];

function compare(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < 3; i++) {
    const x = a[i] ?? "";
    const y = b[i] ?? "";
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

export const listEntitiesForPolicy: Action = {
  service: "iam",
  name: "ListEntitiesForPolicy",
  permission: "iam:ListEntitiesForPolicy",
  writes: false,
  resource: (input) => str(input, "PolicyArn"),
  async run(ctx, input) {
    const arn = str(input, "PolicyArn");
    const filter = optStr(input, "EntityFilter");
    const usage = optStr(input, "PolicyUsageFilter");
    const prefix = optStr(input, "PathPrefix");
    const limit = optInt(input, "MaxItems") ?? DEFAULT_MAX_ITEMS;
    const marker = decodeMarker(optStr(input, "Marker"), 3);
    const account = ctx.caller.accountId;
    const wantGroups = filter === undefined || filter === "Group";
    const wantUsers = filter === undefined || filter === "User";
    const wantRoles = filter === undefined || filter === "Role";
    const all = await ctx.store.read(async (db) => {
      if ((await findPolicy(db, account, arn)) === undefined) throw policyNotAttachable(arn);
      const found: Entity[] = [];
      if (usage !== "PermissionsBoundary") {
        if (wantGroups) found.push(...(await attached(db, account, arn, "group")));
        if (wantUsers) found.push(...(await attached(db, account, arn, "user")));
        if (wantRoles) found.push(...(await attached(db, account, arn, "role")));
      }
      if (usage !== "PermissionsPolicy") {
        if (wantUsers) found.push(...(await bounded(db, account, arn, "user")));
        if (wantRoles) found.push(...(await bounded(db, account, arn, "role")));
      }
      return found;
    });
    const seen = new Set<string>();
    const entities = all
      .filter((e) => {
        const id = `${e.kind}/${e.id}`;
        if (seen.has(id)) return false;
        seen.add(id);
        return prefix === undefined || e.path.startsWith(prefix);
      })
      .sort((a, b) => compare(keyOf(a), keyOf(b)))
      .filter((e) => marker === undefined || compare(keyOf(e), marker) > 0);
    const result = page(entities, limit, keyOf);
    const out: Record<string, unknown> = {
      PolicyGroups: result.items
        .filter((e) => e.kind === "0-group")
        .map((e) => ({ GroupName: e.name, GroupId: e.id })),
      PolicyUsers: result.items
        .filter((e) => e.kind === "1-user")
        .map((e) => ({ UserName: e.name, UserId: e.id })),
      PolicyRoles: result.items
        .filter((e) => e.kind === "2-role")
        .map((e) => ({ RoleName: e.name, RoleId: e.id })),
      IsTruncated: result.IsTruncated,
    };
    if (result.Marker !== undefined) out.Marker = result.Marker;
    return out;
  },
};
