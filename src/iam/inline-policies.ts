/**
 * Inline policies of users, groups and roles: Put, Get, Delete and
 * List{User,Group,Role}Policies.
 * Documents are stored exactly as given. IAM's size quota is the sum, in
 * non-whitespace characters, of all the entity's inline policies (user 2,048,
 * group 5,120, role 10,240), the one being replaced counted once.
 */
import { inlinePolicySizeExceeded } from "../model/errors.js";
import { policyLength } from "../policy/index.js";
import { isoTime } from "../store/index.js";
import type { Action } from "./action.js";
import {
  checkInlineDocument,
  findInline,
  GROUP,
  inlineDocuments,
  requireOwner,
  ROLE,
  USER,
  type OwnerKind,
} from "./inline-policies-common.js";
import { optInt, optStr, str } from "./input.js";
import { decodeMarker, DEFAULT_MAX_ITEMS, page } from "./pagination.js";

function putPolicy(kind: OwnerKind): Action {
  return {
    service: "iam",
    name: `Put${kind.label}Policy`,
    permission: `iam:Put${kind.label}Policy`,
    writes: true,
    resource: kind.resource,
    async run(ctx, input) {
      const ownerName = str(input, kind.member);
      const policyName = str(input, "PolicyName");
      const document = str(input, "PolicyDocument");
      checkInlineDocument(document);
      const max = kind.sizeQuota(ctx.quotas);
      const account = ctx.caller.accountId;
      await ctx.store.write(account, async (tx) => {
        const owner = await requireOwner(tx, kind, account, ownerName);
        const existing = await inlineDocuments(tx, kind, owner.id);
        let total = policyLength(document);
        for (const other of existing) {
          if (other.name !== policyName) total += policyLength(other.document);
        }
        if (total > max) throw inlinePolicySizeExceeded(max, kind.type, owner.name);
        const updatedAt = isoTime(ctx.now);
        if (existing.some((p) => p.name === policyName)) {
          await tx
            .updateTable("inline_policies")
            .set({ document, updated_at: updatedAt })
            .where("principal_type", "=", kind.type)
            .where("principal_id", "=", owner.id)
            .where("name", "=", policyName)
            .execute();
        } else {
          await tx
            .insertInto("inline_policies")
            .values({
              account_id: account,
              principal_type: kind.type,
              principal_id: owner.id,
              name: policyName,
              document,
              updated_at: updatedAt,
            })
            .execute();
        }
      });
      return undefined;
    },
  };
}

function getPolicy(kind: OwnerKind): Action {
  return {
    service: "iam",
    name: `Get${kind.label}Policy`,
    permission: `iam:Get${kind.label}Policy`,
    writes: false,
    resource: kind.resource,
    async run(ctx, input) {
      const ownerName = str(input, kind.member);
      const policyName = str(input, "PolicyName");
      return ctx.store.read(async (db) => {
        const owner = await requireOwner(db, kind, ctx.caller.accountId, ownerName);
        const policy = await findInline(db, kind, owner.id, policyName);
        if (policy === undefined) throw kind.noSuchPolicy(policyName);
        return {
          [kind.member]: owner.name,
          PolicyName: policy.name,
          PolicyDocument: policy.document,
        };
      });
    },
  };
}

function deletePolicy(kind: OwnerKind): Action {
  return {
    service: "iam",
    name: `Delete${kind.label}Policy`,
    permission: `iam:Delete${kind.label}Policy`,
    writes: true,
    resource: kind.resource,
    async run(ctx, input) {
      const ownerName = str(input, kind.member);
      const policyName = str(input, "PolicyName");
      const account = ctx.caller.accountId;
      await ctx.store.write(account, async (tx) => {
        const owner = await requireOwner(tx, kind, account, ownerName);
        const result = await tx
          .deleteFrom("inline_policies")
          .where("principal_type", "=", kind.type)
          .where("principal_id", "=", owner.id)
          .where("name", "=", policyName)
          .executeTakeFirst();
        if (Number(result.numDeletedRows) === 0) throw kind.noSuchPolicy(policyName);
      });
      return undefined;
    },
  };
}

function listPolicies(kind: OwnerKind): Action {
  return {
    service: "iam",
    name: `List${kind.label}Policies`,
    permission: `iam:List${kind.label}Policies`,
    writes: false,
    resource: kind.resource,
    async run(ctx, input) {
      const ownerName = str(input, kind.member);
      const limit = optInt(input, "MaxItems") ?? DEFAULT_MAX_ITEMS;
      const after = decodeMarker(optStr(input, "Marker"), 1);
      const rows = await ctx.store.read(async (db) => {
        const owner = await requireOwner(db, kind, ctx.caller.accountId, ownerName);
        let q = db
          .selectFrom("inline_policies")
          .select("name")
          .where("principal_type", "=", kind.type)
          .where("principal_id", "=", owner.id);
        if (after !== undefined) q = q.where("name", ">", after[0] as string);
        return q
          .orderBy("name")
          .limit(limit + 1)
          .execute();
      });
      const result = page(rows, limit, (r) => [r.name]);
      const out: Record<string, unknown> = {
        PolicyNames: result.items.map((r) => r.name),
        IsTruncated: result.IsTruncated,
      };
      if (result.Marker !== undefined) out.Marker = result.Marker;
      return out;
    },
  };
}

export const inlinePoliciesActions: readonly Action[] = [USER, GROUP, ROLE].flatMap((kind) => [
  putPolicy(kind),
  getPolicy(kind),
  deletePolicy(kind),
  listPolicies(kind),
]);
