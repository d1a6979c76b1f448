/**
 * LaunchInstance: registers an instance bound to an instance profile and
 * hands out its launch token, once. The token (32 random bytes, base64url)
 * is kept only as its SHA-256 hash; the agent trades it, once and before it
 * expires, for the instance's identity (agent-register.ts). Needs
 * ec2:RunInstances on `arn:…:ec2:<region>:<acct>:instance/*` and, as EC2
 * requires, iam:PassRole on the profile's role.
 */
import { createHash, randomBytes } from "node:crypto";
import type { Action } from "../iam/action.js";
import { optStr, str } from "../iam/input.js";
import { findProfile } from "../iam/instance-profiles-common.js";
import { instanceId } from "../model/ids.js";
import { invalidInstanceProfileName } from "../model/instance-errors.js";
import { isoTime } from "../store/index.js";
import { instanceShape, viewOf, type InstanceRow } from "./common.js";
import { passRoleChecks } from "./pass-role.js";

/** The region of a request that names none (the console). */
const DEFAULT_REGION = "us-east-1";
const TOKEN_BYTES = 32;

export function hashLaunchToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function launchInstance(launchTokenSeconds: number): Action {
  return {
    service: "gatehouse",
    name: "LaunchInstance",
    permission: "ec2:RunInstances",
    writes: true,
    resource: (_input, caller, partition, region) =>
      `arn:${partition}:ec2:${region}:${caller.accountId}:instance/*`,
    alsoAuthorize: (db, input, caller, partition) =>
      passRoleChecks(db, caller.accountId, str(input, "InstanceProfileName"), partition),
    async run(ctx, input) {
      const profileName = str(input, "InstanceProfileName");
      const account = ctx.caller.accountId;
      const token = randomBytes(TOKEN_BYTES).toString("base64url");
      const expires = new Date(ctx.now.getTime() + launchTokenSeconds * 1000);
      return ctx.store.write(account, async (tx) => {
        const profile = await findProfile(tx, account, profileName);
        if (profile === undefined) throw invalidInstanceProfileName(profileName);
        const row: InstanceRow = {
          id: instanceId(),
          account_id: account,
          name: optStr(input, "Name") ?? null,
          region: ctx.region ?? DEFAULT_REGION,
          instance_profile_id: profile.id,
          state: "pending",
          launch_token_hash: hashLaunchToken(token),
          launch_token_expires_at: isoTime(expires),
          public_key: null,
          launched_at: isoTime(ctx.now),
          registered_at: null,
          terminated_at: null,
          launched_by: ctx.caller.arn,
        };
        await tx.insertInto("instances").values(row).execute();
        return {
          Instance: instanceShape(await viewOf(tx, row), ctx.partition),
          LaunchToken: token,
          LaunchTokenExpiration: isoTime(expires),
        };
      });
    },
  };
}
