/**
 * Managed policies attached to users, groups and roles:
 * Attach/Detach{User,Group,Role}Policy and
 * ListAttached{User,Group,Role}Policies. ListEntitiesForPolicy is in
 * attachments-entities.ts. Attaching an AWS service-role policy to a role is
 * PolicyNotAttachable "Cannot attach a Service Role Policy to a Customer
 * Role." (issue aws/aws-cdk#6131).
 *
 * As AWS answers (recorded): a malformed PolicyArn is "ARN <arn> is not
 * valid." (ValidationError in 2026), a policy that does not exist "Policy
 * <arn> does not exist or is not attachable.", detaching one not attached
 * "Policy <arn> was not found." Attaching a policy already attached succeeds
 * and changes nothing (AWS's documented idempotence of attach calls; no
 * recording of the repeated call was found).
 */
import {
  invalidArn,
  policyNotAttachable,
  policyNotFound,
  quotaExceeded,
  serviceRolePolicyNotAttachable,
} from "../model/errors.js";
import { groupArn, parsePolicyArn, roleArn, userArn } from "../model/arns.js";
import { nameKey } from "../model/names.js";
import { isoTime, type Database, type Transaction } from "../store/index.js";
import type { Action, OperationContext } from "./action.js";
import { listEntitiesForPolicy } from "./attachments-entities.js";
import { optInt, optStr, str, type Input } from "./input.js";
import { findPolicy, type Db } from "./managed-policies-common.js";
import { decodeMarker, DEFAULT_MAX_ITEMS, page } from "./pagination.js";
import { requireGroup } from "./groups-common.js";
import { requireRole } from "./roles-common.js";
import { requireUser } from "./users.js";

type PrincipalType = "user" | "group" | "role";

interface Principal {
  type: PrincipalType;
  id: string;
}

async function requirePrincipal(
  db: Db,
  accountId: string,
  type: PrincipalType,
  name: string,
): Promise<Principal> {
  if (type === "user") return { type, id: (await requireUser(db, accountId, name)).id };
  if (type === "role") return { type, id: (await requireRole(db, accountId, name)).id };
  return { type, id: (await requireGroup(db, accountId, name)).id };
}

const NAME_PARAM = { user: "UserName", group: "GroupName", role: "RoleName" } as const;
const LABEL = { user: "User", group: "Group", role: "Role" } as const;
const QUOTA = {
  user: "attachedPoliciesPerUser",
  group: "attachedPoliciesPerGroup",
  role: "attachedPoliciesPerRole",
} as const;
const ARN = { user: userArn, group: groupArn, role: roleArn } as const;

function principalResource(type: PrincipalType) {
  return (input: Input, caller: { accountId: string }, partition: string): string => {
    return ARN[type](caller.accountId, str(input, NAME_PARAM[type]), "/", partition);
  };
}

async function attachment(tx: Transaction<Database>, p: Principal, arn: string) {
  return tx
    .selectFrom("policy_attachments")
    .select("policy_arn")
    .where("principal_type", "=", p.type)
    .where("principal_id", "=", p.id)
    .where("policy_arn", "=", arn)
    .executeTakeFirst();
}

/**
 * Attach…Policy and Detach…Policy for users and groups: the same checks of
 * the ARN and the principal in one write, then `change`.
 */
function attachmentAction(
  verb: "Attach" | "Detach",
  type: PrincipalType,
  change: (
    ctx: OperationContext,
    tx: Transaction<Database>,
    principal: Principal,
    arn: string,
  ) => Promise<void>,
): Action {
  const name = `${verb}${LABEL[type]}Policy`;
  return {
    service: "iam",
    name,
    permission: `iam:${name}`,
    writes: true,
    resource: principalResource(type),
    contextKeys: (input) => ({ "iam:PolicyARN": str(input, "PolicyArn") }),
    async run(ctx, input) {
      const arn = str(input, "PolicyArn");
      const entity = str(input, NAME_PARAM[type]);
      const account = ctx.caller.accountId;
      if (parsePolicyArn(arn) === undefined) throw invalidArn(arn, "ValidationError");
      await ctx.store.write(account, async (tx) => {
        const principal = await requirePrincipal(tx, account, type, entity);
        await change(ctx, tx, principal, arn);
      });
      return undefined;
    },
  };
}

