import { AsyncLocalStorage } from "node:async_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import type { Backend } from "./backend.js";
import { isRetryableConflict } from "./errors.js";
import { TABLES_CHILDREN_FIRST } from "./tables.js";
import type { Store, StoreLogger } from "./types.js";

const MAX_ATTEMPTS = 5;

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
  return {
    db,
    dialect: backend.dialect,

    async write(accountId, fn) {
      refuseNesting();
      for (let attempt = 1; ; attempt++) {
        try {
          return await backend.exclusive(() =>
            db.transaction().execute(async (tx) => {
              await backend.lockAccount(tx, accountId);
              return guarded(() => fn(tx));
            }),
          );
        } catch (err) {
          if (attempt >= MAX_ATTEMPTS || !isRetryableConflict(err)) throw err;
          logger?.warn({ err, accountId, attempt }, "store write conflicted; running it again");
          await sleep(Math.random() * 20 * attempt);
        }
      }
    },

    async read(fn) {
      refuseNesting();
      return backend.read((conn) => guarded(() => fn(conn)));
    },

    async reset() {
      refuseNesting();
      await backend.exclusive(() =>
        db.transaction().execute(async (tx) => {
          for (const table of TABLES_CHILDREN_FIRST) await tx.deleteFrom(table).execute();
        }),
      );
    },

    close: () => (closing ??= backend.close()),
  };
}
