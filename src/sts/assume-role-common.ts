/**
 * What AssumeRole and AssumeRoleWithWebIdentity share: reading RoleArn,
 * deciding with the role's trust policy, session tags (the request's and
 * the calling session's transitive ones), durations, and the answer.
 *
 * The trust decision. The trust policy is the role's resource-based policy
 * and is evaluated with the caller's own policies (the engine's same-account
 * and cross-account rules, `resourceAccount` the role's account), with one
 * rule more: the trust policy itself must name the principal. A trust policy
 * that names the caller (its user ARN, its role session, its role, a
 * federated provider) allows within the account on its own; one that names
 * the account delegates to the caller's identity-based policies; one that
 * names neither (a service, another account) lets nobody else in, whatever
 * the caller's own policies say — AWS's rule that a role can be assumed only
 * by principals its trust policy trusts. Across accounts both sides must
 * allow, as the engine decides.
 */
import type { CallerSession } from "../iam/action.js";
import type { Tag } from "../iam/input.js";
import { findRole, type Db, type RoleRow } from "../iam/roles-common.js";
import { assumedRoleArn, roleArn } from "../model/arns.js";
import {
  duplicateSessionTagKeys,
  durationOverChainingLimit,
  durationOverRoleMaximum,
  invalidRoleArn,
  transitiveKeyNotInTags,
  transitiveTagConflict,
} from "../model/sts-role-errors.js";
import {
  compile,
  evaluate,
  PolicyValidationError,
  type CompiledPolicySet,
  type PolicySetInput,
} from "../policy/index.js";
import { checkSessionTags } from "./session-policies.js";
import type { IssuedCredentials, SessionSpec } from "./sessions.js";

/** A role session's default length, and the most a chained session may last. */
export const DEFAULT_ROLE_SESSION_SECONDS = 3_600;
export const CHAINED_MAX_SECONDS = 3_600;

/** What a RoleArn names, when it names a role. */
export interface RoleName {
  account: string;
  name: string;
}

/**
 * Reads RoleArn as STS does: text that is not an ARN — "arn:", then a
 * partition, a service, a region, an account and a resource, the partition,
 * service and resource not empty — is a ValidationError "<arn> is invalid"
 * (recorded); an ARN of anything but an IAM role answers undefined, and the
 * caller is then refused as for a role that does not exist (AWS answers
 * AccessDenied, not NoSuchEntity, so as not to tell which roles exist). The
 * role is found by its name: the path in the ARN is not compared (names are
 * unique in an account).
 */
export function readRoleArn(arn: string): RoleName | undefined {
  const parts = arn.split(":");
  if (parts.length < 6 || parts[0] !== "arn") throw invalidRoleArn(arn);
  const [, partition, service, region, account] = parts as [string, string, string, string, string];
  const resource = parts.slice(5).join(":");
  if (partition === "" || service === "" || resource === "") throw invalidRoleArn(arn);
  if (service !== "iam" || region !== "" || !/^\d{12}$/.test(account)) return undefined;
  if (!resource.startsWith("role/")) return undefined;
  const name = resource.slice(resource.lastIndexOf("/") + 1);
  return name === "" ? undefined : { account, name };
}

/** The role a RoleArn names, if it exists. */
export async function findNamedRole(
  db: Db,
  named: RoleName | undefined,
): Promise<RoleRow | undefined> {
  return named === undefined ? undefined : findRole(db, named.account, named.name);
}

/**
 * The role's trust policy with the caller's policies (none for a federated
 * principal), compiled once for the permissions one request needs. A stored
 * trust policy that no longer compiles trusts nobody.
 */
export function trustSet(role: RoleRow, identity: PolicySetInput): CompiledPolicySet | undefined {
  try {
    return compile(
      { ...identity, resourcePolicy: { id: "trust-policy", document: role.assume_role_policy } },
      { resourcePolicyKind: "trust" },
    );
  } catch (err) {
    if (err instanceof PolicyValidationError) return undefined;
    throw err;
  }
}

export interface TrustQuestion {
  /** sts:AssumeRole, sts:AssumeRoleWithWebIdentity, sts:TagSession, sts:SetSourceIdentity. */
  permission: string;
  /** The caller's ARN, or the federated provider's. */
  principal: string;
  role: RoleRow;
  partition: string;
  context: Readonly<Record<string, string | string[]>>;
}

/** Whether the trust policy (and, as the engine decides, the caller's policies) allow the permission. */
export function trustAllows(set: CompiledPolicySet | undefined, q: TrustQuestion): boolean {
  if (set === undefined) return false;
  const decision = evaluate(
    set,
    {
      action: q.permission,
      resource: roleArn(q.role.account_id, q.role.name, q.role.path, q.partition),
      principal: q.principal,
      context: q.context,
      resourceAccount: q.role.account_id,
    },
    { explain: true },
  );
  return (
    decision.decision === "allowed" &&
    decision.matchedStatements.some((s) => s.policyType === "resource" && s.effect === "Allow")
  );
}

