/**
 * Temporary credentials: issuing them (GetSessionToken, AssumeRole*,
 * GetFederationToken all end here) and reading them back for a request.
 *
 * The access key id is `ASIA…`; the secret is sealed with the secret box;
 * the session token is 64 random bytes (base64) kept only as its SHA-256
 * hash, compared in constant time. Expired sessions are deleted as new ones
 * are issued.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { SecretBox } from "../auth/secret-box.js";
import { accessKeySecret, temporaryAccessKeyId } from "../model/ids.js";
import type { Tag } from "../iam/input.js";
import {
  isoTime,
  prepare,
  type Database,
  type Kysely,
  type Selectable,
  type SessionTable,
  type Transaction,
} from "../store/index.js";

type Db = Kysely<Database> | Transaction<Database>;
export type SessionRow = Selectable<SessionTable>;

/** What a new session is: its principal, its limits, its facts. */
export interface SessionSpec {
  accountId: string;
  kind: SessionTable["kind"];
  /** The IAM user behind a session or federated token; null for the root user. */
  userId?: string | null;
  roleId?: string | null;
  /** RoleSessionName, or the federated user's name. */
  name?: string | null;
  sourceIdentity?: string | null;
  /** The inline session policy, as given. */
  policy?: string | null;
  policyArns?: readonly string[];
  tags?: readonly Tag[];
  transitiveTagKeys?: readonly string[];
  /** Further condition keys of the session (web identity claims, aws:FederatedProvider…). */
  context?: Readonly<Record<string, string | string[]>>;
  /** When MFA was proven for this session; undefined when it was not. */
  mfaAt?: Date;
  /** Issued to the credentials of a role session (role chaining). */
  chained?: boolean;
  /** The instance a role session is issued to (workload credentials). */
  instanceId?: string | null;
  durationSeconds: number;
}

/** The Credentials element of STS's answers. */
export interface IssuedCredentials {
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken: string;
  /** ISO 8601, e.g. 2026-11-28T13:00:00Z. */
  Expiration: string;
}

const TOKEN_BYTES = 64;

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Whether `token` is the session's token (constant time). */
export function tokenMatches(row: SessionRow, token: string | undefined): boolean {
  if (token === undefined) return false;
  const given = Buffer.from(hashToken(token), "hex");
  const stored = Buffer.from(row.token_hash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** Stores a new session in `tx` and returns its credentials (the only time the secret and token are shown). */
export async function issueSession(
  tx: Transaction<Database>,
  secrets: SecretBox,
  spec: SessionSpec,
  now: Date,
): Promise<IssuedCredentials> {
  const id = temporaryAccessKeyId();
  const secret = accessKeySecret();
  const token = randomBytes(TOKEN_BYTES).toString("base64");
  const expires = new Date(now.getTime() + spec.durationSeconds * 1000);
  await tx.deleteFrom("sessions").where("expires_at", "<", isoTime(now)).execute();
  await tx
    .insertInto("sessions")
    .values({
      id,
      account_id: spec.accountId,
      secret: secrets.seal(secret),
      token_hash: hashToken(token),
      kind: spec.kind,
      user_id: spec.userId ?? null,
      role_id: spec.roleId ?? null,
      name: spec.name ?? null,
      source_identity: spec.sourceIdentity ?? null,
      policy: spec.policy ?? null,
      policy_arns: spec.policyArns?.length ? JSON.stringify(spec.policyArns) : null,
      tags: spec.tags?.length ? JSON.stringify(spec.tags) : null,
      transitive_tag_keys: spec.transitiveTagKeys?.length
        ? JSON.stringify(spec.transitiveTagKeys)
        : null,
      context:
        spec.context && Object.keys(spec.context).length ? JSON.stringify(spec.context) : null,
      mfa_at: spec.mfaAt === undefined ? null : isoTime(spec.mfaAt),
      chained: spec.chained ? 1 : 0,
      issued_at: isoTime(now),
      expires_at: isoTime(expires),
      instance_id: spec.instanceId ?? null,
    })
    .execute();
  return {
    AccessKeyId: id,
    SecretAccessKey: secret,
    SessionToken: token,
    Expiration: expires.toISOString().replace(/\.\d{3}Z$/, "Z"),
  };
}

const SESSION_BY_ID = prepare(1, (db, id: string) =>
  db.selectFrom("sessions").selectAll().where("id", "=", id),
);

export async function findSession(db: Db, id: string): Promise<SessionRow | undefined> {
  return SESSION_BY_ID.first(db, id);
}

/** A session's stored lists and objects, parsed. */
export interface SessionFacts {
  policyArns: string[];
  tags: Tag[];
  transitiveTagKeys: string[];
  context: Record<string, string | string[]>;
}

export function sessionFacts(row: SessionRow): SessionFacts {
  return {
    policyArns: parseJson<string[]>(row.policy_arns, []),
    tags: parseJson<Tag[]>(row.tags, []),
    transitiveTagKeys: parseJson<string[]>(row.transitive_tag_keys, []),
    context: parseJson<Record<string, string | string[]>>(row.context, {}),
  };
}

function parseJson<T>(text: string | null, empty: T): T {
  return text === null ? empty : (JSON.parse(text) as T);
}
