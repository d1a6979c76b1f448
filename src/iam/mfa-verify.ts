/**
 * Checking codes of virtual MFA devices, where IAM and STS take them.
 *
 * A code counts once per device: the device keeps the step of the last code
 * it accepted (`last_step`), and a code for that step or an earlier one is
 * refused as a replay, whatever else it matches. EnableMFADevice and
 * ResyncMFADevice take two consecutive codes (`checkConsecutiveCodes`);
 * GetSessionToken and AssumeRole take one (`verifyMfaCode`). Callers run
 * these inside their write transaction, so two requests with one code cannot
 * both pass (writes are serialized per account). Seeds are opened here and
 * never leave: not in errors, not in logs.
 */
import type { SecretBox } from "../auth/secret-box.js";
import { matchConsecutive, matchStep } from "../auth/totp.js";
import {
  invalidAuthenticationCode,
  mfaCodeInvalid,
  mfaDeviceNotAssociated,
} from "../model/errors.js";
import { isoTime, type Database, type MfaDeviceTable, type Selectable } from "../store/index.js";
import type { Transaction } from "../store/index.js";

export type DeviceRow = Selectable<MfaDeviceTable>;

/** Whether a code's step comes after the last one the device accepted. */
function fresh(device: DeviceRow, step: number): boolean {
  return device.last_step === null || step > device.last_step;
}

/**
 * The later step of two consecutive, fresh codes (EnableMFADevice,
 * ResyncMFADevice), to be stored as the device's `last_step`; AWS's
 * InvalidAuthenticationCode otherwise.
 */
export function checkConsecutiveCodes(
  secrets: SecretBox,
  device: DeviceRow,
  code1: string,
  code2: string,
  now: Date,
): number {
  const steps = matchConsecutive(secrets.open(device.seed), code1, code2, now);
  if (steps === undefined || !fresh(device, steps.first)) throw invalidAuthenticationCode();
  return steps.second;
}

/**
 * Proves MFA for an STS call: the device `serialNumber` must be enabled for
 * this principal (userId, or the root user when userId is null) in
 * accountId, and `code` must be valid now and not used before; records the
 * step and last use. Throws AWS's errors: AccessDenied "MultiFactorAuthentication
 * failed with invalid MFA one time pass code. " for a wrong or replayed code,
 * and AccessDenied "MultiFactorAuthentication failed, unable to validate MFA
 * code.  Please verify your MFA serial number is valid and associated with
 * this user." for a serial that is no enabled device of the principal
 * (unknown, unassigned, another principal's, another account's).
 */
export async function verifyMfaCode(
  tx: Transaction<Database>,
  secrets: SecretBox,
  p: { accountId: string; userId: string | null; serialNumber: string; code: string; now: Date },
): Promise<void> {
  const device = await tx
    .selectFrom("mfa_devices")
    .selectAll()
    .where("account_id", "=", p.accountId)
    .where("serial", "=", p.serialNumber)
    .executeTakeFirst();
  const owned =
    device !== undefined &&
    device.enabled_at !== null &&
    (p.userId === null ? device.root === 1 : device.user_id === p.userId);
  if (!owned) throw mfaDeviceNotAssociated();
  const step = matchStep(secrets.open(device.seed), p.code, p.now);
  if (step === undefined || !fresh(device, step)) throw mfaCodeInvalid();
  await tx
    .updateTable("mfa_devices")
    .set({ last_step: step, last_used_at: isoTime(p.now) })
    .where("id", "=", device.id)
    .execute();
}
