/**
 * Tags of customer managed policies. Unlike users' and roles' tags, a
 * policy's tag keys are case-sensitive (recorded from AWS: "a" and "A" are two
 * tags, UntagPolicy of "a" leaves "A"), and a duplicate key answers the short
 * "Duplicate tag keys found." So these rows keep the key itself in `key_key`.
 *
 * Orders (recorded): CreatePolicy and GetPolicy give tags in the order they
 * were added; ListPolicyTags gives them shorter keys first, then by key
 * (a, b, z, abc; A before a).
 */
import { duplicateTagKeys, invalidInput, quotaExceeded } from "../model/errors.js";
import type { Database, Kysely, Transaction } from "../store/index.js";
import type { ActionContextKeys } from "./action.js";
import type { Tag } from "./input.js";

const TYPE = "policy";

export function checkPolicyTags(tags: readonly Tag[]): void {
  const seen = new Set<string>();
  for (const tag of tags) {
    if (seen.has(tag.Key)) throw duplicateTagKeys(false);
    seen.add(tag.Key);
    if (tag.Key.toLowerCase().startsWith("aws:")) {
      throw invalidInput(
        "User-defined tag keys can't start with 'aws:', as this prefix is reserved for AWS.",
      );
    }
  }
}

export function tagContext(tags: readonly Tag[]): ActionContextKeys {
  const keys: ActionContextKeys = {};
  if (tags.length === 0) return keys;
  for (const t of tags) keys[`aws:RequestTag/${t.Key}`] = t.Value;
  keys["aws:TagKeys"] = tags.map((t) => t.Key);
  return keys;
}

/** In the order added. */
export async function readPolicyTags(
  db: Kysely<Database> | Transaction<Database>,
  policyId: string,
): Promise<Tag[]> {
  const rows = await db
    .selectFrom("tags")
    .select(["key", "value"])
    .where("resource_type", "=", TYPE)
    .where("resource_id", "=", policyId)
    .orderBy("position")
    .execute();
  return rows.map((r) => ({ Key: r.key, Value: r.value }));
}

/** ListPolicyTags' order: by key length, then by key. */
export function listOrder(a: Tag, b: Tag): number {
  if (a.Key.length !== b.Key.length) return a.Key.length - b.Key.length;
  return a.Key < b.Key ? -1 : a.Key > b.Key ? 1 : 0;
}

/** Adds or overwrites tags, keeping at most `max` on the policy. */
export async function writePolicyTags(
  tx: Transaction<Database>,
  accountId: string,
  policyId: string,
  tags: readonly Tag[],
  max: number,
): Promise<void> {
  if (tags.length === 0) return;
  const existing = await tx
    .selectFrom("tags")
    .select(["key_key", "position"])
    .where("resource_type", "=", TYPE)
    .where("resource_id", "=", policyId)
    .execute();
  const keys = new Set(existing.map((r) => r.key_key));
  const added = tags.filter((t) => !keys.has(t.Key)).length;
  if (existing.length + added > max) throw quotaExceeded("tagsPerResource", max);
  let position = existing.reduce((m, r) => Math.max(m, r.position), 0);
  for (const tag of tags) {
    if (keys.has(tag.Key)) {
      await tx
        .updateTable("tags")
        .set({ value: tag.Value })
        .where("resource_type", "=", TYPE)
        .where("resource_id", "=", policyId)
        .where("key_key", "=", tag.Key)
        .execute();
    } else {
      await tx
        .insertInto("tags")
        .values({
          account_id: accountId,
          resource_type: TYPE,
          resource_id: policyId,
          key: tag.Key,
          key_key: tag.Key,
          value: tag.Value,
          position: ++position,
        })
        .execute();
    }
  }
}

export async function removePolicyTags(
  tx: Transaction<Database>,
  policyId: string,
  keys: readonly string[],
): Promise<void> {
  if (keys.length === 0) return;
  await tx
    .deleteFrom("tags")
    .where("resource_type", "=", TYPE)
    .where("resource_id", "=", policyId)
    .where("key_key", "in", keys)
    .execute();
}
