import type { Kysely, Transaction } from "kysely";
import type { Database } from "./schema.js";

export type StoreDialect = "sqlite" | "postgres";

/** What the store logs through; a pino logger fits. */
export interface StoreLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

/**
 * How a node hears of writes: its own, at commit, and other nodes' (PostgreSQL
 * NOTIFY sent inside the writing transaction, heard on one LISTEN connection;
 * SQLite's data_version, which moves when another process commits to the
 * file). What a node keeps in memory subscribes here and asks `current()`
 * before trusting itself; nothing else invalidates it.
 */
export interface ChangeFeed {
  /** `listener` runs after each change heard of (and whenever one may have been missed). */
  subscribe(listener: () => void): void;
  /**
   * Whether memory may be trusted now. SQLite asks the file whether another
   * process committed since (and tells the listeners first if so); PostgreSQL
   * answers false while its LISTEN connection is down or not yet listening.
   */
  current(): boolean;
  /**
   * For health checks: whether other nodes' writes are being heard, and how
   * long ago the feed last proved it is (PostgreSQL; SQLite asks the file at
   * every lookup, so it is always connected, lag 0).
   */
  status(): FeedStatus;
}

export interface FeedStatus {
  connected: boolean;
  /** Milliseconds since the feed last proved alive; null while not connected. */
  lagMs: number | null;
}

export interface WriteOptions {
  /**
   * A write that changes nothing a node keeps in memory (a console session's
   * last activity, sign-in attempt counts): no change is announced.
   */
  quiet?: boolean;
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
  write<T>(
    accountId: string,
    fn: (tx: Transaction<Database>) => Promise<T>,
    options?: WriteOptions,
  ): Promise<T>;
  /**
   * Runs `fn` over one consistent snapshot (a read-only transaction on
   * PostgreSQL), again on a lost connection; StoreUnavailableError when the
   * database cannot be reached.
   */
  read<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T>;
  /** One trivial read: resolves once the database answers (health checks). */
  ping(): Promise<void>;
  /** Every committed write, this node's and the others'. */
  readonly changes: ChangeFeed;
  /** Deletes every row of every table, in one transaction. The schema stays. */
  reset(): Promise<void>;
  close(): Promise<void>;
}
