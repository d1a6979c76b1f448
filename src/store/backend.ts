import type { Kysely, Transaction } from "kysely";
import type { Database } from "./schema.js";
import type { FeedStatus, StoreDialect } from "./types.js";

/** What differs between SQLite and PostgreSQL; store.ts builds the Store on it. */
export interface Backend {
  readonly dialect: StoreDialect;
  readonly db: Kysely<Database>;
  /** Where Kysely keeps its migration tables (PostgreSQL: the store's schema). */
  readonly migrationTableSchema: string | undefined;
  /** Called first in every `write` transaction: waits for the account's other writers. */
  lockAccount(tx: Transaction<Database>, accountId: string): Promise<void>;
  /** Runs a whole write transaction (`fn`) apart from every read (SQLite); PostgreSQL runs it as it is. */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  /** Runs `fn` over one consistent snapshot. */
  read<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T>;
  /** Inside every write that announces itself, just before COMMIT: PostgreSQL NOTIFY (sent on commit). */
  announce(tx: Transaction<Database>): Promise<void>;
  /**
   * Starts hearing other nodes' writes: `changed` runs for each (or when some
   * may have been missed). `trusted()` says whether memory may be trusted now.
   */
  watch(changed: () => void): { trusted(): boolean; status(): FeedStatus; stop(): Promise<void> };
  close(): Promise<void>;
}
