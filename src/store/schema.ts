/**
 * The database schema, as Kysely sees it: one interface per table. The
 * migrations (migrations.ts) create exactly these tables on SQLite and on
 * PostgreSQL. Times are ISO 8601 strings with milliseconds, UTC
 * (`2026-01-15T12:00:00.000Z`), so both databases sort and compare them alike.
 * Names are unique per account case-insensitively: `name_key` holds the
 * lower-cased name and carries the unique index.
 */
import type { Generated } from "kysely";

export interface Database {
  accounts: AccountTable;
  users: UserTable;
  groups: GroupTable;
  group_members: GroupMemberTable;
  managed_policies: ManagedPolicyTable;
  policy_versions: PolicyVersionTable;
  policy_attachments: PolicyAttachmentTable;
  inline_policies: InlinePolicyTable;
  access_keys: AccessKeyTable;
  tags: TagTable;
  server_settings: ServerSettingTable;
  roles: RoleTable;
  instance_profiles: InstanceProfileTable;
  instance_profile_roles: InstanceProfileRoleTable;
  login_profiles: LoginProfileTable;
  password_history: PasswordHistoryTable;
  password_policies: PasswordPolicyTable;
  account_aliases: AccountAliasTable;
  credential_reports: CredentialReportTable;
  mfa_devices: MfaDeviceTable;
  sessions: SessionTable;
  oidc_providers: OidcProviderTable;
  root_passwords: RootPasswordTable;
  console_sessions: ConsoleSessionTable;
  sign_in_failures: SignInFailureTable;
  instances: InstanceTable;
  instance_nonces: InstanceNonceTable;
}

export interface AccountTable {
  /** 12 digits. */
  id: string;
  created_at: string;
  /** Bumped by every write that changes any principal's authorization in the account. */
  auth_version: Generated<number>;
}

export interface UserTable {
  /** AIDA… */
  id: string;
  account_id: string;
  name: string;
  name_key: string;
  path: string;
  created_at: string;
  permissions_boundary_arn: string | null;
  password_last_used: string | null;
}

export interface GroupTable {
  /** AGPA… */
  id: string;
  account_id: string;
  name: string;
  name_key: string;
  path: string;
  created_at: string;
}

export interface GroupMemberTable {
  group_id: string;
  user_id: string;
  account_id: string;
  added_at: string;
}

/** Customer managed policies. AWS managed policies come from the bundled catalogue. */
export interface ManagedPolicyTable {
  /** ANPA… */
  id: string;
  account_id: string;
  name: string;
  name_key: string;
  path: string;
  arn: string;
  description: string | null;
  default_version_id: string;
  /** The next version number to hand out ("v" + next_version). */
  next_version: number;
  created_at: string;
  updated_at: string;
}

export interface PolicyVersionTable {
  policy_id: string;
  /** "v1", "v2", … */
  version_id: string;
  /** The document text exactly as given. */
  document: string;
  created_at: string;
}

/** A managed policy (customer or AWS) attached to a user, group or role. */
export interface PolicyAttachmentTable {
  account_id: string;
  principal_type: "user" | "group" | "role";
  principal_id: string;
  policy_arn: string;
  attached_at: string;
}

/** An inline policy of a user, group or role. */
export interface InlinePolicyTable {
  account_id: string;
  principal_type: "user" | "group" | "role";
  principal_id: string;
  name: string;
  document: string;
  updated_at: string;
}

export interface AccessKeyTable {
  /** AKIA… (20 characters). */
  id: string;
  account_id: string;
  /** Null for the root user's keys. */
  user_id: string | null;
  /** The secret, encrypted with the server key (see auth/secret-box). */
  secret: string;
  status: "Active" | "Inactive";
  created_at: string;
  last_used_at: string | null;
  last_used_region: string | null;
  last_used_service: string | null;
}

