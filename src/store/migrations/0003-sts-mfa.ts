import { sql, type Kysely } from "kysely";
import type { StoreDialect } from "../types.js";
import { columnTypes } from "./column-types.js";
import { index, uniqueIndex } from "./indexes.js";

/**
 * Virtual MFA devices (seeds sealed with the secret box); STS sessions (the
 * temporary credentials Gatehouse issued: secret sealed, session token kept
 * only as a SHA-256 hash); OpenID Connect providers. Booleans are integer
 * 0/1 and lists are JSON text (see column-types.ts).
 */
export async function up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  const { text, integer } = columnTypes(dialect);
  const s = db.schema;

  await s
    .createTable("mfa_devices")
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("account_id", text, (c) => c.notNull())
    .addColumn("serial", text, (c) => c.notNull())
    .addColumn("name", text, (c) => c.notNull())
    .addColumn("path", text, (c) => c.notNull())
    .addColumn("created_at", text, (c) => c.notNull())
    .addColumn("seed", text, (c) => c.notNull())
    .addColumn("user_id", text)
    .addColumn("root", integer, (c) => c.notNull())
    .addColumn("enabled_at", text)
    .addColumn("last_step", integer)
    .addColumn("last_used_at", text)
    .addCheckConstraint("mfa_devices_root_ck", sql`root in (0, 1)`)
    .addCheckConstraint("mfa_devices_owner_ck", sql`not (root = 1 and user_id is not null)`)
    .addForeignKeyConstraint("mfa_devices_account_fk", ["account_id"], "accounts", ["id"])
    .addForeignKeyConstraint("mfa_devices_user_fk", ["user_id"], "users", ["id"])
    .execute();
  await uniqueIndex(db, "mfa_devices", ["serial"]);
  await index(db, "mfa_devices", ["account_id", "user_id"]);

  await s
    .createTable("sessions")
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("account_id", text, (c) => c.notNull())
    .addColumn("secret", text, (c) => c.notNull())
    .addColumn("token_hash", text, (c) => c.notNull())
    .addColumn("kind", text, (c) => c.notNull())
    .addColumn("user_id", text)
    .addColumn("role_id", text)
    .addColumn("name", text)
    .addColumn("source_identity", text)
    .addColumn("policy", text)
    .addColumn("policy_arns", text)
    .addColumn("tags", text)
    .addColumn("transitive_tag_keys", text)
    .addColumn("context", text)
    .addColumn("mfa_at", text)
    .addColumn("chained", integer, (c) => c.notNull())
    .addColumn("issued_at", text, (c) => c.notNull())
    .addColumn("expires_at", text, (c) => c.notNull())
    .addCheckConstraint("sessions_kind_ck", sql`kind in ('session', 'role', 'federated')`)
    .addCheckConstraint("sessions_chained_ck", sql`chained in (0, 1)`)
    .addForeignKeyConstraint("sessions_account_fk", ["account_id"], "accounts", ["id"])
    .execute();
  await index(db, "sessions", ["expires_at"]);
  await index(db, "sessions", ["account_id"]);

  await s
    .createTable("oidc_providers")
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("account_id", text, (c) => c.notNull())
    .addColumn("arn", text, (c) => c.notNull())
    .addColumn("url", text, (c) => c.notNull())
    .addColumn("created_at", text, (c) => c.notNull())
    .addColumn("client_ids", text, (c) => c.notNull())
    .addColumn("thumbprints", text, (c) => c.notNull())
    .addForeignKeyConstraint("oidc_providers_account_fk", ["account_id"], "accounts", ["id"])
    .execute();
  await uniqueIndex(db, "oidc_providers", ["arn"]);
  await index(db, "oidc_providers", ["account_id"]);
}
