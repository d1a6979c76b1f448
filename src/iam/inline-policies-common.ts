/**
 * What the inline policy actions share between users, groups and roles: how the
 * owning entity is named, found and reported missing, its size quota, and
 * the queries over the inline_policies table.
 */
import { groupArn, roleArn, userArn } from "../model/arns.js";
import {
  IamError,
  noSuchGroup,
  noSuchGroupPolicy,
  noSuchRole,
  noSuchRolePolicy,
  noSuchUser,
  noSuchUserPolicy,
  malformedPolicyDocument,
  validationError,
} from "../model/errors.js";
import { nameKey } from "../model/names.js";
import type { Quotas } from "../model/quotas.js";
import { validatePolicy, type Finding } from "../policy/index.js";
import type { Database, Kysely, Transaction } from "../store/index.js";
import type { Caller } from "./action.js";
import { findGroup } from "./groups-common.js";
import { findRole } from "./roles-common.js";
import { findUser } from "./users.js";
import { str, type Input } from "./input.js";

export type Db = Kysely<Database> | Transaction<Database>;

/** The user, group or role an inline policy belongs to. */
export interface Owner {
  id: string;
  name: string;
}

export interface OwnerKind {
  type: "user" | "group" | "role";
  /** "User", "Group" or "Role", as in the action names (PutUserPolicy). */
  label: "User" | "Group" | "Role";
  /** The input and output member naming the owner: UserName, GroupName or RoleName. */
  member: "UserName" | "GroupName" | "RoleName";
  find(db: Db, accountId: string, name: string): Promise<Owner | undefined>;
  notFound(name: string): IamError;
  noSuchPolicy(policyName: string): IamError;
  sizeQuota(quotas: Readonly<Quotas>): number;
  /** The ARN the permission is checked on. */
  resource(input: Input, caller: Caller, partition: string): string;
}

/**
 * The named user's ARN. The caller's own ARN (with its path) when it names
 * itself; another user's path is not known without a read, so "/" (as in
 * users.ts).
 */
export function namedUserArn(name: string, caller: Caller, partition: string): string {
  if (caller.userName !== undefined && nameKey(caller.userName) === nameKey(name)) {
    return caller.arn;
  }
  return userArn(caller.accountId, name, "/", partition);
}

export const USER: OwnerKind = {
  type: "user",
  label: "User",
  member: "UserName",
  find: findUser,
  notFound: noSuchUser,
  noSuchPolicy: noSuchUserPolicy,
  sizeQuota: (q) => q.userPolicySize,
  resource: (input, caller, partition) => namedUserArn(str(input, "UserName"), caller, partition),
};

export const GROUP: OwnerKind = {
  type: "group",
  label: "Group",
  member: "GroupName",
  find: findGroup,
  notFound: noSuchGroup,
  noSuchPolicy: noSuchGroupPolicy,
  sizeQuota: (q) => q.groupPolicySize,
  resource: (input, caller, partition) =>
    groupArn(caller.accountId, str(input, "GroupName"), "/", partition),
};

export const ROLE: OwnerKind = {
  type: "role",
  label: "Role",
  member: "RoleName",
  find: findRole,
  notFound: noSuchRole,
  noSuchPolicy: noSuchRolePolicy,
  sizeQuota: (q) => q.rolePolicySize,
  resource: (input, caller, partition) =>
    roleArn(caller.accountId, str(input, "RoleName"), "/", partition),
};

export async function requireOwner(
  db: Db,
  kind: OwnerKind,
  accountId: string,
  name: string,
): Promise<Owner> {
  const owner = await kind.find(db, accountId, name);
  if (owner === undefined) throw kind.notFound(name);
  return owner;
}

/** The status IAM answers each policy finding code with. */
function findingError(finding: Finding): IamError {
  switch (finding.code) {
    case "MalformedPolicyDocument":
      return malformedPolicyDocument(finding.message);
    case "ValidationError":
      return validationError(finding.message);
    case "LimitExceeded":
      return new IamError("LimitExceeded", 409, finding.message);
    default:
      return new IamError(finding.code, 400, finding.message);
  }
}

/**
 * IAM's grammar and validation rules for an inline policy: Version 2012-10-17,
 * 2008-10-17 or none; no size limit here (the quota is per entity, summed).
 */
export function checkInlineDocument(document: string): void {
  const result = validatePolicy(document, {
    kind: "identity",
    maxLength: 0,
    requireCurrentVersion: false,
  });
  const error = result.findings.find((f) => f.severity === "error");
  if (error !== undefined) throw findingError(error);
}

export async function inlineDocuments(
  db: Db,
  kind: OwnerKind,
  ownerId: string,
): Promise<{ name: string; document: string }[]> {
  return db
    .selectFrom("inline_policies")
    .select(["name", "document"])
    .where("principal_type", "=", kind.type)
    .where("principal_id", "=", ownerId)
    .execute();
}

export async function findInline(
  db: Db,
  kind: OwnerKind,
  ownerId: string,
  policyName: string,
): Promise<{ name: string; document: string } | undefined> {
  return db
    .selectFrom("inline_policies")
    .select(["name", "document"])
    .where("principal_type", "=", kind.type)
    .where("principal_id", "=", ownerId)
    .where("name", "=", policyName)
    .executeTakeFirst();
}
