/** The store: schema, migrations, SQLite and PostgreSQL behind one `Store`. */
export { openStore, type OpenStoreOptions } from "./open.js";
export type {
  ChangeFeed,
  FeedStatus,
  Store,
  StoreDialect,
  StoreLogger,
  WriteOptions,
} from "./types.js";
export type * from "./schema.js";
export {
  isUniqueViolation,
  isForeignKeyViolation,
  isRetryableConflict,
  isConnectionLost,
  StoreUnavailableError,
} from "./errors.js";
export { now, isoTime, systemClock, type Clock } from "./time.js";
export { nameKey, prefixRange } from "./keys.js";
export { TABLES_CHILDREN_FIRST } from "./tables.js";
export { prepare, type PreparedQuery } from "./prepared.js";
export { findInAccount, type AccountTable } from "./account-rows.js";
export { migrationNames } from "./migrations.js";
export type { Kysely, Transaction, Selectable, Insertable, Updateable } from "kysely";
