/**
 * PostgreSQL through a pg Pool, for several nodes sharing one database.
 *
 * - The store lives in one schema (default `public`; `?schema=name` in the URL
 *   or the `schema` option), set as each connection's search_path and created
 *   by the Migrator if missing. Tests use a fresh schema each.
 * - Writes to one account are serialized with a transaction-scoped advisory
 *   lock on (schema, account id), taken first in the transaction. Unlike
 *   `SELECT … FROM accounts FOR UPDATE` it also holds before the account's
 *   row exists (creating the account). Transactions are READ COMMITTED, so
 *   every statement after the lock sees what the previous holder committed.
 * - int8 values (count(*), sums) are parsed to numbers, as SQLite gives them.
 * - A lost connection never ends the process: every client's 'error' is
 *   heard, connecting gives up after CONNECT_TIMEOUT_MS, and the pool opens
 *   fresh connections once the database is back (store.ts runs a
 *   transaction that lost its connection once more, then answers
 *   StoreUnavailableError).
 */
import pg from "pg";
import { Kysely, PostgresDialect, sql } from "kysely";
import type { Database } from "./schema.js";
import type { Backend } from "./backend.js";
import type { FeedStatus, StoreLogger } from "./types.js";

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const INT8_OID = 20;
const CONNECT_TIMEOUT_MS = 5000;

export function isPostgresUrl(url: string): boolean {
  return url.startsWith("postgres://") || url.startsWith("postgresql://");
}

export interface PostgresOptions {
  url: string;
  schema: string | undefined;
  poolSize: number | undefined;
  logger: StoreLogger | undefined;
}

export function openPostgres(options: PostgresOptions): Backend {
  const { connectionString, schema } = splitSchema(options.url, options.schema);
  // Nodes of one store (one schema) hear each other; an identifier of at most 63 characters.
  const channel = `gatehouse_${schema}`.slice(0, 63);
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize ?? 10,
    // `?application_name=` in the URL, when given, wins (pg reads the URL last).
    application_name: "gatehouse",
    options: `-c search_path=${schema}`,
    // While the database is away a request fails within this, never hangs.
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    keepAlive: true,
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") =>
        oid === INT8_OID && format !== "binary"
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // A connection dropped by the server (a restart, pg_terminate_backend, the
  // network) emits 'error' on its client: idle ones through the pool, ones in
  // use on the client itself, where nothing else listens. Unheard, either
  // would end the process; the query in flight fails on its own, and the
  // store answers that as unavailable.
  const connectionError = (err: Error) =>
    options.logger?.warn({ err: { message: err.message } }, "PostgreSQL connection lost");
  pool.on("connect", (client) => client.on("error", connectionError));
  // The pool repeats an idle client's 'error' (logged above): heard, not logged twice.
  pool.on("error", () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    dialect: "postgres",
    db,
    migrationTableSchema: schema,
    lockAccount: async (tx, accountId) => {
      const key = `${schema}:${accountId}`;
      await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(tx);
    },
    exclusive: (fn) => fn(),
    read: (fn) =>
      db.transaction().setIsolationLevel("repeatable read").setAccessMode("read only").execute(fn),
    announce: async (tx) => {
      await sql`select pg_notify(${channel}, '')`.execute(tx);
    },
    watch: (changed) =>
      listenForChanges({ connectionString, channel, logger: options.logger, changed }),
    close: () => db.destroy(),
  };
}

/** How often the LISTEN connection proves it is alive, and how long it may take to. */
const FEED_CHECK_MS = 500;
const FEED_CHECK_TIMEOUT_MS = 1000;
const FEED_RETRY_MAX_MS = 2000;

/**
 * One connection per node that LISTENs on the schema's channel. Until it
 * listens, and whenever it is lost (an error, its end, a check unanswered in
 * time), memory is not to be trusted (`trusted()` is false) and `changed`
 * runs, since notifications may have been missed; it reconnects by itself,
 * and once listening again `changed` runs once more.
 */
function listenForChanges(options: {
  connectionString: string;
  channel: string;
  logger: StoreLogger | undefined;
  changed: () => void;
}): { trusted(): boolean; status(): FeedStatus; stop(): Promise<void> } {
  const { changed } = options;
  let client: pg.Client | undefined;
  let listening = false;
  let stopped = false;
  let retryMs = 100;
  let retry: NodeJS.Timeout | undefined;
  let check: NodeJS.Timeout | undefined;
  let aliveAt = 0;
  const connect = async () => {
    if (stopped) return;
    const c = new pg.Client({
      connectionString: options.connectionString,
      application_name: "gatehouse",
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      query_timeout: FEED_CHECK_TIMEOUT_MS,
      keepAlive: true,
    });
    client = c;
    const lost = (err?: unknown) => {
      if (client !== c) return;
      client = undefined;
      listening = false;
      clearInterval(check);
      changed();
      c.end().catch(() => {});
      if (stopped) return;
      options.logger?.warn(
        { err: { message: err instanceof Error ? err.message : "connection ended" } },
        "change feed lost; serving from the database until it is back",
      );
      retry = setTimeout(() => void connect(), retryMs).unref();
      retryMs = Math.min(retryMs * 2, FEED_RETRY_MAX_MS);
    };
    c.on("error", lost);
    c.on("end", () => lost());
    c.on("notification", () => changed());
    try {
      await c.connect();
      await c.query(`listen "${options.channel}"`);
      if (client !== c) return;
      retryMs = 100;
      listening = true;
      aliveAt = Date.now();
      changed();
      check = setInterval(() => {
        c.query("select 1").then(() => {
          if (client === c) aliveAt = Date.now();
        }, lost);
      }, FEED_CHECK_MS).unref();
    } catch (err) {
      lost(err);
    }
  };
  void connect();
  return {
    trusted: () => listening,
    status: () => ({ connected: listening, lagMs: listening ? Date.now() - aliveAt : null }),
    async stop() {
      stopped = true;
      clearTimeout(retry);
      clearInterval(check);
      const c = client;
      client = undefined;
      listening = false;
      if (c !== undefined) await c.end().catch(() => {});
    },
  };
}

function splitSchema(
  url: string,
  option: string | undefined,
): { connectionString: string; schema: string } {
  const parsed = new URL(url);
  const fromUrl = parsed.searchParams.get("schema");
  parsed.searchParams.delete("schema");
  if (fromUrl !== null && option !== undefined && fromUrl !== option) {
    throw new Error(
      `PostgreSQL schema given twice: "${fromUrl}" in the URL, "${option}" as option`,
    );
  }
  const schema = option ?? fromUrl ?? "public";
  if (!SCHEMA_NAME.test(schema)) {
    throw new Error(
      `PostgreSQL schema name "${schema}": use lower-case letters, digits and _ (not first a digit), at most 63`,
    );
  }
  return { connectionString: parsed.toString(), schema };
}

/** The URL without its password, for logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== "") parsed.password = "***";
    return parsed.toString();
  } catch {
    return "postgres://(unparseable URL)";
  }
}
