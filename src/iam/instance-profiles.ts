/**
 * Instance profiles: Create, Get, Delete, List, ListInstanceProfilesForRole,
 * AddRoleToInstanceProfile, RemoveRoleFromInstanceProfile, and the tag
 * actions (tag-actions.ts).
 *
 * As AWS answers (recorded): a profile holds at most one role ("Cannot
 * exceed quota for InstanceSessionsPerInstanceProfile: 1"), adding the role
 * it already holds answers the same (coreos/mantle#1058); removing a role not
 * in it is "Role <role> in Instance Profile <profile> cannot be found.";
 * deleting a profile that holds a role is DeleteConflict "Cannot delete
 * entity, must remove roles from instance profile first." Deleting one that
 * an instance not yet terminated uses is a DeleteConflict too (Gatehouse's
 * instances: src/instances/).
 */
import {
  instanceProfileExists,
  mustRemoveRolesFromInstanceProfile,
  quotaExceeded,
  roleNotInInstanceProfile,
} from "../model/errors.js";
import { instanceProfileArn } from "../model/arns.js";
import { instanceProfileInUse } from "../model/instance-errors.js";
import { instanceProfileId } from "../model/ids.js";
import { nameKey } from "../model/names.js";
import { isoTime } from "../store/index.js";
import type { Action } from "./action.js";
import { optInt, optStr, str, tags } from "./input.js";
import {
  findProfile,
  profileResource,
  profileShape,
  requireProfile,
  rolesOf,
  type ProfileRow,
} from "./instance-profiles-common.js";
import { tagActions } from "./tag-actions.js";
import { decodeMarker, DEFAULT_MAX_ITEMS, page } from "./pagination.js";
import { listResult, readPathPage } from "./path-listing.js";
import { checkPath, requireRole, roleResource } from "./roles-common.js";
import { checkNewTags, dropAllTags, readTags, tagContext, writeTags } from "./tags.js";

const createInstanceProfile: Action = {
  service: "iam",
  name: "CreateInstanceProfile",
  permission: "iam:CreateInstanceProfile",
  writes: true,
  resource: (input, caller, partition) =>
    instanceProfileArn(
      caller.accountId,
      str(input, "InstanceProfileName"),
      optStr(input, "Path") ?? "/",
      partition,
    ),
  contextKeys: (input) => tagContext(tags(input)),
  async run(ctx, input) {
    const name = str(input, "InstanceProfileName");
    const path = optStr(input, "Path") ?? "/";
    const newTags = tags(input);
    checkPath(path);
    checkNewTags(newTags, "instance-profile");
    if (newTags.length > ctx.quotas.tagsPerResource)
      throw quotaExceeded("tagsPerResource", ctx.quotas.tagsPerResource);
    const account = ctx.caller.accountId;
    return ctx.store.write(account, async (tx) => {
      if ((await findProfile(tx, account, name)) !== undefined) throw instanceProfileExists(name);
      const count = await tx
        .selectFrom("instance_profiles")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("account_id", "=", account)
        .executeTakeFirstOrThrow();
      if (Number(count.n) >= ctx.quotas.instanceProfiles)
        throw quotaExceeded("instanceProfiles", ctx.quotas.instanceProfiles);
      const row: ProfileRow = {
        id: instanceProfileId(),
        account_id: account,
        name,
        name_key: nameKey(name),
        path,
        created_at: isoTime(ctx.now),
      };
      await tx.insertInto("instance_profiles").values(row).execute();
      await writeTags(tx, account, "instance-profile", row.id, newTags, ctx.quotas.tagsPerResource);
      const shape = profileShape(row, [], ctx.partition);
      if (newTags.length > 0) shape.Tags = newTags;
      return { InstanceProfile: shape };
    });
  },
};

const getInstanceProfile: Action = {
  service: "iam",
  name: "GetInstanceProfile",
  permission: "iam:GetInstanceProfile",
  writes: false,
  resource: profileResource,
  async run(ctx, input) {
    const name = str(input, "InstanceProfileName");
    return ctx.store.read(async (db) => {
      const row = await requireProfile(db, ctx.caller.accountId, name);
      const roles = (await rolesOf(db, [row.id])).get(row.id) ?? [];
      const shape = profileShape(row, roles, ctx.partition);
      shape.Tags = await readTags(db, "instance-profile", row.id);
      return { InstanceProfile: shape };
    });
  },
};

const deleteInstanceProfile: Action = {
  service: "iam",
  name: "DeleteInstanceProfile",
  permission: "iam:DeleteInstanceProfile",
  writes: true,
  resource: profileResource,
  async run(ctx, input) {
    const name = str(input, "InstanceProfileName");
    const account = ctx.caller.accountId;
    await ctx.store.write(account, async (tx) => {
      const row = await requireProfile(tx, account, name);
      const member = await tx
        .selectFrom("instance_profile_roles")
        .select("role_id")
        .where("instance_profile_id", "=", row.id)
        .executeTakeFirst();
      if (member !== undefined) throw mustRemoveRolesFromInstanceProfile();
      // Instances (workload credentials) keep their profile until they are terminated.
      const user = await tx
        .selectFrom("instances")
        .select("id")
        .where("instance_profile_id", "=", row.id)
        .where("state", "!=", "terminated")
        .executeTakeFirst();
      if (user !== undefined) throw instanceProfileInUse();
      await tx
        .updateTable("instances")
        .set({ instance_profile_id: null })
        .where("instance_profile_id", "=", row.id)
        .execute();
      await dropAllTags(tx, "instance-profile", row.id);
      await tx.deleteFrom("instance_profiles").where("id", "=", row.id).execute();
    });
    return undefined;
  },
};

