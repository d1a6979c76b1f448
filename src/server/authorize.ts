/**
 * Authorization of every call with the policy engine, as AWS does it: the
 * root user may do anything in its account; a user gets what its policies and
 * its groups' policies allow, within its permissions boundary; a role session
 * what its role's policies allow within the boundary and the session
 * policies; a federated user what its IAM user's policies allow within the
 * session policies. The request context carries the global condition keys
 * AWS sets (the session's among them), plus the action's own.
 */
import type { Action, Caller } from "../iam/action.js";
import type { Input, Tag } from "../iam/input.js";
import { passwordPolicyGrants } from "../iam/password-policy.js";
import { callerPolicySet } from "../iam/principal-policies.js";
import { readTags, type TaggedType } from "../iam/tags.js";
import { accessDenied, type DenyingPolicy } from "../model/errors.js";
import { nameKey } from "../model/names.js";
import {
  compile,
  evaluate,
  type CompiledPolicySet,
  type PolicyType,
  type PolicyValidationError,
} from "../policy/index.js";
import { checkTemporaryCredentials } from "../sts/credential-limits.js";
import type { Services } from "./services.js";

export interface RequestFacts {
  now: Date;
  sourceIp: string;
  secure: boolean;
  region: string;
}

const DENYING: Record<PolicyType, DenyingPolicy> = {
  identity: "identity-based",
  permissionsBoundary: "permissions-boundary",
  session: "session",
  resource: "resource-based",
  scp: "service-control",
};

export async function authorize(
  services: Services,
  caller: Caller,
  action: Action,
  input: Input,
  facts: RequestFacts,
): Promise<void> {
  // What temporary credentials may call at all (the root user's sessions included).
  checkTemporaryCredentials(caller, action);
  if (action.permission === undefined || action.authorizesItself || caller.kind === "root") return;
  const set = await services.authCache.policySet(policySetKey(caller), async () =>
    compile(await services.store.read((db) => callerPolicySet(db, caller)), {
      onInvalid: (err) => logUnreadablePolicy(services, caller, err),
    }),
  );
  const named = action.resource(input, caller, services.partition, facts.region);
  const resolved = named === undefined ? undefined : await resolveResource(services, caller, named);
  const resource = resolved?.arn;
  const context = await requestContext(services, caller, facts);
  for (const tag of resolved?.tags ?? []) {
    context[`aws:ResourceTag/${tag.Key}`] = tag.Value;
    context[`iam:ResourceTag/${tag.Key}`] = tag.Value;
  }
  Object.assign(context, action.contextKeys?.(input));
  const targets = [
    resource,
    ...(resource === undefined ? [] : (action.alsoOn?.(input, resource) ?? [])),
  ];
  const permissions = [action.permission, ...(action.alsoNeeds?.(input) ?? [])];
  for (const permission of permissions) {
    await check(services, set, caller, permission, targets, context);
  }
  const further = action.alsoAuthorize;
  if (further !== undefined) {
    const checks = await services.store.read((db) =>
      further(db, input, caller, services.partition),
    );
    for (const c of checks) {
      await check(services, set, caller, c.permission, [c.resource], { ...context, ...c.context });
    }
  }
}

/**
 * A stored policy that does not compile (written by an older version, or
 * edited in the database) must not fail the request: it allows nothing (see
 * policy/compile-unreadable.ts), and is logged on every compile of the
 * caller's policy set (once per authorization cache fill). The log names the
 * policy and IAM's message, never the document.
 */
function logUnreadablePolicy(services: Services, caller: Caller, err: PolicyValidationError): void {
  services.logger.error(
    { policy: err.policyId, principal: caller.arn, problem: err.findings[0]?.message },
    "stored policy does not compile: it allows nothing until it is replaced",
  );
}

async function check(
  services: Services,
  set: CompiledPolicySet,
  caller: Caller,
  permission: string,
  targets: readonly (string | undefined)[],
  context: Record<string, string | string[]>,
): Promise<void> {
  for (const target of targets) {
    const decision = evaluate(
      set,
      { action: permission, resource: target ?? "*", principal: caller.arn, context },
      { explain: false },
    );
    if (decision.decision === "allowed") continue;
    // AllowUsersToChangePassword: the account itself grants ChangePassword on oneself.
    if (
      caller.kind === "user" &&
      decision.decision === "implicitDeny" &&
      (decision.deniedBy ?? "identity") === "identity" &&
      (await services.store.read((db) => passwordPolicyGrants(db, caller.accountId, permission)))
    ) {
      continue;
    }
    const detail: Parameters<typeof accessDenied>[0] = {
      principal: caller.arn,
      action: permission,
    };
    if (target !== undefined) detail.resource = target;
    detail.deniedBy = {
      policy: DENYING[decision.deniedBy ?? "identity"],
      explicit: decision.decision === "explicitDeny",
    };
    throw accessDenied(detail);
  }
}

