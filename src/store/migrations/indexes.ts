import type { Kysely } from "kysely";

/** Index helpers shared by the migrations: names are `<table>_<columns>_key|idx`. */
export async function uniqueIndex(
  db: Kysely<unknown>,
  table: string,
  columns: string[],
): Promise<void> {
  await db.schema
    .createIndex(`${table}_${columns.join("_")}_key`)
    .on(table)
    .columns(columns)
    .unique()
    .execute();
}

export async function index(db: Kysely<unknown>, table: string, columns: string[]): Promise<void> {
  await db.schema
    .createIndex(`${table}_${columns.join("_")}_idx`)
    .on(table)
    .columns(columns)
    .execute();
}
