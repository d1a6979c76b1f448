import { AsyncLocalStorage } from "node:async_hooks";
import { sql } from "kysely";
import { setTimeout as sleep } from "node:timers/promises";
import type { Backend } from "./backend.js";
import {
  isConnectFailure,
  isConnectionLost,
  isRetryableConflict,
  StoreUnavailableError,
} from "./errors.js";
import { TABLES_CHILDREN_FIRST } from "./tables.js";
import type { Store, StoreLogger } from "./types.js";

const MAX_ATTEMPTS = 5;
/**
 * Runs of a transaction whose connection was lost (PostgreSQL ended it): a
 * few more, a moment apart, on fresh connections, then the caller is told the store is
 * unavailable (at once when no connection could be opened). A connection lost before COMMIT leaves
 * nothing behind, so running the transaction again is safe.
 */
const MAX_CONNECTION_ATTEMPTS = 3;
/** Time for the pool to hear that its other connections were ended too (a restart ends them all). */
const CONNECTION_RETRY_MS = 50;

/** A lost connection is worth one more run; a database that cannot be reached is not. */
function tryAgain(err: unknown, attempt: number): boolean {
  return attempt < MAX_CONNECTION_ATTEMPTS && !isConnectFailure(err);
}

function unavailable(err: unknown): StoreUnavailableError {
  return err instanceof StoreUnavailableError ? err : new StoreUnavailableError(err);
}

/**
 * Set while a store transaction runs. Calling the store again from inside
 * would wait for itself (SQLite's one connection; PostgreSQL's pool when
 * exhausted), so it throws instead.
 */
const insideTransaction = new AsyncLocalStorage<true>();

function refuseNesting(): void {
  if (insideTransaction.getStore()) {
    throw new Error(
      "store.write/read/reset called inside a store transaction: use the transaction given to fn",
    );
  }
}

export function createStore(
  backend: Backend,
  logger: StoreLogger | undefined,
  checkNesting: boolean,
): Store {
  const guarded = <T>(fn: () => Promise<T>): Promise<T> =>
    checkNesting ? insideTransaction.run(true, fn) : fn();
  const { db } = backend;
  let closing: Promise<void> | undefined;
  const listeners: (() => void)[] = [];
  const changed = () => {
    for (const listener of listeners) listener();
  };
  const watching = backend.watch(changed);
  return {
    db,
    dialect: backend.dialect,
    changes: {
      subscribe: (listener) => void listeners.push(listener),
      current: () => watching.trusted(),
      status: () => watching.status(),
    },

    async write(accountId, fn, options) {
      refuseNesting();
      for (let attempt = 1; ; attempt++) {
        // Once fn has resolved, COMMIT is under way: a connection lost then may
        // have committed or not, so the write is not run again.
        let committing = false;
        try {
          const result = await backend.exclusive(() =>
            db.transaction().execute(async (tx) => {
              await backend.lockAccount(tx, accountId);
              const result = await guarded(() => fn(tx));
              // Other nodes hear of it only if it commits (NOTIFY is sent at COMMIT).
              if (options?.quiet !== true) await backend.announce(tx);
              committing = true;
              return result;
            }),
          );
          if (options?.quiet !== true) changed();
          return result;
        } catch (err) {
          // A COMMIT whose answer was lost may have committed: forget as if it had.
          if (committing) changed();
          if (isConnectionLost(err)) {
            if (committing || !tryAgain(err, attempt)) throw unavailable(err);
          } else if (attempt >= MAX_ATTEMPTS || !isRetryableConflict(err)) {
            throw err;
          }
          logger?.warn({ err, accountId, attempt }, "store write failed; running it again");
          await sleep(
            isConnectionLost(err) ? CONNECTION_RETRY_MS * attempt : Math.random() * 20 * attempt,
          );
        }
      }
    },

    async read(fn) {
      refuseNesting();
      for (let attempt = 1; ; attempt++) {
        try {
          return await backend.read((conn) => guarded(() => fn(conn)));
        } catch (err) {
          if (!isConnectionLost(err)) throw err;
          if (!tryAgain(err, attempt)) throw unavailable(err);
          logger?.warn({ err, attempt }, "store read lost its connection; running it again");
          await sleep(CONNECTION_RETRY_MS * attempt);
        }
      }
    },

    async ping() {
      await backend.read((conn) => sql`select 1`.execute(conn));
    },

    async reset() {
      refuseNesting();
      await backend.exclusive(() =>
        db.transaction().execute(async (tx) => {
          for (const table of TABLES_CHILDREN_FIRST) await tx.deleteFrom(table).execute();
          await backend.announce(tx);
        }),
      );
      changed();
    },

    close: () =>
      (closing ??= (async () => {
        await watching.stop();
        await backend.close();
      })()),
  };
}
