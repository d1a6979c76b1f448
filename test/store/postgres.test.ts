/**
 * The store on the real PostgreSQL of this machine. Every test gets a fresh
 * schema, dropped afterwards. PostgreSQL missing is a failure, never a skip.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, describe, it } from "node:test";
import pg from "pg";
import { sql } from "kysely";
import { migrationNames, openStore, type Store, type StoreLogger } from "../../src/store/index.js";
import { ACCOUNT, OTHER_ACCOUNT, T0 } from "./fixtures.js";
import { storeTracker, withTarget, type TargetKind } from "./harness.js";
import { storeSuite } from "./suite.js";

const URL = process.env["GATEHOUSE_TEST_DATABASE_URL"] ?? "postgres://postgres@127.0.0.1:5432/test";

async function probe(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    await client.end().catch(() => {});
  }
}

const unreachable = await probe();

if (unreachable !== undefined) {
  describe("store on PostgreSQL", () => {
    it("needs PostgreSQL", () => {
      assert.fail(
        `PostgreSQL is missing: cannot connect to ${URL} (${unreachable}).\n` +
          "These tests need a real PostgreSQL. Start the local one with\n" +
          "  pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start\n" +
          "(or scripts/pg-up.sh), or point GATEHOUSE_TEST_DATABASE_URL at another server.",
      );
    });
  });
} else {
  const admin = new pg.Pool({ connectionString: URL, max: 2 });
  after(() => admin.end());
  let counter = 0;
  const freshSchema = (): string =>
    `gh_test_${process.pid}_${++counter}_${randomBytes(4).toString("hex")}`;
  const dropSchema = async (schema: string): Promise<void> => {
    await admin.query(`drop schema if exists ${schema} cascade`);
  };

  const postgres: TargetKind = {
    name: "PostgreSQL",
    persistent: true,
    multiNode: true,
    async create() {
      const schema = freshSchema();
      const stores = storeTracker();
      return {
        schema,
        open: async () => stores.track(await openStore({ url: URL, schema, poolSize: 5 })),
        dispose: async () => {
          await stores.closeAll();
          await dropSchema(schema);
        },
      };
    },
  };

  storeSuite(postgres);

  describe("store on PostgreSQL, specifically", () => {
    it("lets several nodes start at once on a fresh schema: migrations apply once", async () => {
      await withTarget(postgres, async (target) => {
        const nodes = await Promise.all(Array.from({ length: 4 }, () => target.open()));
        const node = nodes[0];
        assert.ok(node);
        const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(
          node.db,
        );
        assert.deepEqual(
          applied.rows.map((r) => r.name),
          migrationNames(),
        );
      });
    });

    it("runs a write again when PostgreSQL breaks a deadlock", async () => {
      const schema = freshSchema();
      const warnings: object[] = [];
      const logger: StoreLogger = { info: () => {}, warn: (obj) => warnings.push(obj) };
      let store: Store | undefined;
      try {
        store = await openStore({ url: URL, schema, logger });
        const s = store;
        for (const id of [ACCOUNT, OTHER_ACCOUNT]) {
          await s.db.insertInto("accounts").values({ id, created_at: T0 }).execute();
        }
        let arrived = 0;
        let release: () => void = () => {};
        const bothIn = new Promise<void>((resolve) => (release = resolve));
        let attempts = 0;
        const crossWrite = (mine: string, theirs: string): Promise<void> =>
          s.write(mine, async (tx) => {
            attempts++;
            const bump = (id: string) =>
              tx
                .updateTable("accounts")
                .set((eb) => ({ auth_version: eb("auth_version", "+", 1) }))
                .where("id", "=", id)
                .execute();
            await bump(mine);
            if (++arrived === 2) release();
            await bothIn;
            await bump(theirs);
          });
        await Promise.all([crossWrite(ACCOUNT, OTHER_ACCOUNT), crossWrite(OTHER_ACCOUNT, ACCOUNT)]);
        assert.equal(attempts, 3);
        assert.equal(warnings.length, 1);
        const versions = await s.db.selectFrom("accounts").select("auth_version").execute();
        assert.deepEqual(
          versions.map((v) => v.auth_version),
          [2, 2],
        );
      } finally {
        await store?.close();
        await dropSchema(schema);
      }
    });

    it("takes the schema from the URL, and refuses conflicting or odd schema names", async () => {
      const schema = freshSchema();
      try {
        const store = await openStore({ url: `${URL}?schema=${schema}` });
        const tables = await sql<{ n: number }>`
          select count(*) as n from information_schema.tables where table_schema = ${schema}`.execute(
          store.db,
        );
        await store.close();
        assert.ok((tables.rows[0]?.n ?? 0) > 10);
      } finally {
        await dropSchema(schema);
      }
      await assert.rejects(
        openStore({ url: `${URL}?schema=a`, schema: "b" }),
        /schema given twice/,
      );
      await assert.rejects(openStore({ url: URL, schema: 'x"; drop' }), /schema name/);
      await assert.rejects(openStore({ url: "mysql://localhost/x" }), /postgres:\/\//);
    });
  });
}
