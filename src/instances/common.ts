/**
 * What the instances API and the agent endpoints share: reading instances,
 * their instance profile and the role it holds now, checking instance ids,
 * and the Instance shape.
 */
import type { Caller } from "../iam/action.js";
import { str, type Input } from "../iam/input.js";
import { rolesOf, type ProfileRow } from "../iam/instance-profiles-common.js";
import type { Db, RoleRow } from "../iam/roles-common.js";
import { instanceArn, instanceProfileArn } from "../model/arns.js";
import { isInstanceId } from "../model/ids.js";
import { instanceIdMalformed, instanceNotFound } from "../model/instance-errors.js";
import { findInAccount, type InstanceTable, type Selectable } from "../store/index.js";

export type InstanceRow = Selectable<InstanceTable>;

/** An instance with its profile and the role the profile holds now. */
export interface InstanceView {
  row: InstanceRow;
  profile: ProfileRow | undefined;
  role: RoleRow | undefined;
}

/** The service EC2 instances' roles must trust, and the one iam:PassRole passes to. */
export const EC2_SERVICE = "ec2.amazonaws.com";

/** EC2's InvalidInstanceID.Malformed for anything but `i-` and 17 lowercase hex digits. */
export function checkInstanceId(id: string): void {
  if (!isInstanceId(id)) throw instanceIdMalformed(id);
}

export async function findInstance(
  db: Db,
  accountId: string,
  id: string,
): Promise<InstanceRow | undefined> {
  return findInAccount(db, "instances", "id", accountId, id);
}

/** The instance an InstanceId names: malformed and unknown ids answer as EC2 does. */
export async function requireInstance(db: Db, accountId: string, id: string): Promise<InstanceRow> {
  checkInstanceId(id);
  const row = await findInstance(db, accountId, id);
  if (row === undefined) throw instanceNotFound(id);
  return row;
}

/** The role an instance profile holds (at most one), or undefined. */
export async function profileRole(db: Db, profileId: string): Promise<RoleRow | undefined> {
  return db
    .selectFrom("instance_profile_roles")
    .innerJoin("roles", "roles.id", "instance_profile_roles.role_id")
    .selectAll("roles")
    .where("instance_profile_roles.instance_profile_id", "=", profileId)
    .orderBy("roles.name_key")
    .executeTakeFirst();
}

/** Each instance with its profile and that profile's role. */
export async function viewsOf(db: Db, rows: readonly InstanceRow[]): Promise<InstanceView[]> {
  const profileIds = [
    ...new Set(rows.map((r) => r.instance_profile_id).filter((id) => id !== null)),
  ];
  const profiles = new Map<string, ProfileRow>();
  const roles = new Map<string, RoleRow>();
  if (profileIds.length > 0) {
    for (const p of await db
      .selectFrom("instance_profiles")
      .selectAll()
      .where("id", "in", profileIds)
      .execute()) {
      profiles.set(p.id, p);
    }
    // A profile holds at most one role.
    for (const [profileId, held] of await rolesOf(db, profileIds)) {
      const role = held[0];
      if (role !== undefined) roles.set(profileId, role);
    }
  }
  return rows.map((row) => {
    const id = row.instance_profile_id;
    return {
      row,
      profile: id === null ? undefined : profiles.get(id),
      role: id === null ? undefined : roles.get(id),
    };
  });
}

export async function viewOf(db: Db, row: InstanceRow): Promise<InstanceView> {
  const [view] = await viewsOf(db, [row]);
  return view as InstanceView;
}

export function arnOf(row: InstanceRow, partition: string): string {
  return instanceArn(row.account_id, row.region, row.id, partition);
}

/** The Instance shape, in the model's order. */
export function instanceShape(view: InstanceView, partition: string): Record<string, unknown> {
  const { row, profile, role } = view;
  const out: Record<string, unknown> = {
    InstanceId: row.id,
    Arn: arnOf(row, partition),
  };
  if (row.name !== null) out.Name = row.name;
  out.State = row.state;
  out.Region = row.region;
  out.LaunchTime = row.launched_at;
  if (row.registered_at !== null) out.RegisteredTime = row.registered_at;
  if (row.terminated_at !== null) out.TerminatedTime = row.terminated_at;
  if (profile !== undefined) {
    out.IamInstanceProfile = {
      Arn: instanceProfileArn(profile.account_id, profile.name, profile.path, partition),
      Id: profile.id,
      Name: profile.name,
    };
  }
  if (role !== undefined) out.RoleName = role.name;
  return out;
}

/**
 * The instance an InstanceId input names, as an ARN in the request's region;
 * authorization puts the instance's own region in when it exists.
 */
export function instanceResource(
  input: Input,
  caller: Caller,
  partition: string,
  region: string,
): string {
  return instanceArn(caller.accountId, region, str(input, "InstanceId"), partition);
}