const listInstanceProfiles: Action = {
  service: "iam",
  name: "ListInstanceProfiles",
  permission: "iam:ListInstanceProfiles",
  writes: false,
  resource: (_input, caller, partition) =>
    `arn:${partition}:iam::${caller.accountId}:instance-profile/`,
  async run(ctx, input) {
    const { rows, limit, roles } = await ctx.store.read(async (db) => {
      const found = await readPathPage(db, "instance_profiles", ctx.caller.accountId, input);
      const shown = found.rows.slice(0, found.limit).map((r) => r.id);
      return { ...found, roles: await rolesOf(db, shown) };
    });
    return listResult(rows, limit, "InstanceProfiles", (p) =>
      profileShape(p, roles.get(p.id) ?? [], ctx.partition),
    );
  },
};

const listInstanceProfilesForRole: Action = {
  service: "iam",
  name: "ListInstanceProfilesForRole",
  permission: "iam:ListInstanceProfilesForRole",
  writes: false,
  resource: roleResource,
  async run(ctx, input) {
    const roleName = str(input, "RoleName");
    const limit = optInt(input, "MaxItems") ?? DEFAULT_MAX_ITEMS;
    const after = decodeMarker(optStr(input, "Marker"), 2);
    const { rows, roles } = await ctx.store.read(async (db) => {
      const role = await requireRole(db, ctx.caller.accountId, roleName);
      let q = db
        .selectFrom("instance_profiles")
        .innerJoin(
          "instance_profile_roles",
          "instance_profile_roles.instance_profile_id",
          "instance_profiles.id",
        )
        .selectAll("instance_profiles")
        .where("instance_profile_roles.role_id", "=", role.id);
      if (after !== undefined) {
        const [key, id] = after as [string, string];
        q = q.where((eb) =>
          eb.or([
            eb("instance_profiles.name_key", ">", key),
            eb.and([
              eb("instance_profiles.name_key", "=", key),
              eb("instance_profiles.id", ">", id),
            ]),
          ]),
        );
      }
      const found = await q
        .orderBy("instance_profiles.name_key")
        .orderBy("instance_profiles.id")
        .limit(limit + 1)
        .execute();
      return {
        rows: found,
        roles: await rolesOf(
          db,
          found.slice(0, limit).map((r) => r.id),
        ),
      };
    });
    const result = page(rows, limit, (r) => [r.name_key, r.id]);
    const out: Record<string, unknown> = {
      InstanceProfiles: result.items.map((p) =>
        profileShape(p, roles.get(p.id) ?? [], ctx.partition),
      ),
      IsTruncated: result.IsTruncated,
    };
    if (result.Marker !== undefined) out.Marker = result.Marker;
    return out;
  },
};

const addRoleToInstanceProfile: Action = {
  service: "iam",
  name: "AddRoleToInstanceProfile",
  permission: "iam:AddRoleToInstanceProfile",
  writes: true,
  resource: profileResource,
  async run(ctx, input) {
    const profileName = str(input, "InstanceProfileName");
    const roleName = str(input, "RoleName");
    const account = ctx.caller.accountId;
    const max = ctx.quotas.rolesPerInstanceProfile;
    await ctx.store.write(account, async (tx) => {
      const profile = await requireProfile(tx, account, profileName);
      const role = await requireRole(tx, account, roleName);
      const members = await tx
        .selectFrom("instance_profile_roles")
        .select("role_id")
        .where("instance_profile_id", "=", profile.id)
        .execute();
      if (members.length >= max || members.some((m) => m.role_id === role.id))
        throw quotaExceeded("rolesPerInstanceProfile", max);
      await tx
        .insertInto("instance_profile_roles")
        .values({
          instance_profile_id: profile.id,
          role_id: role.id,
          account_id: account,
          added_at: isoTime(ctx.now),
        })
        .execute();
    });
    return undefined;
  },
};

const removeRoleFromInstanceProfile: Action = {
  service: "iam",
  name: "RemoveRoleFromInstanceProfile",
  permission: "iam:RemoveRoleFromInstanceProfile",
  writes: true,
  resource: profileResource,
  async run(ctx, input) {
    const profileName = str(input, "InstanceProfileName");
    const roleName = str(input, "RoleName");
    const account = ctx.caller.accountId;
    await ctx.store.write(account, async (tx) => {
      const profile = await requireProfile(tx, account, profileName);
      const role = await requireRole(tx, account, roleName);
      const result = await tx
        .deleteFrom("instance_profile_roles")
        .where("instance_profile_id", "=", profile.id)
        .where("role_id", "=", role.id)
        .executeTakeFirst();
      if (Number(result.numDeletedRows) === 0)
        throw roleNotInInstanceProfile(roleName, profileName);
    });
    return undefined;
  },
};

export const instanceProfileActions: readonly Action[] = [
  createInstanceProfile,
  getInstanceProfile,
  deleteInstanceProfile,
  listInstanceProfiles,
  listInstanceProfilesForRole,
  addRoleToInstanceProfile,
  removeRoleFromInstanceProfile,
  ...tagActions({
    noun: "InstanceProfile",
    type: "instance-profile",
    nameMember: "InstanceProfileName",
    resource: profileResource,
    find: requireProfile,
  }),
];
