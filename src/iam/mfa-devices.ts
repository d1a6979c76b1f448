/**
 * Virtual MFA devices: CreateVirtualMFADevice, DeleteVirtualMFADevice,
 * ListVirtualMFADevices and the tag actions; enabling, resyncing,
 * deactivating and listing a user's devices are in mfa-assign.ts.
 *
 * A device is a resource of its own, whose serial number is its ARN,
 * `arn:aws:iam::<acct>:mfa/<path><name>`. CreateVirtualMFADevice answers the
 * seed (base32 text, 64 characters) and the QR code of its otpauth:// URI,
 * both blobs (base64 in the XML), and no other call ever shows the seed; it
 * is stored sealed with the server key. Names are unique in the account
 * whatever the path, without regard to case (as IAM names are; unconfirmed
 * for devices): "MFA device already exists." (recorded). As recorded,
 * ListVirtualMFADevices lists every device when AssignmentStatus is left out,
 * an unassigned one with its SerialNumber alone, an assigned one with its
 * User and EnableDate; tags are never listed there. Devices are listed by
 * serial number.
 */
import { randomUUID } from "node:crypto";
import { generateSeed } from "../auth/totp.js";
import { otpauthUri, qrCodePng } from "../auth/totp-qr.js";
import { mfaArn } from "../model/arns.js";
import {
  invalidPath,
  mfaDeviceExists,
  mfaDeviceStillEnabled,
  quotaExceeded,
} from "../model/errors.js";
import { isValidPath } from "../model/names.js";
import { isoTime } from "../store/index.js";
import type { Action } from "./action.js";
import { optInt, optStr, str, tags } from "./input.js";
import { mfaAssignActions } from "./mfa-assign.js";
import {
  deviceUserShape,
  findDeviceNamed,
  requireDevice,
  type DeviceRow,
} from "./mfa-devices-common.js";
import { decodeMarker, DEFAULT_MAX_ITEMS, page } from "./pagination.js";
import { tagActions } from "./tag-actions.js";
import { checkNewTags, dropAllTags, tagContext, writeTags } from "./tags.js";

const createVirtualMfaDevice: Action = {
  service: "iam",
  name: "CreateVirtualMFADevice",
  permission: "iam:CreateVirtualMFADevice",
  writes: true,
  resource: (input, caller, partition) =>
    mfaArn(
      caller.accountId,
      str(input, "VirtualMFADeviceName"),
      optStr(input, "Path") ?? "/",
      partition,
    ),
  contextKeys: (input) => tagContext(tags(input)),
  async run(ctx, input) {
    const name = str(input, "VirtualMFADeviceName");
    const path = optStr(input, "Path") ?? "/";
    const newTags = tags(input);
    if (!isValidPath(path)) throw invalidPath();
    checkNewTags(newTags, "mfa");
    if (newTags.length > ctx.quotas.tagsPerResource)
      throw quotaExceeded("tagsPerResource", ctx.quotas.tagsPerResource);
    const account = ctx.caller.accountId;
    const seed = generateSeed();
    const { serial, label } = await ctx.store.write(account, async (tx) => {
      if ((await findDeviceNamed(tx, account, name)) !== undefined) throw mfaDeviceExists();
      const alias = await tx
        .selectFrom("account_aliases")
        .select("alias")
        .where("account_id", "=", account)
        .executeTakeFirst();
      const row: DeviceRow = {
        id: randomUUID(),
        account_id: account,
        serial: mfaArn(account, name, path, ctx.partition),
        name,
        path,
        created_at: isoTime(ctx.now),
        seed: ctx.secrets.seal(seed),
        user_id: null,
        root: 0,
        enabled_at: null,
        last_step: null,
        last_used_at: null,
      };
      await tx.insertInto("mfa_devices").values(row).execute();
      await writeTags(tx, account, "mfa", row.id, newTags, ctx.quotas.tagsPerResource);
      return { serial: row.serial, label: `${name}@${alias?.alias ?? account}` };
    });
    const device: Record<string, unknown> = {
      SerialNumber: serial,
      Base32StringSeed: seed,
      QRCodePNG: await qrCodePng(otpauthUri(seed, label)),
    };
    if (newTags.length > 0) device.Tags = newTags;
    return { VirtualMFADevice: device };
  },
};

