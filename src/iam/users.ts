/**
 * IAM users: CreateUser, GetUser, ListUsers, UpdateUser, DeleteUser, tags and
 * permissions boundaries.
 */
import {
  invalidArn,
  invalidPath,
  mustDeleteAccessKeys,
  mustDeletePolicies,
  mustDetachPolicies,
  mustRemoveUsersFromGroup,
  noSuchPermissionsBoundary,
  noSuchUser,
  quotaExceeded,
  userExists,
} from "../model/errors.js";
import { parsePolicyArn, rootArn, userArn } from "../model/arns.js";
import { userId } from "../model/ids.js";
import { isValidPath, nameKey } from "../model/names.js";
import { awsManagedPolicy } from "../model/aws-policies/index.js";
import {
  isoTime,
  prefixRange,
  type Database,
  type Kysely,
  type Selectable,
  type Transaction,
  type UserTable,
} from "../store/index.js";
import { movedArn, type Action, type Caller, type OperationContext } from "./action.js";
import { optInt, optList, optStr, str, tags, type Input } from "./input.js";
import {
  accessKeys,
  attachedPolicies,
  inlinePolicies,
  memberships,
  refuseWhileDependents,
} from "./dependents.js";
import { decodeMarker, DEFAULT_MAX_ITEMS, page } from "./pagination.js";
import { checkNewTags, dropAllTags, readTags, removeTags, tagContext, writeTags } from "./tags.js";

type UserRow = Selectable<UserTable>;
type Db = Kysely<Database> | Transaction<Database>;

export async function findUser(
  db: Db,
  accountId: string,
  name: string,
): Promise<UserRow | undefined> {
  return db
    .selectFrom("users")
    .selectAll()
    .where("account_id", "=", accountId)
    .where("name_key", "=", nameKey(name))
    .executeTakeFirst();
}

export async function requireUser(db: Db, accountId: string, name: string): Promise<UserRow> {
  const user = await findUser(db, accountId, name);
  if (user === undefined) throw noSuchUser(name);
  return user;
}

function userShape(u: UserRow, partition: string): Record<string, unknown> {
  const out: Record<string, unknown> = {
    Path: u.path,
    UserName: u.name,
    UserId: u.id,
    Arn: userArn(u.account_id, u.name, u.path, partition),
    CreateDate: u.created_at,
  };
  if (u.password_last_used !== null) out.PasswordLastUsed = u.password_last_used;
  return out;
}

function withBoundary(shape: Record<string, unknown>, u: UserRow): Record<string, unknown> {
  if (u.permissions_boundary_arn !== null) {
    shape.PermissionsBoundary = {
      PermissionsBoundaryType: "PermissionsBoundaryPolicy",
      PermissionsBoundaryArn: u.permissions_boundary_arn,
    };
  }
  return shape;
}

function checkPath(path: string | undefined): void {
  if (path !== undefined && !isValidPath(path)) throw invalidPath();
}

/** A permissions boundary must name an existing managed policy (customer or AWS). */
export async function checkBoundary(db: Db, accountId: string, arn: string): Promise<void> {
  const parts = parsePolicyArn(arn);
  if (parts === undefined) throw invalidArn(arn);
  if (parts.account === "aws") {
    if (awsManagedPolicy(arn) === undefined) throw noSuchPermissionsBoundary(arn);
    return;
  }
  const found = await db
    .selectFrom("managed_policies")
    .select("id")
    .where("arn", "=", arn)
    .where("account_id", "=", accountId)
    .executeTakeFirst();
  if (found === undefined) throw noSuchPermissionsBoundary(arn);
}

/** The resource of a user action: the named user, or the caller when no name is given. */
function userResource(input: Input, caller: Caller, partition: string): string {
  const name = optStr(input, "UserName");
  if (name === undefined) return caller.arn;
  return userArn(caller.accountId, name, "/", partition);
}

const createUser: Action = {
  service: "iam",
  name: "CreateUser",
  permission: "iam:CreateUser",
  writes: true,
  resource: (input, caller, partition) =>
    userArn(caller.accountId, str(input, "UserName"), optStr(input, "Path") ?? "/", partition),
  contextKeys(input) {
    const keys = tagContext(tags(input));
    const boundary = optStr(input, "PermissionsBoundary");
    if (boundary !== undefined) keys["iam:PermissionsBoundary"] = boundary;
    return keys;
  },
  async run(ctx, input) {
    const name = str(input, "UserName");
    const path = optStr(input, "Path") ?? "/";
    const boundary = optStr(input, "PermissionsBoundary");
    const newTags = tags(input);
    checkPath(path);
    checkNewTags(newTags, "user");
    if (newTags.length > ctx.quotas.tagsPerResource)
      throw quotaExceeded("tagsPerResource", ctx.quotas.tagsPerResource);
    const account = ctx.caller.accountId;
    return ctx.store.write(account, async (tx) => {
      if (boundary !== undefined) await checkBoundary(tx, account, boundary);
      if ((await findUser(tx, account, name)) !== undefined) throw userExists(name);
      const count = await countOf(tx, "users", account);
      if (count >= ctx.quotas.users) throw quotaExceeded("users", ctx.quotas.users);
      const row: UserRow = {
        id: userId(),
        account_id: account,
        name,
        name_key: nameKey(name),
        path,
        created_at: isoTime(ctx.now),
        permissions_boundary_arn: boundary ?? null,
        password_last_used: null,
      };
      await tx.insertInto("users").values(row).execute();
      await writeTags(tx, account, "user", row.id, newTags, ctx.quotas.tagsPerResource);
      const user = withBoundary(userShape(row, ctx.partition), row);
      if (newTags.length > 0) user.Tags = newTags;
      return { User: user };
    });
  },
};

