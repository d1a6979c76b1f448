/**
 * Throttling and lockout of console sign-in, kept in the store so every
 * node counts the same attempts. Attempts are counted under two keys: the
 * user (account and name, whether or not such a user exists, so a lockout
 * says nothing of existence) and the client address. A key with `max`
 * attempts within the lockout window is locked for the lockout's length.
 *
 * An attempt is counted (reserved) before its password or code is checked,
 * in one statement per key that refuses a locked key, so however many
 * attempts run at once, at most `max` of them are ever checked per window.
 * A success then releases its reservation: it clears the user's count, and
 * takes its one attempt back from the address's count (never more, or an
 * attacker could clear it with an account of their own).
 */
import { sql } from "kysely";
import { isoTime, nameKey, type Database, type Transaction } from "../store/index.js";

/** How many attempts a key may have in the window, and how long a lockout lasts. */
export interface ThrottleRule {
  max: number;
  lockoutSeconds: number;
}

/** A key to count an attempt under, and its rule. */
export interface ThrottledKey {
  key: string;
  rule: ThrottleRule;
}

/** Thrown by reserveAttempt when a key is locked: nothing was counted. */
export class LockedOut extends Error {
  override name = "LockedOut";
  constructor() {
    super("sign-in locked out");
  }
}

/** The key of a user's attempts: by account and name (case-insensitive), or the root user's. */
export function userKey(account: string, userName: string | undefined): string {
  return userName === undefined ? `root:${account}` : `user:${account}:${nameKey(userName)}`;
}

export function addressKey(address: string): string {
  return `ip:${address}`;
}

/**
 * Counts one attempt under every key (a new count when a key's last one is
 * older than the window), locking a key once it reaches its `max`. Throws
 * LockedOut when one is locked; the caller's transaction then rolls back
 * whatever was counted before it, so a refused attempt counts nowhere.
 * Answers the counts, in the order of `keys`. Run it in a write transaction.
 */
export async function reserveAttempt(
  tx: Transaction<Database>,
  keys: readonly ThrottledKey[],
  now: Date,
): Promise<number[]> {
  const counts: number[] = [];
  for (const { key, rule } of keys) {
    const count = await countAttempt(tx, key, rule, now);
    if (count === undefined) throw new LockedOut();
    counts.push(count);
  }
  return counts;
}

/**
 * One attempt more under `key`, unless it is locked (undefined). One
 * statement: on PostgreSQL the upsert locks the row and re-reads it, so
 * concurrent attempts (from any node, under any account's lock) count one
 * after the other.
 */
async function countAttempt(
  tx: Transaction<Database>,
  key: string,
  rule: ThrottleRule,
  now: Date,
): Promise<number | undefined> {
  const at = isoTime(now);
  const windowStart = isoTime(new Date(now.getTime() - rule.lockoutSeconds * 1000));
  const until = isoTime(new Date(now.getTime() + rule.lockoutSeconds * 1000));
  await tx
    .deleteFrom("sign_in_failures")
    .where("last_failure_at", "<", windowStart)
    .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<", at)]))
    .execute();
  const next = sql<number>`(case when sign_in_failures.last_failure_at < ${windowStart} then 1 else sign_in_failures.failures + 1 end)`;
  const row = await tx
    .insertInto("sign_in_failures")
    .values({ key, failures: 1, last_failure_at: at, locked_until: 1 >= rule.max ? until : null })
    .onConflict((oc) =>
      oc
        .column("key")
        .doUpdateSet({
          failures: next,
          last_failure_at: at,
          locked_until: sql<
            string | null
          >`(case when ${next} >= ${rule.max} then ${until} else null end)`,
        })
        .where((eb) =>
          eb.or([
            eb("sign_in_failures.locked_until", "is", null),
            eb("sign_in_failures.locked_until", "<=", at),
          ]),
        ),
    )
    .returning("failures")
    .executeTakeFirst();
  return row === undefined ? undefined : Number(row.failures);
}

/**
 * A reserved attempt succeeded: the user's count is cleared, and the
 * address's gives the attempt back (its lock lifted if that takes it below
 * the limit). Run it in a write transaction.
 */
export async function releaseAttempt(
  tx: Transaction<Database>,
  user: string,
  address: ThrottledKey,
): Promise<void> {
  await tx.deleteFrom("sign_in_failures").where("key", "=", user).execute();
  await tx
    .updateTable("sign_in_failures")
    .set({
      failures: sql<number>`failures - 1`,
      locked_until: sql<
        string | null
      >`(case when failures - 1 >= ${address.rule.max} then locked_until else null end)`,
    })
    .where("key", "=", address.key)
    .where("failures", ">", 0)
    .execute();
}
