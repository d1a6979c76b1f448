/**
 * Web console sessions, stored so that any Gatehouse node (several behind a
 * load balancer, on PostgreSQL) knows them. The browser holds a random token
 * (32 bytes) in a cookie; the store holds only its SHA-256 as the session's
 * id, so a copy of the database signs no one in. Each session has its own
 * CSRF token, compared in constant time. A session ends at its absolute
 * expiry, or when it has seen no request for the idle timeout.
 *
 * A sign-in that still needs its MFA code or a new password is a session of
 * that stage; each step replaces the session with a new one (new token, new
 * CSRF token), so no token from before a step survives it.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import {
  isoTime,
  type ConsoleSessionTable,
  type Database,
  type Kysely,
  type Selectable,
  type Transaction,
} from "../store/index.js";

export type ConsoleSessionRow = Selectable<ConsoleSessionTable>;
export type ConsoleStage = ConsoleSessionRow["stage"];
type Db = Kysely<Database> | Transaction<Database>;

const TOKEN_BYTES = 32;

export function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

/** The stored id of the session a cookie's token names. */
export function sessionIdOf(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export interface NewConsoleSession {
  accountId: string;
  /** null: the root user. */
  userId: string | null;
  stage: ConsoleStage;
  mfaAt: string | null;
  sourceIp: string;
  /** When the sign-in began (kept across its steps). */
  createdAt: Date;
  expiresAt: Date;
}

export interface IssuedConsoleSession {
  /** For the cookie: shown once, never stored. */
  token: string;
  row: ConsoleSessionRow;
}

/** Stores a new session (clearing sessions that have expired for good). */
export async function createConsoleSession(
  tx: Db,
  spec: NewConsoleSession,
  now: Date,
): Promise<IssuedConsoleSession> {
  const token = newToken();
  const row: ConsoleSessionRow = {
    id: sessionIdOf(token),
    account_id: spec.accountId,
    user_id: spec.userId,
    stage: spec.stage,
    csrf_token: newToken(),
    mfa_at: spec.mfaAt,
    source_ip: spec.sourceIp,
    created_at: isoTime(spec.createdAt),
    last_seen_at: isoTime(now),
    expires_at: isoTime(spec.expiresAt),
  };
  await tx.deleteFrom("console_sessions").where("expires_at", "<", isoTime(now)).execute();
  await tx.insertInto("console_sessions").values(row).execute();
  return { token, row };
}

export async function findConsoleSession(
  db: Db,
  token: string,
): Promise<ConsoleSessionRow | undefined> {
  return db
    .selectFrom("console_sessions")
    .selectAll()
    .where("id", "=", sessionIdOf(token))
    .executeTakeFirst();
}

/** Whether the session is still alive at `now`: before its expiry, and not idle too long. */
export function sessionAlive(row: ConsoleSessionRow, now: Date, idleSeconds: number): boolean {
  const t = now.getTime();
  return t < Date.parse(row.expires_at) && t - Date.parse(row.last_seen_at) < idleSeconds * 1000;
}

export async function touchConsoleSession(db: Db, id: string, now: Date): Promise<void> {
  await db
    .updateTable("console_sessions")
    .set({ last_seen_at: isoTime(now) })
    .where("id", "=", id)
    .execute();
}

export async function deleteConsoleSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom("console_sessions").where("id", "=", id).execute();
}

/** Whether `given` is the session's CSRF token (constant time). */
export function csrfMatches(row: ConsoleSessionRow, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = createHash("sha256").update(given, "utf8").digest();
  const b = createHash("sha256").update(row.csrf_token, "utf8").digest();
  return timingSafeEqual(a, b);
}
