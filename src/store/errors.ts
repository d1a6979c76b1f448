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

/** Errors of the connection itself (the network's, pg's own), not of a statement. */
const CONNECTION_ERROR_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/** pg's messages when a connection ended, timed out or was already broken. */
const CONNECTION_ERROR_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /is not queryable$/,
  /^Query read timeout$/,
];

/**
 * The database could not be reached, or the connection was lost: PostgreSQL
 * is away (restarting, refusing connections, unreachable) or ended our
 * session (`pg_terminate_backend`, shutdown: SQLSTATE class 57P, class 08;
 * too many connections: 53300). Whatever was not committed was rolled back.
 */
export function isConnectionLost(err: unknown): boolean {
  if (err instanceof StoreUnavailableError) return true;
  const code = errorCode(err);
  if (code !== undefined) {
    if (CONNECTION_ERROR_CODES.has(code)) return true;
    if (code.startsWith("08") || code.startsWith("57P") || code === "53300") return true;
  }
  if (err instanceof AggregateError) return err.errors.some(isConnectionLost);
  const message = err instanceof Error ? err.message : "";
  return CONNECTION_ERROR_MESSAGES.some((pattern) => pattern.test(message));
}

/** Opening a connection failed (refused, unreachable, timed out, not accepting): the database is away. */
const CONNECT_FAILURE_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "57P03",
  "53300",
]);
const CONNECT_FAILURE_MESSAGES = [
  /^timeout exceeded when trying to connect/,
  /^Connection terminated due to connection timeout/,
];

/**
 * A new connection could not be opened, as opposed to one lost while in
 * use: trying again at once would only wait again.
 */
export function isConnectFailure(err: unknown): boolean {
  if (err instanceof StoreUnavailableError) return isConnectFailure(err.cause);
  const code = errorCode(err);
  if (code !== undefined && CONNECT_FAILURE_CODES.has(code)) return true;
  if (err instanceof AggregateError) return err.errors.some(isConnectFailure);
  const message = err instanceof Error ? err.message : "";
  return CONNECT_FAILURE_MESSAGES.some((pattern) => pattern.test(message));
}

/**
 * What a store call throws when the database is away: the server answers
 * it with AWS's ServiceUnavailable. `cause` is the driver's error.
 */
export class StoreUnavailableError extends Error {
  override name = "StoreUnavailableError";
  constructor(cause: unknown) {
    super("the database is unavailable", { cause });
  }
}
