/**
 * The credential report's CSV, as AWS writes it (IAM User Guide, "Generate
 * credential reports for your AWS account", and real reports quoted in public
 * code): AWS's 22 columns; the root user first as `<root_account>` with the
 * account's creation time, then every IAM user by name. Times are ISO 8601 to
 * the second with "+00:00"; booleans "true"/"false"; "N/A" where a value does
 * not apply (no password, no key, never used); "no_information" for a
 * password never used; "not_supported" for the root user's password fields.
 *
 * mfa_active is "true" for the root user and each user with an enabled MFA
 * device. Not stored yet, so constant: the root password (password_last_used
 * "no_information"), signing certificates ("false", "N/A"). A field with a comma, quote or line break is quoted as
 * RFC 4180 says (user names and paths may hold commas; AWS's own quoting is
 * unconfirmed). Lines end with "\n", and the last has none (as in the quoted
 * reports).
 */
import { rootArn, userArn } from "../model/arns.js";
import type { Database, Transaction } from "../store/index.js";
import { keysOf, type KeyRow } from "./access-keys-common.js";
import { readPasswordPolicy } from "./password-policy.js";
import { passwordExpiresAt } from "./password-rules.js";

export const REPORT_COLUMNS = [
  "user",
  "arn",
  "user_creation_time",
  "password_enabled",
  "password_last_used",
  "password_last_changed",
  "password_next_rotation",
  "mfa_active",
  "access_key_1_active",
  "access_key_1_last_rotated",
  "access_key_1_last_used_date",
  "access_key_1_last_used_region",
  "access_key_1_last_used_service",
  "access_key_2_active",
  "access_key_2_last_rotated",
  "access_key_2_last_used_date",
  "access_key_2_last_used_region",
  "access_key_2_last_used_service",
  "cert_1_active",
  "cert_1_last_rotated",
  "cert_2_active",
  "cert_2_last_rotated",
] as const;

const NA = "N/A";
const NO_CERTIFICATES = ["false", NA, "false", NA];

/** "2026-01-15T12:00:00.123Z" → "2026-01-15T12:00:00+00:00". */
export function reportTime(value: string | Date): string {
  const iso = (value instanceof Date ? value : new Date(value)).toISOString();
  return `${iso.slice(0, 19)}+00:00`;
}

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** access_key_N_active … access_key_N_last_used_service for a key, or for none. */
function keyFields(key: KeyRow | undefined): string[] {
  if (key === undefined) return ["false", NA, NA, NA, NA];
  return [
    key.status === "Active" ? "true" : "false",
    reportTime(key.created_at),
    key.last_used_at === null ? NA : reportTime(key.last_used_at),
    key.last_used_region ?? NA,
    key.last_used_service ?? NA,
  ];
}

function keyColumns(keys: readonly KeyRow[]): string[] {
  return [...keyFields(keys[0]), ...keyFields(keys[1])];
}

/** Who has an enabled MFA device: the root user, and users by id. */
async function mfaOwners(
  tx: Transaction<Database>,
  account: string,
): Promise<{ root: boolean; users: Set<string> }> {
  const rows = await tx
    .selectFrom("mfa_devices")
    .select(["user_id", "root"])
    .where("account_id", "=", account)
    .where("enabled_at", "is not", null)
    .execute();
  return {
    root: rows.some((r) => r.root === 1),
    users: new Set(rows.flatMap((r) => (r.user_id === null ? [] : [r.user_id]))),
  };
}

/** The report's text for the account, read in the transaction that stores it. */
export async function buildReport(
  tx: Transaction<Database>,
  account: string,
  partition: string,
): Promise<string> {
  const created = await tx
    .selectFrom("accounts")
    .select("created_at")
    .where("id", "=", account)
    .executeTakeFirstOrThrow();
  const lines = [REPORT_COLUMNS.join(",")];
  const mfa = await mfaOwners(tx, account);
  const root = [
    "<root_account>",
    rootArn(account, partition),
    reportTime(created.created_at),
    "not_supported",
    "no_information",
    "not_supported",
    "not_supported",
    mfa.root ? "true" : "false",
    ...keyColumns(await keysOf(tx, account, null)),
    ...NO_CERTIFICATES,
  ];
  lines.push(root.map(field).join(","));

  const policy = await readPasswordPolicy(tx, account);
  const users = await tx
    .selectFrom("users")
    .leftJoin("login_profiles", "login_profiles.user_id", "users.id")
    .select([
      "users.id",
      "users.name",
      "users.path",
      "users.created_at",
      "users.password_last_used",
      "login_profiles.password_changed_at",
    ])
    .where("users.account_id", "=", account)
    .orderBy("users.name_key")
    .orderBy("users.id")
    .execute();
  for (const u of users) {
    const changed = u.password_changed_at;
    const hasPassword = changed !== null;
    const expires = hasPassword ? passwordExpiresAt(policy, new Date(changed)) : undefined;
    let lastUsed = hasPassword ? "no_information" : NA;
    if (u.password_last_used !== null) lastUsed = reportTime(u.password_last_used);
    const row = [
      u.name,
      userArn(account, u.name, u.path, partition),
      reportTime(u.created_at),
      hasPassword ? "true" : "false",
      lastUsed,
      hasPassword ? reportTime(changed) : NA,
      expires === undefined ? NA : reportTime(expires),
      mfa.users.has(u.id) ? "true" : "false",
      ...keyColumns(await keysOf(tx, account, u.id)),
      ...NO_CERTIFICATES,
    ];
    lines.push(row.map(field).join(","));
  }
  return lines.join("\n");
}
