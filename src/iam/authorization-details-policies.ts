/**
 * GetAccountAuthorizationDetails' ManagedPolicyDetail: the Policy shape of
 * ListPolicies (usage counts, no Description or Tags: an AWS recording of
 * AmazonS3FullAccess has no Description) with PolicyVersionList, newest
 * version first as AWS lists it (recorded: v2 then v1).
 *
 * AWS managed policies are listed when the account uses them, attached or as
 * a permissions boundary (unconfirmed: AWS's own recording only shows an
 * attached one). The bundled catalogue holds each one's default version
 * only, so that is the one version listed, dated at the policy's UpdateDate
 * (as ListPolicyVersions answers for them).
 */
import type { AwsManagedPolicy } from "../model/aws-policies/index.js";
import {
  awsPolicyShape,
  customerPolicyShape,
  type Db,
  type PolicyRow,
  type Usage,
} from "./managed-policies-common.js";

/** "v12" → 12 (ids may carry a suffix after a dot). */
function versionNumber(id: string): number {
  return Number.parseInt(id.slice(1), 10) || 0;
}

export async function customerPolicyDetail(
  db: Db,
  row: PolicyRow,
  usage: Usage | undefined,
): Promise<Record<string, unknown>> {
  const versions = await db
    .selectFrom("policy_versions")
    .select(["version_id", "document", "created_at"])
    .where("policy_id", "=", row.id)
    .execute();
  versions.sort((a, b) => versionNumber(b.version_id) - versionNumber(a.version_id));
  return {
    ...customerPolicyShape(row, usage),
    PolicyVersionList: versions.map((v) => ({
      Document: v.document,
      VersionId: v.version_id,
      IsDefaultVersion: v.version_id === row.default_version_id,
      CreateDate: v.created_at,
    })),
  };
}

export function awsPolicyDetail(
  p: AwsManagedPolicy,
  usage: Usage | undefined,
): Record<string, unknown> {
  return {
    ...awsPolicyShape(p, usage),
    PolicyVersionList: [
      {
        Document: p.document,
        VersionId: p.defaultVersionId,
        IsDefaultVersion: true,
        CreateDate: p.updateDate,
      },
    ],
  };
}

/** Whether the account uses a policy: attached to something or as a permissions boundary. */
export function inUse(usage: Usage | undefined): boolean {
  return usage !== undefined && (usage.attachments > 0 || usage.boundaries > 0);
}
