/**
 * GetAccessKeyInfo: the account an access key id belongs to — a long-term
 * key (AKIA…, an IAM user's or the root user's) or temporary credentials
 * (ASIA…) this server issued, in any account, as AWS answers for any key
 * ("it returns the ID of the AWS account to which the keys belong"). The
 * state of the key is not told: an inactive key answers like an active one,
 * an expired session like a live one while it is still stored.
 *
 * AWS reads the account out of the key id itself, so it answers even for
 * keys it deleted; Gatehouse's ids are random, so a key it does not (or no
 * longer) store answers the error AWS documents for that case ("Providing a
 * deleted access key might return an error that the key doesn't exist"):
 * sts-errors.ts accessKeyNotFound.
 *
 * Permission: sts:GetAccessKeyInfo on "*" (the Service Authorization
 * Reference lists the action, with no resource type).
 */
import type { Action } from "../iam/action.js";
import { str } from "../iam/input.js";
import { isTemporaryAccessKeyId } from "../model/ids.js";
import { accessKeyNotFound } from "../model/sts-errors.js";

const getAccessKeyInfo: Action = {
  service: "sts",
  name: "GetAccessKeyInfo",
  permission: "sts:GetAccessKeyInfo",
  writes: false,
  resource: () => undefined,
  async run(ctx, input) {
    const id = str(input, "AccessKeyId");
    const row = await ctx.store.read((db) =>
      isTemporaryAccessKeyId(id)
        ? db.selectFrom("sessions").select("account_id").where("id", "=", id).executeTakeFirst()
        : db.selectFrom("access_keys").select("account_id").where("id", "=", id).executeTakeFirst(),
    );
    if (row === undefined) throw accessKeyNotFound();
    return { Account: row.account_id };
  },
};

export const accessKeyInfoActions: readonly Action[] = [getAccessKeyInfo];
