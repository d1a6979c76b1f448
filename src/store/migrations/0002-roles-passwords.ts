import { sql, type Kysely } from "kysely";
import type { StoreDialect } from "../types.js";
import { columnTypes } from "./column-types.js";
import { index, uniqueIndex } from "./indexes.js";

/**
 * Roles and instance profiles; console passwords (login profiles, their
 * history, the account password policy); account aliases; the stored
 * credential report. Booleans are integer 0/1 (see column-types.ts).
 */
export async function up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  const { text, integer } = columnTypes(dialect);
  const s = db.schema;

  await s
    .createTable("roles")
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("account_id", text, (c) => c.notNull())
    .addColumn("name", text, (c) => c.notNull())
    .addColumn("name_key", text, (c) => c.notNull())
    .addColumn("path", text, (c) => c.notNull())
    .addColumn("created_at", text, (c) => c.notNull())
    .addColumn("assume_role_policy", text, (c) => c.notNull())
    .addColumn("description", text)
    .addColumn("max_session_duration", integer, (c) => c.notNull())
    .addColumn("permissions_boundary_arn", text)
    .addColumn("last_used_at", text)
    .addColumn("last_used_region", text)
    .addForeignKeyConstraint("roles_account_fk", ["account_id"], "accounts", ["id"])
    .execute();
  await uniqueIndex(db, "roles", ["account_id", "name_key"]);
  await index(db, "roles", ["account_id", "path", "name_key"]);

  await s
    .createTable("instance_profiles")
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("account_id", text, (c) => c.notNull())
    .addColumn("name", text, (c) => c.notNull())
    .addColumn("name_key", text, (c) => c.notNull())
    .addColumn("path", text, (c) => c.notNull())
    .addColumn("created_at", text, (c) => c.notNull())
    .addForeignKeyConstraint("instance_profiles_account_fk", ["account_id"], "accounts", ["id"])
    .execute();
  await uniqueIndex(db, "instance_profiles", ["account_id", "name_key"]);
  await index(db, "instance_profiles", ["account_id", "path", "name_key"]);

  await s
    .createTable("instance_profile_roles")
    .addColumn("instance_profile_id", text, (c) => c.notNull())
    .addColumn("role_id", text, (c) => c.notNull())
    .addColumn("account_id", text, (c) => c.notNull())
    .addColumn("added_at", text, (c) => c.notNull())
    .addPrimaryKeyConstraint("instance_profile_roles_pk", ["instance_profile_id", "role_id"])
    .addForeignKeyConstraint(
      "instance_profile_roles_profile_fk",
      ["instance_profile_id"],
      "instance_profiles",
      ["id"],
    )
    .addForeignKeyConstraint("instance_profile_roles_role_fk", ["role_id"], "roles", ["id"])
    .addForeignKeyConstraint("instance_profile_roles_account_fk", ["account_id"], "accounts", [
      "id",
    ])
    .execute();
  await index(db, "instance_profile_roles", ["role_id"]);

  await s
    .createTable("login_profiles")
    .addColumn("user_id", text, (c) => c.primaryKey())
    .addColumn("account_id", text, (c) => c.notNull())
    .addColumn("password_hash", text, (c) => c.notNull())
    .addColumn("created_at", text, (c) => c.notNull())
    .addColumn("password_changed_at", text, (c) => c.notNull())
    .addColumn("password_reset_required", integer, (c) => c.notNull())
    .addCheckConstraint("login_profiles_reset_ck", sql`password_reset_required in (0, 1)`)
    .addForeignKeyConstraint("login_profiles_user_fk", ["user_id"], "users", ["id"])
    .addForeignKeyConstraint("login_profiles_account_fk", ["account_id"], "accounts", ["id"])
    .execute();

  await s
    .createTable("password_history")
    .addColumn("user_id", text, (c) => c.notNull())
    .addColumn("seq", integer, (c) => c.notNull())
    .addColumn("account_id", text, (c) => c.notNull())
    .addColumn("password_hash", text, (c) => c.notNull())
    .addColumn("set_at", text, (c) => c.notNull())
    .addPrimaryKeyConstraint("password_history_pk", ["user_id", "seq"])
    .addForeignKeyConstraint("password_history_user_fk", ["user_id"], "users", ["id"])
    .addForeignKeyConstraint("password_history_account_fk", ["account_id"], "accounts", ["id"])
    .execute();

  await s
    .createTable("password_policies")
    .addColumn("account_id", text, (c) => c.primaryKey())
    .addColumn("minimum_length", integer, (c) => c.notNull())
    .addColumn("require_symbols", integer, (c) => c.notNull())
    .addColumn("require_numbers", integer, (c) => c.notNull())
    .addColumn("require_uppercase", integer, (c) => c.notNull())
    .addColumn("require_lowercase", integer, (c) => c.notNull())
    .addColumn("allow_users_to_change", integer, (c) => c.notNull())
    .addColumn("max_age_days", integer)
    .addColumn("reuse_prevention", integer)
    .addColumn("hard_expiry", integer, (c) => c.notNull())
    .addForeignKeyConstraint("password_policies_account_fk", ["account_id"], "accounts", ["id"])
    .execute();

  await s
    .createTable("account_aliases")
    .addColumn("alias", text, (c) => c.primaryKey())
    .addColumn("account_id", text, (c) => c.notNull())
    .addColumn("created_at", text, (c) => c.notNull())
    .addForeignKeyConstraint("account_aliases_account_fk", ["account_id"], "accounts", ["id"])
    .execute();
  await uniqueIndex(db, "account_aliases", ["account_id"]);

  await s
    .createTable("credential_reports")
    .addColumn("account_id", text, (c) => c.primaryKey())
    .addColumn("generated_at", text, (c) => c.notNull())
    .addColumn("content", text, (c) => c.notNull())
    .addForeignKeyConstraint("credential_reports_account_fk", ["account_id"], "accounts", ["id"])
    .execute();
}
