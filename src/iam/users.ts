/**
 * IAM users: CreateUser, GetUser, ListUsers, UpdateUser, DeleteUser, and the
 * tag and permissions boundary actions (tag-actions.ts, boundary-actions.ts).
 */
import {
  invalidPath,
  mustDeleteAccessKeys,
  mustDeleteLoginProfile,
  mustDeleteMfaDevice,
  mustDeletePolicies,
  mustDetachPolicies,
  mustRemoveUsersFromGroup,
  noSuchUser,
  quotaExceeded,
  userExists,
  userNameRequired,
} from "../model/errors.js";
import { rootArn, userArn } from "../model/arns.js";
import { userId } from "../model/ids.js";
import { isValidPath, nameKey } from "../model/names.js";
import {
  isoTime,
  prepare,
  type Database,
  type Kysely,
  type Selectable,
  type Transaction,
  type UserTable,
} from "../store/index.js";
import { movedArn, type Action, type Caller, type OperationContext } from "./action.js";
import { optStr, str, tags, type Input } from "./input.js";
import {
  accessKeys,
  loginProfile,
  attachedPolicies,
  inlinePolicies,
  memberships,
  mfaDevices,
  refuseWhileDependents,
} from "./dependents.js";
import { listResult, readPathPage } from "./path-listing.js";
import { boundaryActions, checkBoundary } from "./boundary-actions.js";
import { tagActions } from "./tag-actions.js";
import { checkNewTags, dropAllTags, readTags, tagContext, writeTags } from "./tags.js";

type UserRow = Selectable<UserTable>;
type Db = Kysely<Database> | Transaction<Database>;

const USER_BY_NAME = prepare(2, (db, accountId: string, key: string) =>
  db
    .selectFrom("users")
    .selectAll()
    .where("account_id", "=", accountId)
    .where("name_key", "=", key),
);

export async function findUser(
  db: Db,
  accountId: string,
  name: string,
): Promise<UserRow | undefined> {
  return USER_BY_NAME.first(db, accountId, nameKey(name));
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

/** PermissionsBoundaryType reads "Policy", as AWS answers (the model's enum says otherwise). */
function withBoundary(shape: Record<string, unknown>, u: UserRow): Record<string, unknown> {
  if (u.permissions_boundary_arn !== null) {
    shape.PermissionsBoundary = {
      PermissionsBoundaryType: "Policy",
      PermissionsBoundaryArn: u.permissions_boundary_arn,
    };
  }
  return shape;
}

function checkPath(path: string | undefined): void {
  if (path !== undefined && !isValidPath(path)) throw invalidPath();
}

/**
 * The ARN of "the caller's own user", for actions whose UserName may be left
 * out: the root user's or the user's. Other callers (role sessions,
 * federated users) must name a user, as AWS answers before authorizing.
 */
export function selfUserArn(caller: Caller): string {
  if (caller.kind !== "root" && caller.kind !== "user") throw userNameRequired();
  return caller.arn;
}

/** The resource of a user action: the named user, or the caller when no name is given. */
function userResource(input: Input, caller: Caller, partition: string): string {
  const name = optStr(input, "UserName");
  if (name === undefined) return selfUserArn(caller);
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
    if (name === undefined && ctx.caller.kind !== "root") throw userNameRequired();
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
    const { rows, limit } = await ctx.store.read((db) =>
      readPathPage(db, "users", ctx.caller.accountId, input),
    );
    return listResult(rows, limit, "Users", (u) => userShape(u, ctx.partition));
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
        loginProfile(mustDeleteLoginProfile),
        accessKeys(mustDeleteAccessKeys),
        mfaDevices(mustDeleteMfaDevice),
        inlinePolicies(mustDeletePolicies),
        attachedPolicies(mustDetachPolicies),
        memberships(mustRemoveUsersFromGroup),
      ]);
      await dropAllTags(tx, "user", user.id);
      // Earlier passwords (kept after DeleteLoginProfile for reuse prevention).
      await tx.deleteFrom("password_history").where("user_id", "=", user.id).execute();
      await tx.deleteFrom("users").where("id", "=", user.id).execute();
    });
    return undefined;
  },
};

const user = {
  noun: "User",
  type: "user",
  table: "users",
  nameMember: "UserName",
  resource: userResource,
  find: requireUser,
} as const;

export const userActions: readonly Action[] = [
  createUser,
  getUser,
  listUsers,
  updateUser,
  deleteUser,
  ...tagActions(user),
  ...boundaryActions(user),
];
