/**
 * Managed policies: CreatePolicy, GetPolicy, DeletePolicy and policy tags.
 * ListPolicies is in managed-policies-list.ts, versions in
 * managed-policies-versions.ts. AWS managed policies (arn:aws:iam::aws:policy/…)
 * come from the bundled catalogue and are read-only.
 */
import {
  IamError,
  invalidPath,
  policyAttachedToEntities,
  policyExists,
  policyNotFound,
  quotaExceeded,
} from "../model/errors.js";
import { policyArn } from "../model/arns.js";
import { policyId } from "../model/ids.js";
import { isValidPolicyPath, nameKey } from "../model/names.js";
import { isoTime } from "../store/index.js";
import type { Action } from "./action.js";
import { optInt, optList, optStr, str, tags, type Input } from "./input.js";
import {
  awsPolicyShape,
  checkManagedDocument,
  customerPolicyShape,
  findPolicy,
  requireCustomerPolicy,
  usageOf,
  type PolicyRow,
} from "./managed-policies-common.js";
import { listPolicies } from "./managed-policies-list.js";
import {
  checkPolicyTags,
  listOrder,
  readPolicyTags,
  removePolicyTags,
  tagContext,
  writePolicyTags,
} from "./managed-policies-tags.js";
import { versionActions } from "./managed-policies-versions.js";
import { decodeMarker, DEFAULT_MAX_ITEMS, page } from "./pagination.js";
import { countOf } from "./users.js";
import { dropAllTags } from "./tags.js";

const arnOf = (input: Input): string => str(input, "PolicyArn");

/**
 * DeletePolicy with versions besides the default. Issue rebuy-de/aws-nuke#1
 * (and others) show AWS's answer.
 */
export const policyHasVersions = () =>
  new IamError(
    "DeleteConflict",
    409,
    "This policy has more than one version. Before you delete a policy, you must delete " +
      "the policy's versions. The default version is deleted with the policy.",
  );

const createPolicy: Action = {
  service: "iam",
  name: "CreatePolicy",
  permission: "iam:CreatePolicy",
  writes: true,
  resource: (input, caller, partition) =>
    policyArn(caller.accountId, str(input, "PolicyName"), optStr(input, "Path") ?? "/", partition),
  contextKeys: (input) => tagContext(tags(input)),
  async run(ctx, input) {
    const name = str(input, "PolicyName");
    const path = optStr(input, "Path") ?? "/";
    const document = str(input, "PolicyDocument");
    const description = optStr(input, "Description");
    const newTags = tags(input);
    if (!isValidPolicyPath(path)) throw invalidPath();
    checkPolicyTags(newTags);
    if (newTags.length > ctx.quotas.tagsPerResource)
      throw quotaExceeded("tagsPerResource", ctx.quotas.tagsPerResource);
    checkManagedDocument(document, ctx.quotas);
    const account = ctx.caller.accountId;
    return ctx.store.write(account, async (tx) => {
      const taken = await tx
        .selectFrom("managed_policies")
        .select("id")
        .where("account_id", "=", account)
        .where("name_key", "=", nameKey(name))
        .executeTakeFirst();
      if (taken !== undefined) throw policyExists(name);
      if ((await countOf(tx, "managed_policies", account)) >= ctx.quotas.policies)
        throw quotaExceeded("policies", ctx.quotas.policies);
      const now = isoTime(ctx.now);
      const row: PolicyRow = {
        id: policyId(),
        account_id: account,
        name,
        name_key: nameKey(name),
        path,
        arn: policyArn(account, name, path, ctx.partition),
        description: description ?? null,
        default_version_id: "v1",
        next_version: 2,
        created_at: now,
        updated_at: now,
      };
      await tx.insertInto("managed_policies").values(row).execute();
      await tx
        .insertInto("policy_versions")
        .values({ policy_id: row.id, version_id: "v1", document, created_at: now })
        .execute();
      await writePolicyTags(tx, account, row.id, newTags, ctx.quotas.tagsPerResource);
      return {
        Policy: customerPolicyShape(row, undefined, newTags.length > 0 ? { tags: newTags } : {}),
      };
    });
  },
};

