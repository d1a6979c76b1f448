/**
 * Managed policy versions: CreatePolicyVersion, GetPolicyVersion,
 * DeletePolicyVersion, ListPolicyVersions, SetDefaultPolicyVersion.
 *
 * As AWS answers (recorded): version ids are handed out in sequence and never
 * reused (after v1–v5 and deleting v5, the next is v6); CreatePolicyVersion's
 * answer has no Document; ListPolicyVersions lists newest first, without
 * documents; an unknown policy or version answers "Policy <arn> version <id>
 * does not exist or is not attachable." An AWS managed policy shows its
 * default version only.
 */
import {
  cannotDeleteDefaultVersion,
  noSuchPolicyVersion,
  policyNotFound,
  policyVersionLimit,
} from "../model/errors.js";
import { isoTime, type Database, type Transaction } from "../store/index.js";
import type { Action, Caller } from "./action.js";
import { optBool, optInt, optStr, str, type Input } from "./input.js";
import {
  checkManagedDocument,
  findPolicy,
  requireCustomerPolicy,
} from "./managed-policies-common.js";
import { decodeMarker, DEFAULT_MAX_ITEMS, page } from "./pagination.js";

const arnOf = (input: Input): string => str(input, "PolicyArn");

/** "v12" → 12, for ordering (ids may carry a suffix after a dot: "v2.abc"). */
function versionNumber(id: string): number {
  return Number.parseInt(id.slice(1), 10) || 0;
}

const createPolicyVersion: Action = {
  service: "iam",
  name: "CreatePolicyVersion",
  permission: "iam:CreatePolicyVersion",
  writes: true,
  resource: arnOf,
  async run(ctx, input) {
    const arn = arnOf(input);
    const document = str(input, "PolicyDocument");
    const setAsDefault = optBool(input, "SetAsDefault") ?? false;
    checkManagedDocument(document, ctx.quotas);
    const account = ctx.caller.accountId;
    return ctx.store.write(account, async (tx) => {
      const row = await requireCustomerPolicy(tx, ctx.caller, arn, "iam:CreatePolicyVersion", () =>
        policyNotFound(arn),
      );
      const count = await tx
        .selectFrom("policy_versions")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("policy_id", "=", row.id)
        .executeTakeFirstOrThrow();
      if (Number(count.n) >= ctx.quotas.versionsPerPolicy)
        throw policyVersionLimit(ctx.quotas.versionsPerPolicy);
      const versionId = `v${row.next_version}`;
      const now = isoTime(ctx.now);
      await tx
        .insertInto("policy_versions")
        .values({ policy_id: row.id, version_id: versionId, document, created_at: now })
        .execute();
      await tx
        .updateTable("managed_policies")
        .set({
          next_version: row.next_version + 1,
          updated_at: now,
          default_version_id: setAsDefault ? versionId : row.default_version_id,
        })
        .where("id", "=", row.id)
        .execute();
      return {
        PolicyVersion: { VersionId: versionId, IsDefaultVersion: setAsDefault, CreateDate: now },
      };
    });
  },
};

const getPolicyVersion: Action = {
  service: "iam",
  name: "GetPolicyVersion",
  permission: "iam:GetPolicyVersion",
  writes: false,
  resource: arnOf,
  async run(ctx, input) {
    const arn = arnOf(input);
    const versionId = str(input, "VersionId");
    return ctx.store.read(async (db) => {
      const found = await findPolicy(db, ctx.caller.accountId, arn);
      if (found === undefined) throw noSuchPolicyVersion(arn, versionId);
      if (found.kind === "aws") {
        const p = found.policy;
        if (versionId !== p.defaultVersionId) throw noSuchPolicyVersion(arn, versionId);
        return {
          PolicyVersion: {
            Document: p.document,
            VersionId: versionId,
            IsDefaultVersion: true,
            CreateDate: p.updateDate,
          },
        };
      }
      const version = await db
        .selectFrom("policy_versions")
        .selectAll()
        .where("policy_id", "=", found.row.id)
        .where("version_id", "=", versionId)
        .executeTakeFirst();
      if (version === undefined) throw noSuchPolicyVersion(arn, versionId);
      return {
        PolicyVersion: {
          Document: version.document,
          VersionId: version.version_id,
          IsDefaultVersion: version.version_id === found.row.default_version_id,
          CreateDate: version.created_at,
        },
      };
    });
  },
};

