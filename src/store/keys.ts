/**
 * Names are unique per account case-insensitively: the `name_key` and
 * `key_key` columns hold this form of the name and carry the unique index.
 */
export function nameKey(name: string): string {
  return name.toLowerCase();
}

/**
 * Bounds for "starts with `prefix`" as a range that uses an index and compares
 * alike on both databases (every text column is byte-ordered: SQLite's BINARY,
 * PostgreSQL's "C" collation). Use `col >= from and col < to`. Prefer this to
 * LIKE, whose case-sensitivity differs between SQLite and PostgreSQL and whose
 * `%` and `_` would need escaping.
 */
export function prefixRange(prefix: string): { from: string; to: string } {
  return { from: prefix, to: prefix + "\u{10FFFF}" };
}
