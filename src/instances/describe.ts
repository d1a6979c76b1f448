/**
 * DescribeInstances: the account's instances (terminated ones stay listed),
 * or those InstanceIds names, by id, a page at a time (Marker, MaxItems).
 * Needs ec2:DescribeInstances on "*", as EC2's does. Every named id must be
 * well formed and exist, as EC2 answers: InvalidInstanceID.Malformed for the
 * first that is not, InvalidInstanceID.NotFound naming those not found.
 */
import type { Action } from "../iam/action.js";
import { optInt, optList, optStr } from "../iam/input.js";
import { decodeMarker, DEFAULT_MAX_ITEMS, page } from "../iam/pagination.js";
import { IamError } from "../model/errors.js";
import { instanceNotFound } from "../model/instance-errors.js";
import { checkInstanceId, instanceShape, viewsOf } from "./common.js";

export const describeInstances: Action = {
  service: "gatehouse",
  name: "DescribeInstances",
  permission: "ec2:DescribeInstances",
  writes: false,
  resource: () => undefined,
  async run(ctx, input) {
    const ids = [...new Set(optList<string>(input, "InstanceIds") ?? [])];
    for (const id of ids) checkInstanceId(id);
    const limit = optInt(input, "MaxItems") ?? DEFAULT_MAX_ITEMS;
    const after = decodeMarker(optStr(input, "Marker"), 1)?.[0];
    const account = ctx.caller.accountId;
    const { rows, views } = await ctx.store.read(async (db) => {
      if (ids.length > 0) {
        const found = await db
          .selectFrom("instances")
          .select("id")
          .where("account_id", "=", account)
          .where("id", "in", ids)
          .execute();
        const known = new Set(found.map((r) => r.id));
        const missing = ids.filter((id) => !known.has(id));
        if (missing.length === 1) throw instanceNotFound(missing[0] as string);
        if (missing.length > 1) {
          throw new IamError(
            "InvalidInstanceID.NotFound",
            400,
            `The instance IDs '${missing.join(", ")}' do not exist`,
          );
        }
      }
      let q = db.selectFrom("instances").selectAll().where("account_id", "=", account);
      if (ids.length > 0) q = q.where("id", "in", ids);
      if (after !== undefined) q = q.where("id", ">", after);
      const found = await q
        .orderBy("id")
        .limit(limit + 1)
        .execute();
      return { rows: found, views: await viewsOf(db, found.slice(0, limit)) };
    });
    const result = page(rows, limit, (r) => [r.id]);
    const out: Record<string, unknown> = {
      Instances: views.map((v) => instanceShape(v, ctx.partition)),
      IsTruncated: result.IsTruncated,
    };
    if (result.Marker !== undefined) out.Marker = result.Marker;
    return out;
  },
};