export async function countOf(
  db: Db,
  table: "users" | "groups" | "managed_policies",
  accountId: string,
): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("account_id", "=", accountId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const getUser: Action = {
  service: "iam",
  name: "GetUser",
  permission: "iam:GetUser",
  writes: false,
  resource: userResource,
  async run(ctx, input) {
    const name = optStr(input, "UserName") ?? ctx.caller.userName;
    if (name === undefined) {
      // The root user: AWS answers with the account's own identity.
      return {
        User: {
          UserId: ctx.caller.accountId,
          Arn: rootArn(ctx.caller.accountId, ctx.partition),
          CreateDate: await accountCreated(ctx),
        },
      };
    }
    return ctx.store.read(async (db) => {
      const row = await requireUser(db, ctx.caller.accountId, name);
      const user = withBoundary(userShape(row, ctx.partition), row);
      const list = await readTags(db, "user", row.id);
      if (list.length > 0) user.Tags = list;
      return { User: user };
    });
  },
};

async function accountCreated(ctx: OperationContext): Promise<string> {
  const row = await ctx.store.read((db) =>
    db
      .selectFrom("accounts")
      .select("created_at")
      .where("id", "=", ctx.caller.accountId)
      .executeTakeFirst(),
  );
  return row?.created_at ?? isoTime(ctx.now);
}

const listUsers: Action = {
  service: "iam",
  name: "ListUsers",
  permission: "iam:ListUsers",
  writes: false,
  resource: (_input, caller, partition) => `arn:${partition}:iam::${caller.accountId}:user/`,
  async run(ctx, input) {
    const prefix = optStr(input, "PathPrefix");
    const limit = optInt(input, "MaxItems") ?? DEFAULT_MAX_ITEMS;
    const after = decodeMarker(optStr(input, "Marker"), 2);
    const rows = await ctx.store.read(async (db) => {
      let q = db.selectFrom("users").selectAll().where("account_id", "=", ctx.caller.accountId);
      if (prefix !== undefined && prefix !== "/") {
        const range = prefixRange(prefix);
        q = q.where("path", ">=", range.from).where("path", "<", range.to);
      }
      if (after !== undefined) {
        const [key, id] = after as [string, string];
        q = q.where((eb) =>
          eb.or([eb("name_key", ">", key), eb.and([eb("name_key", "=", key), eb("id", ">", id)])]),
        );
      }
      return q
        .orderBy("name_key")
        .orderBy("id")
        .limit(limit + 1)
        .execute();
    });
    const result = page(rows, limit, (u) => [u.name_key, u.id]);
    const out: Record<string, unknown> = {
      Users: result.items.map((u) => userShape(u, ctx.partition)),
      IsTruncated: result.IsTruncated,
    };
    if (result.Marker !== undefined) out.Marker = result.Marker;
    return out;
  },
};

const updateUser: Action = {
  service: "iam",
  name: "UpdateUser",
  permission: "iam:UpdateUser",
  writes: true,
  resource: userResource,
  alsoOn(input, resolved) {
    const newName = optStr(input, "NewUserName");
    const newPath = optStr(input, "NewPath");
    return newName === undefined && newPath === undefined
      ? []
      : [movedArn(resolved, newPath, newName)];
  },
  async run(ctx, input) {
    const name = str(input, "UserName");
    const newName = optStr(input, "NewUserName");
    const newPath = optStr(input, "NewPath");
    checkPath(newPath);
    const account = ctx.caller.accountId;
    await ctx.store.write(account, async (tx) => {
      const user = await requireUser(tx, account, name);
      if (newName !== undefined && nameKey(newName) !== user.name_key) {
        if ((await findUser(tx, account, newName)) !== undefined) throw userExists(newName);
      }
      await tx
        .updateTable("users")
        .set({
          name: newName ?? user.name,
          name_key: nameKey(newName ?? user.name),
          path: newPath ?? user.path,
        })
        .where("id", "=", user.id)
        .execute();
    });
    return undefined;
  },
};

const deleteUser: Action = {
  service: "iam",
  name: "DeleteUser",
  permission: "iam:DeleteUser",
  writes: true,
  resource: userResource,
  async run(ctx, input) {
    const name = str(input, "UserName");
    const account = ctx.caller.accountId;
    await ctx.store.write(account, async (tx) => {
      const user = await requireUser(tx, account, name);
      await refuseWhileDependents(tx, "user", user.id, [
        accessKeys(mustDeleteAccessKeys),
        inlinePolicies(mustDeletePolicies),
        attachedPolicies(mustDetachPolicies),
        memberships(mustRemoveUsersFromGroup),
      ]);
      await dropAllTags(tx, "user", user.id);
      await tx.deleteFrom("users").where("id", "=", user.id).execute();
    });
    return undefined;
  },
};

const tagUser: Action = {
  service: "iam",
  name: "TagUser",
  permission: "iam:TagUser",
  writes: true,
  resource: userResource,
  contextKeys: (input) => tagContext(tags(input)),
  async run(ctx, input) {
    const name = str(input, "UserName");
    const newTags = tags(input);
    checkNewTags(newTags, "user");
    const account = ctx.caller.accountId;
    await ctx.store.write(account, async (tx) => {
      const user = await requireUser(tx, account, name);
      await writeTags(tx, account, "user", user.id, newTags, ctx.quotas.tagsPerResource);
    });
    return undefined;
  },
};

const untagUser: Action = {
  service: "iam",
  name: "UntagUser",
  permission: "iam:UntagUser",
  writes: true,
  resource: userResource,
  contextKeys: (input) => ({ "aws:TagKeys": optList<string>(input, "TagKeys") ?? [] }),
  async run(ctx, input) {
    const name = str(input, "UserName");
    const keys = optList<string>(input, "TagKeys") ?? [];
    const account = ctx.caller.accountId;
    await ctx.store.write(account, async (tx) => {
      const user = await requireUser(tx, account, name);
      await removeTags(tx, "user", user.id, keys);
    });
    return undefined;
  },
};

const listUserTags: Action = {
  service: "iam",
  name: "ListUserTags",
  permission: "iam:ListUserTags",
  writes: false,
  resource: userResource,
  async run(ctx, input) {
    const name = str(input, "UserName");
    const limit = optInt(input, "MaxItems") ?? DEFAULT_MAX_ITEMS;
    const after = decodeMarker(optStr(input, "Marker"), 1);
    const all = await ctx.store.read(async (db) => {
      const user = await requireUser(db, ctx.caller.accountId, name);
      return readTags(db, "user", user.id);
    });
    const start =
      after === undefined ? 0 : all.findIndex((t) => t.Key.toLowerCase() === after[0]) + 1;
    const result = page(all.slice(start), limit, (t) => [t.Key.toLowerCase()]);
    const out: Record<string, unknown> = { Tags: result.items, IsTruncated: result.IsTruncated };
    if (result.Marker !== undefined) out.Marker = result.Marker;
    return out;
  },
};

const putUserPermissionsBoundary: Action = {
  service: "iam",
  name: "PutUserPermissionsBoundary",
  permission: "iam:PutUserPermissionsBoundary",
  writes: true,
  resource: userResource,
  contextKeys: (input) => ({ "iam:PermissionsBoundary": str(input, "PermissionsBoundary") }),
  async run(ctx, input) {
    const name = str(input, "UserName");
    const arn = str(input, "PermissionsBoundary");
    const account = ctx.caller.accountId;
    await ctx.store.write(account, async (tx) => {
      const user = await requireUser(tx, account, name);
      await checkBoundary(tx, account, arn);
      await tx
        .updateTable("users")
        .set({ permissions_boundary_arn: arn })
        .where("id", "=", user.id)
        .execute();
    });
    return undefined;
  },
};

const deleteUserPermissionsBoundary: Action = {
  service: "iam",
  name: "DeleteUserPermissionsBoundary",
  permission: "iam:DeleteUserPermissionsBoundary",
  writes: true,
  resource: userResource,
  async run(ctx, input) {
    const name = str(input, "UserName");
    const account = ctx.caller.accountId;
    await ctx.store.write(account, async (tx) => {
      const user = await requireUser(tx, account, name);
      await tx
        .updateTable("users")
        .set({ permissions_boundary_arn: null })
        .where("id", "=", user.id)
        .execute();
    });
    return undefined;
  },
};

export const userActions: readonly Action[] = [
  createUser,
  getUser,
  listUsers,
  updateUser,
  deleteUser,
  tagUser,
  untagUser,
  listUserTags,
  putUserPermissionsBoundary,
  deleteUserPermissionsBoundary,
];
