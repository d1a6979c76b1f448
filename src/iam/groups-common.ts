/**
 * What the group actions share: finding a group by name (case-insensitively),
 * the Group and member shapes of AWS's answers, the resource ARN a group
 * action is authorized on, and keyset paging by (name_key, id).
 */
import { invalidPath, noSuchGroup } from "../model/errors.js";
import { groupArn, userArn } from "../model/arns.js";
import { isValidPath, nameKey } from "../model/names.js";
import type {
  Database,
  GroupTable,
  Kysely,
  Selectable,
  Transaction,
  UserTable,
} from "../store/index.js";
import type { Caller } from "./action.js";
import { str, type Input } from "./input.js";

export type GroupRow = Selectable<GroupTable>;
export type UserRow = Selectable<UserTable>;
export type Db = Kysely<Database> | Transaction<Database>;

export async function findGroup(
  db: Db,
  accountId: string,
  name: string,
): Promise<GroupRow | undefined> {
  return db
    .selectFrom("groups")
    .selectAll()
    .where("account_id", "=", accountId)
    .where("name_key", "=", nameKey(name))
    .executeTakeFirst();
}

/** The named group, or AWS's "The group with name <name> cannot be found." (404). */
export async function requireGroup(db: Db, accountId: string, name: string): Promise<GroupRow> {
  const group = await findGroup(db, accountId, name);
  if (group === undefined) throw noSuchGroup(name);
  return group;
}

export function groupShape(g: GroupRow, partition: string): Record<string, unknown> {
  return {
    Path: g.path,
    GroupName: g.name,
    GroupId: g.id,
    Arn: groupArn(g.account_id, g.name, g.path, partition),
    CreateDate: g.created_at,
  };
}

/** A member as GetGroup lists it: the User shape, without boundary or tags. */
export function memberShape(u: UserRow, partition: string): Record<string, unknown> {
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

/**
 * The resource of a group action (Service Authorization Reference: resource
 * type `group`). The path is not known without reading the store, so it is
 * "/", as for the user actions.
 */
export function groupResource(input: Input, caller: Caller, partition: string): string {
  return groupArn(caller.accountId, str(input, "GroupName"), "/", partition);
}

/** A path given as Path or NewPath must begin and end with "/" (ValidationError otherwise). */
export function checkPath(path: string | undefined): void {
  if (path !== undefined && !isValidPath(path)) throw invalidPath();
}
