/**
 * GetAccountAuthorizationDetails' UserDetail, GroupDetail and RoleDetail.
 *
 * As AWS answers (recorded, localstack's IAM snapshots, 2026): every detail
 * has AttachedManagedPolicies (`[]` when none); users and roles always have
 * Tags (`[]` when none); users have GroupList always but UserPolicyList only
 * when they have inline policies, while GroupPolicyList and RolePolicyList
 * are always there; roles have InstanceProfileList (each profile with its
 * roles in CreateRole's shape) and RoleLastUsed (`{}` when never used), and
 * no Description or MaxSessionDuration. Policy documents are URL-encoded by
 * the protocol layer (their shape is policyDocumentType).
 */
import { parsePolicyArn, userArn } from "../model/arns.js";
import { nameKey } from "../model/names.js";
import type { GroupRow, UserRow } from "./groups-common.js";
import { groupShape } from "./groups-common.js";
import { profileShape, rolesOf } from "./instance-profiles-common.js";
import { baseRoleShape, withBoundary, type Db, type RoleRow } from "./roles-common.js";
import { readTags } from "./tags.js";

type PrincipalType = "user" | "group" | "role";

/** Inline policies of a principal, by name, as PolicyDetail. */
async function policyList(db: Db, type: PrincipalType, id: string) {
  const rows = await db
    .selectFrom("inline_policies")
    .select(["name", "document"])
    .where("principal_type", "=", type)
    .where("principal_id", "=", id)
    .orderBy("name")
    .execute();
  return rows.map((r) => ({ PolicyName: r.name, PolicyDocument: r.document }));
}

/** Managed policies attached to a principal, ordered as ListAttached…Policies lists them. */
async function attachedList(db: Db, type: PrincipalType, id: string) {
  const rows = await db
    .selectFrom("policy_attachments")
    .select("policy_arn")
    .where("principal_type", "=", type)
    .where("principal_id", "=", id)
    .execute();
  return rows
    .map((r) => ({
      PolicyName: parsePolicyArn(r.policy_arn)?.name ?? r.policy_arn,
      PolicyArn: r.policy_arn,
    }))
    .sort((a, b) =>
      compare([nameKey(a.PolicyName), a.PolicyArn], [nameKey(b.PolicyName), b.PolicyArn]),
    );
}

function compare(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? "";
    const y = b[i] ?? "";
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

export async function userDetail(db: Db, u: UserRow, partition: string) {
  const groups = await db
    .selectFrom("group_members")
    .innerJoin("groups", "groups.id", "group_members.group_id")
    .select("groups.name")
    .where("group_members.user_id", "=", u.id)
    .orderBy("groups.name_key")
    .orderBy("groups.id")
    .execute();
  const inline = await policyList(db, "user", u.id);
  const out: Record<string, unknown> = {
    Path: u.path,
    UserName: u.name,
    UserId: u.id,
    Arn: userArn(u.account_id, u.name, u.path, partition),
    CreateDate: u.created_at,
    GroupList: groups.map((g) => g.name),
    AttachedManagedPolicies: await attachedList(db, "user", u.id),
    Tags: await readTags(db, "user", u.id),
  };
  if (inline.length > 0) out.UserPolicyList = inline;
  if (u.permissions_boundary_arn !== null) {
    out.PermissionsBoundary = {
      PermissionsBoundaryType: "Policy",
      PermissionsBoundaryArn: u.permissions_boundary_arn,
    };
  }
  return out;
}

export async function groupDetail(db: Db, g: GroupRow, partition: string) {
  return {
    ...groupShape(g, partition),
    GroupPolicyList: await policyList(db, "group", g.id),
    AttachedManagedPolicies: await attachedList(db, "group", g.id),
  };
}

export async function roleDetail(db: Db, r: RoleRow, partition: string) {
  const profiles = await db
    .selectFrom("instance_profile_roles")
    .innerJoin(
      "instance_profiles",
      "instance_profiles.id",
      "instance_profile_roles.instance_profile_id",
    )
    .selectAll("instance_profiles")
    .where("instance_profile_roles.role_id", "=", r.id)
    .orderBy("instance_profiles.name_key")
    .orderBy("instance_profiles.id")
    .execute();
  const roles = await rolesOf(
    db,
    profiles.map((p) => p.id),
  );
  const lastUsed: Record<string, unknown> = {};
  if (r.last_used_at !== null) lastUsed.LastUsedDate = r.last_used_at;
  if (r.last_used_region !== null) lastUsed.Region = r.last_used_region;
  return withBoundary(
    {
      ...baseRoleShape(r, partition),
      InstanceProfileList: profiles.map((p) => profileShape(p, roles.get(p.id) ?? [], partition)),
      RolePolicyList: await policyList(db, "role", r.id),
      AttachedManagedPolicies: await attachedList(db, "role", r.id),
      Tags: await readTags(db, "role", r.id),
      RoleLastUsed: lastUsed,
    },
    r,
  );
}