/** Tags of users, groups, policies, roles…: `resource_type` + `resource_id` name the tagged entity. */
export interface TagTable {
  account_id: string;
  resource_type: string;
  resource_id: string;
  key: string;
  /** The lower-cased key: tag keys are unique per resource case-insensitively. */
  key_key: string;
  value: string;
  /** Order of insertion, so tags list back in the order given. */
  position: number;
}

/** Server-wide settings: the schema's own facts, a check value for the secret key. */
export interface ServerSettingTable {
  name: string;
  value: string;
}

export interface RoleTable {
  /** AROA… */
  id: string;
  account_id: string;
  name: string;
  name_key: string;
  path: string;
  created_at: string;
  /** The trust policy, exactly as given. */
  assume_role_policy: string;
  description: string | null;
  /** Seconds, 3,600–43,200. */
  max_session_duration: number;
  permissions_boundary_arn: string | null;
  last_used_at: string | null;
  last_used_region: string | null;
}

export interface InstanceProfileTable {
  /** AIPA… */
  id: string;
  account_id: string;
  name: string;
  name_key: string;
  path: string;
  created_at: string;
}

/** The role in an instance profile (at most one per profile by default quota). */
export interface InstanceProfileRoleTable {
  instance_profile_id: string;
  role_id: string;
  account_id: string;
  added_at: string;
}

/** A user's console password (argon2id hash; never returned). */
export interface LoginProfileTable {
  user_id: string;
  account_id: string;
  password_hash: string;
  created_at: string;
  /** When the password was last set: expiry counts from here. */
  password_changed_at: string;
  /** 0/1 */
  password_reset_required: number;
}

/** Earlier passwords of a user (hashes), for the policy's reuse prevention. */
export interface PasswordHistoryTable {
  user_id: string;
  /** 1, 2, … in the order the passwords were set. */
  seq: number;
  account_id: string;
  password_hash: string;
  set_at: string;
}

/** The account password policy (no row: no policy). Booleans are 0/1. */
export interface PasswordPolicyTable {
  account_id: string;
  minimum_length: number;
  require_symbols: number;
  require_numbers: number;
  require_uppercase: number;
  require_lowercase: number;
  allow_users_to_change: number;
  /** Days; null when passwords never expire. */
  max_age_days: number | null;
  /** How many earlier passwords may not be reused; null when not set. */
  reuse_prevention: number | null;
  hard_expiry: number;
}

/** An account's alias (AWS allows one per account; aliases are unique across accounts). */
export interface AccountAliasTable {
  alias: string;
  account_id: string;
  created_at: string;
}

/** The last generated credential report (CSV) of an account. */
export interface CredentialReportTable {
  account_id: string;
  generated_at: string;
  content: string;
}

/** A virtual MFA device: unassigned, assigned to a user or to the root user. */
export interface MfaDeviceTable {
  id: string;
  account_id: string;
  /** arn:aws:iam::<acct>:mfa/<path><name>; unique. */
  serial: string;
  name: string;
  path: string;
  created_at: string;
  /** The TOTP seed (base32), sealed with the secret box. */
  seed: string;
  /** The user it is assigned to (enabled for); null when unassigned or the root's. */
  user_id: string | null;
  /** 0/1: assigned to the account's root user. */
  root: number;
  /** When EnableMFADevice assigned it; null while unassigned. */
  enabled_at: string | null;
  /** The TOTP time step of the last code accepted (a code counts once). */
  last_step: number | null;
  last_used_at: string | null;
}

/**
 * Temporary credentials Gatehouse issued (GetSessionToken, AssumeRole*,
 * GetFederationToken). The access key id (ASIA…) is the id; the secret is
 * sealed; the session token is kept only as its SHA-256 hash (hex).
 */
