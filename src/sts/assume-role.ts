/**
 * AssumeRole: temporary credentials for a role, for an IAM user or a role
 * session (or a user's GetSessionToken session) that the role's trust
 * policy trusts — STS API reference and IAM User Guide:
 *
 * - The root user cannot: "Roles may not be assumed by root accounts."
 * - RoleArn must be an ARN (else ValidationError "<arn> is invalid"); a role
 *   that does not exist, or an ARN of something else, is refused like a role
 *   the caller may not assume: AccessDenied "User: <caller> is not authorized
 *   to perform: sts:AssumeRole on resource: <RoleArn>".
 * - The decision is the trust policy's with the caller's own policies
 *   (assume-role-common.ts). The request context is the caller's (its tags,
 *   MFA, source identity…) with sts:RoleSessionName, sts:ExternalId,
 *   sts:SourceIdentity, aws:RequestTag/…, aws:TagKeys, sts:TransitiveTagKeys
 *   and the role's aws:ResourceTag/…. Session tags (the request's or the
 *   calling session's transitive ones) need sts:TagSession too; a source
 *   identity (given, or carried from the calling session) needs
 *   sts:SetSourceIdentity, and once set it cannot change.
 * - SerialNumber with TokenCode proves MFA with the calling IAM user's
 *   device (iam/mfa-verify.ts): the decision then sees
 *   aws:MultiFactorAuthPresent "true" (aws:MultiFactorAuthAge 0) and the
 *   session carries it. A session made by MFA-proven temporary credentials
 *   keeps their MFA time (unconfirmed: AWS documents no such case).
 * - Policy and PolicyArns (up to 10) are session policies: the session may
 *   do what both they and the role allow. PackedPolicySize is answered when
 *   the session has session policies or tags.
 * - DurationSeconds: 900 up to the role's MaxSessionDuration, default 3,600;
 *   at most 3,600 when signed with temporary credentials (role chaining).
 *
 * Order: the RoleArn's form, the root user, session policies and tags
 * (their own errors), the MFA pair; then MFA, the trust decision, and last
 * the duration — so a caller who may not assume a role learns nothing of it.
 */
import type { Action, Caller } from "../iam/action.js";
import { optInt, optList, optStr, str, tags as readTags } from "../iam/input.js";
import { verifyMfaCode } from "../iam/mfa-verify.js";
import { callerPolicySet } from "../iam/principal-policies.js";
import { tagContext, readTags as readStoredTags } from "../iam/tags.js";
import { mfaDeviceNotAssociated, type IamError } from "../model/errors.js";
import { mfaPairRequired } from "../model/sts-errors.js";
import { notAuthorizedToAssume, rootCannotAssumeRoles } from "../model/sts-role-errors.js";
import {
  assumedRoleUser,
  findNamedRole,
  readRoleArn,
  roleAnswer,
  roleSessionSeconds,
  roleTagContext,
  sessionTags,
  trustAllows,
  trustSet,
  roleSessionSpec,
} from "./assume-role-common.js";
import { checkPackedPolicySize } from "./packed-policy.js";
import { readSessionPolicies } from "./session-policies.js";
import { issueSession } from "./sessions.js";

