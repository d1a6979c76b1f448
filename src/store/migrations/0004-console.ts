import { sql, type Kysely } from "kysely";
import type { StoreDialect } from "../types.js";
import { columnTypes } from "./column-types.js";
import { index } from "./indexes.js";

/**
 * The web console: the root user's console password (an argon2id hash),
 * console sessions (the cookie's token kept only as its SHA-256 hash), and
 * failed sign-in counts for throttling and lockout, by user and by client
 * address. Sessions name their user without a foreign key: deleting a user
 * ends its sessions (they no longer resolve) rather than being refused.
 */
export async function up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  const { text, integer } = columnTypes(dialect);
  const s = db.schema;

  await s
    .createTable("root_passwords")
    .addColumn("account_id", text, (c) => c.primaryKey())
    .addColumn("password_hash", text, (c) => c.notNull())
    .addColumn("password_changed_at", text, (c) => c.notNull())
    .addForeignKeyConstraint("root_passwords_account_fk", ["account_id"], "accounts", ["id"])
    .execute();

  await s
    .createTable("console_sessions")
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("account_id", text, (c) => c.notNull())
    .addColumn("user_id", text)
    .addColumn("stage", text, (c) => c.notNull())
    .addColumn("csrf_token", text, (c) => c.notNull())
    .addColumn("mfa_at", text)
    .addColumn("source_ip", text, (c) => c.notNull())
    .addColumn("created_at", text, (c) => c.notNull())
    .addColumn("last_seen_at", text, (c) => c.notNull())
    .addColumn("expires_at", text, (c) => c.notNull())
    .addCheckConstraint(
      "console_sessions_stage_ck",
      sql`stage in ('mfa', 'new-password', 'active')`,
    )
    .addForeignKeyConstraint("console_sessions_account_fk", ["account_id"], "accounts", ["id"])
    .execute();
  await index(db, "console_sessions", ["expires_at"]);
  await index(db, "console_sessions", ["account_id", "user_id"]);

  await s
    .createTable("sign_in_failures")
    .addColumn("key", text, (c) => c.primaryKey())
    .addColumn("failures", integer, (c) => c.notNull())
    .addColumn("last_failure_at", text, (c) => c.notNull())
    .addColumn("locked_until", text)
    .execute();
  await index(db, "sign_in_failures", ["last_failure_at"]);
}
