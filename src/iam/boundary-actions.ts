/**
 * Permissions boundaries of users and roles: the check that a boundary names
 * an existing managed policy, and Put/Delete<Noun>PermissionsBoundary.
 *
 * As AWS answers (recorded): a malformed boundary ARN is InvalidInput "ARN
 * <arn> is not valid.", an unknown one NoSuchEntity "Scope ARN: <arn> does
 * not exist or is not attachable."
 */
import { invalidArn, noSuchPermissionsBoundary } from "../model/errors.js";
import { parsePolicyArn } from "../model/arns.js";
import { awsManagedPolicy } from "../model/aws-policies/index.js";
import type { Database, Kysely, Transaction } from "../store/index.js";
import type { Action } from "./action.js";
import { str } from "./input.js";

type Db = Kysely<Database> | Transaction<Database>;

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

export interface BoundedEntity {
  /** The entity in action names, e.g. "User" for PutUserPermissionsBoundary. */
  noun: string;
  table: "users" | "roles";
  /** The input member naming the entity, e.g. "UserName". */
  nameMember: string;
  resource: Action["resource"];
  /** The stored entity by name, or the entity's NoSuchEntity. */
  find(db: Db, accountId: string, name: string): Promise<{ id: string }>;
}

export function boundaryActions(e: BoundedEntity): Action[] {
  const setBoundary = async (db: Db, id: string, arn: string | null) => {
    await db
      .updateTable(e.table)
      .set({ permissions_boundary_arn: arn })
      .where("id", "=", id)
      .execute();
  };

  const putBoundary: Action = {
    service: "iam",
    name: `Put${e.noun}PermissionsBoundary`,
    permission: `iam:Put${e.noun}PermissionsBoundary`,
    writes: true,
    resource: e.resource,
    contextKeys: (input) => ({ "iam:PermissionsBoundary": str(input, "PermissionsBoundary") }),
    async run(ctx, input) {
      const name = str(input, e.nameMember);
      const arn = str(input, "PermissionsBoundary");
      if (parsePolicyArn(arn) === undefined) throw invalidArn(arn);
      const account = ctx.caller.accountId;
      await ctx.store.write(account, async (tx) => {
        const found = await e.find(tx, account, name);
        await checkBoundary(tx, account, arn);
        await setBoundary(tx, found.id, arn);
      });
      return undefined;
    },
  };

  const deleteBoundary: Action = {
    service: "iam",
    name: `Delete${e.noun}PermissionsBoundary`,
    permission: `iam:Delete${e.noun}PermissionsBoundary`,
    writes: true,
    resource: e.resource,
    async run(ctx, input) {
      const name = str(input, e.nameMember);
      const account = ctx.caller.accountId;
      await ctx.store.write(account, async (tx) => {
        const found = await e.find(tx, account, name);
        await setBoundary(tx, found.id, null);
      });
      return undefined;
    },
  };

  return [putBoundary, deleteBoundary];
}
