/**
 * Whole lists from IAM's paginated actions (Marker / IsTruncated), and the
 * kinds of entity the pages share code for: users, groups and roles, each
 * with its own action names and name member.
 */
import { callIam } from "./api";

/** Every page of `action`'s list `key`. */
export async function listAll<T>(
  action: string,
  key: string,
  input: Record<string, unknown> = {},
): Promise<T[]> {
  const items: T[] = [];
  let marker: string | undefined;
  do {
    const page = await callIam<Record<string, unknown>>(action, {
      ...input,
      MaxItems: 1000,
      ...(marker === undefined ? {} : { Marker: marker }),
    });
    items.push(...((page[key] as T[] | undefined) ?? []));
    marker = page["IsTruncated"] === true ? (page["Marker"] as string) : undefined;
  } while (marker !== undefined);
  return items;
}

export interface PolicySummary {
  PolicyName: string;
  Arn: string;
  Path?: string;
  Description?: string;
  AttachmentCount?: number;
  DefaultVersionId?: string;
  CreateDate?: string;
  UpdateDate?: string;
}

/** All managed policies (AWS's and the account's), name order. */
export async function allPolicies(
  scope: "All" | "AWS" | "Local" = "All",
): Promise<PolicySummary[]> {
  const list = await listAll<PolicySummary>("ListPolicies", "Policies", { Scope: scope });
  return list.sort((a, b) => a.PolicyName.localeCompare(b.PolicyName));
}

export type EntityKind = "user" | "group" | "role";

/** An entity's name member and action stem: UserName / "User". */
export function entityWords(kind: EntityKind): { member: string; stem: string } {
  const stem = kind === "user" ? "User" : kind === "group" ? "Group" : "Role";
  return { member: `${stem}Name`, stem };
}

/** A policy's JSON document by ARN: its default version's. */
export async function policyDocument(arn: string): Promise<string> {
  const policy = await callIam<{ Policy?: { DefaultVersionId?: string } }>("GetPolicy", {
    PolicyArn: arn,
  });
  const version = await callIam<{ PolicyVersion?: { Document?: string } }>("GetPolicyVersion", {
    PolicyArn: arn,
    VersionId: policy.Policy?.DefaultVersionId ?? "v1",
  });
  return version.PolicyVersion?.Document ?? "";
}
