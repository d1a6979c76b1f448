import { sql, type Expression } from "kysely";
import type { StoreDialect } from "../types.js";

/**
 * Column types that behave alike on both databases.
 *
 * - Text compares byte-wise on both: SQLite's default BINARY collation, and
 *   the "C" collation on PostgreSQL (instead of the database's locale). So
 *   ORDER BY and keyset pagination (`name_key > $marker`) agree everywhere,
 *   and range scans on an index work.
 * - Numbers are `integer` (32 bits on PostgreSQL), which pg returns as a
 *   JavaScript number; `bigint` would come back as a string.
 * - Booleans, should a table need one, are `integer` 0/1 (SQLite has none).
 */
export interface ColumnTypes {
  text: Expression<unknown>;
  integer: "integer";
}

export function columnTypes(dialect: StoreDialect): ColumnTypes {
  return {
    text: dialect === "postgres" ? sql`text collate "C"` : sql`text`,
    integer: "integer",
  };
}