export interface SessionTable {
  id: string;
  account_id: string;
  secret: string;
  token_hash: string;
  /** session: GetSessionToken; role: AssumeRole*; federated: GetFederationToken. */
  kind: "session" | "role" | "federated";
  /** The user behind a session or federated token; null for the root user and roles. */
  user_id: string | null;
  /** The assumed role (kind "role"). */
  role_id: string | null;
  /** RoleSessionName, or the federated user's Name. */
  name: string | null;
  source_identity: string | null;
  /** The inline session policy, as given. */
  policy: string | null;
  /** JSON array of managed policy ARNs given as session policies. */
  policy_arns: string | null;
  /** JSON array of {Key, Value}: session tags. */
  tags: string | null;
  /** JSON array of tag keys that pass on to chained role sessions. */
  transitive_tag_keys: string | null;
  /** JSON object of further condition keys of the session (web identity claims…). */
  context: string | null;
  /** When MFA was proven for this session (aws:MultiFactorAuthAge counts from here). */
  mfa_at: string | null;
  /** 0/1: issued to a role session's credentials (role chaining). */
  chained: number;
  issued_at: string;
  expires_at: string;
  /** The instance a role session was issued to (workload credentials); null otherwise. */
  instance_id: string | null;
}

/** An OpenID Connect identity provider. */
export interface OidcProviderTable {
  id: string;
  account_id: string;
  /** arn:aws:iam::<acct>:oidc-provider/<url>; unique. */
  arn: string;
  /** The issuer without "https://", e.g. "token.example.com/path". */
  url: string;
  created_at: string;
  /** JSON array of client ids (audiences). */
  client_ids: string;
  /** JSON array of certificate thumbprints (40 hex digits). */
  thumbprints: string;
}

/** The root user's console password (argon2id hash; never returned). No row: none set. */
export interface RootPasswordTable {
  account_id: string;
  password_hash: string;
  password_changed_at: string;
}

/**
 * A web console session. The id is the SHA-256 (hex) of the token in the
 * browser's cookie; the token itself is never stored. A sign-in that still
 * needs its MFA code or a new password is a session of that stage, which
 * allows nothing else.
 */
export interface ConsoleSessionTable {
  id: string;
  account_id: string;
  /** The IAM user signed in; null for the root user. */
  user_id: string | null;
  stage: "mfa" | "new-password" | "active";
  /** Sent back in a header with every state-changing call. */
  csrf_token: string;
  /** When the MFA code was accepted (aws:MultiFactorAuthAge counts from here). */
  mfa_at: string | null;
  source_ip: string;
  created_at: string;
  /** The last request (idle timeout). */
  last_seen_at: string;
  /** The absolute end. */
  expires_at: string;
}

/** Failed console sign-ins counted under one key: a user (by account and name) or an address. */
export interface SignInFailureTable {
  key: string;
  failures: number;
  last_failure_at: string;
  /** Until when sign-in under this key is refused; null when not locked. */
  locked_until: string | null;
}

/**
 * An instance launched with an instance profile (workload credentials). The
 * launch token is kept only as its SHA-256 hash (hex); the agent's Ed25519
 * public key is stored when it registers.
 */
export interface InstanceTable {
  /** i- and 17 lowercase hex digits. */
  id: string;
  account_id: string;
  name: string | null;
  /** The region of the LaunchInstance request (its SigV4 scope). */
  region: string;
  /** The profile; null only once the profile was deleted after the instance terminated. */
  instance_profile_id: string | null;
  /** pending until the agent registers, then running, then terminated. */
  state: "pending" | "running" | "terminated";
  launch_token_hash: string;
  launch_token_expires_at: string;
  /** Base64 of the SPKI DER of the agent's Ed25519 key; null until registered. */
  public_key: string | null;
  launched_at: string;
  registered_at: string | null;
  terminated_at: string | null;
  /** The ARN of the caller that launched it. */
  launched_by: string;
}

/** Nonces of an agent's signed credential requests, kept until they could no longer be replayed. */
export interface InstanceNonceTable {
  instance_id: string;
  nonce: string;
  expires_at: string;
}
