/** The store's behaviour, the same on every target (SQLite file, SQLite memory, PostgreSQL). */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { setImmediate as tick } from "node:timers/promises";
import { sql, type Insertable, type Kysely } from "kysely";
import {
  TABLES_CHILDREN_FIRST,
  isForeignKeyViolation,
  isUniqueViolation,
  migrationNames,
  nameKey,
  prefixRange,
  prepare,
  type Database,
  type Store,
  type UserTable,
} from "../../src/store/index.js";
import { ACCOUNT, OTHER_ACCOUNT, T0, sampleRows } from "./fixtures.js";
import { withTarget, type Target, type TargetKind } from "./harness.js";

type TableName = keyof Database;
const PARENTS_FIRST: TableName[] = [...TABLES_CHILDREN_FIRST].reverse();

async function insertSamples(db: Kysely<Database>): Promise<void> {
  const rows = sampleRows();
  for (const table of PARENTS_FIRST) {
    await db
      .insertInto(table)
      .values(rows[table] as never)
      .execute();
  }
}

function sorted(rows: readonly object[]): string[] {
  return rows.map((r) => JSON.stringify(Object.entries(r).sort())).sort();
}

async function userTables(target: Target, store: Store): Promise<string[]> {
  const tables = await store.db.introspection.getTables();
  return tables
    .filter((t) => target.schema === undefined || t.schema === target.schema)
    .map((t) => t.name)
    .sort();
}

async function countRows(db: Kysely<Database>, table: TableName): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return row.n;
}

function userRow(id: string, name: string, accountId = ACCOUNT): Insertable<UserTable> {
  return {
    id,
    account_id: accountId,
    name,
    name_key: nameKey(name),
    path: "/",
    created_at: T0,
    permissions_boundary_arn: null,
    password_last_used: null,
  };
}

async function addAccount(store: Store, id = ACCOUNT): Promise<void> {
  await store.write(id, async (tx) => {
    await tx.insertInto("accounts").values({ id, created_at: T0 }).execute();
  });
}

