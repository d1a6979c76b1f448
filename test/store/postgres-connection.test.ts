/**
 * The store on the real PostgreSQL when its connections are lost: a
 * transaction whose connection PostgreSQL ends (pg_terminate_backend) in
 * the middle leaves nothing behind and runs once more on a fresh
 * connection; idle connections ended under the pool never end the process.
 * (A database away for a while: test/server/pg-outage.test.ts.)
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import pg from "pg";
import { openStore, type Store } from "../../src/store/index.js";
import { freshSchema, PG_BASE_URL } from "../server/pg-schema.js";
import { ACCOUNT } from "./fixtures.js";

const APP = `gh_conn_${process.pid}`;

describe("store on PostgreSQL, connections lost", () => {
  const schema = freshSchema("conn");
  const admin = new pg.Client({ connectionString: PG_BASE_URL });
  let store: Store;

  before(async () => {
    await admin.connect();
    store = await openStore({ url: `${schema.url}&application_name=${APP}` });
  });
  after(async () => {
    await store?.close();
    await admin.end();
    await schema.drop();
  });

  const terminate = async (pid: number) =>
    admin.query("select pg_terminate_backend($1)", [pid]).then(() => undefined);

  test("a write whose connection is ended mid-way is rolled back and runs again, once", async () => {
    let runs = 0;
    await store.write(ACCOUNT, async (tx) => {
      runs++;
      await tx
        .insertInto("accounts")
        .values({ id: ACCOUNT, created_at: "2026-01-01T00:00:00.000Z" })
        .execute();
      if (runs === 1) {
        const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(tx);
        await terminate(rows[0]?.pid as number);
      }
      await tx
        .insertInto("account_aliases")
        .values({
          account_id: ACCOUNT,
          alias: "after-the-cut",
          created_at: "2026-01-01T00:00:00.000Z",
        })
        .execute();
    });
    assert.equal(runs, 2);
    const accounts = await store.read((db) => db.selectFrom("accounts").selectAll().execute());
    const aliases = await store.read((db) =>
      db.selectFrom("account_aliases").selectAll().execute(),
    );
    assert.deepEqual(
      [accounts.length, aliases.length],
      [1, 1],
      "the first run left nothing behind, the second committed",
    );
  });

  test("a read whose connection is ended runs again", async () => {
    let runs = 0;
    const rows = await store.read(async (db) => {
      runs++;
      if (runs === 1) {
        const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db);
        await terminate(rows[0]?.pid as number);
      }
      return db.selectFrom("accounts").select("id").execute();
    });
    assert.equal(runs, 2);
    assert.deepEqual(rows, [{ id: ACCOUNT }]);
  });

  test("idle connections ended under the pool: the process lives, the next call reconnects", async () => {
    // Fill the pool with idle connections, then end them all from the server side.
    await Promise.all(
      Array.from({ length: 5 }, () => store.read((db) => sql`select pg_sleep(0.05)`.execute(db))),
    );
    const { rows } = await admin.query(
      "select pg_terminate_backend(pid) as ended from pg_stat_activity where application_name = $1",
      [APP],
    );
    assert.ok(rows.length >= 1, "there were idle connections to end");
    const accounts = await store.read((db) => db.selectFrom("accounts").select("id").execute());
    assert.equal(accounts.length, 1);
  });
});
