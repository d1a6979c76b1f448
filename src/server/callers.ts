/**
 * From an access key to a caller: the key's secret for signature
 * verification, and who the key belongs to — the root user or an IAM user
 * (long-term keys, AKIA…), or the session temporary credentials (ASIA…)
 * were issued to: a user's or the root's GetSessionToken session, a role
 * session, a federated user.
 */
import { expiredToken, invalidClientTokenId } from "../auth/sigv4-errors.js";
import type { Credentials } from "../auth/sigv4.js";
import type { Caller, CallerSession } from "../iam/action.js";
import { assumedRoleArn, federatedUserArn, roleArn, rootArn, userArn } from "../model/arns.js";
import { isTemporaryAccessKeyId } from "../model/ids.js";
import { fromSigV4Failure } from "../protocol/errors.js";
import { findSession, sessionFacts, tokenMatches, type SessionRow } from "../sts/sessions.js";
import type { KeyRecord } from "./auth-cache.js";
import { prepare } from "../store/index.js";
import type { Services } from "./services.js";

export interface KeyCredentials extends Credentials {
  record: KeyRecord;
  /** For temporary credentials: their session. */
  session?: SessionRow;
}

/** The credentials of an active access key or a stored session, or undefined (unknown or inactive). */
const ACCESS_KEY_ID = /^\w{1,128}$/;

export async function credentialsFor(
  services: Services,
  accessKeyId: string,
): Promise<KeyCredentials | undefined> {
  // AWS's AccessKeyId pattern: anything else is no key, and is not looked up.
  if (!ACCESS_KEY_ID.test(accessKeyId)) return undefined;
  if (isTemporaryAccessKeyId(accessKeyId)) return sessionCredentials(services, accessKeyId);
  const record = await services.authCache.key(accessKeyId, (id) => loadKey(services, id));
  if (record === undefined || !record.active) return undefined;
  return { secretAccessKey: record.secretAccessKey, record };
}

async function loadKey(services: Services, id: string): Promise<KeyRecord | undefined> {
  const row = await services.store.read((db) =>
    db.selectFrom("access_keys").selectAll().where("id", "=", id).executeTakeFirst(),
  );
  if (row === undefined) return undefined;
  return {
    accessKeyId: row.id,
    secretAccessKey: services.secrets.open(row.secret),
    accountId: row.account_id,
    userId: row.user_id,
    active: row.status === "Active",
  };
}

async function sessionCredentials(
  services: Services,
  id: string,
): Promise<KeyCredentials | undefined> {
  const session = await services.store.read((db) => findSession(db, id));
  if (session === undefined) return undefined;
  const secretAccessKey = services.secrets.open(session.secret);
  const record: KeyRecord = {
    accessKeyId: id,
    secretAccessKey,
    accountId: session.account_id,
    userId: session.user_id,
    active: true,
  };
  return { secretAccessKey, record, session };
}

/**
 * The caller behind verified credentials. Temporary credentials need their
 * session token (compared in constant time) and must not have expired;
 * long-term keys must come without one.
 */
export async function callerFor(
  services: Services,
  credentials: KeyCredentials,
  sessionToken: string | undefined,
  now: Date,
): Promise<Caller> {
  const { record, session } = credentials;
  if (session === undefined) {
    if (sessionToken !== undefined) throw fromSigV4Failure(invalidClientTokenId());
    return record.userId === null
      ? rootCaller(services, record.accountId, record.accessKeyId)
      : userCaller(services, record.accountId, record.userId, record.accessKeyId);
  }
  if (!tokenMatches(session, sessionToken)) throw fromSigV4Failure(invalidClientTokenId());
  if (Date.parse(session.expires_at) <= now.getTime()) throw fromSigV4Failure(expiredToken());
  const info = callerSession(session);
  const account = session.account_id;
  switch (session.kind) {
    case "session": {
      const base =
        session.user_id === null
          ? rootCaller(services, account, session.id)
          : await userCaller(services, account, session.user_id, session.id);
      return { ...base, session: info };
    }
    case "federated":
      return {
        accountId: account,
        kind: "federated-user",
        arn: federatedUserArn(account, session.name ?? "", services.partition),
        accessKeyId: session.id,
        session: info,
      };
    case "role":
      return roleCaller(services, session, info);
  }
}

function rootCaller(services: Services, accountId: string, accessKeyId: string): Caller {
  return { accountId, kind: "root", arn: rootArn(accountId, services.partition), accessKeyId };
}

const USER_NAME_PATH = prepare(1, (db, id: string) =>
  db.selectFrom("users").select(["name", "path"]).where("id", "=", id),
);

async function userCaller(
  services: Services,
  accountId: string,
  userId: string,
  accessKeyId: string,
): Promise<Caller> {
  const user = await services.store.read((db) => USER_NAME_PATH.first(db, userId));
  // The user was deleted after the key or session was issued.
  if (user === undefined) throw fromSigV4Failure(invalidClientTokenId());
  return {
    accountId,
    kind: "user",
    arn: userArn(accountId, user.name, user.path, services.partition),
    accessKeyId,
    userId,
    userName: user.name,
    path: user.path,
  };
}

const ROLE_NAME_PATH = prepare(1, (db, id: string) =>
  db.selectFrom("roles").select(["id", "name", "path"]).where("id", "=", id),
);

/** An instance's session's role: only while the instance runs and its profile holds the role. */
const INSTANCE_ROLE_NAME_PATH = prepare(2, (db, id: string, instanceId: string) =>
  db
    .selectFrom("roles")
    .innerJoin("instance_profile_roles", "instance_profile_roles.role_id", "roles.id")
    .innerJoin(
      "instances",
      "instances.instance_profile_id",
      "instance_profile_roles.instance_profile_id",
    )
    .select(["roles.id", "roles.name", "roles.path"])
    .where("roles.id", "=", id)
    .where("instances.id", "=", instanceId)
    .where("instances.state", "=", "running"),
);

async function roleCaller(
  services: Services,
  session: SessionRow,
  info: CallerSession,
): Promise<Caller> {
  const roleId = session.role_id ?? "";
  const instanceId = session.instance_id;
  const role = await services.store.read((db) =>
    instanceId === null
      ? ROLE_NAME_PATH.first(db, roleId)
      : INSTANCE_ROLE_NAME_PATH.first(db, roleId, instanceId),
  );
  // The role was deleted (its sessions end with it), or the instance may no longer use it.
  if (role === undefined) throw fromSigV4Failure(invalidClientTokenId());
  const account = session.account_id;
  return {
    accountId: account,
    kind: "assumed-role",
    arn: assumedRoleArn(account, role.name, session.name ?? "", services.partition),
    accessKeyId: session.id,
    role: {
      id: role.id,
      name: role.name,
      path: role.path,
      arn: roleArn(account, role.name, role.path, services.partition),
    },
    session: info,
  };
}

function callerSession(row: SessionRow): CallerSession {
  const facts = sessionFacts(row);
  const info: CallerSession = {
    id: row.id,
    kind: row.kind,
    userId: row.user_id,
    issuedAt: row.issued_at,
    expiresAt: row.expires_at,
    chained: row.chained === 1,
    policyArns: facts.policyArns,
    tags: facts.tags,
    transitiveTagKeys: facts.transitiveTagKeys,
    context: facts.context,
  };
  if (row.name !== null) info.name = row.name;
  if (row.source_identity !== null) info.sourceIdentity = row.source_identity;
  if (row.mfa_at !== null) info.mfaAt = row.mfa_at;
  if (row.policy !== null) info.policy = row.policy;
  return info;
}