const attachAction = (type: PrincipalType): Action =>
  attachmentAction("Attach", type, async (ctx, tx, principal, arn) => {
    const account = ctx.caller.accountId;
    const policy = await findPolicy(tx, account, arn, "ValidationError");
    if (policy === undefined) throw policyNotAttachable(arn);
    // AWS service-role policies attach only to service-linked roles; to a
    // user or group AWS's exact answer is unconfirmed.
    if (policy.kind === "aws" && !policy.policy.isAttachable) {
      throw type === "role" ? serviceRolePolicyNotAttachable() : policyNotAttachable(arn);
    }
    if ((await attachment(tx, principal, arn)) !== undefined) return;
    const count = await tx
      .selectFrom("policy_attachments")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("principal_type", "=", type)
      .where("principal_id", "=", principal.id)
      .executeTakeFirstOrThrow();
    const max = ctx.quotas[QUOTA[type]];
    if (Number(count.n) >= max) throw quotaExceeded(QUOTA[type], max);
    await tx
      .insertInto("policy_attachments")
      .values({
        account_id: account,
        principal_type: type,
        principal_id: principal.id,
        policy_arn: arn,
        attached_at: isoTime(ctx.now),
      })
      .execute();
  });

const detachAction = (type: PrincipalType): Action =>
  attachmentAction("Detach", type, async (_ctx, tx, principal, arn) => {
    if ((await attachment(tx, principal, arn)) === undefined) throw policyNotFound(arn);
    await tx
      .deleteFrom("policy_attachments")
      .where("principal_type", "=", type)
      .where("principal_id", "=", principal.id)
      .where("policy_arn", "=", arn)
      .execute();
  });

function listAttachedAction(type: PrincipalType): Action {
  const name = `ListAttached${LABEL[type]}Policies`;
  return {
    service: "iam",
    name,
    permission: `iam:${name}`,
    writes: false,
    resource: principalResource(type),
    async run(ctx, input) {
      const entity = str(input, NAME_PARAM[type]);
      const prefix = optStr(input, "PathPrefix");
      const limit = optInt(input, "MaxItems") ?? DEFAULT_MAX_ITEMS;
      const marker = decodeMarker(optStr(input, "Marker"), 2);
      const arns = await ctx.store.read(async (db) => {
        const principal = await requirePrincipal(db, ctx.caller.accountId, type, entity);
        const rows = await db
          .selectFrom("policy_attachments")
          .select("policy_arn")
          .where("principal_type", "=", type)
          .where("principal_id", "=", principal.id)
          .execute();
        return rows.map((r) => r.policy_arn);
      });
      const items = arns
        .map((arn) => {
          const parts = parsePolicyArn(arn);
          return { arn, name: parts?.name ?? arn, path: parts?.path ?? "/" };
        })
        .filter((p) => prefix === undefined || p.path.startsWith(prefix))
        .map((p) => ({ ...p, key: [nameKey(p.name), p.arn] as const }))
        .sort((a, b) => compareKeys(a.key, b.key))
        .filter((p) => marker === undefined || compareKeys(p.key, marker) > 0);
      const result = page(items, limit, (p) => p.key);
      const out: Record<string, unknown> = {
        AttachedPolicies: result.items.map((p) => ({ PolicyName: p.name, PolicyArn: p.arn })),
        IsTruncated: result.IsTruncated,
      };
      if (result.Marker !== undefined) out.Marker = result.Marker;
      return out;
    },
  };
}

function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? "";
    const y = b[i] ?? "";
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

export const attachmentsActions: readonly Action[] = [
  attachAction("user"),
  detachAction("user"),
  attachAction("group"),
  detachAction("group"),
  listAttachedAction("user"),
  listAttachedAction("group"),
  attachAction("role"),
  detachAction("role"),
  listAttachedAction("role"),
  listEntitiesForPolicy,
];
