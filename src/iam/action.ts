/**
 * The action table's shape: each IAM or STS action is declared once — its
 * name, the permission it needs, the resource it acts on, the condition keys
 * it adds, and the function that does it. The Query adapter, authorization,
 * audit and docs all read these declarations.
 */
import type { SecretBox } from "../auth/secret-box.js";
import type { Quotas } from "../model/quotas.js";
import type { Database, Kysely, Store } from "../store/index.js";
import type { Input, Tag } from "./input.js";

/**
 * Who is calling, as established by the request's signature: the root user
 * or an IAM user (with long-term keys, or a GetSessionToken session of
 * theirs), a role session, or a federated user (GetFederationToken).
 */
export interface Caller {
  accountId: string;
  kind: "root" | "user" | "assumed-role" | "federated-user";
  /**
   * arn:aws:iam::<acct>:root, the user's ARN,
   * arn:aws:sts::<acct>:assumed-role/<role>/<session> or
   * arn:aws:sts::<acct>:federated-user/<name>.
   */
  arn: string;
  /** The access key that signed the request (AKIA… or ASIA…). */
  accessKeyId: string;
  /** For IAM users only: AIDA…, name, path. */
  userId?: string;
  userName?: string;
  path?: string;
  /** For role sessions: the role. */
  role?: { id: string; name: string; path: string; arn: string };
  /** Set when the request was signed with temporary credentials. */
  session?: CallerSession;
  /**
   * Set for the root user or an IAM user signed in to the web console (no
   * access key: accessKeyId is ""): when, and when MFA was proven at sign-in.
   */
  console?: { signedInAt: string; mfaAt?: string };
}

/** The temporary credentials' session behind a caller. */
export interface CallerSession {
  /** The ASIA… access key id. */
  id: string;
  kind: "session" | "role" | "federated";
  /** The IAM user behind a session or federated token (null: the root user). */
  userId: string | null;
  /** RoleSessionName, or the federated user's name. */
  name?: string;
  sourceIdentity?: string;
  issuedAt: string;
  expiresAt: string;
  /** When MFA was proven for the session. */
  mfaAt?: string;
  /** The session's credentials came from a role session (role chaining). */
  chained: boolean;
  /** The inline session policy and the managed ones given as session policies. */
  policy?: string;
  policyArns: readonly string[];
  tags: readonly Tag[];
  transitiveTagKeys: readonly string[];
  /** Further condition keys (web identity claims, aws:FederatedProvider…). */
  context: Readonly<Record<string, string | string[]>>;
}

/** What an operation gets besides its input. */
export interface OperationContext {
  readonly store: Store;
  readonly caller: Caller;
  readonly now: Date;
  readonly quotas: Quotas;
  readonly secrets: SecretBox;
  readonly partition: string;
  /** The region the request was signed for (its SigV4 scope); absent from the console. */
  readonly region?: string;
  /**
   * The request's global condition keys, as authorization builds them
   * (aws:SourceIp, aws:CurrentTime…, and the caller's: aws:PrincipalTag/…,
   * aws:MultiFactorAuthPresent…), for actions that decide with a resource's
   * own policy in `run` (AssumeRole: the role's trust policy).
   */
  readonly requestContext?: () => Promise<Record<string, string | string[]>>;
  /** Further CA certificates (PEM) trusted when fetching identity providers' keys. */
  readonly identityProviderCa?: readonly string[];
}

/** What an action AWS takes unsigned runs with: everything but a caller. */
export type UnsignedContext = Omit<OperationContext, "caller">;

/** Context keys an action adds to the request (aws:RequestTag/…, iam:PolicyARN…). */
export type ActionContextKeys = Record<string, string | string[]>;

/** A permission an action needs on a resource only the store can name, with its own condition keys. */
export interface FurtherCheck {
  permission: string;
  resource: string;
  context: ActionContextKeys;
}

export interface Action {
  /** The SigV4 service: IAM's, STS's, or Gatehouse's own (the instances API). */
  service: "iam" | "sts" | "gatehouse";
  /** The API action, e.g. "CreateUser". */
  name: string;
  /** The permission checked, e.g. "iam:CreateUser"; undefined for actions AWS never authorizes. */
  permission: string | undefined;
  /**
   * The resource ARN the permission is checked on; undefined for "*" (no
   * resource). `region` is the request's (regional resources: instances).
   */
  resource(input: Input, caller: Caller, partition: string, region: string): string | undefined;
  /**
   * Further resources the same permission must hold on, given the primary
   * resource's resolved ARN: a rename or move (UpdateUser, UpdateGroup) needs
   * the permission on the new name and path too, as AWS requires.
   */
  alsoOn?(input: Input, resolved: string): string[];
  /**
   * Further permissions the caller must hold on the same resource(s), given
   * the input: e.g. sts:TagSession when a request passes session tags.
   */
  alsoNeeds?(input: Input): string[];
  /**
   * Further permissions on other resources, read from the store, checked
   * after the action's own (LaunchInstance: iam:PassRole on the instance
   * profile's role, with iam:PassedToService).
   */
  alsoAuthorize?(
    db: Kysely<Database>,
    input: Input,
    caller: Caller,
    partition: string,
  ): Promise<FurtherCheck[]>;
  /**
   * The action asks the policy engine itself, in `run`, because a resource's
   * own policy decides with the caller's (AssumeRole: the role's trust
   * policy); authorization then checks only what temporary credentials may call.
   */
  authorizesItself?: boolean;
  /** Condition keys from the input. */
  contextKeys?(input: Input): ActionContextKeys;
  /** True when the action changes stored state (runs in a write transaction). */
  writes: boolean;
  run(ctx: OperationContext, input: Input): Promise<Record<string, unknown> | undefined>;
  /**
   * For the actions AWS takes without a signature (AssumeRoleWithWebIdentity,
   * AssumeRoleWithSAML: the token or assertion is the proof): a request that
   * carries no authentication at all runs this, with no caller, instead of `run`.
   */
  runUnsigned?(ctx: UnsignedContext, input: Input): Promise<Record<string, unknown> | undefined>;
}

/** A renamed or moved entity's new ARN: `resolved` with the new path and/or name put in. */
export function movedArn(
  resolved: string,
  newPath: string | undefined,
  newName: string | undefined,
): string {
  const colon = resolved.lastIndexOf(":");
  const rest = resolved.slice(colon + 1); // e.g. "user/eng/alice"
  const firstSlash = rest.indexOf("/");
  const lastSlash = rest.lastIndexOf("/");
  const type = rest.slice(0, firstSlash);
  const path = rest.slice(firstSlash, lastSlash + 1);
  const name = rest.slice(lastSlash + 1);
  return `${resolved.slice(0, colon + 1)}${type}${newPath ?? path}${newName ?? name}`;
}
