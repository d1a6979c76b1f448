/**
 * Listing an entity table by path, as ListUsers, ListGroups, ListRoles and
 * ListInstanceProfiles do: PathPrefix ("/" or none for all), MaxItems and
 * Marker; ordered by name case-insensitively, then id (keyset pagination).
 */
import { prefixRange, type Database, type Selectable } from "../store/index.js";
import type { Db } from "./groups-common.js";
import { optInt, optStr, type Input } from "./input.js";
import { decodeMarker, DEFAULT_MAX_ITEMS, page } from "./pagination.js";

type PathTable = "users" | "groups" | "roles" | "instance_profiles";

/** The rows of one page, read with one extra row to tell whether more follow. */
export async function readPathPage<T extends PathTable>(
  db: Db,
  table: T,
  accountId: string,
  input: Input,
): Promise<{ rows: Selectable<Database[T]>[]; limit: number }> {
  const prefix = optStr(input, "PathPrefix");
  const limit = optInt(input, "MaxItems") ?? DEFAULT_MAX_ITEMS;
  const after = decodeMarker(optStr(input, "Marker"), 2);
  // The four tables share these columns; Kysely is told one of them by name.
  let q = db
    .selectFrom(table as "users")
    .selectAll()
    .where("account_id", "=", accountId);
  if (prefix !== undefined && prefix !== "/") {
    const range = prefixRange(prefix);
    q = q.where("path", ">=", range.from).where("path", "<", range.to);
  }
  if (after !== undefined) {
    const [key, id] = after as [string, string];
    q = q.where((eb) =>
      eb.or([eb("name_key", ">", key), eb.and([eb("name_key", "=", key), eb("id", ">", id)])]),
    );
  }
  const rows = await q
    .orderBy("name_key")
    .orderBy("id")
    .limit(limit + 1)
    .execute();
  return { rows: rows as unknown as Selectable<Database[T]>[], limit };
}

/** A list answer: the page's items, IsTruncated, and Marker when there is more. */
export function listResult<T extends { name_key: string; id: string }>(
  rows: T[],
  limit: number,
  member: string,
  shape: (row: T) => Record<string, unknown>,
): Record<string, unknown> {
  const result = page(rows, limit, (r) => [r.name_key, r.id]);
  const out: Record<string, unknown> = {
    [member]: result.items.map(shape),
    IsTruncated: result.IsTruncated,
  };
  if (result.Marker !== undefined) out.Marker = result.Marker;
  return out;
}
