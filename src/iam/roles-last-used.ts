/**
 * When each role was last used, for GetRole's (and the authorization
 * details') RoleLastUsed {LastUsedDate, Region}: a role is used when one of
 * its sessions makes a request, in the region the request was signed for.
 * The request pipeline calls `recordRoleUse` for every request a role
 * session signs; like access keys' last use (access-keys-last-used.ts) it is
 * written at most once a minute per role (an in-memory throttle per store),
 * by one UPDATE outside any request transaction, and never fails the request.
 */
import type { Store } from "../store/index.js";
import { isoTime } from "../store/index.js";

const INTERVAL_MS = 60_000;
const LIMIT = 10_000;

const lastRecorded = new WeakMap<Store, Map<string, { at: number; region: string }>>();

/**
 * Records that a session of role `roleId` signed a request for `region` at
 * `now`, unless that was recorded less than a minute before (in the same
 * region). Best effort: never rejects. Call it outside any store
 * transaction; it need not be awaited.
 */
export async function recordRoleUse(
  store: Store,
  roleId: string,
  region: string,
  now: Date,
): Promise<void> {
  let seen = lastRecorded.get(store);
  if (seen === undefined) {
    seen = new Map();
    lastRecorded.set(store, seen);
  }
  const last = seen.get(roleId);
  const at = now.getTime();
  if (last !== undefined && last.region === region && at >= last.at && at - last.at < INTERVAL_MS) {
    return;
  }
  if (seen.size >= LIMIT) seen.clear();
  seen.set(roleId, { at, region });
  try {
    await store.db
      .updateTable("roles")
      .set({ last_used_at: isoTime(now), last_used_region: region })
      .where("id", "=", roleId)
      .execute();
  } catch {
    seen.delete(roleId);
  }
}
