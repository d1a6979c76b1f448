/**
 * The agent's state directory: its Ed25519 key pair (key.pem, PKCS#8, mode
 * 0600), its instance identity once registered (instance.json) and the token
 * that callers of the container endpoint present (container-token, 0600).
 * The private key never leaves this file: only the public key is sent, as
 * base64 of its SPKI DER encoding.
 */
import { generateKeyPairSync, createPrivateKey, createPublicKey, randomBytes } from "node:crypto";
import type { KeyObject } from "node:crypto";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import type { InstanceIdentity } from "../protocol/agent.js";

export type { InstanceIdentity };

export interface KeyPair {
  privateKey: KeyObject;
  /** base64 of the public key's SPKI DER encoding: what the server stores. */
  publicKey: string;
}

const KEY_FILE = "key.pem";
const INSTANCE_FILE = "instance.json";
const CONTAINER_TOKEN_FILE = "container-token";

/** Creates the state directory (mode 0700) when missing. */
export function ensureStateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
}

/** Writes a file readable by its owner only, atomically (a temporary file renamed). */
function writePrivateFile(path: string, content: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content, { mode: 0o600, flag: "w" });
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
}

/** Refuses a secret file that others may read, as ssh does. */
function checkPrivate(path: string): void {
  const mode = statSync(path).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    throw new Error(
      `${path} may be read by others (mode 0${mode.toString(8)}); run chmod 600 on it`,
    );
  }
}

export function publicKeyBase64(privateKey: KeyObject): string {
  return createPublicKey(privateKey).export({ type: "spki", format: "der" }).toString("base64");
}

/** The key pair of this state directory: read from key.pem, or generated and saved there. */
export function loadOrCreateKeyPair(dir: string): { keys: KeyPair; created: boolean } {
  const path = join(dir, KEY_FILE);
  if (existsSync(path)) {
    checkPrivate(path);
    const privateKey = createPrivateKey(readFileSync(path, "utf8"));
    if (privateKey.asymmetricKeyType !== "ed25519") {
      throw new Error(`${path} does not hold an Ed25519 private key`);
    }
    return { keys: { privateKey, publicKey: publicKeyBase64(privateKey) }, created: false };
  }
  const { privateKey } = generateKeyPairSync("ed25519");
  const pem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  writePrivateFile(path, pem);
  return { keys: { privateKey, publicKey: publicKeyBase64(privateKey) }, created: true };
}

function isIdentity(value: unknown): value is InstanceIdentity {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.instanceId === "string" &&
    typeof v.accountId === "string" &&
    typeof v.region === "string" &&
    (v.name === null || typeof v.name === "string") &&
    typeof v.launchedAt === "string" &&
    typeof v.registeredAt === "string"
  );
}

/** The registered identity, or undefined before the first registration. */
export function readIdentity(dir: string): InstanceIdentity | undefined {
  const path = join(dir, INSTANCE_FILE);
  if (!existsSync(path)) return undefined;
  const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
  if (!isIdentity(parsed)) throw new Error(`${path} is not an instance identity`);
  return parsed;
}

export function writeIdentity(dir: string, identity: InstanceIdentity): void {
  const { instanceId, accountId, region, name, launchedAt, registeredAt } = identity;
  const content = { instanceId, accountId, region, name, launchedAt, registeredAt };
  writePrivateFile(join(dir, INSTANCE_FILE), `${JSON.stringify(content, null, 2)}\n`);
}

export function containerTokenPath(dir: string): string {
  return join(dir, CONTAINER_TOKEN_FILE);
}

/**
 * The container endpoint's authorization token: read from container-token,
 * or generated (32 random bytes, base64url) and saved there without a
 * newline, so the file can be named by AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE.
 */
export function loadOrCreateContainerToken(dir: string): string {
  const path = containerTokenPath(dir);
  if (existsSync(path)) {
    checkPrivate(path);
    const token = readFileSync(path, "utf8").trim();
    if (token.length >= 16) return token;
  }
  const token = randomBytes(32).toString("base64url");
  writePrivateFile(path, token);
  return token;
}
