/**
 * The policies that apply to a principal, read from the store: for a user,
 * its inline and attached policies, its groups' inline and attached policies,
 * and its permissions boundary; for a role, its inline and attached policies
 * and its permissions boundary. AWS managed policies come from the bundled
 * catalogue.
 */
import { awsManagedPolicy } from "../model/aws-policies/index.js";
import type { Caller } from "./action.js";
import type { PolicyInput, PolicySetInput } from "../policy/index.js";
import type { Database, Kysely } from "../store/index.js";

/** The default version's document of a managed policy (customer or AWS), or undefined. */
export async function managedPolicyDocument(
  db: Kysely<Database>,
  arn: string,
): Promise<string | undefined> {
  const aws = awsManagedPolicy(arn);
  if (aws !== undefined) return aws.document;
  const row = await db
    .selectFrom("managed_policies")
    .innerJoin("policy_versions", (join) =>
      join
        .onRef("policy_versions.policy_id", "=", "managed_policies.id")
        .onRef("policy_versions.version_id", "=", "managed_policies.default_version_id"),
    )
    .select("policy_versions.document")
    .where("managed_policies.arn", "=", arn)
    .executeTakeFirst();
  return row?.document;
}

async function attached(
  db: Kysely<Database>,
  principalType: "user" | "group" | "role",
  principalIds: readonly string[],
): Promise<PolicyInput[]> {
  if (principalIds.length === 0) return [];
  const rows = await db
    .selectFrom("policy_attachments")
    .select(["policy_arn", "principal_id"])
    .where("principal_type", "=", principalType)
    .where("principal_id", "in", principalIds)
    .orderBy("principal_id")
    .orderBy("policy_arn")
    .execute();
  const out: PolicyInput[] = [];
  for (const row of rows) {
    const document = await managedPolicyDocument(db, row.policy_arn);
    if (document !== undefined) out.push({ id: row.policy_arn, document });
  }
  return out;
}

async function inline(
  db: Kysely<Database>,
  principalType: "user" | "group" | "role",
  principalIds: readonly string[],
  label: ReadonlyMap<string, string>,
): Promise<PolicyInput[]> {
  if (principalIds.length === 0) return [];
  const rows = await db
    .selectFrom("inline_policies")
    .select(["principal_id", "name", "document"])
    .where("principal_type", "=", principalType)
    .where("principal_id", "in", principalIds)
    .orderBy("principal_id")
    .orderBy("name")
    .execute();
  return rows.map((r) => ({
    id: `${principalType}/${label.get(r.principal_id) ?? r.principal_id}/${r.name}`,
    document: r.document,
  }));
}

const DENY_ALL = {
  Version: "2012-10-17",
  Statement: [{ Effect: "Deny", Action: "*", Resource: "*" }],
};

export async function userPolicySet(db: Kysely<Database>, userId: string): Promise<PolicySetInput> {
  const user = await db
    .selectFrom("users")
    .select(["name", "permissions_boundary_arn"])
    .where("id", "=", userId)
    .executeTakeFirst();
  if (user === undefined) return { identityPolicies: [] };
  const groups = await db
    .selectFrom("group_members")
    .innerJoin("groups", "groups.id", "group_members.group_id")
    .select(["groups.id", "groups.name"])
    .where("group_members.user_id", "=", userId)
    .orderBy("groups.name_key")
    .execute();
  const groupIds = groups.map((g) => g.id);
  const groupNames = new Map(groups.map((g) => [g.id, g.name]));
  const identityPolicies = [
    ...(await inline(db, "user", [userId], new Map([[userId, user.name]]))),
    ...(await attached(db, "user", [userId])),
    ...(await inline(db, "group", groupIds, groupNames)),
    ...(await attached(db, "group", groupIds)),
  ];
  return withBoundary(db, { identityPolicies }, user.permissions_boundary_arn);
}

async function withBoundary(
  db: Kysely<Database>,
  set: PolicySetInput,
  boundaryArn: string | null,
): Promise<PolicySetInput> {
  if (boundaryArn !== null) {
    const document = await managedPolicyDocument(db, boundaryArn);
    // DeletePolicy refuses while a policy is a boundary; should one be gone all
    // the same, the boundary allows nothing rather than everything.
    set.permissionsBoundaries = [{ id: boundaryArn, document: document ?? DENY_ALL }];
  }
  return set;
}

/** A role's inline and attached policies and its permissions boundary. */
export async function rolePolicySet(db: Kysely<Database>, roleId: string): Promise<PolicySetInput> {
  const role = await db
    .selectFrom("roles")
    .select(["name", "permissions_boundary_arn"])
    .where("id", "=", roleId)
    .executeTakeFirst();
  if (role === undefined) return { identityPolicies: [] };
  const identityPolicies = [
    ...(await inline(db, "role", [roleId], new Map([[roleId, role.name]]))),
    ...(await attached(db, "role", [roleId])),
  ];
  return withBoundary(db, { identityPolicies }, role.permissions_boundary_arn);
}

/** A group's inline and attached policies (groups have no permissions boundary). */
export async function groupPolicySet(
  db: Kysely<Database>,
  groupId: string,
): Promise<PolicySetInput> {
  const group = await db
    .selectFrom("groups")
    .select("name")
    .where("id", "=", groupId)
    .executeTakeFirst();
  if (group === undefined) return { identityPolicies: [] };
  return {
    identityPolicies: [
      ...(await inline(db, "group", [groupId], new Map([[groupId, group.name]]))),
      ...(await attached(db, "group", [groupId])),
    ],
  };
}

/** A session policy that allows nothing: a federated user given no session policy has no permissions. */
const ALLOW_NOTHING = {
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", NotAction: "*", Resource: "*" }],
};

/**
 * The policies that decide for a caller other than the root user: a user's
 * (also through a GetSessionToken session), a role session's (the role's,
 * narrowed by the session policies), a federated user's (the IAM user's,
 * narrowed by the session policies: none given, nothing allowed). The ids of
 * session policies are "session-policy" and the managed policies' ARNs.
 */
export async function callerPolicySet(
  db: Kysely<Database>,
  caller: Caller,
): Promise<PolicySetInput> {
  const session = caller.session;
  let set: PolicySetInput;
  if (caller.kind === "assumed-role") {
    set = await rolePolicySet(db, caller.role?.id ?? "");
  } else if (caller.kind === "user") {
    set = await userPolicySet(db, caller.userId ?? "");
  } else if (caller.kind === "federated-user" && session?.userId) {
    set = await userPolicySet(db, session.userId);
  } else {
    // A federated user of the root user: the root's (all) within the session policies.
    set = { identityPolicies: [{ id: "root", document: ALLOW_ALL }] };
  }
  if (session === undefined || session.kind === "session") return set;
  const sessionPolicies: PolicyInput[] = [];
  if (session.policy !== undefined) {
    sessionPolicies.push({ id: "session-policy", document: session.policy });
  }
  for (const arn of session.policyArns) {
    sessionPolicies.push({
      id: arn,
      document: (await managedPolicyDocument(db, arn)) ?? ALLOW_NOTHING,
    });
  }
  if (sessionPolicies.length === 0 && session.kind === "federated") {
    sessionPolicies.push({ id: "session-policy", document: ALLOW_NOTHING });
  }
  if (sessionPolicies.length > 0) set.sessionPolicies = sessionPolicies;
  return set;
}

const ALLOW_ALL = {
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }],
};
