/**
 * TerminateInstance and ReplaceInstanceProfile: what ends or changes an
 * instance's credentials. Both delete, in the same transaction, the role
 * sessions the instance holds that it may no longer use — all of them on
 * terminate; those of any other role than the new profile's on replace — so
 * they stop working at once (server/callers.ts checks the rest per request).
 *
 * As EC2 does, terminating a terminated instance answers it again, and a
 * terminated instance's profile cannot be replaced (IncorrectInstanceState).
 * ReplaceInstanceProfile needs iam:PassRole on the new profile's role.
 */
import type { Action } from "../iam/action.js";
import { str } from "../iam/input.js";
import { findProfile } from "../iam/instance-profiles-common.js";
import { incorrectInstanceState, invalidInstanceProfileName } from "../model/instance-errors.js";
import { isoTime } from "../store/index.js";
import { instanceResource, instanceShape, profileRole, requireInstance, viewOf } from "./common.js";
import { passRoleChecks } from "./pass-role.js";

export const terminateInstance: Action = {
  service: "gatehouse",
  name: "TerminateInstance",
  permission: "ec2:TerminateInstances",
  writes: true,
  resource: instanceResource,
  async run(ctx, input) {
    const id = str(input, "InstanceId");
    const account = ctx.caller.accountId;
    return ctx.store.write(account, async (tx) => {
      let row = await requireInstance(tx, account, id);
      if (row.state !== "terminated") {
        row = { ...row, state: "terminated", terminated_at: isoTime(ctx.now) };
        await tx
          .updateTable("instances")
          .set({ state: row.state, terminated_at: row.terminated_at })
          .where("id", "=", id)
          .execute();
        await tx.deleteFrom("sessions").where("instance_id", "=", id).execute();
        await tx.deleteFrom("instance_nonces").where("instance_id", "=", id).execute();
      }
      return { Instance: instanceShape(await viewOf(tx, row), ctx.partition) };
    });
  },
};

export const replaceInstanceProfile: Action = {
  service: "gatehouse",
  name: "ReplaceInstanceProfile",
  permission: "ec2:ReplaceIamInstanceProfileAssociation",
  writes: true,
  resource: instanceResource,
  alsoAuthorize: (db, input, caller, partition) =>
    passRoleChecks(db, caller.accountId, str(input, "InstanceProfileName"), partition),
  async run(ctx, input) {
    const id = str(input, "InstanceId");
    const profileName = str(input, "InstanceProfileName");
    const account = ctx.caller.accountId;
    return ctx.store.write(account, async (tx) => {
      const found = await requireInstance(tx, account, id);
      if (found.state === "terminated") throw incorrectInstanceState(id, found.state);
      const profile = await findProfile(tx, account, profileName);
      if (profile === undefined) throw invalidInstanceProfileName(profileName);
      const row = { ...found, instance_profile_id: profile.id };
      await tx
        .updateTable("instances")
        .set({ instance_profile_id: profile.id })
        .where("id", "=", id)
        .execute();
      const role = await profileRole(tx, profile.id);
      let stale = tx.deleteFrom("sessions").where("instance_id", "=", id);
      if (role !== undefined) stale = stale.where("role_id", "!=", role.id);
      await stale.execute();
      return { Instance: instanceShape(await viewOf(tx, row), ctx.partition) };
    });
  },
};