export function storeSuite(kind: TargetKind): void {
  describe(`store on ${kind.name}`, () => {
    it("applies migrations once, and opening again changes nothing", async () => {
      await withTarget(kind, async (target) => {
        const first = await target.open();
        const tables = await userTables(target, first);
        assert.deepEqual(tables, [...TABLES_CHILDREN_FIRST].sort());
        await first.close();
        const second = await target.open();
        assert.deepEqual(await userTables(target, second), tables);
        const applied = await sql<{ name: string }>`select name from kysely_migration order by name`
          .execute(second.db)
          .then((r) => r.rows.map((row) => row.name));
        assert.deepEqual(applied, migrationNames());
      });
    });

    it("round-trips every column of every table", async () => {
      await withTarget(kind, async (target) => {
        const store = await target.open();
        await insertSamples(store.db);
        const rows = sampleRows();
        for (const table of PARENTS_FIRST) {
          const back = await store.db.selectFrom(table).selectAll().execute();
          assert.deepEqual(sorted(back), sorted(rows[table]), table);
        }
      });
    });

    it("returns integers and counts as JavaScript numbers", async () => {
      await withTarget(kind, async (target) => {
        const store = await target.open();
        await insertSamples(store.db);
        await store.db
          .insertInto("accounts")
          .values({ id: "000000000001", created_at: T0 })
          .execute();
        const account = await store.db
          .selectFrom("accounts")
          .selectAll()
          .where("id", "=", "000000000001")
          .executeTakeFirstOrThrow();
        assert.equal(account.auth_version, 0);
        const policy = await store.db
          .selectFrom("managed_policies")
          .select("next_version")
          .where("id", "=", "ANPAEXAMPLE000000001")
          .executeTakeFirstOrThrow();
        assert.equal(policy.next_version, 2147483647);
        const tag = await store.db.selectFrom("tags").select("position").executeTakeFirstOrThrow();
        assert.equal(typeof tag.position, "number");
        assert.equal(await countRows(store.db, "users"), 2);
        const sum = await store.db
          .selectFrom("tags")
          .select((eb) => eb.fn.sum<number>("position").as("s"))
          .executeTakeFirstOrThrow();
        assert.equal(sum.s, 1);
        const bumped = await store.db
          .updateTable("accounts")
          .set((eb) => ({ auth_version: eb("auth_version", "+", 1) }))
          .where("id", "=", ACCOUNT)
          .returning("auth_version")
          .executeTakeFirstOrThrow();
        assert.equal(bumped.auth_version, 8);
      });
    });

    it("enforces every unique index, names case-insensitively through name_key", async () => {
      await withTarget(kind, async (target) => {
        const store = await target.open();
        await insertSamples(store.db);
        const base = sampleRows();
        const first = <T>(rows: T[]): T => {
          const row = rows[0];
          assert.ok(row !== undefined);
          return row;
        };
        const duplicates: Partial<Record<TableName, object[]>> = {
          accounts: [{ ...first(base.accounts) }],
          users: [
            { ...first(base.users), id: "AIDADUP1", name: "ALICE", name_key: nameKey("ALICE") },
          ],
          groups: [{ ...first(base.groups), id: "AGPADUP1", name: "ADMINS", name_key: "admins" }],
          group_members: [{ ...first(base.group_members), added_at: "later" }],
          managed_policies: [
            {
              ...first(base.managed_policies),
              id: "ANPADUP1",
              name: "READONLY",
              name_key: "readonly",
              arn: "arn:other",
            },
            { ...first(base.managed_policies), id: "ANPADUP2", name: "X", name_key: "x" },
          ],
          policy_versions: [{ ...first(base.policy_versions), document: "{}" }],
          policy_attachments: [{ ...first(base.policy_attachments), attached_at: "later" }],
          inline_policies: [{ ...first(base.inline_policies), document: "{}" }],
          access_keys: [{ ...first(base.access_keys), secret: "other" }],
          tags: [{ ...first(base.tags), key: "TEAM", value: "x", position: 5 }],
          server_settings: [{ name: "secret_key_check", value: "other" }],
          roles: [
            {
              ...first(base.roles),
              id: "AROADUP1",
              name: "ec2-S3-ACCESS",
              name_key: "ec2-s3-access",
            },
          ],
          instance_profiles: [
            { ...first(base.instance_profiles), id: "AIPADUP1", name: "EC2-s3-access" },
          ],
          instance_profile_roles: [{ ...first(base.instance_profile_roles), added_at: "later" }],
          login_profiles: [{ ...first(base.login_profiles), password_hash: "other" }],
          password_history: [{ ...first(base.password_history), password_hash: "other" }],
          password_policies: [{ ...first(base.password_policies), minimum_length: 6 }],
          account_aliases: [
            { ...first(base.account_aliases), account_id: OTHER_ACCOUNT },
            { ...first(base.account_aliases), alias: "second-alias" },
          ],
          credential_reports: [{ ...first(base.credential_reports), content: "" }],
          mfa_devices: [{ ...first(base.mfa_devices), id: "MFADUP1" }],
          sessions: [{ ...first(base.sessions), token_hash: "" }],
          oidc_providers: [{ ...first(base.oidc_providers), id: "OIDCDUP1" }],
          root_passwords: [{ ...first(base.root_passwords), password_hash: "other" }],
          console_sessions: [{ ...first(base.console_sessions), csrf_token: "dup" }],
          sign_in_failures: [{ ...first(base.sign_in_failures), failures: 1 }],
          instances: [
            { ...first(base.instances), name: "other" },
            { ...first(base.instances), id: "i-0fffffffffffffff0" },
          ],
          instance_nonces: [{ ...first(base.instance_nonces), expires_at: "later" }],
        };
        for (const table of PARENTS_FIRST) {
          const rows = duplicates[table];
          assert.ok(rows, `a duplicate for ${table}`);
          for (const row of rows) {
            await assert.rejects(
              store.db
                .insertInto(table)
                .values(row as never)
                .execute(),
              (err) => isUniqueViolation(err),
              `${table} accepted ${JSON.stringify(row)}`,
            );
          }
        }
        // The same name in another account, or differing beyond case, is fine.
        await store.db
          .insertInto("users")
          .values([userRow("AIDAOTHER1", "Alice", OTHER_ACCOUNT), userRow("AIDAOTHER2", "Alice2")])
          .execute();
      });
    });

    it("refuses orphans, and deleting rows still referenced", async () => {
      await withTarget(kind, async (target) => {
        const store = await target.open();
        await insertSamples(store.db);
        await assert.rejects(
          store.db
            .insertInto("users")
            .values(userRow("AIDAX", "x", "999999999999"))
            .execute(),
          isForeignKeyViolation,
        );
        const refused: [TableName, string][] = [
          ["users", "AIDAEXAMPLE000000001"], // access key, group membership
          ["groups", "AGPAEXAMPLE000000001"], // members
          ["managed_policies", "ANPAEXAMPLE000000001"], // versions
          ["instances", "i-0123456789abcdef0"], // nonces
          ["instance_profiles", "AIPAEXAMPLE000000001"], // roles, instances
        ];
        for (const [table, id] of refused) {
          await assert.rejects(
            store.db
              .deleteFrom(table as "users")
              .where("id", "=", id)
              .execute(),
            isForeignKeyViolation,
            table,
          );
        }
        await assert.rejects(
          store.db.deleteFrom("accounts").where("id", "=", ACCOUNT).execute(),
          isForeignKeyViolation,
        );
        // A user nobody references may go.
        await store.db.deleteFrom("users").where("id", "=", "AIDAEXAMPLE000000002").execute();
      });
    });

    it("write commits what fn did and returns its value", async () => {
      await withTarget(kind, async (target) => {
        const store = await target.open();
        const result = await store.write(ACCOUNT, async (tx) => {
          await tx.insertInto("accounts").values({ id: ACCOUNT, created_at: T0 }).execute();
          await tx.insertInto("users").values(userRow("AIDA1", "one")).execute();
          return "done";
        });
        assert.equal(result, "done");
        assert.equal(await countRows(store.db, "users"), 1);
      });
    });

    it("write leaves nothing behind when fn throws midway, and rethrows its error", async () => {
      await withTarget(kind, async (target) => {
        const store = await target.open();
        const thrown = new Error("midway");
        await assert.rejects(
          store.write(ACCOUNT, async (tx) => {
            await tx.insertInto("accounts").values({ id: ACCOUNT, created_at: T0 }).execute();
            await tx.insertInto("users").values(userRow("AIDA1", "one")).execute();
            throw thrown;
          }),
          (err) => err === thrown,
        );
        assert.equal(await countRows(store.db, "accounts"), 0);
        assert.equal(await countRows(store.db, "users"), 0);

        await addAccount(store);
        await assert.rejects(
          store.write(ACCOUNT, async (tx) => {
            await tx.insertInto("users").values(userRow("AIDA1", "one")).execute();
            await tx.insertInto("tags").values(sampleRows().tags).execute();
            await tx.insertInto("users").values(userRow("AIDA2", "ONE")).execute();
          }),
          isUniqueViolation,
        );
        assert.equal(await countRows(store.db, "users"), 0);
        assert.equal(await countRows(store.db, "tags"), 0);
        // The store is usable after a rollback.
        await store.write(ACCOUNT, async (tx) => {
          await tx.insertInto("users").values(userRow("AIDA1", "one")).execute();
        });
        assert.equal(await countRows(store.db, "users"), 1);
      });
    });

    it("serializes concurrent writes to one account: a checked quota holds", async () => {
      await withTarget(kind, async (target) => {
        const nodes = kind.multiNode
          ? [await target.open(), await target.open(), await target.open()]
          : [await target.open()];
        const store = nodes[0];
        assert.ok(store);
        await addAccount(store);
        await addAccount(store, OTHER_ACCOUNT);
        const attempts = Array.from({ length: 50 }, (_, i) => {
          const node = nodes[i % nodes.length];
          assert.ok(node);
          const account = i % 5 === 4 ? OTHER_ACCOUNT : ACCOUNT;
          return node.write(account, async (tx) => {
            const n = await tx
              .selectFrom("users")
              .select((eb) => eb.fn.countAll<number>().as("n"))
              .where("account_id", "=", account)
              .executeTakeFirstOrThrow();
            await tick();
            if (n.n >= 10) return false;
            await tx
              .insertInto("users")
              .values(userRow(`AIDA${i}`, `user${i}`, account))
              .execute();
            return true;
          });
        });
        const results = await Promise.all(attempts);
        assert.equal(results.filter(Boolean).length, 20);
        for (const account of [ACCOUNT, OTHER_ACCOUNT]) {
          const n = await store.db
            .selectFrom("users")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .where("account_id", "=", account)
            .executeTakeFirstOrThrow();
          assert.equal(n.n, 10, account);
        }
      });
    });

    it("serializes writes for an account whose row does not exist yet", async () => {
      await withTarget(kind, async (target) => {
        const nodes = kind.multiNode
          ? [await target.open(), await target.open()]
          : [await target.open()];
        const created = await Promise.all(
          Array.from({ length: 20 }, (_, i) => {
            const node = nodes[i % nodes.length];
            assert.ok(node);
            return node.write(ACCOUNT, async (tx) => {
              const found = await tx
                .selectFrom("accounts")
                .select("id")
                .where("id", "=", ACCOUNT)
                .executeTakeFirst();
              await tick();
              if (found) return false;
              await tx.insertInto("accounts").values({ id: ACCOUNT, created_at: T0 }).execute();
              return true;
            });
          }),
        );
        assert.equal(created.filter(Boolean).length, 1);
      });
    });

    it("refuses a store call from inside a transaction instead of waiting for itself", async () => {
      await withTarget(kind, async (target) => {
        const store = await target.open();
        await addAccount(store);
        await assert.rejects(
          store.write(ACCOUNT, async () => store.read(async () => 1)),
          /inside a store transaction/,
        );
        await assert.rejects(
          store.read(async () => store.write(ACCOUNT, async () => 1)),
          /inside a store transaction/,
        );
        assert.equal(await store.read(async (db) => countRows(db, "accounts")), 1);
      });
    });

    it("read gives fn a read-only view and returns its value; close twice is harmless", async () => {
      await withTarget(kind, async (target) => {
        const store = await target.open();
        await insertSamples(store.db);
        const names = await store.read(async (db) => {
          const users = await db.selectFrom("users").select("name").orderBy("name_key").execute();
          return users.map((u) => u.name);
        });
        assert.deepEqual(names, ["Alice", "bob.é+=,@-_"]);
        const thrown = new Error("in read");
        await assert.rejects(
          store.read(async () => {
            throw thrown;
          }),
          (err) => err === thrown,
        );
        assert.equal(await store.read((db) => countRows(db, "groups")), 1);
        await assert.rejects(
          store.read((db) =>
            db.insertInto("accounts").values({ id: "000000000009", created_at: T0 }).execute(),
          ),
          (err: unknown) =>
            ["25006", "SQLITE_READONLY"].includes(String((err as { code?: unknown }).code)),
        );
        // Writes work again after a read.
        await addAccount(store, "000000000009");
        await store.close();
        await store.close();
      });
    });

    it("a read sees no write still in flight, and no write lands between a read's queries", async () => {
      await withTarget(kind, async (target) => {
        const store = await target.open();
        await addAccount(store);
        let letWriteFinish = (): void => {};
        const writeMayFinish = new Promise<void>((resolve) => (letWriteFinish = resolve));
        let written = (): void => {};
        const rowWritten = new Promise<void>((resolve) => (written = resolve));
        const failing = store.write(ACCOUNT, async (tx) => {
          await tx
            .insertInto("users")
            .values(userRow("AIDAINFLIGHT00000001", "inflight"))
            .execute();
          written();
          await writeMayFinish;
          throw new Error("rolled back");
        });
        await rowWritten;
        // The insert is not committed (and never will be): no read may see it, now or later.
        const during = store.read((db) => countRows(db, "users"));
        for (let i = 0; i < 5; i++) await tick();
        letWriteFinish();
        await assert.rejects(failing, /rolled back/);
        assert.equal(await during, 0);
        // A write that starts while a read is between its queries waits for the read.
        let readMayGoOn = (): void => {};
        const readWaits = new Promise<void>((resolve) => (readMayGoOn = resolve));
        const snapshot = store.read(async (db) => {
          const before = await countRows(db, "users");
          await readWaits;
          return [before, await countRows(db, "users")];
        });
        for (let i = 0; i < 5; i++) await tick();
        const writing = store.write(ACCOUNT, async (tx) => {
          await tx
            .insertInto("users")
            .values(userRow("AIDACOMMITTED0000001", "committed"))
            .execute();
        });
        for (let i = 0; i < 5; i++) await tick();
        readMayGoOn();
        assert.deepEqual(await snapshot, [0, 0]);
        await writing;
        assert.equal(await store.read((db) => countRows(db, "users")), 1);
        await store.close();
      });
    });

    it("runs a prepared query with new values each time, in reads and in writes", async () => {
      await withTarget(kind, async (target) => {
        const store = await target.open();
        await insertSamples(store.db);
        const byName = prepare(2, (db, account: string, key: string) =>
          db
            .selectFrom("users")
            .select(["name"])
            .where("account_id", "=", account)
            .where("name_key", "=", key),
        );
        const limited = prepare(2, (db, account: string, limit: number) =>
          db
            .selectFrom("users")
            .select("name")
            .where("account_id", "=", account)
            .orderBy("name_key")
            .limit(limit),
        );
        assert.deepEqual(await store.read((db) => byName.first(db, ACCOUNT, "alice")), {
          name: "Alice",
        });
        assert.equal(await store.read((db) => byName.first(db, ACCOUNT, "nobody")), undefined);
        assert.deepEqual(await store.read((db) => limited.all(db, ACCOUNT, 1)), [
          { name: "Alice" },
        ]);
        assert.equal((await store.read((db) => limited.all(db, ACCOUNT, 5))).length, 2);
        const inWrite = await store.write(ACCOUNT, (tx) => byName.first(tx, ACCOUNT, "alice"));
        assert.deepEqual(inWrite, { name: "Alice" });
        // A value put in the query's text, not its parameters, cannot be swapped: refused.
        const inText = prepare(1, (db, key: string) =>
          db
            .selectFrom("users")
            .select("name")
            .where(sql.raw(`name_key = '${key}'`) as never),
        );
        await assert.rejects(
          store.read((db) => inText.all(db, "alice")),
          /not a parameter/,
        );
        await store.close();
      });
    });

    it("orders and compares text byte-wise, alike on both databases", async () => {
      await withTarget(kind, async (target) => {
        const store = await target.open();
        await addAccount(store);
        const names = ["b", "B", "a", "_x", "Z", "a-b", "ab", "é", "/"];
        await store.db
          .insertInto("users")
          .values(
            names.map((name, i) => ({
              ...userRow(`AIDA${i}`, name),
              name_key: name,
              path: `/p${name}/`,
            })),
          )
          .execute();
        const ordered = await store.db
          .selectFrom("users")
          .select("name")
          .orderBy("name_key")
          .execute();
        assert.deepEqual(
          ordered.map((r) => r.name),
          ["/", "B", "Z", "_x", "a", "a-b", "ab", "b", "é"],
        );
        const after = await store.db
          .selectFrom("users")
          .select("name")
          .where("name_key", ">", "a")
          .orderBy("name_key")
          .limit(2)
          .execute();
        assert.deepEqual(
          after.map((r) => r.name),
          ["a-b", "ab"],
        );
        const { from, to } = prefixRange("/pa");
        const prefixed = await store.db
          .selectFrom("users")
          .select("name")
          .where("path", ">=", from)
          .where("path", "<", to)
          .orderBy("name_key")
          .execute();
        assert.deepEqual(
          prefixed.map((r) => r.name),
          ["a", "a-b", "ab"],
        );
      });
    });

    it("reset deletes every row of every table in one go, and the store goes on", async () => {
      await withTarget(kind, async (target) => {
        const store = await target.open();
        await insertSamples(store.db);
        await store.reset();
        for (const table of TABLES_CHILDREN_FIRST) {
          assert.equal(await countRows(store.db, table), 0, table);
        }
        await insertSamples(store.db);
        assert.equal(await countRows(store.db, "users"), 2);
      });
    });

    if (kind.persistent) {
      it("keeps everything across a restart", async () => {
        await withTarget(kind, async (target) => {
          const first = await target.open();
          await insertSamples(first.db);
          await first.write(ACCOUNT, async (tx) => {
            await tx.insertInto("users").values(userRow("AIDALAST", "last")).execute();
          });
          await first.close();
          const second = await target.open();
          const rows = sampleRows();
          for (const table of PARENTS_FIRST) {
            const back = await second.db.selectFrom(table).selectAll().execute();
            const expected =
              table === "users" ? [...rows.users, userRow("AIDALAST", "last")] : rows[table];
            assert.deepEqual(sorted(back), sorted(expected), table);
          }
        });
      });
    }
  });
}