const assumeRole: Action = {
  service: "sts",
  name: "AssumeRole",
  permission: "sts:AssumeRole",
  // The trust policy decides with the caller's policies: run() asks the engine itself.
  authorizesItself: true,
  writes: true,
  resource: (input) => str(input, "RoleArn"),
  async run(ctx, input) {
    const caller = ctx.caller;
    const roleArnGiven = str(input, "RoleArn");
    const named = readRoleArn(roleArnGiven);
    if (caller.kind === "root") throw rootCannotAssumeRoles();
    const sessionName = str(input, "RoleSessionName");
    const policies = readSessionPolicies(input);
    const requestedTags = readTags(input, "Tags");
    const requestedTransitive = optList<string>(input, "TransitiveTagKeys") ?? [];
    const planned = sessionTags(requestedTags, requestedTransitive, caller.session);
    const hasPackage =
      policies.policy !== undefined || policies.policyArns.length > 0 || planned.tags.length > 0;
    // AWS: "The transitive status of a session tag does not impact its packed binary size."
    const packed = hasPackage
      ? checkPackedPolicySize({ ...policies, tags: planned.tags })
      : undefined;
    const serialNumber = optStr(input, "SerialNumber");
    const tokenCode = optStr(input, "TokenCode");
    if ((serialNumber === undefined) !== (tokenCode === undefined)) throw mfaPairRequired();

    const denied = (permission: string): IamError =>
      notAuthorizedToAssume(caller.arn, permission, roleArnGiven);
    const givenIdentity = optStr(input, "SourceIdentity");
    const carried = caller.session?.sourceIdentity;
    if (givenIdentity !== undefined && carried !== undefined && givenIdentity !== carried) {
      // "The value that is set cannot be changed during the role session." Text unconfirmed.
      throw denied("sts:SetSourceIdentity");
    }
    const sourceIdentity = givenIdentity ?? carried;

    const context = { ...((await ctx.requestContext?.()) ?? {}) };
    let mfaAt = caller.session?.mfaAt === undefined ? undefined : new Date(caller.session.mfaAt);
    if (serialNumber !== undefined && tokenCode !== undefined) {
      await proveMfa(ctx, caller, serialNumber, tokenCode);
      mfaAt = ctx.now;
      context["aws:MultiFactorAuthPresent"] = "true";
      context["aws:MultiFactorAuthAge"] = "0";
    }
    context["sts:RoleSessionName"] = sessionName;
    const externalId = optStr(input, "ExternalId");
    if (externalId !== undefined) context["sts:ExternalId"] = externalId;
    if (sourceIdentity !== undefined) context["sts:SourceIdentity"] = sourceIdentity;
    Object.assign(context, tagContext(requestedTags));
    if (planned.requestedTransitive.length > 0) {
      context["sts:TransitiveTagKeys"] = planned.requestedTransitive;
    }

    const account = named?.account ?? caller.accountId;
    return ctx.store.write(account, async (tx) => {
      const role = await findNamedRole(tx, named);
      if (role === undefined) throw denied("sts:AssumeRole");
      Object.assign(context, roleTagContext(await readStoredTags(tx, "role", role.id)));
      const set = trustSet(role, await callerPolicySet(tx, caller));
      const needed = [
        "sts:AssumeRole",
        ...(planned.tags.length > 0 ? ["sts:TagSession"] : []),
        ...(sourceIdentity !== undefined ? ["sts:SetSourceIdentity"] : []),
      ];
      for (const permission of needed) {
        const q = { permission, principal: caller.arn, role, partition: ctx.partition, context };
        if (!trustAllows(set, q)) throw denied(permission);
      }
      const chained = caller.session !== undefined;
      const seconds = roleSessionSeconds(optInt(input, "DurationSeconds"), role, chained);
      const credentials = await issueSession(
        tx,
        ctx.secrets,
        {
          ...roleSessionSpec(role, sessionName, sourceIdentity, policies, planned),
          ...(mfaAt === undefined ? {} : { mfaAt }),
          chained: caller.kind === "assumed-role",
          durationSeconds: seconds,
        },
        ctx.now,
      );
      const out = roleAnswer(
        credentials,
        assumedRoleUser(role, sessionName, ctx.partition),
        packed,
      );
      if (sourceIdentity !== undefined) out.SourceIdentity = sourceIdentity;
      return out;
    });
  },
};

/**
 * Checks the MFA code with the calling IAM user's device, in the user's
 * account (a code counts once). Only an IAM user has devices: a role
 * session or federated user passing a serial number is refused as for a
 * device that is not theirs.
 */
async function proveMfa(
  ctx: Parameters<Action["run"]>[0],
  caller: Caller,
  serialNumber: string,
  code: string,
): Promise<void> {
  if (caller.kind !== "user" || caller.userId === undefined) throw mfaDeviceNotAssociated();
  const userId = caller.userId;
  await ctx.store.write(caller.accountId, (tx) =>
    verifyMfaCode(tx, ctx.secrets, {
      accountId: caller.accountId,
      userId,
      serialNumber,
      code,
      now: ctx.now,
    }),
  );
}

export const assumeRoleActions: readonly Action[] = [assumeRole];
