/**
 * Throttling and lockout of console sign-in, kept in the store so every
 * node counts the same failures. Failed passwords and MFA codes are counted
 * under two keys: the user (account and name, whether or not such a user
 * exists, so a lockout says nothing of existence) and the client address.
 * A key with `max` failures within the lockout window is locked for the
 * lockout's length; a success clears the user's count (never the
 * address's, or an attacker could clear it with an account of their own).
 */
import { isoTime, nameKey, type Database, type Kysely, type Transaction } from "../store/index.js";

type Db = Kysely<Database> | Transaction<Database>;

/** The key of a user's failures: by account and name (case-insensitive), or the root user's. */
export function userKey(account: string, userName: string | undefined): string {
  return userName === undefined ? `root:${account}` : `user:${account}:${nameKey(userName)}`;
}

export function addressKey(address: string): string {
  return `ip:${address}`;
}

/** The latest lock among `keys` still in force at `now`, or undefined. */
export async function lockedUntil(
  db: Db,
  keys: readonly string[],
  now: Date,
): Promise<Date | undefined> {
  const row = await db
    .selectFrom("sign_in_failures")
    .select((eb) => eb.fn.max("locked_until").as("until"))
    .where("key", "in", keys)
    .where("locked_until", ">", isoTime(now))
    .executeTakeFirst();
  const until = row?.until;
  return typeof until === "string" ? new Date(until) : undefined;
}

/**
 * Counts one failure under `key` (a new count when the last one is older
 * than the window) and locks the key once it reaches `max`. Answers the
 * count. Run it inside a write transaction.
 */
export async function recordFailure(
  tx: Db,
  key: string,
  rule: { max: number; lockoutSeconds: number },
  now: Date,
): Promise<number> {
  const windowStart = isoTime(new Date(now.getTime() - rule.lockoutSeconds * 1000));
  await tx
    .deleteFrom("sign_in_failures")
    .where("last_failure_at", "<", windowStart)
    .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<", isoTime(now))]))
    .execute();
  const row = await tx
    .selectFrom("sign_in_failures")
    .select(["failures", "last_failure_at"])
    .where("key", "=", key)
    .executeTakeFirst();
  const failures = row === undefined || row.last_failure_at < windowStart ? 1 : row.failures + 1;
  const locked =
    failures >= rule.max ? isoTime(new Date(now.getTime() + rule.lockoutSeconds * 1000)) : null;
  const values = { failures, last_failure_at: isoTime(now), locked_until: locked };
  await tx
    .insertInto("sign_in_failures")
    .values({ key, ...values })
    .onConflict((oc) => oc.column("key").doUpdateSet(values))
    .execute();
  return failures;
}

export async function clearFailures(tx: Db, key: string): Promise<void> {
  await tx.deleteFrom("sign_in_failures").where("key", "=", key).execute();
}
