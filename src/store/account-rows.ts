/**
 * One row of an account's table by a column that is unique within the
 * account (a user's name key, an instance id, a device's serial, a
 * provider's ARN…): the lookup every entity family starts from.
 */
import type { Kysely, Selectable, Transaction } from "kysely";
import type { Database } from "./schema.js";

/** The tables whose rows belong to an account. */
export type AccountTable = {
  [T in keyof Database]: Database[T] extends { account_id: unknown } ? T : never;
}[keyof Database];

export async function findInAccount<T extends AccountTable>(
  db: Kysely<Database> | Transaction<Database>,
  table: T,
  column: keyof Database[T] & string,
  accountId: string,
  value: string,
): Promise<Selectable<Database[T]> | undefined> {
  // The tables share account_id; Kysely is told one of them by name.
  const row = await db
    .selectFrom(table as "users")
    .selectAll()
    .where("account_id", "=", accountId)
    .where(column as "id", "=", value)
    .executeTakeFirst();
  return row as Selectable<Database[T]> | undefined;
}
