/**
 * AWS's identifier forms, generated from node:crypto randomness.
 *
 * Unique ids (IAM User Guide, "IAM identifiers" › "Unique identifiers"): a
 * four-letter prefix naming the kind of entity, then 17 characters, 21 in all
 * (the guide's example is `AIDAJQABLZS4A3QDU576Q`). The characters are the
 * RFC 4648 base32 alphabet `[A-Z2-7]`, as in every id AWS shows. Access key
 * ids are 20 characters: `AKIA` (long-term) or `ASIA` (temporary) and 16 of
 * the same alphabet. Secret access keys are 40 characters of the base64
 * alphabet `[A-Za-z0-9/+]`.
 */
import { randomInt } from "node:crypto";

/** The prefixes IAM documents, by entity type ("Understanding unique ID prefixes"). */
export const ID_PREFIX = {
  user: "AIDA",
  group: "AGPA",
  role: "AROA",
  managedPolicy: "ANPA",
  instanceProfile: "AIPA",
  serverCertificate: "ASCA",
  accessKey: "AKIA",
  temporaryAccessKey: "ASIA",
} as const;

export type IdKind = keyof typeof ID_PREFIX;
/** The kinds with a 21-character unique id (access keys have 20-character ids). */
export type UniqueIdKind = Exclude<IdKind, "accessKey" | "temporaryAccessKey">;

const UNIQUE_ID_PREFIXES: ReadonlySet<string> = new Set(
  (Object.keys(ID_PREFIX) as IdKind[])
    .filter((k) => k !== "accessKey" && k !== "temporaryAccessKey")
    .map((k) => ID_PREFIX[k]),
);

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DIGITS = "0123456789";

/** Length of a unique id (prefix included) and of an access key id. */
export const UNIQUE_ID_LENGTH = 21;
export const ACCESS_KEY_ID_LENGTH = 20;
export const SECRET_ACCESS_KEY_LENGTH = 40;

function randomString(alphabet: string, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/** A unique id for a user, group, role, managed policy, instance profile or server certificate. */
export function uniqueId(kind: UniqueIdKind): string {
  const prefix = ID_PREFIX[kind];
  return prefix + randomString(BASE32, UNIQUE_ID_LENGTH - prefix.length);
}

export const userId = (): string => uniqueId("user");
export const groupId = (): string => uniqueId("group");
export const roleId = (): string => uniqueId("role");
export const policyId = (): string => uniqueId("managedPolicy");
export const instanceProfileId = (): string => uniqueId("instanceProfile");
export const serverCertificateId = (): string => uniqueId("serverCertificate");

/** `AKIA` + 16 base32 characters: a long-term (IAM user) access key id. */
export function accessKeyId(): string {
  return ID_PREFIX.accessKey + randomString(BASE32, ACCESS_KEY_ID_LENGTH - 4);
}

/** `ASIA` + 16 base32 characters: a temporary (STS) access key id. */
export function temporaryAccessKeyId(): string {
  return ID_PREFIX.temporaryAccessKey + randomString(BASE32, ACCESS_KEY_ID_LENGTH - 4);
}

/** 40 characters of `[A-Za-z0-9/+]`, 238 bits of randomness. */
export function accessKeySecret(): string {
  return randomString(BASE64, SECRET_ACCESS_KEY_LENGTH);
}

/** A 12-digit account id (leading zeros allowed, as in AWS; never all zeros). */
export function accountId(): string {
  for (;;) {
    const id = randomString(DIGITS, 12);
    if (id !== "000000000000") return id;
  }
}

export function isAccountId(text: string): boolean {
  return /^\d{12}$/.test(text);
}

/** `AKIA` or `ASIA` and 16 of `[A-Z2-7]`: the shape of an id this server issues. */
export function looksLikeAccessKeyId(text: string): boolean {
  return /^A[KS]IA[A-Z2-7]{16}$/.test(text);
}

/** Whether an access key id is temporary (issued by STS). */
export function isTemporaryAccessKeyId(text: string): boolean {
  return text.startsWith(ID_PREFIX.temporaryAccessKey);
}

/** A unique id of the given kind as this server issues them. */
export function looksLikeUniqueId(text: string, kind?: UniqueIdKind): boolean {
  if (!/^[A-Z2-7]{21}$/.test(text)) return false;
  const prefix = text.slice(0, 4);
  if (kind !== undefined) return prefix === ID_PREFIX[kind];
  return UNIQUE_ID_PREFIXES.has(prefix);
}

/** An instance id (workload credentials): `i-` and 17 lowercase hex digits, as EC2's. */
export function instanceId(): string {
  return `i-${randomString("0123456789abcdef", 17)}`;
}

export function isInstanceId(text: string): boolean {
  return /^i-[0-9a-f]{17}$/.test(text);
}
