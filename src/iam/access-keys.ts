/**
 * Access keys: CreateAccessKey, UpdateAccessKey, DeleteAccessKey,
 * ListAccessKeys, and (access-keys-last-used.ts) GetAccessKeyLastUsed with
 * the recording of each key's last use. At most 2 keys per user, the root
 * user included, active or not. The secret is returned once, by
 * CreateAccessKey, and stored sealed with the server key.
 */
import { quotaExceeded } from "../model/errors.js";
import { accessKeyId, accessKeySecret } from "../model/ids.js";
import { isoTime } from "../store/index.js";
import type { Action } from "./action.js";
import {
  keyMetadata,
  keyOwner,
  keyOwnerResource,
  keysOf,
  requireOwnedKey,
} from "./access-keys-common.js";
import { getAccessKeyLastUsed } from "./access-keys-last-used.js";
import { optInt, optStr, str } from "./input.js";
import { decodeMarker, DEFAULT_MAX_ITEMS, page } from "./pagination.js";

export { recordKeyUse } from "./access-keys-last-used.js";

const createAccessKey: Action = {
  service: "iam",
  name: "CreateAccessKey",
  permission: "iam:CreateAccessKey",
  writes: true,
  resource: keyOwnerResource,
  async run(ctx, input) {
    const name = optStr(input, "UserName");
    const account = ctx.caller.accountId;
    const max = ctx.quotas.accessKeysPerUser;
    return ctx.store.write(account, async (tx) => {
      const owner = await keyOwner(tx, ctx, name);
      const existing = await keysOf(tx, account, owner.userId);
      if (existing.length >= max) throw quotaExceeded("accessKeysPerUser", max);
      const secret = accessKeySecret();
      const row = {
        id: accessKeyId(),
        account_id: account,
        user_id: owner.userId,
        secret: ctx.secrets.seal(secret),
        status: "Active" as const,
        created_at: isoTime(ctx.now),
        last_used_at: null,
        last_used_region: null,
        last_used_service: null,
      };
      await tx.insertInto("access_keys").values(row).execute();
      return { AccessKey: { ...keyMetadata(row, owner), SecretAccessKey: secret } };
    });
  },
};

const updateAccessKey: Action = {
  service: "iam",
  name: "UpdateAccessKey",
  permission: "iam:UpdateAccessKey",
  writes: true,
  resource: keyOwnerResource,
  async run(ctx, input) {
    const name = optStr(input, "UserName");
    const keyId = str(input, "AccessKeyId");
    const status = str(input, "Status") === "Inactive" ? "Inactive" : "Active";
    const account = ctx.caller.accountId;
    await ctx.store.write(account, async (tx) => {
      const owner = await keyOwner(tx, ctx, name);
      await requireOwnedKey(tx, account, owner, keyId);
      await tx.updateTable("access_keys").set({ status }).where("id", "=", keyId).execute();
    });
    return undefined;
  },
};

const deleteAccessKey: Action = {
  service: "iam",
  name: "DeleteAccessKey",
  permission: "iam:DeleteAccessKey",
  writes: true,
  resource: keyOwnerResource,
  async run(ctx, input) {
    const name = optStr(input, "UserName");
    const keyId = str(input, "AccessKeyId");
    const account = ctx.caller.accountId;
    await ctx.store.write(account, async (tx) => {
      const owner = await keyOwner(tx, ctx, name);
      await requireOwnedKey(tx, account, owner, keyId);
      await tx.deleteFrom("access_keys").where("id", "=", keyId).execute();
    });
    return undefined;
  },
};

const listAccessKeys: Action = {
  service: "iam",
  name: "ListAccessKeys",
  permission: "iam:ListAccessKeys",
  writes: false,
  resource: keyOwnerResource,
  async run(ctx, input) {
    const name = optStr(input, "UserName");
    const limit = optInt(input, "MaxItems") ?? DEFAULT_MAX_ITEMS;
    const after = decodeMarker(optStr(input, "Marker"), 2);
    const { owner, rows } = await ctx.store.read(async (db) => {
      const owner = await keyOwner(db, ctx, name);
      return { owner, rows: await keysOf(db, ctx.caller.accountId, owner.userId) };
    });
    // A user has at most a handful of keys: the page is cut in memory.
    let start = 0;
    if (after !== undefined) {
      const [at, id] = after as [string, string];
      start = rows.findIndex((r) => r.created_at > at || (r.created_at === at && r.id > id));
      if (start < 0) start = rows.length;
    }
    const result = page(rows.slice(start), limit, (r) => [r.created_at, r.id]);
    const out: Record<string, unknown> = {
      AccessKeyMetadata: result.items.map((r) => keyMetadata(r, owner)),
      IsTruncated: result.IsTruncated,
    };
    if (result.Marker !== undefined) out.Marker = result.Marker;
    return out;
  },
};

export const accessKeysActions: readonly Action[] = [
  createAccessKey,
  updateAccessKey,
  deleteAccessKey,
  listAccessKeys,
  getAccessKeyLastUsed,
];
