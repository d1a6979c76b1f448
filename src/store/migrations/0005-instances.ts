import { sql, type Kysely } from "kysely";
import type { StoreDialect } from "../types.js";
import { columnTypes } from "./column-types.js";
import { index, uniqueIndex } from "./indexes.js";

/**
 * Workload credentials: instances launched with an instance profile (the
 * launch token kept only as its SHA-256 hash, the agent's Ed25519 public key
 * once it registered), the nonces of the agent's signed credential requests
 * (replay protection), and the instance a role session was issued to.
 */
export async function up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  const { text } = columnTypes(dialect);
  const s = db.schema;

  await s
    .createTable("instances")
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("account_id", text, (c) => c.notNull())
    .addColumn("name", text)
    .addColumn("region", text, (c) => c.notNull())
    .addColumn("instance_profile_id", text)
    .addColumn("state", text, (c) => c.notNull())
    .addColumn("launch_token_hash", text, (c) => c.notNull())
    .addColumn("launch_token_expires_at", text, (c) => c.notNull())
    .addColumn("public_key", text)
    .addColumn("launched_at", text, (c) => c.notNull())
    .addColumn("registered_at", text)
    .addColumn("terminated_at", text)
    .addColumn("launched_by", text, (c) => c.notNull())
    .addCheckConstraint("instances_state_ck", sql`state in ('pending', 'running', 'terminated')`)
    .addForeignKeyConstraint("instances_account_fk", ["account_id"], "accounts", ["id"])
    .addForeignKeyConstraint("instances_profile_fk", ["instance_profile_id"], "instance_profiles", [
      "id",
    ])
    .execute();
  await uniqueIndex(db, "instances", ["launch_token_hash"]);
  await index(db, "instances", ["account_id", "id"]);
  await index(db, "instances", ["instance_profile_id"]);

  await s
    .createTable("instance_nonces")
    .addColumn("instance_id", text, (c) => c.notNull())
    .addColumn("nonce", text, (c) => c.notNull())
    .addColumn("expires_at", text, (c) => c.notNull())
    .addPrimaryKeyConstraint("instance_nonces_pk", ["instance_id", "nonce"])
    .addForeignKeyConstraint("instance_nonces_instance_fk", ["instance_id"], "instances", ["id"])
    .execute();
  await index(db, "instance_nonces", ["expires_at"]);

  await s.alterTable("sessions").addColumn("instance_id", text).execute();
  await index(db, "sessions", ["instance_id"]);
}
