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
import type { Database, Kysely, Transaction } from "../store/index.js";
import type { Tag } from "./input.js";
import { checkNewTags, readTags, removeTags, writeTags } from "./tags.js";

export { tagContext } from "./tags.js";

export const checkPolicyTags = (tags: readonly Tag[]): void => checkNewTags(tags, "policy");

/** In the order added. */
export const readPolicyTags = (
  db: Kysely<Database> | Transaction<Database>,
  policyId: string,
): Promise<Tag[]> => readTags(db, "policy", policyId);

/** ListPolicyTags' order: by key length, then by key. */
export function listOrder(a: Tag, b: Tag): number {
  if (a.Key.length !== b.Key.length) return a.Key.length - b.Key.length;
  return a.Key < b.Key ? -1 : a.Key > b.Key ? 1 : 0;
}

/** Adds or overwrites tags, keeping at most `max` on the policy. */
export const writePolicyTags = (
  tx: Transaction<Database>,
  accountId: string,
  policyId: string,
  tags: readonly Tag[],
  max: number,
): Promise<void> => writeTags(tx, accountId, "policy", policyId, tags, max);

export const removePolicyTags = (
  tx: Transaction<Database>,
  policyId: string,
  keys: readonly string[],
): Promise<void> => removeTags(tx, "policy", policyId, keys);
