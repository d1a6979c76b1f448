import { Migrator } from "kysely";
import type { Backend } from "./backend.js";
import { migrationProvider } from "./migrations.js";
import { isPostgresUrl, openPostgres, redactUrl } from "./postgres.js";
import { openSqlite, SQLITE_FILE_NAME } from "./sqlite.js";
import { createStore } from "./store.js";
import type { Store, StoreLogger } from "./types.js";

export interface OpenStoreOptions {
  /** `postgres://…` or `postgresql://…` (optionally `?schema=name`): PostgreSQL. Otherwise SQLite. */
  url?: string;
  /** SQLite: the directory of `gatehouse.db`, created (mode 0700) if missing. */
  dataDir?: string;
  /** SQLite in memory: nothing survives close. */
  ephemeral?: boolean;
  /** PostgreSQL: the schema holding the tables (default `public`; or `?schema=` in the URL). */
  schema?: string;
  /** PostgreSQL: connections per node (default 10). */
  poolSize?: number;
  logger?: StoreLogger;
  /**
   * Refuse a store call made inside another store callback (it would wait for
   * itself) with an error instead of a hang. It tracks async context, which
   * costs about a third of the server's request throughput, so it is for
   * tests: default on when GATEHOUSE_STORE_CHECKS=1 (npm test sets it).
   */
  checkNesting?: boolean;
}

/** Opens the store and brings its schema up to date. */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const backend = openBackend(options);
  try {
    await migrate(backend, options.logger);
  } catch (err) {
    await backend.close().catch(() => {});
    throw err;
  }
  return createStore(
    backend,
    options.logger,
    options.checkNesting ?? process.env.GATEHOUSE_STORE_CHECKS === "1",
  );
}

function openBackend(options: OpenStoreOptions): Backend {
  const { url, dataDir, ephemeral, logger } = options;
  if (url !== undefined) {
    if (!isPostgresUrl(url)) {
      throw new Error(`store URL must start with postgres:// or postgresql://: ${redactUrl(url)}`);
    }
    if (ephemeral) throw new Error("ephemeral is SQLite in memory: give no PostgreSQL URL with it");
    logger?.info({ store: "postgres", url: redactUrl(url) }, "opening store");
    return openPostgres({ url, schema: options.schema, poolSize: options.poolSize, logger });
  }
  if (options.schema !== undefined) throw new Error("schema is for PostgreSQL only");
  if (ephemeral) {
    logger?.info({ store: "sqlite", file: ":memory:" }, "opening store");
    return openSqlite(null);
  }
  if (dataDir === undefined)
    throw new Error("store needs a dataDir, a PostgreSQL url, or ephemeral");
  logger?.info({ store: "sqlite", dataDir, file: SQLITE_FILE_NAME }, "opening store");
  return openSqlite(dataDir);
}

/**
 * Applies pending migrations. On PostgreSQL, Kysely's Migrator holds an
 * advisory lock for the whole run and applies them in one transaction, so
 * nodes starting together migrate once, and a failed run leaves nothing.
 */
async function migrate(backend: Backend, logger: StoreLogger | undefined): Promise<void> {
  const migrator = new Migrator({
    db: backend.db,
    provider: migrationProvider(backend.dialect),
    ...(backend.migrationTableSchema === undefined
      ? {}
      : { migrationTableSchema: backend.migrationTableSchema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName;
    throw new Error(`store migration ${failed ?? "setup"} failed: ${String(error)}`, {
      cause: error,
    });
  }
  for (const r of results ?? []) {
    logger?.info({ migration: r.migrationName }, "store migration applied");
  }
}