const getPolicy: Action = {
  service: "iam",
  name: "GetPolicy",
  permission: "iam:GetPolicy",
  writes: false,
  resource: arnOf,
  async run(ctx, input) {
    const arn = arnOf(input);
    const account = ctx.caller.accountId;
    return ctx.store.read(async (db) => {
      const found = await findPolicy(db, account, arn);
      if (found === undefined) throw policyNotFound(arn);
      const usage = await usageOf(db, account, arn);
      if (found.kind === "aws") {
        return { Policy: awsPolicyShape(found.policy, usage, { description: true, tags: [] }) };
      }
      const list = await readPolicyTags(db, found.row.id);
      return { Policy: customerPolicyShape(found.row, usage, { description: true, tags: list }) };
    });
  },
};

const deletePolicy: Action = {
  service: "iam",
  name: "DeletePolicy",
  permission: "iam:DeletePolicy",
  writes: true,
  resource: arnOf,
  async run(ctx, input) {
    const arn = arnOf(input);
    const account = ctx.caller.accountId;
    await ctx.store.write(account, async (tx) => {
      const row = await requireCustomerPolicy(tx, ctx.caller, arn, "iam:DeletePolicy", () =>
        policyNotFound(arn),
      );
      const usage = await usageOf(tx, account, arn);
      // A permissions boundary counts as an attachment (issue gruntwork-io/cloud-nuke#972).
      if (usage.attachments > 0 || usage.boundaries > 0) throw policyAttachedToEntities();
      const versions = await tx
        .selectFrom("policy_versions")
        .select("version_id")
        .where("policy_id", "=", row.id)
        .execute();
      if (versions.length > 1) throw policyHasVersions();
      await dropAllTags(tx, "policy", row.id);
      await tx.deleteFrom("policy_versions").where("policy_id", "=", row.id).execute();
      await tx.deleteFrom("managed_policies").where("id", "=", row.id).execute();
    });
    return undefined;
  },
};

const tagPolicy: Action = {
  service: "iam",
  name: "TagPolicy",
  permission: "iam:TagPolicy",
  writes: true,
  resource: arnOf,
  contextKeys: (input) => tagContext(tags(input)),
  async run(ctx, input) {
    const arn = arnOf(input);
    const newTags = tags(input);
    checkPolicyTags(newTags);
    const account = ctx.caller.accountId;
    await ctx.store.write(account, async (tx) => {
      const row = await requireCustomerPolicy(tx, ctx.caller, arn, "iam:TagPolicy", () =>
        policyNotFound(arn),
      );
      await writePolicyTags(tx, account, row.id, newTags, ctx.quotas.tagsPerResource);
    });
    return undefined;
  },
};

const untagPolicy: Action = {
  service: "iam",
  name: "UntagPolicy",
  permission: "iam:UntagPolicy",
  writes: true,
  resource: arnOf,
  contextKeys: (input) => ({ "aws:TagKeys": optList<string>(input, "TagKeys") ?? [] }),
  async run(ctx, input) {
    const arn = arnOf(input);
    const keys = optList<string>(input, "TagKeys") ?? [];
    const account = ctx.caller.accountId;
    await ctx.store.write(account, async (tx) => {
      const row = await requireCustomerPolicy(tx, ctx.caller, arn, "iam:UntagPolicy", () =>
        policyNotFound(arn),
      );
      await removePolicyTags(tx, row.id, keys);
    });
    return undefined;
  },
};

const listPolicyTags: Action = {
  service: "iam",
  name: "ListPolicyTags",
  permission: "iam:ListPolicyTags",
  writes: false,
  resource: arnOf,
  async run(ctx, input) {
    const arn = arnOf(input);
    const limit = optInt(input, "MaxItems") ?? DEFAULT_MAX_ITEMS;
    const after = decodeMarker(optStr(input, "Marker"), 1);
    const all = await ctx.store.read(async (db) => {
      const found = await findPolicy(db, ctx.caller.accountId, arn);
      if (found === undefined) throw policyNotFound(arn);
      return found.kind === "aws" ? [] : readPolicyTags(db, found.row.id);
    });
    all.sort(listOrder);
    const rest =
      after === undefined
        ? all
        : all.filter((t) => listOrder(t, { Key: after[0] ?? "", Value: "" }) > 0);
    const result = page(rest, limit, (t) => [t.Key]);
    const out: Record<string, unknown> = { Tags: result.items, IsTruncated: result.IsTruncated };
    if (result.Marker !== undefined) out.Marker = result.Marker;
    return out;
  },
};

export const managedPoliciesActions: readonly Action[] = [
  createPolicy,
  getPolicy,
  deletePolicy,
  listPolicies,
  tagPolicy,
  untagPolicy,
  listPolicyTags,
  ...versionActions,
];
