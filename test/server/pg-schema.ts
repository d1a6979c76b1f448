/**
 * A fresh schema on the machine's PostgreSQL for one test file: the
 * database URL with `?schema=…` a server or store opens, and how to drop it
 * (register that after whatever still uses it is closed).
 */
import { randomBytes } from "node:crypto";
import pg from "pg";

export const PG_BASE_URL =
  process.env["GATEHOUSE_TEST_DATABASE_URL"] ?? "postgres://postgres@127.0.0.1:5432/test";

/** A new schema (named after `prefix`): its URL, and a function that drops it. */
export function freshSchema(prefix: string): { url: string; drop: () => Promise<void> } {
  const schema = `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;
  return {
    url: `${PG_BASE_URL}${PG_BASE_URL.includes("?") ? "&" : "?"}schema=${schema}`,
    async drop() {
      const admin = new pg.Client({ connectionString: PG_BASE_URL });
      await admin.connect();
      try {
        await admin.query(`drop schema if exists ${schema} cascade`);
      } finally {
        await admin.end();
      }
    },
  };
}
