/**
 * From an access key to a caller: the key's secret for signature
 * verification, and who the key belongs to (the root user or an IAM user).
 */
import type { Credentials } from "../auth/sigv4.js";
import type { Caller } from "../iam/action.js";
import { rootArn, userArn } from "../model/arns.js";
import type { KeyRecord } from "./auth-cache.js";
import type { Services } from "./services.js";

export interface KeyCredentials extends Credentials {
  record: KeyRecord;
}

/** The credentials of an active access key, or undefined (unknown or inactive key). */
export async function credentialsFor(
  services: Services,
  accessKeyId: string,
): Promise<KeyCredentials | undefined> {
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

export async function callerFor(services: Services, credentials: KeyCredentials): Promise<Caller> {
  const { record } = credentials;
  if (record.userId === null) {
    return {
      accountId: record.accountId,
      kind: "root",
      arn: rootArn(record.accountId, services.partition),
      accessKeyId: record.accessKeyId,
    };
  }
  const userId = record.userId;
  const user = await services.store.read((db) =>
    db.selectFrom("users").select(["name", "path"]).where("id", "=", userId).executeTakeFirst(),
  );
  if (user === undefined) throw new Error(`access key ${record.accessKeyId} has no user`);
  return {
    accountId: record.accountId,
    kind: "user",
    arn: userArn(record.accountId, user.name, user.path, services.partition),
    accessKeyId: record.accessKeyId,
    userId,
    userName: user.name,
    path: user.path,
  };
}
