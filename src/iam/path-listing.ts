/**
 * Listing an entity table by path, as ListUsers, ListGroups, ListRoles and
 * ListInstanceProfiles do: PathPrefix ("/" or none for all), MaxItems and
 * Marker; ordered by name case-insensitively, then id (keyset pagination).
 */
import {
  prefixRange,
  prepare,
  type Database,
  type PreparedQuery,
  type Selectable,
} from "../store/index.js";
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
  const after = decodeMarker(optStr(input, "Marker"), 2) as [string, string] | undefined;
  const range = prefix !== undefined && prefix !== "/" ? prefixRange(prefix) : undefined;
  const query = pageQuery(table, range !== undefined, after !== undefined);
  const rows = await query.all(
    db,
    accountId,
    range?.from ?? "",
    range?.to ?? "",
    after?.[0] ?? "",
    after?.[1] ?? "",
    limit + 1,
  );
  return { rows: rows as unknown as Selectable<Database[T]>[], limit };
}

type PageQuery = PreparedQuery<
  [string, string, string, string, string, number],
  Selectable<Database["users"]>
>;
const pageQueries = new Map<string, PageQuery>();

/** The page query of a table, with or without a path range and a marker (built once each). */
function pageQuery(table: PathTable, ranged: boolean, marked: boolean): PageQuery {
  const key = `${table} ${ranged} ${marked}`;
  let query = pageQueries.get(key);
  if (query === undefined) {
    query = prepare(6, (db, accountId, from, to, afterKey, afterId, limit) => {
      // The four tables share these columns; Kysely is told one of them by name.
      let q = db
        .selectFrom(table as "users")
        .selectAll()
        .where("account_id", "=", accountId);
      if (ranged) q = q.where("path", ">=", from).where("path", "<", to);
      if (marked) {
        q = q.where((eb) =>
          eb.or([
            eb("name_key", ">", afterKey),
            eb.and([eb("name_key", "=", afterKey), eb("id", ">", afterId)]),
          ]),
        );
      }
      return q.orderBy("name_key").orderBy("id").limit(limit);
    });
    pageQueries.set(key, query);
  }
  return query;
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
