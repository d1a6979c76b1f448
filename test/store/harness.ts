import type { Store } from "../../src/store/index.js";

/** One place a store can live: a SQLite file, SQLite memory, a PostgreSQL schema. */
export interface Target {
  /** Opens a store at this target's place; each call opens another handle on the same place. */
  open(): Promise<Store>;
  /** Closes every store opened here and removes the place (directory, schema). */
  dispose(): Promise<void>;
  /** PostgreSQL: the schema, to scope introspection. */
  readonly schema: string | undefined;
  /** SQLite file: the data directory. */
  readonly dataDir?: string;
}

export interface TargetKind {
  readonly name: string;
  /** Reopening keeps what was written. */
  readonly persistent: boolean;
  /** Several stores (nodes) may be open on the place at once. */
  readonly multiNode: boolean;
  create(): Promise<Target>;
}

/** Runs `fn` with a fresh target, then disposes of it (closing its stores) whatever happens. */
export async function withTarget(
  kind: TargetKind,
  fn: (target: Target) => Promise<void>,
): Promise<void> {
  const target = await kind.create();
  try {
    await fn(target);
  } finally {
    await target.dispose();
  }
}

/** Tracks the stores a target opened, so dispose can close them. */
export function storeTracker(): { track(store: Store): Store; closeAll(): Promise<void> } {
  const open = new Set<Store>();
  return {
    track(store) {
      open.add(store);
      const close = store.close.bind(store);
      return {
        ...store,
        close: async () => {
          open.delete(store);
          await close();
        },
      };
    },
    async closeAll() {
      for (const store of open) await store.close();
      open.clear();
    },
  };
}
