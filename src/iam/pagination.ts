/**
 * List pagination as IAM does it: MaxItems (default 100), Marker, IsTruncated.
 * Markers are opaque to clients and carry the sort key of the last item
 * returned, so a page after concurrent writes starts right after that item
 * (keyset pagination), never skipping or repeating what stayed.
 */
import { invalidMarker } from "../model/errors.js";
import { isStorableText, strictUtf8 } from "../model/text.js";

export const DEFAULT_MAX_ITEMS = 100;
const PREFIX = "gh1";

export function encodeMarker(key: readonly string[]): string {
  return `${PREFIX}.${Buffer.from(JSON.stringify(key), "utf8").toString("base64url")}`;
}

/**
 * The sort key a marker carries; AWS's "Invalid Marker." for anything else.
 * Strict: only a marker this server could have issued is read (the same
 * bytes encodeMarker writes for the key, each part text a name, path or id
 * can be: no NUL, no lone surrogate), so nothing a client made up reaches a
 * store's query.
 */
export function decodeMarker(marker: string | undefined, parts: number): string[] | undefined {
  if (marker === undefined) return undefined;
  const dot = marker.indexOf(".");
  if (dot < 0 || marker.slice(0, dot) !== PREFIX) throw invalidMarker();
  const text = strictUtf8(Buffer.from(marker.slice(dot + 1), "base64url"));
  if (text === undefined) throw invalidMarker();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalidMarker();
  }
  if (
    !Array.isArray(value) ||
    value.length !== parts ||
    !value.every((v) => typeof v === "string" && isStorableText(v)) ||
    encodeMarker(value as string[]) !== marker
  ) {
    throw invalidMarker();
  }
  return value as string[];
}

/** Cuts one extra row off a page read with `limit + 1`, and says where the next page starts. */
export function page<T>(
  rows: T[],
  limit: number,
  key: (row: T) => readonly string[],
): { items: T[]; IsTruncated: boolean; Marker?: string } {
  if (rows.length <= limit) return { items: rows, IsTruncated: false };
  const items = rows.slice(0, limit);
  return {
    items,
    IsTruncated: true,
    Marker: encodeMarker(key(items[items.length - 1] as T)),
  };
}
