/**
 * GetAccountAuthorizationDetails: the account's users, groups, roles and
 * managed policies with their policies and relationships, in one answer.
 * Filter picks the entity types (User, Group, Role, LocalManagedPolicy,
 * AWSManagedPolicy; none given: all). MaxItems (default 100) counts items
 * across the whole answer, in this order: users, groups, roles (each by
 * name), customer managed policies, AWS managed policies in use (by name).
 * The four lists are always present, empty when nothing of that type is in
 * the page (as in AWS's recorded answers).
 *
 * The marker carries the last item's place: [section, name key, id].
 */
import { listAwsManagedPolicies } from "../model/aws-policies/index.js";
import type { Action } from "./action.js";
import { groupDetail, roleDetail, userDetail } from "./authorization-details-entities.js";
import { awsPolicyDetail, customerPolicyDetail, inUse } from "./authorization-details-policies.js";
import { optInt, optList, optStr } from "./input.js";
import { usageByArn, type Db, type Usage } from "./managed-policies-common.js";
import { decodeMarker, DEFAULT_MAX_ITEMS, page } from "./pagination.js";

type EntityType = "User" | "Group" | "Role" | "LocalManagedPolicy" | "AWSManagedPolicy";
type ListName = "UserDetailList" | "GroupDetailList" | "RoleDetailList" | "Policies";

interface Item {
  key: [string, string, string];
  list: ListName;
  detail(db: Db, usage: Map<string, Usage>): Promise<Record<string, unknown>>;
}

/** Sections in answer order; the section number is the marker's first part. */
const SECTIONS: readonly EntityType[] = [
  "User",
  "Group",
  "Role",
  "LocalManagedPolicy",
  "AWSManagedPolicy",
];

/** Orders keys by UTF-16 code units, whatever the database's collation. */
function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? "";
    const y = b[i] ?? "";
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

async function itemsOf(
  db: Db,
  type: EntityType,
  account: string,
  partition: string,
  usage: Map<string, Usage>,
): Promise<Item[]> {
  const section = String(SECTIONS.indexOf(type));
  switch (type) {
    case "User": {
      const rows = await db
        .selectFrom("users")
        .selectAll()
        .where("account_id", "=", account)
        .orderBy("name_key")
        .orderBy("id")
        .execute();
      return rows.map((r) => ({
        key: [section, r.name_key, r.id],
        list: "UserDetailList",
        detail: (d) => userDetail(d, r, partition),
      }));
    }
    case "Group": {
      const rows = await db
        .selectFrom("groups")
        .selectAll()
        .where("account_id", "=", account)
        .orderBy("name_key")
        .orderBy("id")
        .execute();
      return rows.map((r) => ({
        key: [section, r.name_key, r.id],
        list: "GroupDetailList",
        detail: (d) => groupDetail(d, r, partition),
      }));
    }
    case "Role": {
      const rows = await db
        .selectFrom("roles")
        .selectAll()
        .where("account_id", "=", account)
        .orderBy("name_key")
        .orderBy("id")
        .execute();
      return rows.map((r) => ({
        key: [section, r.name_key, r.id],
        list: "RoleDetailList",
        detail: (d) => roleDetail(d, r, partition),
      }));
    }
    case "LocalManagedPolicy": {
      const rows = await db
        .selectFrom("managed_policies")
        .selectAll()
        .where("account_id", "=", account)
        .orderBy("name_key")
        .orderBy("id")
        .execute();
      return rows.map((r) => ({
        key: [section, r.name_key, r.id],
        list: "Policies",
        detail: (d, u) => customerPolicyDetail(d, r, u.get(r.arn)),
      }));
    }
    case "AWSManagedPolicy":
      return listAwsManagedPolicies()
        .filter((p) => inUse(usage.get(p.arn)))
        .map((p) => ({
          key: [section, p.name, ""],
          list: "Policies",
          detail: (_d, u) => Promise.resolve(awsPolicyDetail(p, u.get(p.arn))),
        }));
  }
}

const getAccountAuthorizationDetails: Action = {
  service: "iam",
  name: "GetAccountAuthorizationDetails",
  permission: "iam:GetAccountAuthorizationDetails",
  writes: false,
  resource: () => undefined,
  async run(ctx, input) {
    const filter = optList<string>(input, "Filter") ?? [];
    const wanted = SECTIONS.filter((s) => filter.length === 0 || filter.includes(s));
    const limit = optInt(input, "MaxItems") ?? DEFAULT_MAX_ITEMS;
    const marker = decodeMarker(optStr(input, "Marker"), 3);
    const account = ctx.caller.accountId;
    return ctx.store.read(async (db) => {
      const usage = await usageByArn(db, account);
      const all: Item[] = [];
      for (const type of wanted) {
        all.push(...(await itemsOf(db, type, account, ctx.partition, usage)));
      }
      all.sort((a, b) => compareKeys(a.key, b.key));
      const rest =
        marker === undefined ? all : all.filter((item) => compareKeys(item.key, marker) > 0);
      const result = page(rest.slice(0, limit + 1), limit, (item) => item.key);
      const out: Record<string, unknown> = {
        UserDetailList: [],
        GroupDetailList: [],
        RoleDetailList: [],
        Policies: [],
      };
      for (const item of result.items) {
        (out[item.list] as unknown[]).push(await item.detail(db, usage));
      }
      out.IsTruncated = result.IsTruncated;
      if (result.Marker !== undefined) out.Marker = result.Marker;
      return out;
    });
  },
};

export const authorizationDetailsActions: readonly Action[] = [getAccountAuthorizationDetails];
