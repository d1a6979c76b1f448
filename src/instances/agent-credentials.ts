/**
 * POST /_gatehouse/agent/credentials: a registered instance's agent asks
 * for its role's credentials with a request signed by its Ed25519 key — the
 * body `{"instanceId","time","nonce"}` exactly as sent, the signature
 * (base64) in `x-gatehouse-signature`. Nothing reusable travels: a request
 * counts once (its nonce is kept 10 minutes) and only within 5 minutes of
 * its time.
 *
 * The checks, in order: the signature against the instance's stored key
 * (unknown instance, no key yet, bad signature: InvalidSignature 401);
 * terminated (InstanceTerminated 403); the time (RequestExpired 401); the
 * nonce (ReplayedRequest 401); the profile's role (NoRole 404); the role's
 * trust policy must allow sts:AssumeRole to the service ec2.amazonaws.com,
 * evaluated as STS evaluates trust (RoleNotTrusted 403). Then a role session
 * is issued to the instance: named by the instance id, carrying
 * ec2:SourceInstanceARN, an hour long.
 */
import { verify, type KeyObject } from "node:crypto";
import { instanceProfileArn, roleArn } from "../model/arns.js";
import { isInstanceId } from "../model/ids.js";
import { isoTime } from "../store/index.js";
import { trustAllows, trustSet } from "../sts/assume-role-common.js";
import { issueSession } from "../sts/sessions.js";
import {
  AgentError,
  invalidRequest,
  jsonObject,
  protocolTime,
  stringMember,
  type AgentContext,
} from "./agent-common.js";
import { ed25519Key } from "./agent-register.js";
import { arnOf, EC2_SERVICE, profileRole } from "./common.js";

/** How far a request's time may be from the server's. */
export const MAX_SKEW_SECONDS = 300;
/** How long a nonce is remembered: longer than any time a request is accepted in. */
export const NONCE_SECONDS = 600;
export const SESSION_SECONDS = 3_600;

const NONCE = /^[A-Za-z0-9_-]{22,64}$/;
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

export interface InstanceCredentials {
  roleName: string;
  roleArn: string;
  /** The instance profile the role came through (IMDS's iam/info). */
  instanceProfileArn: string;
  instanceProfileId: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: string;
  issuedAt: string;
}

function signedBy(key: KeyObject, body: Uint8Array, signature: string): boolean {
  try {
    return verify(null, body, key, Buffer.from(signature, "base64"));
  } catch {
    return false;
  }
}

const invalidSignature = () =>
  new AgentError(401, "InvalidSignature", "The request signature is not valid for this instance.");

export async function instanceCredentials(
  ctx: AgentContext,
  body: Uint8Array,
  signature: string | undefined,
): Promise<InstanceCredentials> {
  const request = jsonObject(body);
  const instanceId = stringMember(request, "instanceId", 64);
  const time = stringMember(request, "time", 64);
  const nonce = stringMember(request, "nonce", 64);
  if (!isInstanceId(instanceId)) throw invalidRequest("instanceId is not an instance id.");
  if (!TIME.test(time) || Number.isNaN(Date.parse(time))) {
    throw invalidRequest("time must be ISO 8601 UTC, e.g. 2026-11-29T03:00:00Z.");
  }
  if (!NONCE.test(nonce)) throw invalidRequest("nonce must be 22 to 64 of [A-Za-z0-9_-].");
  if (signature === undefined || signature === "") throw invalidSignature();

  const stored = await ctx.store.read((db) =>
    db
      .selectFrom("instances")
      .select(["account_id", "public_key"])
      .where("id", "=", instanceId)
      .executeTakeFirst(),
  );
  if (stored?.public_key === undefined || stored.public_key === null) throw invalidSignature();
  const key = ed25519Key(stored.public_key);
  if (!signedBy(key, body, signature)) throw invalidSignature();

  const account = stored.account_id;
  const now = ctx.now;
  return ctx.store.write(account, async (tx) => {
    const row = await tx
      .selectFrom("instances")
      .selectAll()
      .where("id", "=", instanceId)
      .executeTakeFirstOrThrow();
    if (row.state === "terminated") {
      throw new AgentError(403, "InstanceTerminated", `The instance ${row.id} is terminated.`);
    }
    if (Math.abs(Date.parse(time) - now.getTime()) > MAX_SKEW_SECONDS * 1000) {
      throw new AgentError(
        401,
        "RequestExpired",
        `The request time is more than ${MAX_SKEW_SECONDS} seconds from the server's.`,
      );
    }
    await tx
      .deleteFrom("instance_nonces")
      .where("instance_id", "=", instanceId)
      .where("expires_at", "<", isoTime(now))
      .execute();
    const seen = await tx
      .selectFrom("instance_nonces")
      .select("nonce")
      .where("instance_id", "=", instanceId)
      .where("nonce", "=", nonce)
      .executeTakeFirst();
    if (seen !== undefined) {
      throw new AgentError(401, "ReplayedRequest", "This request was already received.");
    }
    await tx
      .insertInto("instance_nonces")
      .values({
        instance_id: instanceId,
        nonce,
        expires_at: isoTime(now.getTime() + NONCE_SECONDS * 1000),
      })
      .execute();

    const profileId = row.instance_profile_id;
    const profile =
      profileId === null
        ? undefined
        : await tx
            .selectFrom("instance_profiles")
            .select(["name", "path"])
            .where("id", "=", profileId)
            .executeTakeFirst();
    const role = profileId === null ? undefined : await profileRole(tx, profileId);
    if (role === undefined || profile === undefined || profileId === null) {
      throw new AgentError(404, "NoRole", "The instance's instance profile holds no role.");
    }
    const trusted = trustAllows(trustSet(role, {}), {
      permission: "sts:AssumeRole",
      principal: EC2_SERVICE,
      role,
      partition: ctx.partition,
      context: {
        "aws:CurrentTime": protocolTime(now),
        "aws:EpochTime": String(Math.floor(now.getTime() / 1000)),
      },
    });
    if (!trusted) {
      throw new AgentError(
        403,
        "RoleNotTrusted",
        `The role ${role.name} does not trust ${EC2_SERVICE} to assume it.`,
      );
    }
    const credentials = await issueSession(
      tx,
      ctx.secrets,
      {
        accountId: account,
        kind: "role",
        roleId: role.id,
        name: row.id,
        instanceId: row.id,
        context: { "ec2:SourceInstanceARN": arnOf(row, ctx.partition) },
        durationSeconds: SESSION_SECONDS,
      },
      now,
    );
    return {
      roleName: role.name,
      roleArn: roleArn(role.account_id, role.name, role.path, ctx.partition),
      instanceProfileArn: instanceProfileArn(account, profile.name, profile.path, ctx.partition),
      instanceProfileId: profileId,
      accessKeyId: credentials.AccessKeyId,
      secretAccessKey: credentials.SecretAccessKey,
      sessionToken: credentials.SessionToken,
      expiration: credentials.Expiration,
      issuedAt: protocolTime(now),
    };
  });
}