/** Which callers share one compiled policy set: a user's, a role's, or one session's own. */
function policySetKey(caller: Caller): string {
  const session = caller.session;
  if (session !== undefined && session.kind !== "session") {
    const narrowed = session.policy !== undefined || session.policyArns.length > 0;
    if (narrowed || caller.kind !== "assumed-role") return `session:${session.id}`;
  }
  if (caller.kind === "assumed-role") return `role:${caller.role?.id ?? ""}`;
  return `user:${caller.userId ?? ""}`;
}

/** The resource as AWS checks it: its real ARN and its tags (for aws:ResourceTag/…). */
interface ResolvedResource {
  arn: string;
  tags: readonly Tag[];
}

/** The table of each entity type actions name by name alone. */
const ENTITY_TABLES: Readonly<
  Record<string, "users" | "groups" | "roles" | "instance_profiles" | undefined>
> = { user: "users", group: "groups", role: "roles", "instance-profile": "instance_profiles" };

/**
 * Actions name users, groups, roles and instance profiles by name alone, so
 * their resource ARNs carry the path "/"; AWS checks the entity's real ARN,
 * path included. Looks the entity up, puts its path in, and reads its tags
 * (all but groups have tags, as do customer managed policies, virtual MFA
 * devices and OIDC providers, which are named by ARN). An entity not
 * stored (yet) keeps the ARN as named.
 */
async function resolveResource(
  services: Services,
  caller: Caller,
  arn: string,
): Promise<ResolvedResource> {
  const instance = INSTANCE_ARN.exec(arn);
  if (instance !== null) return resolveInstance(services, caller, arn, instance);
  const prefix = `arn:${services.partition}:iam::${caller.accountId}:`;
  if (!arn.startsWith(prefix)) return { arn, tags: [] };
  const rest = arn.slice(prefix.length);
  const slash = rest.indexOf("/");
  const type = rest.slice(0, slash);
  const name = rest.slice(slash + 1);
  return services.store.read(async (db) => {
    if (type === "policy") {
      const policy = await db
        .selectFrom("managed_policies")
        .select("id")
        .where("arn", "=", arn)
        .executeTakeFirst();
      return { arn, tags: policy === undefined ? [] : await readTags(db, "policy", policy.id) };
    }
    if (type === "mfa" || type === "oidc-provider") {
      // Virtual MFA devices and OIDC providers are named by their whole ARN.
      const row =
        type === "mfa"
          ? await db
              .selectFrom("mfa_devices")
              .select("id")
              .where("account_id", "=", caller.accountId)
              .where("serial", "=", arn)
              .executeTakeFirst()
          : await db
              .selectFrom("oidc_providers")
              .select("id")
              .where("account_id", "=", caller.accountId)
              .where("arn", "=", arn)
              .executeTakeFirst();
      return { arn, tags: row === undefined ? [] : await readTags(db, type, row.id) };
    }
    const table = ENTITY_TABLES[type];
    if (table === undefined || name === "") return { arn, tags: [] };
    const simple = name.slice(name.lastIndexOf("/") + 1);
    const row = await db
      .selectFrom(table)
      .select(["id", "name", "path"])
      .where("account_id", "=", caller.accountId)
      .where("name_key", "=", nameKey(simple))
      .executeTakeFirst();
    if (row === undefined) return { arn, tags: [] };
    const tags = type === "group" ? [] : await readTags(db, type as TaggedType, row.id);
    return { arn: `${prefix}${type}${row.path}${row.name}`, tags };
  });
}

const INSTANCE_ARN = /^arn:([^:]+):ec2:([^:]*):(\d{12}):instance\/(i-[0-9a-f]{17})$/;

/**
 * Instances are named by id alone and checked in the request's region;
 * their ARN carries the region they were launched in, so AWS-style
 * policies naming it match wherever the request was signed.
 */
async function resolveInstance(
  services: Services,
  caller: Caller,
  arn: string,
  parts: RegExpExecArray,
): Promise<ResolvedResource> {
  const [, partition, , account, id] = parts as unknown as [string, string, string, string, string];
  if (account !== caller.accountId) return { arn, tags: [] };
  const row = await services.store.read((db) =>
    db
      .selectFrom("instances")
      .select("region")
      .where("account_id", "=", account)
      .where("id", "=", id)
      .executeTakeFirst(),
  );
  if (row === undefined) return { arn, tags: [] };
  return { arn: `arn:${partition}:ec2:${row.region}:${account}:instance/${id}`, tags: [] };
}

