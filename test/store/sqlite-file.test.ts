import assert from "node:assert/strict";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { sql } from "kysely";
import { openStore } from "../../src/store/index.js";
import { storeTracker, withTarget, type TargetKind } from "./harness.js";
import { storeSuite } from "./suite.js";

function fileKind(): TargetKind {
  return {
    name: "a SQLite file",
    persistent: true,
    multiNode: false,
    async create() {
      const parent = await mkdtemp(join(tmpdir(), "gatehouse-store-"));
      const dataDir = join(parent, "data");
      const stores = storeTracker();
      return {
        schema: undefined,
        dataDir,
        open: async () => stores.track(await openStore({ dataDir })),
        dispose: async () => {
          await stores.closeAll();
          await rm(parent, { recursive: true, force: true });
        },
      };
    },
  };
}

storeSuite(fileKind());

describe("store on a SQLite file, specifically", () => {
  it("creates the data directory (0700) and the database file (0600)", async () => {
    const parent = await mkdtemp(join(tmpdir(), "gatehouse-store-"));
    try {
      const dataDir = join(parent, "nested", "data");
      const store = await openStore({ dataDir });
      await store.close();
      assert.equal((await stat(dataDir)).mode & 0o777, 0o700);
      assert.equal((await stat(join(dataDir, "gatehouse.db"))).mode & 0o777, 0o600);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });

  it("runs with WAL, synchronous=FULL, foreign keys and a busy timeout", async () => {
    await withTarget(fileKind(), async (target) => {
      const store = await target.open();
      const pragma = async (name: string): Promise<unknown> => {
        const result = await sql<Record<string, unknown>>`${sql.raw(`pragma ${name}`)}`.execute(
          store.db,
        );
        return Object.values(result.rows[0] ?? {})[0];
      };
      assert.equal(await pragma("journal_mode"), "wal");
      assert.equal(await pragma("synchronous"), 2);
      assert.equal(await pragma("foreign_keys"), 1);
      assert.ok(Number(await pragma("busy_timeout")) >= 1000);
    });
  });

  it("takes the write lock at BEGIN (BEGIN IMMEDIATE)", async () => {
    await withTarget(fileKind(), async (target) => {
      const store = await target.open();
      // Inside a write transaction, even before any write, SQLite reports a
      // reserved lock: another connection cannot start writing.
      const dataDir = target.dataDir;
      assert.ok(dataDir);
      const { default: BetterSqlite3 } = await import("better-sqlite3");
      const other = new BetterSqlite3(join(dataDir, "gatehouse.db"), { timeout: 0 });
      try {
        await store.write("123456789012", async () => {
          assert.throws(() => other.exec("begin immediate"), /database is locked/);
        });
        other.exec("begin immediate");
        other.exec("rollback");
      } finally {
        other.close();
      }
    });
  });

  it("refuses to open without a data directory", async () => {
    await assert.rejects(openStore({}), /dataDir/);
  });
});
