/**
 * Tags of IAM entities, stored in one table by entity type and id. IAM's
 * rules: at most 50 tags per resource, keys unique case-insensitively, keys
 * 1–128 and values 0–256 characters (the API model checks lengths and
 * patterns), and no key may begin with "aws:" (reserved for AWS).
 */
import { duplicateTagKeys, invalidInput, quotaExceeded, type IamError } from "../model/errors.js";
import { prepare, type Database, type Kysely, type Transaction } from "../store/index.js";
import type { Tag } from "./input.js";

export type TaggedType =
  "user" | "group" | "role" | "policy" | "instance-profile" | "mfa" | "oidc-provider";

/**
 * The stored, unique form of a tag key. Keys are unique case-insensitively,
 * except on managed policies, whose keys AWS keeps case-sensitive (recorded:
 * "a" and "A" are two tags of one policy).
 */
function keyOf(type: TaggedType, key: string): string {
  return type === "policy" ? key : key.toLowerCase();
}

/** The condition keys a request's tags set: aws:RequestTag/… and aws:TagKeys. */
export function tagContext(tags: readonly Tag[]): Record<string, string | string[]> {
  const keys: Record<string, string | string[]> = {};
  if (tags.length === 0) return keys;
  for (const t of tags) keys[`aws:RequestTag/${t.Key}`] = t.Value;
  keys["aws:TagKeys"] = tags.map((t) => t.Key);
  return keys;
}

/**
 * Refuses duplicate keys and reserved `aws:` keys in a request's tags. For
 * policies AWS answers the short "Duplicate tag keys found." (recorded).
 */
export function checkNewTags(tags: readonly Tag[], type: TaggedType): void {
  const seen = new Set<string>();
  for (const tag of tags) {
    const key = keyOf(type, tag.Key);
    if (seen.has(key)) throw duplicateTagKeys(type !== "policy");
    seen.add(key);
    if (key.toLowerCase().startsWith("aws:")) {
      throw invalidInput(
        "User-defined tag keys can't start with 'aws:', as this prefix is reserved for AWS.",
      );
    }
  }
}

const TAGS_OF = prepare(2, (db, type: TaggedType, id: string) =>
  db
    .selectFrom("tags")
    .select(["key", "value"])
    .where("resource_type", "=", type)
    .where("resource_id", "=", id)
    .orderBy("position"),
);

export async function readTags(
  db: Kysely<Database> | Transaction<Database>,
  type: TaggedType,
  id: string,
): Promise<Tag[]> {
  const rows = await TAGS_OF.all(db, type, id);
  return rows.map((r) => ({ Key: r.key, Value: r.value }));
}

/**
 * Adds or overwrites tags (TagUser and friends), keeping the limit of `max` per
 * resource; past it, `tooMany` (default: "Cannot exceed quota for TagsPerResource").
 */
export async function writeTags(
  tx: Transaction<Database>,
  accountId: string,
  type: TaggedType,
  id: string,
  tags: readonly Tag[],
  max: number,
  tooMany?: () => IamError,
): Promise<void> {
  if (tags.length === 0) return;
  const existing = await tx
    .selectFrom("tags")
    .select(["key_key", "position"])
    .where("resource_type", "=", type)
    .where("resource_id", "=", id)
    .execute();
  const keys = new Set(existing.map((r) => r.key_key));
  const added = tags.filter((t) => !keys.has(keyOf(type, t.Key))).length;
  if (existing.length + added > max) {
    throw tooMany?.() ?? quotaExceeded("tagsPerResource", max);
  }
  let position = existing.reduce((m, r) => Math.max(m, r.position), 0);
  for (const tag of tags) {
    const key = keyOf(type, tag.Key);
    if (keys.has(key)) {
      await tx
        .updateTable("tags")
        .set({ key: tag.Key, value: tag.Value })
        .where("resource_type", "=", type)
        .where("resource_id", "=", id)
        .where("key_key", "=", key)
        .execute();
    } else {
      await tx
        .insertInto("tags")
        .values({
          account_id: accountId,
          resource_type: type,
          resource_id: id,
          key: tag.Key,
          key_key: key,
          value: tag.Value,
          position: ++position,
        })
        .execute();
    }
  }
}

export async function removeTags(
  tx: Transaction<Database>,
  type: TaggedType,
  id: string,
  keys: readonly string[],
): Promise<void> {
  if (keys.length === 0) return;
  await tx
    .deleteFrom("tags")
    .where("resource_type", "=", type)
    .where("resource_id", "=", id)
    .where(
      "key_key",
      "in",
      keys.map((k) => keyOf(type, k)),
    )
    .execute();
}

export async function dropAllTags(
  tx: Transaction<Database>,
  type: TaggedType,
  id: string,
): Promise<void> {
  await tx
    .deleteFrom("tags")
    .where("resource_type", "=", type)
    .where("resource_id", "=", id)
    .execute();
}
