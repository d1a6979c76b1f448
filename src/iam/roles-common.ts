/**
 * What the role actions share: finding a role, the Role shapes IAM answers
 * with, trust policy validation, and the role's ARN for authorization.
 *
 * As AWS answers (recorded): CreateRole's Role has no Description,
 * MaxSessionDuration or RoleLastUsed (even when a Description was given);
 * GetRole has MaxSessionDuration, RoleLastUsed ({} when never used), and
 * Description, PermissionsBoundary and Tags when set; ListRoles has
 * Description and MaxSessionDuration but no RoleLastUsed, Tags or
 * PermissionsBoundary; UpdateRoleDescription answers the CreateRole shape
 * with Description; roles inside an instance profile have the CreateRole
 * shape. PermissionsBoundaryType reads "Policy".
 */
import { IamError, invalidPath, malformedPolicyDocument, noSuchRole } from "../model/errors.js";
import { roleArn } from "../model/arns.js";
import { isValidPath, nameKey } from "../model/names.js";
import type { Quotas } from "../model/quotas.js";
import { validatePolicy, type ParsedPolicy } from "../policy/index.js";
import type { Database, Kysely, RoleTable, Selectable, Transaction } from "../store/index.js";
import type { Caller } from "./action.js";
import { str, type Input, type Tag } from "./input.js";

export type RoleRow = Selectable<RoleTable>;
export type Db = Kysely<Database> | Transaction<Database>;

export const DEFAULT_MAX_SESSION_DURATION = 3600;

export async function findRole(
  db: Db,
  accountId: string,
  name: string,
): Promise<RoleRow | undefined> {
  return db
    .selectFrom("roles")
    .selectAll()
    .where("account_id", "=", accountId)
    .where("name_key", "=", nameKey(name))
    .executeTakeFirst();
}

export async function requireRole(db: Db, accountId: string, name: string): Promise<RoleRow> {
  const role = await findRole(db, accountId, name);
  if (role === undefined) throw noSuchRole(name);
  return role;
}

/** The role a RoleName input names, with the path "/" (authorization puts the real one in). */
export function roleResource(input: Input, caller: Caller, partition: string): string {
  return roleArn(caller.accountId, str(input, "RoleName"), "/", partition);
}

export function checkPath(path: string | undefined): void {
  if (path !== undefined && !isValidPath(path)) throw invalidPath();
}

export async function countRoles(db: Db, accountId: string): Promise<number> {
  const row = await db
    .selectFrom("roles")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("account_id", "=", accountId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Path, RoleName, RoleId, Arn, CreateDate, AssumeRolePolicyDocument: every shape has these. */
export function baseRoleShape(r: RoleRow, partition: string): Record<string, unknown> {
  return {
    Path: r.path,
    RoleName: r.name,
    RoleId: r.id,
    Arn: roleArn(r.account_id, r.name, r.path, partition),
    CreateDate: r.created_at,
    AssumeRolePolicyDocument: r.assume_role_policy,
  };
}

export function withBoundary(shape: Record<string, unknown>, r: RoleRow): Record<string, unknown> {
  if (r.permissions_boundary_arn !== null) {
    shape.PermissionsBoundary = {
      PermissionsBoundaryType: "Policy",
      PermissionsBoundaryArn: r.permissions_boundary_arn,
    };
  }
  return shape;
}

/** The Role of CreateRole and UpdateRoleDescription. */
export function createdRoleShape(
  r: RoleRow,
  partition: string,
  tags: readonly Tag[],
): Record<string, unknown> {
  const shape = withBoundary(baseRoleShape(r, partition), r);
  if (tags.length > 0) shape.Tags = tags;
  return shape;
}

/** The Role of ListRoles. */
export function listedRoleShape(r: RoleRow, partition: string): Record<string, unknown> {
  const shape = baseRoleShape(r, partition);
  if (r.description !== null) shape.Description = r.description;
  shape.MaxSessionDuration = r.max_session_duration;
  return shape;
}

/** The Role of GetRole. */
export function fullRoleShape(
  r: RoleRow,
  partition: string,
  tags: readonly Tag[],
): Record<string, unknown> {
  const shape = withBoundary(listedRoleShape(r, partition), r);
  if (tags.length > 0) shape.Tags = tags;
  const lastUsed: Record<string, unknown> = {};
  if (r.last_used_at !== null) lastUsed.LastUsedDate = r.last_used_at;
  if (r.last_used_region !== null) lastUsed.Region = r.last_used_region;
  shape.RoleLastUsed = lastUsed;
  return shape;
}

const STATUS: Record<string, number> = { LimitExceeded: 409 };

/**
 * A trust policy as CreateRole and UpdateAssumeRolePolicy check it: IAM's
 * trust grammar (Principal required, no Resource, only sts: assume actions),
 * at most `assumeRolePolicySize` characters other than whitespace.
 */
export function checkTrustDocument(
  document: string,
  quotas: Readonly<Quotas>,
  parameter: string,
): ParsedPolicy {
  const result = validatePolicy(document, {
    kind: "trust",
    maxLength: quotas.assumeRolePolicySize,
    parameter,
  });
  const error = result.findings.find((f) => f.severity === "error");
  if (error === undefined && result.policy !== undefined) return result.policy;
  if (error === undefined) throw new Error("validatePolicy: no error and no policy");
  if (error.code === "MalformedPolicyDocument") throw malformedPolicyDocument(error.message);
  throw new IamError(error.code, STATUS[error.code] ?? 400, error.message);
}