/** The condition keys of the request itself, whoever sends it (unsigned requests too). */
export function requestFactsContext(facts: RequestFacts): Record<string, string | string[]> {
  return {
    "aws:SourceIp": facts.sourceIp,
    "aws:CurrentTime": awsTime(facts.now),
    "aws:EpochTime": String(Math.floor(facts.now.getTime() / 1000)),
    "aws:SecureTransport": facts.secure ? "true" : "false",
    "aws:RequestedRegion": facts.region,
    "aws:ViaAWSService": "false",
  };
}

/** The request's global condition keys: the caller's and the request's. */
export async function requestContext(
  services: Services,
  caller: Caller,
  facts: RequestFacts,
): Promise<Record<string, string | string[]>> {
  const context: Record<string, string | string[]> = {
    "aws:PrincipalArn": caller.role?.arn ?? caller.arn,
    "aws:PrincipalAccount": caller.accountId,
    "aws:PrincipalType": PRINCIPAL_TYPES[caller.kind],
    ...requestFactsContext(facts),
  };
  const userid = userIdOf(caller);
  if (userid !== undefined) context["aws:userid"] = userid;
  if (caller.userName !== undefined) context["aws:username"] = caller.userName;
  for (const tag of await principalTags(services, caller)) {
    context[`aws:PrincipalTag/${tag.Key}`] = tag.Value;
  }
  const session = caller.session;
  if (session !== undefined) {
    Object.assign(context, session.context);
    context["aws:TokenIssueTime"] = awsTime(new Date(session.issuedAt));
    context["aws:MultiFactorAuthPresent"] = session.mfaAt === undefined ? "false" : "true";
    if (session.mfaAt !== undefined) {
      const age = Math.floor((facts.now.getTime() - Date.parse(session.mfaAt)) / 1000);
      context["aws:MultiFactorAuthAge"] = String(Math.max(0, age));
    }
    if (session.sourceIdentity !== undefined) {
      context["aws:SourceIdentity"] = session.sourceIdentity;
    }
  }
  // A console sign-in carries the keys of a session too (MFA proven at sign-in or not).
  const signIn = caller.console;
  if (signIn !== undefined) {
    context["aws:TokenIssueTime"] = awsTime(new Date(signIn.signedInAt));
    context["aws:MultiFactorAuthPresent"] = signIn.mfaAt === undefined ? "false" : "true";
    if (signIn.mfaAt !== undefined) {
      const age = Math.floor((facts.now.getTime() - Date.parse(signIn.mfaAt)) / 1000);
      context["aws:MultiFactorAuthAge"] = String(Math.max(0, age));
    }
  }
  return context;
}

const PRINCIPAL_TYPES: Record<Caller["kind"], string> = {
  root: "Account",
  user: "User",
  "assumed-role": "AssumedRole",
  "federated-user": "FederatedUser",
};

/** aws:userid as AWS forms it for each kind of caller. */
function userIdOf(caller: Caller): string | undefined {
  switch (caller.kind) {
    case "root":
      return caller.accountId;
    case "user":
      return caller.userId;
    case "assumed-role":
      return `${caller.role?.id ?? ""}:${caller.session?.name ?? ""}`;
    case "federated-user":
      return `${caller.accountId}:${caller.session?.name ?? ""}`;
  }
}

/**
 * aws:PrincipalTag/…: a user's tags; a role session's role tags; a federated
 * user's IAM user tags; in sessions, the session tags override tags of the
 * same key (keys compare case-insensitively).
 */
async function principalTags(services: Services, caller: Caller): Promise<Tag[]> {
  const owner: [TaggedType, string] | undefined =
    caller.kind === "user"
      ? ["user", caller.userId ?? ""]
      : caller.kind === "assumed-role"
        ? ["role", caller.role?.id ?? ""]
        : caller.kind === "federated-user" && caller.session?.userId
          ? ["user", caller.session.userId]
          : undefined;
  const stored =
    owner === undefined ? [] : await services.store.read((db) => readTags(db, owner[0], owner[1]));
  const sessionTags = caller.session?.tags ?? [];
  if (sessionTags.length === 0) return stored;
  const overridden = new Set(sessionTags.map((t) => t.Key.toLowerCase()));
  return [...stored.filter((t) => !overridden.has(t.Key.toLowerCase())), ...sessionTags];
}

function awsTime(time: Date): string {
  return time.toISOString().replace(/\.\d{3}Z$/, "Z");
}
