/**
 * The schema's history: one migration per step, applied in name order at
 * open by Kysely's Migrator. All migrations are in code (no files are read at
 * run time). They only go forward: there are no `down` steps.
 *
 * To change the schema, add a file under migrations/ and list it below with
 * the next number; never edit a migration that has shipped. Add new tables
 * to schema.ts and to tables.ts too.
 *
 * Each migration runs in a transaction on both databases (SQLite's DDL is
 * transactional too; see sqlite.ts). A SQLite table rebuild (SQLite cannot
 * alter a constraint in place) cannot turn foreign keys off inside that
 * transaction: use `PRAGMA defer_foreign_keys = ON` instead.
 */
import type { Kysely, Migration, MigrationProvider } from "kysely";
import type { StoreDialect } from "./types.js";
import * as iamCore from "./migrations/0001-iam-core.js";
import * as rolesPasswords from "./migrations/0002-roles-passwords.js";
import * as stsMfa from "./migrations/0003-sts-mfa.js";
import * as webConsole from "./migrations/0004-console.js";
import * as instances from "./migrations/0005-instances.js";

interface StoreMigration {
  up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void>;
}

const MIGRATIONS: Record<string, StoreMigration> = {
  "0001-iam-core": iamCore,
  "0002-roles-passwords": rolesPasswords,
  "0003-sts-mfa": stsMfa,
  "0004-console": webConsole,
  "0005-instances": instances,
};

export function migrationProvider(dialect: StoreDialect): MigrationProvider {
  return {
    async getMigrations(): Promise<Record<string, Migration>> {
      const out: Record<string, Migration> = {};
      for (const [name, migration] of Object.entries(MIGRATIONS)) {
        out[name] = { up: (db) => migration.up(db, dialect) };
      }
      return out;
    },
  };
}

/** The names of all migrations, in the order they apply. */
export function migrationNames(): string[] {
  return Object.keys(MIGRATIONS).sort();
}
