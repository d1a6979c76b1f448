/**
 * What the MFA device actions share: finding a device by its serial number
 * (a virtual device's serial is its ARN), whose devices a call is about, and
 * the shapes IAM answers with.
 *
 * The owner of an assigned device is an IAM user or the root user. Actions
 * whose UserName may be left out (DeactivateMFADevice, ListMFADevices,
 * GetMFADevice) are about the caller: the root user or the IAM user signing;
 * other callers must name a user (AWS's "Must specify userName…"). AWS lets
 * the root user enrol MFA only in its console, never through the API, and its
 * model requires UserName in EnableMFADevice and ResyncMFADevice; Gatehouse,
 * which has no console, lets the root user name itself by the account id
 * there (an IAM user of that name, should one exist, is meant instead), and
 * answers the account id where a root device's UserName is shown.
 */
import { rootArn, userArn } from "../model/arns.js";
import { noSuchMfaDevice, noSuchUser, userNameRequired } from "../model/errors.js";
import { nameKey } from "../model/names.js";
import {
  findInAccount,
  type Database,
  type Kysely,
  type Transaction,
  type Selectable,
  type UserTable,
} from "../store/index.js";
import type { Caller } from "./action.js";
import { optStr, type Input } from "./input.js";
import { namedUserArn } from "./inline-policies-common.js";
import type { DeviceRow } from "./mfa-verify.js";
import { findUser, selfUserArn } from "./users.js";

export type { DeviceRow } from "./mfa-verify.js";
export type Db = Kysely<Database> | Transaction<Database>;

/** Whose devices: an IAM user, or the root user (userId null). */
export interface MfaOwner {
  userId: string | null;
  /** The user's name; the account id for the root user. */
  userName: string;
}

export async function findDevice(
  db: Db,
  accountId: string,
  serial: string,
): Promise<DeviceRow | undefined> {
  return findInAccount(db, "mfa_devices", "serial", accountId, serial);
}

/** The device, or AWS's NoSuchEntity (recorded text). */
export async function requireDevice(db: Db, accountId: string, serial: string): Promise<DeviceRow> {
  const device = await findDevice(db, accountId, serial);
  if (device === undefined) throw noSuchMfaDevice(serial);
  return device;
}

/** A device of that name in the account, whatever its path (names compare case-insensitively). */
export async function findDeviceNamed(
  db: Db,
  accountId: string,
  name: string,
): Promise<DeviceRow | undefined> {
  return db
    .selectFrom("mfa_devices")
    .selectAll()
    .where("account_id", "=", accountId)
    .where((eb) => eb(eb.fn<string>("lower", ["name"]), "=", nameKey(name)))
    .executeTakeFirst();
}

/** The resource of an action about a user's devices: the named user, or the caller. */
export function ownerResource(input: Input, caller: Caller, partition: string): string {
  const name = optStr(input, "UserName");
  return name === undefined ? selfUserArn(caller) : namedUserArn(name, caller, partition);
}

function rootOwner(accountId: string): MfaOwner {
  return { userId: null, userName: accountId };
}

/** Whose devices a call is about (see the header); AWS's NoSuchEntity for an unknown user. */
export async function resolveOwner(
  db: Db,
  caller: Caller,
  name: string | undefined,
): Promise<MfaOwner> {
  if (name === undefined) {
    if (caller.kind === "root") return rootOwner(caller.accountId);
    if (caller.kind === "user" && caller.userId !== undefined) {
      return { userId: caller.userId, userName: caller.userName ?? "" };
    }
    throw userNameRequired();
  }
  const user = await findUser(db, caller.accountId, name);
  if (user !== undefined) return { userId: user.id, userName: user.name };
  if (caller.kind === "root" && name === caller.accountId) return rootOwner(caller.accountId);
  throw noSuchUser(name);
}

/** Whether the device is enabled for the owner. */
export function ownedBy(device: DeviceRow, owner: MfaOwner): boolean {
  if (device.enabled_at === null) return false;
  return owner.userId === null ? device.root === 1 : device.user_id === owner.userId;
}

/** The devices enabled for the owner, oldest enabled first. */
export async function devicesOf(db: Db, accountId: string, owner: MfaOwner): Promise<DeviceRow[]> {
  let q = db
    .selectFrom("mfa_devices")
    .selectAll()
    .where("account_id", "=", accountId)
    .where("enabled_at", "is not", null);
  q = owner.userId === null ? q.where("root", "=", 1) : q.where("user_id", "=", owner.userId);
  return q.orderBy("enabled_at").orderBy("serial").execute();
}

/** An MFADevice of ListMFADevices and GetMFADevice. */
export function mfaDeviceShape(device: DeviceRow, owner: MfaOwner): Record<string, unknown> {
  return {
    UserName: owner.userName,
    SerialNumber: device.serial,
    EnableDate: device.enabled_at,
  };
}

/** What of a user the User of a listed device shows. */
export type DeviceUser = Pick<
  Selectable<UserTable>,
  "id" | "name" | "path" | "created_at" | "password_last_used"
>;

/**
 * The User of an assigned device in ListVirtualMFADevices: a user's Path,
 * UserName, UserId, Arn, CreateDate (recorded), PasswordLastUsed when set;
 * for the root user UserId (the account id), Arn and CreateDate, as AWS
 * lists a root device (quoted in public write-ups).
 */
export function deviceUserShape(
  user: DeviceUser | undefined,
  accountId: string,
  accountCreated: string,
  partition: string,
): Record<string, unknown> {
  if (user === undefined) {
    return { UserId: accountId, Arn: rootArn(accountId, partition), CreateDate: accountCreated };
  }
  const out: Record<string, unknown> = {
    Path: user.path,
    UserName: user.name,
    UserId: user.id,
    Arn: userArn(accountId, user.name, user.path, partition),
    CreateDate: user.created_at,
  };
  if (user.password_last_used !== null) out.PasswordLastUsed = user.password_last_used;
  return out;
}
