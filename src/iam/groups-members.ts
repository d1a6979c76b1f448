/**
 * Group membership: AddUserToGroup, RemoveUserFromGroup, ListGroupsForUser.
 *
 * AWS's answers these follow (recorded in localstack's IAM group test
 * snapshots, 2026): adding a member twice answers 200 and leaves one
 * membership; RemoveUserFromGroup with neither the user nor the group
 * existing answers "The user with name <user> cannot be found.", so the
 * user is looked up first (AddUserToGroup is taken to do the same). Removing
 * a user who is not a member answers 200 (cloud-custodian PR #4730, tried
 * against AWS). A user is in at most `groupsPerUser` (10) groups.
 */
import { userArn } from "../model/arns.js";
import { quotaExceeded } from "../model/errors.js";
import { isoTime } from "../store/index.js";
import type { Action } from "./action.js";
import { groupResource, groupShape, requireGroup } from "./groups-common.js";
import { listResult } from "./path-listing.js";
import { optInt, optStr, str } from "./input.js";
import { decodeMarker, DEFAULT_MAX_ITEMS } from "./pagination.js";
import { requireUser } from "./users.js";

const addUserToGroup: Action = {
  service: "iam",
  name: "AddUserToGroup",
  permission: "iam:AddUserToGroup",
  writes: true,
  resource: groupResource,
  async run(ctx, input) {
    const groupName = str(input, "GroupName");
    const userName = str(input, "UserName");
    const account = ctx.caller.accountId;
    await ctx.store.write(account, async (tx) => {
      const user = await requireUser(tx, account, userName);
      const group = await requireGroup(tx, account, groupName);
      const memberships = await tx
        .selectFrom("group_members")
        .select("group_id")
        .where("user_id", "=", user.id)
        .execute();
      if (memberships.some((m) => m.group_id === group.id)) return;
      if (memberships.length >= ctx.quotas.groupsPerUser) {
        throw quotaExceeded("groupsPerUser", ctx.quotas.groupsPerUser);
      }
      await tx
        .insertInto("group_members")
        .values({
          group_id: group.id,
          user_id: user.id,
          account_id: account,
          added_at: isoTime(ctx.now),
        })
        .execute();
    });
    return undefined;
  },
};

const removeUserFromGroup: Action = {
  service: "iam",
  name: "RemoveUserFromGroup",
  permission: "iam:RemoveUserFromGroup",
  writes: true,
  resource: groupResource,
  async run(ctx, input) {
    const groupName = str(input, "GroupName");
    const userName = str(input, "UserName");
    const account = ctx.caller.accountId;
    await ctx.store.write(account, async (tx) => {
      const user = await requireUser(tx, account, userName);
      const group = await requireGroup(tx, account, groupName);
      await tx
        .deleteFrom("group_members")
        .where("group_id", "=", group.id)
        .where("user_id", "=", user.id)
        .execute();
    });
    return undefined;
  },
};

/** The groups a user is in, sorted by name as ListGroups sorts them. Resource: the user. */
const listGroupsForUser: Action = {
  service: "iam",
  name: "ListGroupsForUser",
  permission: "iam:ListGroupsForUser",
  writes: false,
  resource: (input, caller, partition) =>
    userArn(caller.accountId, str(input, "UserName"), "/", partition),
  async run(ctx, input) {
    const userName = str(input, "UserName");
    const limit = optInt(input, "MaxItems") ?? DEFAULT_MAX_ITEMS;
    const key = decodeMarker(optStr(input, "Marker"), 2);
    const rows = await ctx.store.read(async (db) => {
      const user = await requireUser(db, ctx.caller.accountId, userName);
      let q = db
        .selectFrom("group_members")
        .innerJoin("groups", "groups.id", "group_members.group_id")
        .selectAll("groups")
        .where("group_members.user_id", "=", user.id);
      if (key !== undefined) {
        const [k, id] = key as [string, string];
        q = q.where((eb) =>
          eb.or([
            eb("groups.name_key", ">", k),
            eb.and([eb("groups.name_key", "=", k), eb("groups.id", ">", id)]),
          ]),
        );
      }
      return q
        .orderBy("groups.name_key")
        .orderBy("groups.id")
        .limit(limit + 1)
        .execute();
    });
    return listResult(rows, limit, "Groups", (g) => groupShape(g, ctx.partition));
  },
};

export const membershipActions: readonly Action[] = [
  addUserToGroup,
  removeUserFromGroup,
  listGroupsForUser,
];
