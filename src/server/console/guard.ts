/**
 * What every console API request must show: for a POST, a JSON body sent by
 * the console's own pages (Origin and Sec-Fetch-Site, when the browser
 * sends them, must say so); for a session's calls, a live session of the
 * right stage from the cookie, and on a POST its CSRF token in the
 * x-csrf-token header. A live session's last use is recorded (sparingly) for
 * the idle timeout.
 */
import type { FastifyRequest } from "fastify";
import {
  csrfMatches,
  deleteConsoleSession,
  findConsoleSession,
  sessionAlive,
  touchConsoleSession,
  type ConsoleSessionRow,
  type ConsoleStage,
} from "../../auth/console-sessions.js";
import { isStorableJson, strictUtf8 } from "../../model/text.js";
import type { Services } from "../services.js";
import { sessionToken } from "./cookies.js";
import {
  badRequest,
  crossOrigin,
  csrfRefused,
  notJson,
  notSignedIn,
  sessionExpired,
} from "./errors.js";
import type { ConsoleSettings } from "./settings.js";

export const CSRF_HEADER = "x-csrf-token";

/** The JSON object a POST carries; refuses what a page of another origin could send. */
export function postedJson(req: FastifyRequest): Record<string, unknown> {
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") throw notJson();
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `${req.protocol}://${req.headers.host ?? ""}`) {
    throw crossOrigin();
  }
  const site = req.headers["sec-fetch-site"];
  if (site !== undefined && site !== "same-origin" && site !== "none") throw crossOrigin();
  const raw = req.body instanceof Buffer ? strictUtf8(req.body) : "";
  if (raw === undefined) throw badRequest("The request body is not UTF-8 text.");
  let body: unknown;
  try {
    body = raw === "" ? {} : JSON.parse(raw);
  } catch {
    throw badRequest("The request body is not JSON.");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw badRequest("The request body must be a JSON object.");
  }
  // Nothing that is not text (NUL, a lone surrogate) goes on to an action or a store.
  if (!isStorableJson(body)) {
    throw badRequest("The request body's strings must be text without NUL characters.");
  }
  return body as Record<string, unknown>;
}

/**
 * The request's live session of `stage`. Throws NotSignedIn (no session
 * cookie, or a session still signing in), SessionExpired (ended, timed out
 * or its user deleted: the row is removed), or InvalidCsrfToken.
 */
export async function requireSession(
  services: Services,
  settings: ConsoleSettings,
  req: FastifyRequest,
  stage: ConsoleStage,
  now: Date,
): Promise<ConsoleSessionRow> {
  const token = sessionToken(req.headers.cookie);
  if (token === undefined) throw notSignedIn();
  const row = await services.store.read((db) => findConsoleSession(db, token));
  if (row === undefined) throw sessionExpired();
  if (!sessionAlive(row, now, settings.idleTimeoutSeconds)) {
    await services.store.write(row.account_id, (tx) => deleteConsoleSession(tx, row.id));
    throw sessionExpired();
  }
  if (row.stage !== stage) throw notSignedIn();
  if (req.method !== "GET") checkCsrf(req, row);
  // Recorded at most every tenth of the idle timeout (and every minute at most).
  const every = Math.min(60, settings.idleTimeoutSeconds / 10) * 1000;
  if (now.getTime() - Date.parse(row.last_seen_at) >= every) {
    // Sessions are read from the store each request, never kept: nothing to announce.
    await services.store.write(row.account_id, (tx) => touchConsoleSession(tx, row.id, now), {
      quiet: true,
    });
  }
  return row;
}

/** Refuses a request without the session's CSRF token in its x-csrf-token header. */
export function checkCsrf(req: FastifyRequest, row: ConsoleSessionRow): void {
  const given = req.headers[CSRF_HEADER];
  if (!csrfMatches(row, typeof given === "string" ? given : undefined)) throw csrfRefused();
}
