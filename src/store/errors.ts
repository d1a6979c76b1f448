/**
 * Recognising database errors the same way on SQLite (better-sqlite3's
 * SqliteError, `code` = extended result code name) and PostgreSQL (pg's
 * DatabaseError, `code` = SQLSTATE).
 */

function errorCode(err: unknown): string | undefined {
  if (typeof err !== "object" || err === null || !("code" in err)) return undefined;
  const code = err.code;
  return typeof code === "string" ? code : undefined;
}

/** A unique index or primary key refused a row. */
export function isUniqueViolation(err: unknown): boolean {
  const code = errorCode(err);
  return (
    code === "SQLITE_CONSTRAINT_UNIQUE" ||
    code === "SQLITE_CONSTRAINT_PRIMARYKEY" ||
    code === "23505"
  );
}

/** A foreign key refused a row, or refused the deletion of a row still referenced. */
export function isForeignKeyViolation(err: unknown): boolean {
  const code = errorCode(err);
  return code === "SQLITE_CONSTRAINT_FOREIGNKEY" || code === "23503";
}

/** PostgreSQL gave up on the transaction (serialization failure, deadlock): run it again. */
export function isRetryableConflict(err: unknown): boolean {
  const code = errorCode(err);
  return code === "40001" || code === "40P01";
}
