/**
 * SQLite's read path: a second Kysely over the same better-sqlite3
 * connection that runs each statement at once, with no connection mutex and
 * no transaction. Reads are serialized against writes by the store's
 * ReadWriteGate instead, and a SQLite statement runs to completion
 * synchronously, so a read sees only committed rows and no write commits
 * between its queries. It refuses any statement that would write.
 */
import type BetterSqlite3 from "better-sqlite3";
import {
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
} from "kysely";
import type { Database } from "./schema.js";

type Prepare = (text: string) => BetterSqlite3.Statement;

class ReadConnection implements DatabaseConnection {
  constructor(private readonly prepare: Prepare) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    try {
      const statement = readStatement(this.prepare, query.sql);
      return Promise.resolve({ rows: statement.all(query.parameters) as R[] });
    } catch (err) {
      return Promise.reject(err as Error);
    }
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("store.read does not stream");
  }
}

class ReadDriver implements Driver {
  private readonly connection: ReadConnection;
  constructor(prepare: Prepare) {
    this.connection = new ReadConnection(prepare);
  }
  async init(): Promise<void> {}
  acquireConnection(): Promise<DatabaseConnection> {
    return Promise.resolve(this.connection);
  }
  beginTransaction(): Promise<void> {
    return Promise.reject(new Error("store.read runs no transaction"));
  }
  commitTransaction(): Promise<void> {
    return this.beginTransaction();
  }
  rollbackTransaction(): Promise<void> {
    return this.beginTransaction();
  }
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {}
}

/**
 * Set on the read Kysely: runs a compiled read at once, with no trip through
 * Kysely's executor (prepared.ts uses it for its compiled queries).
 */
export const RUN_READ = Symbol("gatehouse.runRead");

export type RunRead = (sql: string, parameters: readonly unknown[]) => unknown[];

/** A Kysely for reads only, over the statements `prepare` hands out. */
export function readOnlyKysely(prepare: Prepare): Kysely<Database> {
  const dialect: Dialect = {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new ReadDriver(prepare),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  };
  const db = new Kysely<Database>({ dialect });
  const runRead: RunRead = (sql, parameters) => readStatement(prepare, sql).all(parameters);
  return Object.assign(db, { [RUN_READ]: runRead });
}

function readStatement(prepare: Prepare, sql: string): BetterSqlite3.Statement {
  const statement = prepare(sql);
  if (!statement.readonly) {
    throw Object.assign(new Error("attempt to write a readonly database (inside store.read)"), {
      code: "SQLITE_READONLY",
    });
  }
  return statement;
}