/** The customer managed policy and one of its versions, or AWS's NoSuchEntity for the version. */
async function requireVersion(
  tx: Transaction<Database>,
  caller: Caller,
  arn: string,
  versionId: string,
  permission: string,
) {
  const row = await requireCustomerPolicy(tx, caller, arn, permission, () =>
    noSuchPolicyVersion(arn, versionId),
  );
  const version = await tx
    .selectFrom("policy_versions")
    .select("version_id")
    .where("policy_id", "=", row.id)
    .where("version_id", "=", versionId)
    .executeTakeFirst();
  if (version === undefined) throw noSuchPolicyVersion(arn, versionId);
  return row;
}

/** DeletePolicyVersion and SetDefaultPolicyVersion: find the version in one write, then `change`. */
function versionChange(
  name: "DeletePolicyVersion" | "SetDefaultPolicyVersion",
  change: (
    tx: Transaction<Database>,
    policyId: string,
    defaultVersion: string,
    versionId: string,
  ) => Promise<void>,
): Action {
  return {
    service: "iam",
    name,
    permission: `iam:${name}`,
    writes: true,
    resource: arnOf,
    async run(ctx, input) {
      const arn = arnOf(input);
      const versionId = str(input, "VersionId");
      await ctx.store.write(ctx.caller.accountId, async (tx) => {
        const row = await requireVersion(tx, ctx.caller, arn, versionId, `iam:${name}`);
        await change(tx, row.id, row.default_version_id, versionId);
      });
      return undefined;
    },
  };
}

const deletePolicyVersion = versionChange(
  "DeletePolicyVersion",
  async (tx, policyId, defaultVersion, versionId) => {
    if (versionId === defaultVersion) throw cannotDeleteDefaultVersion();
    await tx
      .deleteFrom("policy_versions")
      .where("policy_id", "=", policyId)
      .where("version_id", "=", versionId)
      .execute();
  },
);

const setDefaultPolicyVersion = versionChange(
  "SetDefaultPolicyVersion",
  async (tx, policyId, _defaultVersion, versionId) => {
    await tx
      .updateTable("managed_policies")
      .set({ default_version_id: versionId })
      .where("id", "=", policyId)
      .execute();
  },
);

const listPolicyVersions: Action = {
  service: "iam",
  name: "ListPolicyVersions",
  permission: "iam:ListPolicyVersions",
  writes: false,
  resource: arnOf,
  async run(ctx, input) {
    const arn = arnOf(input);
    const limit = optInt(input, "MaxItems") ?? DEFAULT_MAX_ITEMS;
    const marker = decodeMarker(optStr(input, "Marker"), 1);
    const versions = await ctx.store.read(async (db) => {
      const found = await findPolicy(db, ctx.caller.accountId, arn);
      if (found === undefined) throw policyNotFound(arn);
      if (found.kind === "aws") {
        const p = found.policy;
        return [
          { VersionId: p.defaultVersionId, IsDefaultVersion: true, CreateDate: p.updateDate },
        ];
      }
      const rows = await db
        .selectFrom("policy_versions")
        .select(["version_id", "created_at"])
        .where("policy_id", "=", found.row.id)
        .execute();
      return rows.map((v) => ({
        VersionId: v.version_id,
        IsDefaultVersion: v.version_id === found.row.default_version_id,
        CreateDate: v.created_at,
      }));
    });
    versions.sort((a, b) => versionNumber(b.VersionId) - versionNumber(a.VersionId));
    const start = marker === undefined ? 0 : versionNumber(marker[0] ?? "");
    const rest =
      marker === undefined ? versions : versions.filter((v) => versionNumber(v.VersionId) < start);
    const result = page(rest, limit, (v) => [v.VersionId]);
    const out: Record<string, unknown> = {
      Versions: result.items,
      IsTruncated: result.IsTruncated,
    };
    if (result.Marker !== undefined) out.Marker = result.Marker;
    return out;
  },
};

export const versionActions: readonly Action[] = [
  createPolicyVersion,
  getPolicyVersion,
  deletePolicyVersion,
  listPolicyVersions,
  setDefaultPolicyVersion,
];
