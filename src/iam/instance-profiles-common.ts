/**
 * What the instance profile actions share: finding a profile, its roles, and
 * the InstanceProfile shape.
 *
 * As AWS answers (recorded): every InstanceProfile has Roles (`[]` when
 * empty), each role in CreateRole's shape; GetInstanceProfile always has
 * Tags (`[]` when none); CreateInstanceProfile has Tags only when some were
 * given; the lists have none.
 */
import { instanceProfileArn } from "../model/arns.js";
import { noSuchInstanceProfile } from "../model/errors.js";
import { nameKey } from "../model/names.js";
import { findInAccount, type InstanceProfileTable, type Selectable } from "../store/index.js";
import type { Caller } from "./action.js";
import { str, type Input } from "./input.js";
import { createdRoleShape, type Db, type RoleRow } from "./roles-common.js";

export type ProfileRow = Selectable<InstanceProfileTable>;

export async function findProfile(
  db: Db,
  accountId: string,
  name: string,
): Promise<ProfileRow | undefined> {
  return findInAccount(db, "instance_profiles", "name_key", accountId, nameKey(name));
}

export async function requireProfile(db: Db, accountId: string, name: string): Promise<ProfileRow> {
  const profile = await findProfile(db, accountId, name);
  if (profile === undefined) throw noSuchInstanceProfile(name);
  return profile;
}

/** The profile an InstanceProfileName input names, with the path "/". */
export function profileResource(input: Input, caller: Caller, partition: string): string {
  return instanceProfileArn(caller.accountId, str(input, "InstanceProfileName"), "/", partition);
}

/** The roles of each of the given profiles, by profile id, each list by role name. */
export async function rolesOf(
  db: Db,
  profileIds: readonly string[],
): Promise<Map<string, RoleRow[]>> {
  const out = new Map<string, RoleRow[]>();
  if (profileIds.length === 0) return out;
  const rows = await db
    .selectFrom("instance_profile_roles")
    .innerJoin("roles", "roles.id", "instance_profile_roles.role_id")
    .selectAll("roles")
    .select("instance_profile_roles.instance_profile_id")
    .where("instance_profile_roles.instance_profile_id", "in", profileIds)
    .orderBy("roles.name_key")
    .execute();
  for (const { instance_profile_id: profileId, ...role } of rows) {
    const list = out.get(profileId) ?? [];
    list.push(role);
    out.set(profileId, list);
  }
  return out;
}

export function profileShape(
  p: ProfileRow,
  roles: readonly RoleRow[],
  partition: string,
): Record<string, unknown> {
  return {
    Path: p.path,
    InstanceProfileName: p.name,
    InstanceProfileId: p.id,
    Arn: instanceProfileArn(p.account_id, p.name, p.path, partition),
    CreateDate: p.created_at,
    Roles: roles.map((r) => createdRoleShape(r, partition, [])),
  };
}
