/**
 * A user's MFA devices: EnableMFADevice, ResyncMFADevice,
 * DeactivateMFADevice, ListMFADevices, GetMFADevice. Each is authorized on
 * the user's ARN (the named user, or the caller), as AWS's own self-service
 * MFA policy grants them (IAM User Guide, "IAM: Allows IAM users to
 * self-manage an MFA device").
 *
 * EnableMFADevice checks, in this order: the user (recorded: NoSuchEntity
 * before the codes are looked at), the device (NoSuchEntity), that it is not
 * assigned to anyone ("MFA Device is already in use.", recorded), the quota
 * of 8 devices per user, the root user too (LimitExceeded "Cannot exceed
 * quota for MFADevicesPerUser: 8", name unconfirmed), then the two codes
 * (InvalidAuthenticationCode). ResyncMFADevice takes two fresh consecutive
 * codes of a device enabled for the user; Gatehouse keeps no clock offset per
 * device (its window is ±1 step), so a resync records the step, no more.
 * DeactivateMFADevice unassigns the device (it stays, to be enabled again or
 * deleted) and keeps its last step, so codes used before stay used.
 */
import { quotaExceeded, mfaDeviceInUse, noSuchMfaDevice } from "../model/errors.js";
import { isoTime } from "../store/index.js";
import type { Action } from "./action.js";
import { optInt, optStr, str } from "./input.js";
import {
  devicesOf,
  findDevice,
  mfaDeviceShape,
  ownedBy,
  ownerResource,
  requireDevice,
  resolveOwner,
} from "./mfa-devices-common.js";
import { checkConsecutiveCodes } from "./mfa-verify.js";
import { decodeMarker, DEFAULT_MAX_ITEMS, page } from "./pagination.js";

const enableMfaDevice: Action = {
  service: "iam",
  name: "EnableMFADevice",
  permission: "iam:EnableMFADevice",
  writes: true,
  resource: ownerResource,
  async run(ctx, input) {
    const name = str(input, "UserName");
    const serial = str(input, "SerialNumber");
    const code1 = str(input, "AuthenticationCode1");
    const code2 = str(input, "AuthenticationCode2");
    const account = ctx.caller.accountId;
    await ctx.store.write(account, async (tx) => {
      const owner = await resolveOwner(tx, ctx.caller, name);
      const device = await requireDevice(tx, account, serial);
      if (device.enabled_at !== null) throw mfaDeviceInUse();
      const max = ctx.quotas.mfaDevicesPerUser;
      if ((await devicesOf(tx, account, owner)).length >= max) {
        throw quotaExceeded("mfaDevicesPerUser", max);
      }
      const step = checkConsecutiveCodes(ctx.secrets, device, code1, code2, ctx.now);
      await tx
        .updateTable("mfa_devices")
        .set({
          user_id: owner.userId,
          root: owner.userId === null ? 1 : 0,
          enabled_at: isoTime(ctx.now),
          last_step: step,
        })
        .where("id", "=", device.id)
        .execute();
    });
    return undefined;
  },
};

const resyncMfaDevice: Action = {
  service: "iam",
  name: "ResyncMFADevice",
  permission: "iam:ResyncMFADevice",
  writes: true,
  resource: ownerResource,
  async run(ctx, input) {
    const name = str(input, "UserName");
    const serial = str(input, "SerialNumber");
    const code1 = str(input, "AuthenticationCode1");
    const code2 = str(input, "AuthenticationCode2");
    const account = ctx.caller.accountId;
    await ctx.store.write(account, async (tx) => {
      const owner = await resolveOwner(tx, ctx.caller, name);
      const device = await findDevice(tx, account, serial);
      if (device === undefined || !ownedBy(device, owner)) throw noSuchMfaDevice(serial);
      const step = checkConsecutiveCodes(ctx.secrets, device, code1, code2, ctx.now);
      await tx
        .updateTable("mfa_devices")
        .set({ last_step: step })
        .where("id", "=", device.id)
        .execute();
    });
    return undefined;
  },
};

const deactivateMfaDevice: Action = {
  service: "iam",
  name: "DeactivateMFADevice",
  permission: "iam:DeactivateMFADevice",
  writes: true,
  resource: ownerResource,
  async run(ctx, input) {
    const name = optStr(input, "UserName");
    const serial = str(input, "SerialNumber");
    const account = ctx.caller.accountId;
    await ctx.store.write(account, async (tx) => {
      const owner = await resolveOwner(tx, ctx.caller, name);
      const device = await findDevice(tx, account, serial);
      if (device === undefined || !ownedBy(device, owner)) throw noSuchMfaDevice(serial);
      await tx
        .updateTable("mfa_devices")
        .set({ user_id: null, root: 0, enabled_at: null })
        .where("id", "=", device.id)
        .execute();
    });
    return undefined;
  },
};

const listMfaDevices: Action = {
  service: "iam",
  name: "ListMFADevices",
  permission: "iam:ListMFADevices",
  writes: false,
  resource: ownerResource,
  async run(ctx, input) {
    const name = optStr(input, "UserName");
    const limit = optInt(input, "MaxItems") ?? DEFAULT_MAX_ITEMS;
    const after = decodeMarker(optStr(input, "Marker"), 2);
    const { owner, devices } = await ctx.store.read(async (db) => {
      const owner = await resolveOwner(db, ctx.caller, name);
      return { owner, devices: await devicesOf(db, ctx.caller.accountId, owner) };
    });
    // At most a handful of devices per user: the page is cut in memory.
    let start = 0;
    if (after !== undefined) {
      const [at, serial] = after as [string, string];
      start = devices.findIndex(
        (d) => (d.enabled_at ?? "") > at || ((d.enabled_at ?? "") === at && d.serial > serial),
      );
      if (start < 0) start = devices.length;
    }
    const result = page(devices.slice(start), limit, (d) => [d.enabled_at ?? "", d.serial]);
    const out: Record<string, unknown> = {
      MFADevices: result.items.map((d) => mfaDeviceShape(d, owner)),
      IsTruncated: result.IsTruncated,
    };
    if (result.Marker !== undefined) out.Marker = result.Marker;
    return out;
  },
};

const getMfaDevice: Action = {
  service: "iam",
  name: "GetMFADevice",
  permission: "iam:GetMFADevice",
  writes: false,
  resource: ownerResource,
  async run(ctx, input) {
    const name = optStr(input, "UserName");
    const serial = str(input, "SerialNumber");
    return ctx.store.read(async (db) => {
      const owner = await resolveOwner(db, ctx.caller, name);
      const device = await findDevice(db, ctx.caller.accountId, serial);
      // Unconfirmed: a device not enabled for the user answers as an unknown one.
      if (device === undefined || !ownedBy(device, owner)) throw noSuchMfaDevice(serial);
      return mfaDeviceShape(device, owner);
    });
  },
};

export const mfaAssignActions: readonly Action[] = [
  enableMfaDevice,
  resyncMfaDevice,
  deactivateMfaDevice,
  listMfaDevices,
  getMfaDevice,
];
