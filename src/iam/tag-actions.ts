/**
 * The three tag actions of an entity named by one input member, alike for
 * users, roles and instance profiles: Tag<Noun> (aws:RequestTag and
 * aws:TagKeys in the context, the tags quota), Untag<Noun> (aws:TagKeys) and
 * List<Noun>Tags (paged by key, as AWS orders them).
 */
import type { IamError } from "../model/errors.js";
import type { Database, Kysely, Transaction } from "../store/index.js";
import type { Action } from "./action.js";
import { optInt, optList, optStr, str, tags } from "./input.js";
import { decodeMarker, DEFAULT_MAX_ITEMS, page } from "./pagination.js";
import {
  checkNewTags,
  readTags,
  removeTags,
  tagContext,
  writeTags,
  type TaggedType,
} from "./tags.js";

type Db = Kysely<Database> | Transaction<Database>;

export interface TaggedEntity {
  /** The entity in action names, e.g. "User" for TagUser. */
  noun: string;
  type: TaggedType;
  /** The input member naming the entity, e.g. "UserName". */
  nameMember: string;
  resource: Action["resource"];
  /** The stored entity by name, or the entity's NoSuchEntity. */
  find(db: Db, accountId: string, name: string): Promise<{ id: string }>;
  /** The error past the tags quota, when the entity's is not "Cannot exceed quota for TagsPerResource". */
  tooManyTags?: () => IamError;
}

export function tagActions(e: TaggedEntity): Action[] {
  const tagEntity: Action = {
    service: "iam",
    name: `Tag${e.noun}`,
    permission: `iam:Tag${e.noun}`,
    writes: true,
    resource: e.resource,
    contextKeys: (input) => tagContext(tags(input)),
    async run(ctx, input) {
      const name = str(input, e.nameMember);
      const newTags = tags(input);
      checkNewTags(newTags, e.type);
      const account = ctx.caller.accountId;
      await ctx.store.write(account, async (tx) => {
        const found = await e.find(tx, account, name);
        await writeTags(
          tx,
          account,
          e.type,
          found.id,
          newTags,
          ctx.quotas.tagsPerResource,
          e.tooManyTags,
        );
      });
      return undefined;
    },
  };

  const untagEntity: Action = {
    service: "iam",
    name: `Untag${e.noun}`,
    permission: `iam:Untag${e.noun}`,
    writes: true,
    resource: e.resource,
    contextKeys: (input) => ({ "aws:TagKeys": optList<string>(input, "TagKeys") ?? [] }),
    async run(ctx, input) {
      const name = str(input, e.nameMember);
      const keys = optList<string>(input, "TagKeys") ?? [];
      const account = ctx.caller.accountId;
      await ctx.store.write(account, async (tx) => {
        const found = await e.find(tx, account, name);
        await removeTags(tx, e.type, found.id, keys);
      });
      return undefined;
    },
  };

  const listEntityTags: Action = {
    service: "iam",
    name: `List${e.noun}Tags`,
    permission: `iam:List${e.noun}Tags`,
    writes: false,
    resource: e.resource,
    async run(ctx, input) {
      const name = str(input, e.nameMember);
      const limit = optInt(input, "MaxItems") ?? DEFAULT_MAX_ITEMS;
      const after = decodeMarker(optStr(input, "Marker"), 1);
      const all = await ctx.store.read(async (db) => {
        const found = await e.find(db, ctx.caller.accountId, name);
        return readTags(db, e.type, found.id);
      });
      const start =
        after === undefined ? 0 : all.findIndex((t) => t.Key.toLowerCase() === after[0]) + 1;
      const result = page(all.slice(start), limit, (t) => [t.Key.toLowerCase()]);
      const out: Record<string, unknown> = { Tags: result.items, IsTruncated: result.IsTruncated };
      if (result.Marker !== undefined) out.Marker = result.Marker;
      return out;
    },
  };

  return [tagEntity, untagEntity, listEntityTags];
}
