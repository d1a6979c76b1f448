/**
 * What the managed-policy actions share: finding a policy by ARN (customer
 * managed in the caller's account, or AWS managed from the catalogue), the
 * Policy shape IAM answers with, usage counts, and document validation.
 */
import { accessDenied, IamError, invalidArn } from "../model/errors.js";
import { parsePolicyArn } from "../model/arns.js";
import { awsManagedPolicy, type AwsManagedPolicy } from "../model/aws-policies/index.js";
import type { Quotas } from "../model/quotas.js";
import { validatePolicy } from "../policy/index.js";
import type {
  Database,
  Kysely,
  ManagedPolicyTable,
  Selectable,
  Transaction,
} from "../store/index.js";
import type { Caller } from "./action.js";
import type { Tag } from "./input.js";

export type PolicyRow = Selectable<ManagedPolicyTable>;
export type Db = Kysely<Database> | Transaction<Database>;

/** A policy the caller can see: a row of its account, or an AWS managed policy. */
export type FoundPolicy =
  { kind: "customer"; row: PolicyRow } | { kind: "aws"; policy: AwsManagedPolicy };

/**
 * The policy an ARN names for this account, or undefined when there is none.
 * A malformed ARN answers "ARN <arn> is not valid." with `invalidCode`.
 */
export async function findPolicy(
  db: Db,
  accountId: string,
  arn: string,
  invalidCode: "InvalidInput" | "ValidationError" = "InvalidInput",
): Promise<FoundPolicy | undefined> {
  const parts = parsePolicyArn(arn);
  if (parts === undefined) throw invalidArn(arn, invalidCode);
  if (parts.account === "aws") {
    const policy = awsManagedPolicy(arn);
    return policy === undefined ? undefined : { kind: "aws", policy };
  }
  if (parts.account !== accountId) return undefined;
  const row = await db
    .selectFrom("managed_policies")
    .selectAll()
    .where("account_id", "=", accountId)
    .where("arn", "=", arn)
    .executeTakeFirst();
  return row === undefined ? undefined : { kind: "customer", row };
}

/**
 * The customer managed policy an ARN names, for the actions that change one.
 * `missing` answers an unknown policy; an AWS managed policy is read-only:
 * AccessDenied (unconfirmed: no recorded AWS answer was found for writing an
 * AWS managed policy; IAM documents them as not editable).
 */
export async function requireCustomerPolicy(
  db: Db,
  caller: Caller,
  arn: string,
  permission: string,
  missing: () => IamError,
): Promise<PolicyRow> {
  const found = await findPolicy(db, caller.accountId, arn);
  if (found === undefined) throw missing();
  if (found.kind === "aws") {
    throw accessDenied({ principal: caller.arn, action: permission, resource: arn });
  }
  return found.row;
}

export interface Usage {
  attachments: number;
  boundaries: number;
}

/** How many of the account's users, groups and roles use a policy, and as what. */
export async function usageOf(db: Db, accountId: string, arn: string): Promise<Usage> {
  const attached = await db
    .selectFrom("policy_attachments")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("policy_arn", "=", arn)
    .where("account_id", "=", accountId)
    .executeTakeFirstOrThrow();
  let boundaries = 0;
  for (const table of ["users", "roles"] as const) {
    const bounded = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("account_id", "=", accountId)
      .where("permissions_boundary_arn", "=", arn)
      .executeTakeFirstOrThrow();
    boundaries += Number(bounded.n);
  }
  return { attachments: Number(attached.n), boundaries };
}

/** Usage of every policy the account uses, by ARN (for listings). */
export async function usageByArn(db: Db, accountId: string): Promise<Map<string, Usage>> {
  const out = new Map<string, Usage>();
  const entry = (arn: string): Usage => {
    let u = out.get(arn);
    if (u === undefined) {
      u = { attachments: 0, boundaries: 0 };
      out.set(arn, u);
    }
    return u;
  };
  const attached = await db
    .selectFrom("policy_attachments")
    .select(["policy_arn", (eb) => eb.fn.countAll<number>().as("n")])
    .where("account_id", "=", accountId)
    .groupBy("policy_arn")
    .execute();
  for (const r of attached) entry(r.policy_arn).attachments = Number(r.n);
  for (const table of ["users", "roles"] as const) {
    const bounded = await db
      .selectFrom(table)
      .select(["permissions_boundary_arn", (eb) => eb.fn.countAll<number>().as("n")])
      .where("account_id", "=", accountId)
      .where("permissions_boundary_arn", "is not", null)
      .groupBy("permissions_boundary_arn")
      .execute();
    for (const r of bounded) {
      if (r.permissions_boundary_arn !== null)
        entry(r.permissions_boundary_arn).boundaries += Number(r.n);
    }
  }
  return out;
}

const NO_USAGE: Usage = { attachments: 0, boundaries: 0 };

/**
 * The Policy shape. As AWS answers (recorded): CreatePolicy and ListPolicies
 * leave out Description; GetPolicy has it, and always has Tags (`<Tags/>` when
 * none); CreatePolicy has Tags only when some were given.
 */
export function customerPolicyShape(
  row: PolicyRow,
  usage: Usage = NO_USAGE,
  extra: { description?: boolean; tags?: Tag[] } = {},
): Record<string, unknown> {
  const out: Record<string, unknown> = {
    PolicyName: row.name,
    PolicyId: row.id,
    Arn: row.arn,
    Path: row.path,
    DefaultVersionId: row.default_version_id,
    AttachmentCount: usage.attachments,
    PermissionsBoundaryUsageCount: usage.boundaries,
    IsAttachable: true,
    CreateDate: row.created_at,
    UpdateDate: row.updated_at,
  };
  if (extra.description === true && row.description !== null) out.Description = row.description;
  if (extra.tags !== undefined) out.Tags = extra.tags;
  return out;
}

export function awsPolicyShape(
  p: AwsManagedPolicy,
  usage: Usage = NO_USAGE,
  extra: { description?: boolean; tags?: Tag[] } = {},
): Record<string, unknown> {
  const out: Record<string, unknown> = {
    PolicyName: p.name,
    PolicyId: p.id,
    Arn: p.arn,
    Path: p.path,
    DefaultVersionId: p.defaultVersionId,
    AttachmentCount: usage.attachments,
    PermissionsBoundaryUsageCount: usage.boundaries,
    IsAttachable: p.isAttachable,
    CreateDate: p.createDate,
    UpdateDate: p.updateDate,
  };
  if (extra.description === true && p.description !== undefined) out.Description = p.description;
  if (extra.tags !== undefined) out.Tags = extra.tags;
  return out;
}

const STATUS: Record<string, number> = {
  MalformedPolicyDocument: 400,
  LimitExceeded: 409,
  ValidationError: 400,
};

/** A managed policy document as CreatePolicy and CreatePolicyVersion check it. */
export function checkManagedDocument(document: string, quotas: Readonly<Quotas>): void {
  const result = validatePolicy(document, {
    kind: "identity",
    maxLength: quotas.policySize,
    requireCurrentVersion: true,
  });
  const error = result.findings.find((f) => f.severity === "error");
  if (error !== undefined) {
    throw new IamError(error.code, STATUS[error.code] ?? 400, error.message);
  }
}
