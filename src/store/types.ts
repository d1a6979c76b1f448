import type { Kysely, Transaction } from "kysely";
import type { Database } from "./schema.js";

export type StoreDialect = "sqlite" | "postgres";

/** What the store logs through; a pino logger fits. */
export interface StoreLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

export interface Store {
  /** The query builder, outside any transaction. Never use it inside `write` or `read`. */
  readonly db: Kysely<Database>;
  readonly dialect: StoreDialect;
  /**
   * Runs `fn` in one transaction, serialized with every other `write` for the
   * same account (on SQLite, with every other write), so checks made inside
   * `fn` (quotas, uniqueness) still hold at commit. Commits when `fn`
   * resolves; rolls back and rethrows `fn`'s error, unchanged, when it
   * rejects. On PostgreSQL a serialization failure or deadlock runs `fn`
   * again (a few times): `fn` must only touch the database through `tx`.
   * So does a lost connection (before COMMIT); when the database cannot be
   * reached, or the connection is lost during COMMIT, it throws
   * StoreUnavailableError.
   */
  write<T>(accountId: string, fn: (tx: Transaction<Database>) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` over one consistent snapshot (a read-only transaction on
   * PostgreSQL), again on a lost connection; StoreUnavailableError when the
   * database cannot be reached.
   */
  read<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T>;
  /** Deletes every row of every table, in one transaction. The schema stays. */
  reset(): Promise<void>;
  close(): Promise<void>;
}
