import { sql, type Kysely } from "kysely";
import type { StoreDialect } from "../types.js";
import { columnTypes } from "./column-types.js";
import { index, uniqueIndex } from "./indexes.js";

/**
 * The first schema: accounts, users, groups, customer managed policies and
 * their versions, attachments, inline policies, access keys, tags, settings.
 *
 * Foreign keys have no ON DELETE action: deleting a row still referenced
 * fails (the IAM layer deletes dependents itself, or answers DeleteConflict
 * first). Columns naming a user, group or role by `principal_type` +
 * `principal_id`, or any resource by `resource_type` + `resource_id`, have no
 * foreign key (one column cannot point at several tables), nor does
 * `policy_arn` (AWS managed policies have no row).
 */
export async function up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  const { text, integer } = columnTypes(dialect);
  const s = db.schema;

  await s
    .createTable("accounts")
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("created_at", text, (c) => c.notNull())
    .addColumn("auth_version", integer, (c) => c.notNull().defaultTo(0))
    .execute();

  await s
    .createTable("users")
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("account_id", text, (c) => c.notNull())
    .addColumn("name", text, (c) => c.notNull())
    .addColumn("name_key", text, (c) => c.notNull())
    .addColumn("path", text, (c) => c.notNull())
    .addColumn("created_at", text, (c) => c.notNull())
    .addColumn("permissions_boundary_arn", text)
    .addColumn("password_last_used", text)
    .addForeignKeyConstraint("users_account_fk", ["account_id"], "accounts", ["id"])
    .execute();
  await uniqueIndex(db, "users", ["account_id", "name_key"]);
  await index(db, "users", ["account_id", "path", "name_key"]);

  await s
    .createTable("groups")
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("account_id", text, (c) => c.notNull())
    .addColumn("name", text, (c) => c.notNull())
    .addColumn("name_key", text, (c) => c.notNull())
    .addColumn("path", text, (c) => c.notNull())
    .addColumn("created_at", text, (c) => c.notNull())
    .addForeignKeyConstraint("groups_account_fk", ["account_id"], "accounts", ["id"])
    .execute();
  await uniqueIndex(db, "groups", ["account_id", "name_key"]);
  await index(db, "groups", ["account_id", "path", "name_key"]);

  await s
    .createTable("group_members")
    .addColumn("group_id", text, (c) => c.notNull())
    .addColumn("user_id", text, (c) => c.notNull())
    .addColumn("account_id", text, (c) => c.notNull())
    .addColumn("added_at", text, (c) => c.notNull())
    .addPrimaryKeyConstraint("group_members_pk", ["group_id", "user_id"])
    .addForeignKeyConstraint("group_members_group_fk", ["group_id"], "groups", ["id"])
    .addForeignKeyConstraint("group_members_user_fk", ["user_id"], "users", ["id"])
    .addForeignKeyConstraint("group_members_account_fk", ["account_id"], "accounts", ["id"])
    .execute();
  await index(db, "group_members", ["user_id"]);

  await s
    .createTable("managed_policies")
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("account_id", text, (c) => c.notNull())
    .addColumn("name", text, (c) => c.notNull())
    .addColumn("name_key", text, (c) => c.notNull())
    .addColumn("path", text, (c) => c.notNull())
    .addColumn("arn", text, (c) => c.notNull())
    .addColumn("description", text)
    .addColumn("default_version_id", text, (c) => c.notNull())
    .addColumn("next_version", integer, (c) => c.notNull())
    .addColumn("created_at", text, (c) => c.notNull())
    .addColumn("updated_at", text, (c) => c.notNull())
    .addForeignKeyConstraint("managed_policies_account_fk", ["account_id"], "accounts", ["id"])
    .execute();
  await uniqueIndex(db, "managed_policies", ["account_id", "name_key"]);
  await uniqueIndex(db, "managed_policies", ["arn"]);
  await index(db, "managed_policies", ["account_id", "path", "name_key"]);

  await s
    .createTable("policy_versions")
    .addColumn("policy_id", text, (c) => c.notNull())
    .addColumn("version_id", text, (c) => c.notNull())
    .addColumn("document", text, (c) => c.notNull())
    .addColumn("created_at", text, (c) => c.notNull())
    .addPrimaryKeyConstraint("policy_versions_pk", ["policy_id", "version_id"])
    .addForeignKeyConstraint("policy_versions_policy_fk", ["policy_id"], "managed_policies", ["id"])
    .execute();

  await s
    .createTable("policy_attachments")
    .addColumn("account_id", text, (c) => c.notNull())
    .addColumn("principal_type", text, (c) => c.notNull())
    .addColumn("principal_id", text, (c) => c.notNull())
    .addColumn("policy_arn", text, (c) => c.notNull())
    .addColumn("attached_at", text, (c) => c.notNull())
    .addPrimaryKeyConstraint("policy_attachments_pk", [
      "principal_type",
      "principal_id",
      "policy_arn",
    ])
    .addCheckConstraint("policy_attachments_principal_type_ck", principalTypeCheck)
    .addForeignKeyConstraint("policy_attachments_account_fk", ["account_id"], "accounts", ["id"])
    .execute();
  // AWS managed policies share one ARN across accounts: by policy, then account.
  await index(db, "policy_attachments", ["policy_arn", "account_id"]);

  await s
    .createTable("inline_policies")
    .addColumn("account_id", text, (c) => c.notNull())
    .addColumn("principal_type", text, (c) => c.notNull())
    .addColumn("principal_id", text, (c) => c.notNull())
    .addColumn("name", text, (c) => c.notNull())
    .addColumn("document", text, (c) => c.notNull())
    .addColumn("updated_at", text, (c) => c.notNull())
    .addPrimaryKeyConstraint("inline_policies_pk", ["principal_type", "principal_id", "name"])
    .addCheckConstraint("inline_policies_principal_type_ck", principalTypeCheck)
    .addForeignKeyConstraint("inline_policies_account_fk", ["account_id"], "accounts", ["id"])
    .execute();

  await s
    .createTable("access_keys")
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("account_id", text, (c) => c.notNull())
    .addColumn("user_id", text)
    .addColumn("secret", text, (c) => c.notNull())
    .addColumn("status", text, (c) => c.notNull())
    .addColumn("created_at", text, (c) => c.notNull())
    .addColumn("last_used_at", text)
    .addColumn("last_used_region", text)
    .addColumn("last_used_service", text)
    .addCheckConstraint("access_keys_status_ck", sql`status in ('Active', 'Inactive')`)
    .addForeignKeyConstraint("access_keys_account_fk", ["account_id"], "accounts", ["id"])
    .addForeignKeyConstraint("access_keys_user_fk", ["user_id"], "users", ["id"])
    .execute();
  await index(db, "access_keys", ["user_id"]);
  // The root user's keys: user_id is null.
  await index(db, "access_keys", ["account_id", "user_id"]);

  await s
    .createTable("tags")
    .addColumn("account_id", text, (c) => c.notNull())
    .addColumn("resource_type", text, (c) => c.notNull())
    .addColumn("resource_id", text, (c) => c.notNull())
    .addColumn("key", text, (c) => c.notNull())
    .addColumn("key_key", text, (c) => c.notNull())
    .addColumn("value", text, (c) => c.notNull())
    .addColumn("position", integer, (c) => c.notNull())
    .addPrimaryKeyConstraint("tags_pk", ["resource_type", "resource_id", "key_key"])
    .addForeignKeyConstraint("tags_account_fk", ["account_id"], "accounts", ["id"])
    .execute();

  await s
    .createTable("server_settings")
    .addColumn("name", text, (c) => c.primaryKey())
    .addColumn("value", text, (c) => c.notNull())
    .execute();
}

const principalTypeCheck = sql`principal_type in ('user', 'group', 'role')`;