/** aws:ResourceTag/… and iam:ResourceTag/… of the role. */
export function roleTagContext(tags: readonly Tag[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const tag of tags) {
    out[`aws:ResourceTag/${tag.Key}`] = tag.Value;
    out[`iam:ResourceTag/${tag.Key}`] = tag.Value;
  }
  return out;
}

/** The new session's tags: the calling session's transitive ones, then the request's. */
export interface SessionTags {
  tags: Tag[];
  transitiveTagKeys: string[];
  /** The request's own transitive keys (sts:TransitiveTagKeys), as the tags spell them. */
  requestedTransitive: string[];
}

/**
 * Session tags as STS checks them (IAM User Guide, "Passing session tags"):
 * keys unique case-insensitively (recorded: InvalidParameterValue), none
 * reserved ("aws:"), every transitive key one of the tags' keys, in any case
 * (recorded), and no tag overriding a transitive tag of the calling session
 * (recorded: "…conflicts with a transitive tag key from the calling
 * session."). A role session's transitive tags pass on, still transitive.
 */
export function sessionTags(
  requested: readonly Tag[],
  transitive: readonly string[],
  caller: CallerSession | undefined,
): SessionTags {
  const byKey = new Map<string, Tag>();
  for (const tag of requested) {
    const key = tag.Key.toLowerCase();
    if (byKey.has(key)) throw duplicateSessionTagKeys();
    byKey.set(key, tag);
  }
  checkSessionTags(requested);
  const requestedTransitive: string[] = [];
  for (const key of transitive) {
    const tag = byKey.get(key.toLowerCase());
    if (tag === undefined) throw transitiveKeyNotInTags();
    if (!requestedTransitive.includes(tag.Key)) requestedTransitive.push(tag.Key);
  }
  const incoming = incomingTransitiveTags(caller);
  for (const tag of incoming) {
    if (byKey.has(tag.Key.toLowerCase())) throw transitiveTagConflict();
  }
  return {
    tags: [...incoming, ...requested],
    transitiveTagKeys: [...incoming.map((t) => t.Key), ...requestedTransitive],
    requestedTransitive,
  };
}

/** The calling role session's tags that are transitive (none for other callers). */
function incomingTransitiveTags(caller: CallerSession | undefined): Tag[] {
  if (caller === undefined || caller.kind !== "role") return [];
  const keys = new Set(caller.transitiveTagKeys.map((k) => k.toLowerCase()));
  return caller.tags.filter((t) => keys.has(t.Key.toLowerCase()));
}

/**
 * DurationSeconds (900–43,200 by the model): default an hour; at most the
 * role's MaxSessionDuration; at most an hour when the caller signs with
 * temporary credentials (role chaining — AWS counts GetSessionToken
 * credentials too, see sts-role-errors.ts).
 */
export function roleSessionSeconds(
  asked: number | undefined,
  role: RoleRow,
  chained: boolean,
): number {
  const seconds = asked ?? DEFAULT_ROLE_SESSION_SECONDS;
  if (seconds > role.max_session_duration) throw durationOverRoleMaximum();
  if (chained && seconds > CHAINED_MAX_SECONDS) throw durationOverChainingLimit();
  return seconds;
}

/** AssumedRoleUser: AssumedRoleId `<RoleId>:<session>`, Arn `arn:aws:sts::<acct>:assumed-role/<role>/<session>`. */
export function assumedRoleUser(
  role: RoleRow,
  sessionName: string,
  partition: string,
): { AssumedRoleId: string; Arn: string } {
  return {
    AssumedRoleId: `${role.id}:${sessionName}`,
    Arn: assumedRoleArn(role.account_id, role.name, sessionName, partition),
  };
}

/** The answer's common part, in the model's order. */
export function roleAnswer(
  credentials: IssuedCredentials,
  user: { AssumedRoleId: string; Arn: string },
  packed: number | undefined,
): Record<string, unknown> {
  const out: Record<string, unknown> = { Credentials: credentials, AssumedRoleUser: user };
  if (packed !== undefined) out.PackedPolicySize = packed;
  return out;
}

/**
 * What every role session is made of, however the role was assumed
 * (AssumeRole, AssumeRoleWithWebIdentity): the role, the session's name and
 * source identity, its session policies and its tags.
 */
export function roleSessionSpec(
  role: RoleRow,
  name: string,
  sourceIdentity: string | undefined,
  policies: { policy?: string | undefined; policyArns: SessionSpec["policyArns"] },
  planned: SessionTags,
): Omit<SessionSpec, "durationSeconds"> {
  return {
    accountId: role.account_id,
    kind: "role",
    roleId: role.id,
    name,
    sourceIdentity: sourceIdentity ?? null,
    policy: policies.policy ?? null,
    policyArns: policies.policyArns,
    tags: planned.tags,
    transitiveTagKeys: planned.transitiveTagKeys,
  };
}
