/**
 * The agent's side of the agent ↔ server protocol (JSON over HTTP(S)):
 *
 *   POST /_gatehouse/agent/register     {"launchToken", "publicKey"} → the instance identity
 *   POST /_gatehouse/agent/credentials  {"instanceId", "time", "nonce"}, signed with the
 *                                       instance's Ed25519 key (x-gatehouse-signature,
 *                                       base64 of the signature of the exact body bytes)
 *                                       → the role session's credentials
 *
 * Only the public key and signatures travel; the launch token once.
 */
import { randomBytes, sign } from "node:crypto";
import type { KeyObject } from "node:crypto";
import type { InstanceIdentity } from "./state.js";
import { isoSeconds } from "./time.js";

export interface RoleCredentials {
  roleName: string;
  roleArn: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  /** ISO 8601, Z, no milliseconds, as the server sends it. */
  expiration: string;
  issuedAt: string;
  /** The instance profile, when the server tells it (IMDS's iam/info). */
  instanceProfileArn?: string;
  instanceProfileId?: string;
}

/** What the server answered a request with, as the agent acts on it. */
export type ServerAnswer<T> =
  | { kind: "ok"; value: T }
  /** A 4xx with the protocol's {"code", "message"}: the server refused this agent. */
  | { kind: "refused"; status: number; code: string; message: string }
  /** No usable answer (network error, 5xx, malformed body): worth trying again. */
  | { kind: "unavailable"; reason: string };

const REQUEST_TIMEOUT_MS = 15_000;

function endpoint(server: string, path: string): string {
  return `${server.replace(/\/+$/, "")}${path}`;
}

async function post<T>(
  url: string,
  body: string,
  headers: Record<string, string>,
  read: (value: unknown) => T | undefined,
): Promise<ServerAnswer<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    return { kind: "unavailable", reason: cause ?? (err as Error).name };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(await response.text());
  } catch {
    parsed = undefined;
  }
  if (response.status >= 400 && response.status < 500) {
    const error = (parsed ?? {}) as { code?: unknown; message?: unknown };
    return {
      kind: "refused",
      status: response.status,
      code: typeof error.code === "string" ? error.code : `HTTP${response.status}`,
      message: typeof error.message === "string" ? error.message : "",
    };
  }
  if (response.status !== 200) return { kind: "unavailable", reason: `HTTP ${response.status}` };
  const value = read(parsed);
  if (value === undefined) return { kind: "unavailable", reason: "malformed answer" };
  return { kind: "ok", value };
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function readIdentity(value: unknown): InstanceIdentity | undefined {
  const v = record(value);
  if (v === undefined) return undefined;
  const { instanceId, accountId, region, name, launchedAt, registeredAt } = v;
  if (
    typeof instanceId !== "string" ||
    typeof accountId !== "string" ||
    typeof region !== "string" ||
    typeof launchedAt !== "string" ||
    typeof registeredAt !== "string"
  ) {
    return undefined;
  }
  return {
    instanceId,
    accountId,
    region,
    name: typeof name === "string" ? name : null,
    launchedAt,
    registeredAt,
  };
}

const CREDENTIAL_FIELDS = [
  "roleName",
  "roleArn",
  "accessKeyId",
  "secretAccessKey",
  "sessionToken",
  "expiration",
  "issuedAt",
] as const;

function readCredentials(value: unknown): RoleCredentials | undefined {
  const v = record(value);
  if (v === undefined) return undefined;
  for (const field of CREDENTIAL_FIELDS) if (typeof v[field] !== "string") return undefined;
  const credentials = Object.fromEntries(
    CREDENTIAL_FIELDS.map((field) => [field, v[field]]),
  ) as unknown as RoleCredentials;
  if (Number.isNaN(Date.parse(credentials.expiration))) return undefined;
  if (Number.isNaN(Date.parse(credentials.issuedAt))) return undefined;
  if (typeof v.instanceProfileArn === "string")
    credentials.instanceProfileArn = v.instanceProfileArn;
  if (typeof v.instanceProfileId === "string") credentials.instanceProfileId = v.instanceProfileId;
  return credentials;
}

/** Trades the launch token, once, for an instance identity bound to the public key. */
export function register(
  server: string,
  launchToken: string,
  publicKey: string,
): Promise<ServerAnswer<InstanceIdentity>> {
  const body = JSON.stringify({ launchToken, publicKey });
  return post(endpoint(server, "/_gatehouse/agent/register"), body, {}, readIdentity);
}

/** The signed body of a credentials request: instance id, time and a fresh nonce. */
export function credentialsRequestBody(instanceId: string, nowMs: number): string {
  const nonce = randomBytes(24).toString("base64url");
  return JSON.stringify({ instanceId, time: isoSeconds(nowMs), nonce });
}

/** Asks for the role session of the instance's profile, proving the instance with its key. */
export function requestCredentials(
  server: string,
  instanceId: string,
  privateKey: KeyObject,
  nowMs: number,
): Promise<ServerAnswer<RoleCredentials>> {
  const body = credentialsRequestBody(instanceId, nowMs);
  const signature = sign(null, Buffer.from(body, "utf8"), privateKey).toString("base64");
  return post(
    endpoint(server, "/_gatehouse/agent/credentials"),
    body,
    { "x-gatehouse-signature": signature },
    readCredentials,
  );
}