const deleteVirtualMfaDevice: Action = {
  service: "iam",
  name: "DeleteVirtualMFADevice",
  permission: "iam:DeleteVirtualMFADevice",
  writes: true,
  resource: (input) => str(input, "SerialNumber"),
  async run(ctx, input) {
    const serial = str(input, "SerialNumber");
    const account = ctx.caller.accountId;
    await ctx.store.write(account, async (tx) => {
      const device = await requireDevice(tx, account, serial);
      if (device.enabled_at !== null) throw mfaDeviceStillEnabled();
      await dropAllTags(tx, "mfa", device.id);
      await tx.deleteFrom("mfa_devices").where("id", "=", device.id).execute();
    });
    return undefined;
  },
};

const listVirtualMfaDevices: Action = {
  service: "iam",
  name: "ListVirtualMFADevices",
  permission: "iam:ListVirtualMFADevices",
  writes: false,
  resource: (_input, caller, partition) => `arn:${partition}:iam::${caller.accountId}:mfa/`,
  async run(ctx, input) {
    const status = optStr(input, "AssignmentStatus") ?? "Any";
    const limit = optInt(input, "MaxItems") ?? DEFAULT_MAX_ITEMS;
    const after = decodeMarker(optStr(input, "Marker"), 1);
    const account = ctx.caller.accountId;
    return ctx.store.read(async (db) => {
      let q = db
        .selectFrom("mfa_devices")
        .leftJoin("users", "users.id", "mfa_devices.user_id")
        .selectAll("mfa_devices")
        .select([
          "users.name as user_name",
          "users.path as user_path",
          "users.created_at as user_created_at",
          "users.password_last_used as user_password_last_used",
        ])
        .where("mfa_devices.account_id", "=", account);
      if (status === "Assigned") q = q.where("mfa_devices.enabled_at", "is not", null);
      if (status === "Unassigned") q = q.where("mfa_devices.enabled_at", "is", null);
      if (after !== undefined) q = q.where("mfa_devices.serial", ">", after[0] as string);
      const rows = await q
        .orderBy("mfa_devices.serial")
        .limit(limit + 1)
        .execute();
      const created = await db
        .selectFrom("accounts")
        .select("created_at")
        .where("id", "=", account)
        .executeTakeFirst();
      const result = page(rows, limit, (r) => [r.serial]);
      const devices = result.items.map((r) => {
        const out: Record<string, unknown> = { SerialNumber: r.serial };
        if (r.enabled_at === null) return out;
        const user =
          r.user_id === null || r.user_name === null
            ? undefined
            : {
                id: r.user_id,
                name: r.user_name,
                path: r.user_path ?? "/",
                created_at: r.user_created_at ?? "",
                password_last_used: r.user_password_last_used,
              };
        out.User = deviceUserShape(user, account, created?.created_at ?? "", ctx.partition);
        out.EnableDate = r.enabled_at;
        return out;
      });
      const out: Record<string, unknown> = {
        VirtualMFADevices: devices,
        IsTruncated: result.IsTruncated,
      };
      if (result.Marker !== undefined) out.Marker = result.Marker;
      return out;
    });
  },
};

const mfaDevice = {
  noun: "MFADevice",
  type: "mfa",
  nameMember: "SerialNumber",
  resource: (input: Parameters<Action["resource"]>[0]) => str(input, "SerialNumber"),
  find: requireDevice,
} as const;

export const mfaDeviceActions: readonly Action[] = [
  createVirtualMfaDevice,
  deleteVirtualMfaDevice,
  listVirtualMfaDevices,
  ...mfaAssignActions,
  ...tagActions(mfaDevice),
];
