/**
 * IAM groups: CreateGroup, GetGroup, UpdateGroup, DeleteGroup, ListGroups;
 * membership (AddUserToGroup, RemoveUserFromGroup, ListGroupsForUser) is in
 * groups-members.ts. IAM has no TagGroup: groups carry no tags.
 */
import { groupArn } from "../model/arns.js";
import {
  groupExists,
  mustDeletePolicies,
  mustDetachPolicies,
  mustRemoveUsersFromGroup,
  quotaExceeded,
} from "../model/errors.js";
import { groupId } from "../model/ids.js";
import { nameKey } from "../model/names.js";
import { isoTime } from "../store/index.js";
import { movedArn, type Action } from "./action.js";
import {
  attachedPolicies,
  inlinePolicies,
  memberships,
  refuseWhileDependents,
} from "./dependents.js";
import {
  checkPath,
  findGroup,
  groupResource,
  groupShape,
  memberShape,
  requireGroup,
  type GroupRow,
} from "./groups-common.js";
import { membershipActions } from "./groups-members.js";
import { listResult, readPathPage } from "./path-listing.js";
import { optInt, optStr, str } from "./input.js";
import { decodeMarker, DEFAULT_MAX_ITEMS } from "./pagination.js";
import { dropAllTags } from "./tags.js";
import { countOf } from "./users.js";

const createGroup: Action = {
  service: "iam",
  name: "CreateGroup",
  permission: "iam:CreateGroup",
  writes: true,
  resource: (input, caller, partition) =>
    groupArn(caller.accountId, str(input, "GroupName"), optStr(input, "Path") ?? "/", partition),
  async run(ctx, input) {
    const name = str(input, "GroupName");
    const path = optStr(input, "Path") ?? "/";
    checkPath(path);
    const account = ctx.caller.accountId;
    return ctx.store.write(account, async (tx) => {
      if ((await findGroup(tx, account, name)) !== undefined) throw groupExists(name);
      const count = await countOf(tx, "groups", account);
      if (count >= ctx.quotas.groups) throw quotaExceeded("groups", ctx.quotas.groups);
      const row: GroupRow = {
        id: groupId(),
        account_id: account,
        name,
        name_key: nameKey(name),
        path,
        created_at: isoTime(ctx.now),
      };
      await tx.insertInto("groups").values(row).execute();
      return { Group: groupShape(row, ctx.partition) };
    });
  },
};

const getGroup: Action = {
  service: "iam",
  name: "GetGroup",
  permission: "iam:GetGroup",
  writes: false,
  resource: groupResource,
  async run(ctx, input) {
    const name = str(input, "GroupName");
    const limit = optInt(input, "MaxItems") ?? DEFAULT_MAX_ITEMS;
    const key = decodeMarker(optStr(input, "Marker"), 2);
    const { group, users } = await ctx.store.read(async (db) => {
      const group = await requireGroup(db, ctx.caller.accountId, name);
      let q = db
        .selectFrom("group_members")
        .innerJoin("users", "users.id", "group_members.user_id")
        .selectAll("users")
        .where("group_members.group_id", "=", group.id);
      if (key !== undefined) {
        const [k, id] = key as [string, string];
        q = q.where((eb) =>
          eb.or([
            eb("users.name_key", ">", k),
            eb.and([eb("users.name_key", "=", k), eb("users.id", ">", id)]),
          ]),
        );
      }
      const users = await q
        .orderBy("users.name_key")
        .orderBy("users.id")
        .limit(limit + 1)
        .execute();
      return { group, users };
    });
    return {
      Group: groupShape(group, ctx.partition),
      ...listResult(users, limit, "Users", (u) => memberShape(u, ctx.partition)),
    };
  },
};

const listGroups: Action = {
  service: "iam",
  name: "ListGroups",
  permission: "iam:ListGroups",
  writes: false,
  resource: (_input, caller, partition) => `arn:${partition}:iam::${caller.accountId}:group/`,
  async run(ctx, input) {
    const { rows, limit } = await ctx.store.read((db) =>
      readPathPage(db, "groups", ctx.caller.accountId, input),
    );
    return listResult(rows, limit, "Groups", (g) => groupShape(g, ctx.partition));
  },
};

const updateGroup: Action = {
  service: "iam",
  name: "UpdateGroup",
  permission: "iam:UpdateGroup",
  writes: true,
  resource: groupResource,
  alsoOn(input, resolved) {
    const newName = optStr(input, "NewGroupName");
    const newPath = optStr(input, "NewPath");
    return newName === undefined && newPath === undefined
      ? []
      : [movedArn(resolved, newPath, newName)];
  },
  async run(ctx, input) {
    const name = str(input, "GroupName");
    const newName = optStr(input, "NewGroupName");
    const newPath = optStr(input, "NewPath");
    checkPath(newPath);
    const account = ctx.caller.accountId;
    await ctx.store.write(account, async (tx) => {
      const group = await requireGroup(tx, account, name);
      if (newName !== undefined && nameKey(newName) !== group.name_key) {
        if ((await findGroup(tx, account, newName)) !== undefined) throw groupExists(newName);
      }
      await tx
        .updateTable("groups")
        .set({
          name: newName ?? group.name,
          name_key: nameKey(newName ?? group.name),
          path: newPath ?? group.path,
        })
        .where("id", "=", group.id)
        .execute();
    });
    return undefined;
  },
};

/**
 * DeleteGroup refuses while the group has members, inline policies or
 * attached policies, checked in the order the IAM User Guide ("Delete an IAM
 * group") says to clear them: users, inline policies, managed policies.
 */
const deleteGroup: Action = {
  service: "iam",
  name: "DeleteGroup",
  permission: "iam:DeleteGroup",
  writes: true,
  resource: groupResource,
  async run(ctx, input) {
    const name = str(input, "GroupName");
    const account = ctx.caller.accountId;
    await ctx.store.write(account, async (tx) => {
      const group = await requireGroup(tx, account, name);
      await refuseWhileDependents(tx, "group", group.id, [
        memberships(mustRemoveUsersFromGroup),
        inlinePolicies(mustDeletePolicies),
        attachedPolicies(mustDetachPolicies),
      ]);
      await dropAllTags(tx, "group", group.id);
      await tx.deleteFrom("groups").where("id", "=", group.id).execute();
    });
    return undefined;
  },
};

export const groupsActions: readonly Action[] = [
  createGroup,
  getGroup,
  listGroups,
  updateGroup,
  deleteGroup,
  ...membershipActions,
];
