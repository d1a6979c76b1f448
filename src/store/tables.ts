import type { Database } from "./schema.js";

/**
 * Every table of the schema, in an order safe for deleting all rows: a table
 * comes before the tables its foreign keys point to. A migration that adds a
 * table adds it here (the type below refuses a list that misses one, and a
 * test compares the list with the database's own).
 */
export const TABLES_CHILDREN_FIRST = [
  "sign_in_failures",
  "console_sessions",
  "root_passwords",
  "oidc_providers",
  "sessions",
  "instance_nonces",
  "instances",
  "mfa_devices",
  "credential_reports",
  "account_aliases",
  "password_policies",
  "password_history",
  "login_profiles",
  "instance_profile_roles",
  "instance_profiles",
  "roles",
  "tags",
  "access_keys",
  "inline_policies",
  "policy_attachments",
  "policy_versions",
  "managed_policies",
  "group_members",
  "groups",
  "users",
  "accounts",
  "server_settings",
] as const satisfies readonly (keyof Database)[];

type Listed = (typeof TABLES_CHILDREN_FIRST)[number];
type Missing = Exclude<keyof Database, Listed>;
// Fails to compile, naming the table, when a table of Database is missing above.
const complete: [Missing] extends [never] ? true : Missing = true;
void complete;
