/**
 * SQLite through better-sqlite3: one connection, which Kysely's driver hands
 * to one caller at a time, so transactions never interleave.
 *
 * - Every Kysely transaction starts with BEGIN IMMEDIATE: it takes the write
 *   lock up front, so a second process on the same file waits (busy_timeout)
 *   at BEGIN instead of failing at its first write.
 * - DDL is transactional in SQLite, so the adapter says so and each migration
 *   runs in a transaction (Kysely's own SQLite adapter plays safe and says no).
 * - journal_mode=WAL; synchronous=FULL: a transaction is on disk when COMMIT
 *   returns, so a write acknowledged to a client survives power loss too
 *   (NORMAL would keep atomicity but could lose the last commits). IAM writes
 *   are rare; the fsync per commit is cheap for them.
 */
import { mkdirSync, existsSync, chmodSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import {
  CompiledQuery,
  Kysely,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type SqliteDialectConfig,
} from "kysely";
import type { Database } from "./schema.js";
import type { Backend } from "./backend.js";
import { ReadWriteGate } from "./read-write-gate.js";
import { readOnlyKysely } from "./sqlite-read.js";

export const SQLITE_FILE_NAME = "gatehouse.db";
const BUSY_TIMEOUT_MS = 5000;

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class GatehouseSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

const STATEMENT_CACHE_LIMIT = 500;

/**
 * Kysely's driver prepares every query anew; preparing is most of a small
 * query's cost. The same SQL text gets the same prepared statement (a
 * statement runs to completion synchronously, so it is never in use twice).
 * Bounded: the queries are a fixed set, this is only a guard.
 */
function statementCache(
  database: BetterSqlite3.Database,
): (text: string) => BetterSqlite3.Statement {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return (text) => {
    let statement = cache.get(text);
    if (statement === undefined) {
      statement = database.prepare(text);
      if (cache.size >= STATEMENT_CACHE_LIMIT) cache.clear();
      cache.set(text, statement);
    }
    return statement;
  };
}

/** Moves whenever another connection (another process) commits to the file. */
function dataVersion(database: BetterSqlite3.Database): number {
  return database.pragma("data_version", { simple: true }) as number;
}

/** Opens `<dataDir>/gatehouse.db` (creating the directory, mode 0700), or memory when dataDir is null. */
export function openSqlite(dataDir: string | null): Backend {
  const file = dataDir === null ? ":memory:" : join(dataDir, SQLITE_FILE_NAME);
  if (dataDir !== null) mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const created = dataDir !== null && !existsSync(file);
  const database = new BetterSqlite3(file);
  try {
    // The WAL and shared-memory files take the database file's mode.
    if (created) chmodSync(file, 0o600);
    database.pragma("journal_mode = WAL");
    database.pragma("synchronous = FULL");
    database.pragma("foreign_keys = ON");
    database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  } catch (err) {
    database.close();
    throw err;
  }
  const prepare = statementCache(database);
  const db = new Kysely<Database>({
    dialect: new GatehouseSqliteDialect({
      database: { close: () => database.close(), prepare },
    }),
  });
  const readDb = readOnlyKysely(prepare);
  const gate = new ReadWriteGate();
  return {
    dialect: "sqlite",
    db,
    migrationTableSchema: undefined,
    // The single connection already serializes every write.
    lockAccount: async () => {},
    exclusive: (fn) => gate.write(fn),
    // Reads share the connection between write transactions (see sqlite-read.ts).
    read: (fn) => gate.read(() => fn(readDb)),
    // Other processes on the file: SQLite's data_version moves when one commits.
    announce: async () => {},
    watch: (changed) => {
      let seen = dataVersion(database);
      return {
        trusted: () => {
          if (!database.open) return false;
          const now = dataVersion(database);
          if (now !== seen) {
            seen = now;
            changed();
          }
          return true;
        },
        status: () => ({ connected: database.open, lagMs: database.open ? 0 : null }),
        stop: async () => {},
      };
    },
    close: async () => {
      await db.destroy();
      if (database.open) database.close();
    },
  };
}
