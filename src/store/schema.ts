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
