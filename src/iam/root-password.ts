/**
 * The root user's console password. Gatehouse has no e-mail sign-in: the
 * operator gives the password at start (GATEHOUSE_ROOT_PASSWORD), and the
 * server keeps only its argon2id hash, replacing it when a start brings a
 * different password. The console's sign-in checks it.
 */
import { hashPassword, verifyPassword } from "../auth/password.js";
import { isoTime, type Store } from "../store/index.js";
import type { Db } from "./inline-policies-common.js";

export async function rootPasswordHash(db: Db, accountId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("root_passwords")
    .select("password_hash")
    .where("account_id", "=", accountId)
    .executeTakeFirst();
  return row?.password_hash;
}

/** Stores `password` as the root user's unless the stored hash is already of it. */
export async function ensureRootPassword(
  store: Store,
  accountId: string,
  password: string,
  now: Date,
): Promise<void> {
  const stored = await store.read((db) => rootPasswordHash(db, accountId));
  if (stored !== undefined && (await verifyPassword(stored, password))) return;
  const hash = await hashPassword(password);
  await store.write(accountId, async (tx) => {
    await tx
      .insertInto("root_passwords")
      .values({ account_id: accountId, password_hash: hash, password_changed_at: isoTime(now) })
      .onConflict((oc) =>
        oc.column("account_id").doUpdateSet({
          password_hash: hash,
          password_changed_at: isoTime(now),
        }),
      )
      .execute();
  });
}
