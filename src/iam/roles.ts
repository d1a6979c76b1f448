/**
 * IAM roles: CreateRole, GetRole, ListRoles, UpdateRole,
 * UpdateRoleDescription, UpdateAssumeRolePolicy, DeleteRole, and the tag
 * and permissions boundary actions (tag-actions.ts, boundary-actions.ts);
 * inline and attached policies are in inline-policies.ts and attachments.ts.
 *
 * DeleteRole refuses (recorded texts) while the role has inline policies,
 * attached policies, or is in an instance profile; the order of those checks
 * is unconfirmed (users' order is followed).
 */
import {
  mustDeletePolicies,
  mustDetachPolicies,
  mustRemoveRolesFromInstanceProfile,
  quotaExceeded,
  roleExists,
} from "../model/errors.js";
import { roleArn } from "../model/arns.js";
import { roleId } from "../model/ids.js";
import { nameKey } from "../model/names.js";
import { isoTime } from "../store/index.js";
import type { Action } from "./action.js";
import {
  attachedPolicies,
  inlinePolicies,
  instanceProfiles,
  refuseWhileDependents,
} from "./dependents.js";
import { optInt, optStr, str, tags } from "./input.js";
import { listResult, readPathPage } from "./path-listing.js";
import {
  checkPath,
  checkTrustDocument,
  countRoles,
  createdRoleShape,
  DEFAULT_MAX_SESSION_DURATION,
  findRole,
  fullRoleShape,
  listedRoleShape,
  requireRole,
  roleResource,
  type RoleRow,
} from "./roles-common.js";
import { dropAllTags, checkNewTags, readTags, tagContext, writeTags } from "./tags.js";
import { boundaryActions, checkBoundary } from "./boundary-actions.js";
import { tagActions } from "./tag-actions.js";
import { instanceProfileActions } from "./instance-profiles.js";
import { checkTrustPrincipals } from "./trust-principals.js";

const createRole: Action = {
  service: "iam",
  name: "CreateRole",
  permission: "iam:CreateRole",
  writes: true,
  resource: (input, caller, partition) =>
    roleArn(caller.accountId, str(input, "RoleName"), optStr(input, "Path") ?? "/", partition),
  contextKeys(input) {
    const keys = tagContext(tags(input));
    const boundary = optStr(input, "PermissionsBoundary");
    if (boundary !== undefined) keys["iam:PermissionsBoundary"] = boundary;
    return keys;
  },
  async run(ctx, input) {
    const name = str(input, "RoleName");
    const path = optStr(input, "Path") ?? "/";
    const document = str(input, "AssumeRolePolicyDocument");
    const boundary = optStr(input, "PermissionsBoundary");
    const newTags = tags(input);
    checkPath(path);
    const trust = checkTrustDocument(document, ctx.quotas, "assumeRolePolicyDocument");
    checkNewTags(newTags, "role");
    if (newTags.length > ctx.quotas.tagsPerResource)
      throw quotaExceeded("tagsPerResource", ctx.quotas.tagsPerResource);
    const account = ctx.caller.accountId;
    return ctx.store.write(account, async (tx) => {
      if (boundary !== undefined) await checkBoundary(tx, account, boundary);
      if ((await findRole(tx, account, name)) !== undefined) throw roleExists(name);
      await checkTrustPrincipals(tx, account, ctx.partition, trust);
      if ((await countRoles(tx, account)) >= ctx.quotas.roles)
        throw quotaExceeded("roles", ctx.quotas.roles);
      const row: RoleRow = {
        id: roleId(),
        account_id: account,
        name,
        name_key: nameKey(name),
        path,
        created_at: isoTime(ctx.now),
        assume_role_policy: document,
        description: optStr(input, "Description") ?? null,
        max_session_duration: optInt(input, "MaxSessionDuration") ?? DEFAULT_MAX_SESSION_DURATION,
        permissions_boundary_arn: boundary ?? null,
        last_used_at: null,
        last_used_region: null,
      };
      await tx.insertInto("roles").values(row).execute();
      await writeTags(tx, account, "role", row.id, newTags, ctx.quotas.tagsPerResource);
      return { Role: createdRoleShape(row, ctx.partition, newTags) };
    });
  },
};

