/**
 * When each access key was last used: GetAccessKeyLastUsed, and
 * `recordKeyUse`, which the request pipeline calls for every authenticated
 * request. A write per request would make every read a write, so a key's use
 * is recorded at most once a minute (an in-memory throttle per store), by
 * one UPDATE outside any request transaction: LastUsedDate is therefore
 * accurate to the minute, as AWS's own is only approximate.
 */
import { accessKeyLastUsedDenied } from "../model/errors.js";
import type { Store } from "../store/index.js";
import { isoTime } from "../store/index.js";
import type { Action } from "./action.js";
import { str } from "./input.js";

/** AWS's ServiceName and Region for a key never used (recorded). */
const NEVER = "N/A";
const INTERVAL_MS = 60_000;
const LIMIT = 10_000;

const lastRecorded = new WeakMap<Store, Map<string, number>>();

/**
 * Records that `keyId` signed a request to `service` in `region` at `now`,
 * unless it was recorded less than a minute before. Best effort: never
 * rejects (a failed write is tried again on the key's next use). Call it
 * after the signature is verified, outside any store transaction; it need
 * not be awaited.
 */
export async function recordKeyUse(
  store: Store,
  keyId: string,
  service: string,
  region: string,
  now: Date,
): Promise<void> {
  let seen = lastRecorded.get(store);
  if (seen === undefined) {
    seen = new Map();
    lastRecorded.set(store, seen);
  }
  const last = seen.get(keyId);
  const at = now.getTime();
  if (last !== undefined && at >= last && at - last < INTERVAL_MS) return;
  if (seen.size >= LIMIT) seen.clear();
  seen.set(keyId, at);
  try {
    await store.db
      .updateTable("access_keys")
      .set({ last_used_at: isoTime(now), last_used_service: service, last_used_region: region })
      .where("id", "=", keyId)
      .execute();
  } catch {
    seen.delete(keyId);
  }
}

/**
 * The permission is checked on the key's owner. The action table's resource
 * is computed before any read, so only the caller's own signing key resolves
 * to its owner (the caller); any other key is checked on "*".
 */
export const getAccessKeyLastUsed: Action = {
  service: "iam",
  name: "GetAccessKeyLastUsed",
  permission: "iam:GetAccessKeyLastUsed",
  writes: false,
  resource: (input, caller) =>
    str(input, "AccessKeyId") === caller.accessKeyId ? caller.arn : undefined,
  async run(ctx, input) {
    const keyId = str(input, "AccessKeyId");
    const row = await ctx.store.read((db) =>
      db
        .selectFrom("access_keys")
        .leftJoin("users", "users.id", "access_keys.user_id")
        .select([
          "access_keys.last_used_at",
          "access_keys.last_used_service",
          "access_keys.last_used_region",
          "users.name as user_name",
        ])
        .where("access_keys.id", "=", keyId)
        .where("access_keys.account_id", "=", ctx.caller.accountId)
        .executeTakeFirst(),
    );
    if (row === undefined) throw accessKeyLastUsedDenied(ctx.caller.arn, keyId);
    const lastUsed: Record<string, unknown> = {
      ServiceName: row.last_used_service ?? NEVER,
      Region: row.last_used_region ?? NEVER,
    };
    if (row.last_used_at !== null) lastUsed.LastUsedDate = row.last_used_at;
    const out: Record<string, unknown> = { AccessKeyLastUsed: lastUsed };
    if (row.user_name !== null) out.UserName = row.user_name;
    return out;
  },
};