const getRole: Action = {
  service: "iam",
  name: "GetRole",
  permission: "iam:GetRole",
  writes: false,
  resource: roleResource,
  async run(ctx, input) {
    const name = str(input, "RoleName");
    return ctx.store.read(async (db) => {
      const row = await requireRole(db, ctx.caller.accountId, name);
      return { Role: fullRoleShape(row, ctx.partition, await readTags(db, "role", row.id)) };
    });
  },
};

const listRoles: Action = {
  service: "iam",
  name: "ListRoles",
  permission: "iam:ListRoles",
  writes: false,
  resource: (_input, caller, partition) => `arn:${partition}:iam::${caller.accountId}:role/`,
  async run(ctx, input) {
    const { rows, limit } = await ctx.store.read((db) =>
      readPathPage(db, "roles", ctx.caller.accountId, input),
    );
    return listResult(rows, limit, "Roles", (r) => listedRoleShape(r, ctx.partition));
  },
};

const updateRole: Action = {
  service: "iam",
  name: "UpdateRole",
  permission: "iam:UpdateRole",
  writes: true,
  resource: roleResource,
  async run(ctx, input) {
    const name = str(input, "RoleName");
    const description = optStr(input, "Description");
    const duration = optInt(input, "MaxSessionDuration");
    const account = ctx.caller.accountId;
    await ctx.store.write(account, async (tx) => {
      const role = await requireRole(tx, account, name);
      await tx
        .updateTable("roles")
        .set({
          description: description ?? role.description,
          max_session_duration: duration ?? role.max_session_duration,
        })
        .where("id", "=", role.id)
        .execute();
    });
    return undefined;
  },
};

const updateRoleDescription: Action = {
  service: "iam",
  name: "UpdateRoleDescription",
  permission: "iam:UpdateRoleDescription",
  writes: true,
  resource: roleResource,
  async run(ctx, input) {
    const name = str(input, "RoleName");
    const description = str(input, "Description");
    const account = ctx.caller.accountId;
    return ctx.store.write(account, async (tx) => {
      const role = await requireRole(tx, account, name);
      await tx.updateTable("roles").set({ description }).where("id", "=", role.id).execute();
      const shape = createdRoleShape({ ...role, description }, ctx.partition, []);
      shape.Description = description;
      return { Role: shape };
    });
  },
};

const updateAssumeRolePolicy: Action = {
  service: "iam",
  name: "UpdateAssumeRolePolicy",
  permission: "iam:UpdateAssumeRolePolicy",
  writes: true,
  resource: roleResource,
  async run(ctx, input) {
    const name = str(input, "RoleName");
    const document = str(input, "PolicyDocument");
    const trust = checkTrustDocument(document, ctx.quotas, "policyDocument");
    const account = ctx.caller.accountId;
    await ctx.store.write(account, async (tx) => {
      const role = await requireRole(tx, account, name);
      await checkTrustPrincipals(tx, account, ctx.partition, trust);
      await tx
        .updateTable("roles")
        .set({ assume_role_policy: document })
        .where("id", "=", role.id)
        .execute();
    });
    return undefined;
  },
};

const deleteRole: Action = {
  service: "iam",
  name: "DeleteRole",
  permission: "iam:DeleteRole",
  writes: true,
  resource: roleResource,
  async run(ctx, input) {
    const name = str(input, "RoleName");
    const account = ctx.caller.accountId;
    await ctx.store.write(account, async (tx) => {
      const role = await requireRole(tx, account, name);
      await refuseWhileDependents(tx, "role", role.id, [
        inlinePolicies(mustDeletePolicies),
        attachedPolicies(mustDetachPolicies),
        instanceProfiles(mustRemoveRolesFromInstanceProfile),
      ]);
      await dropAllTags(tx, "role", role.id);
      await tx.deleteFrom("roles").where("id", "=", role.id).execute();
    });
    return undefined;
  },
};

const role = {
  noun: "Role",
  type: "role",
  table: "roles",
  nameMember: "RoleName",
  resource: roleResource,
  find: requireRole,
} as const;

/** Roles and instance profiles, as registered. */
export const roleActions: readonly Action[] = [
  createRole,
  getRole,
  listRoles,
  updateRole,
  updateRoleDescription,
  updateAssumeRolePolicy,
  deleteRole,
  ...tagActions(role),
  ...boundaryActions(role),
  ...instanceProfileActions,
];
