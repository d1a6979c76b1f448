/**
 * Virtual MFA devices through the real AWS SDK against a real server, codes
 * computed from Base32StringSeed by an authenticator (otpauth): creation and
 * its QR code, enabling with two consecutive codes, wrong and replayed codes,
 * resync, the list and get shapes, deactivation, DeleteConflict, tags, and
 * the seed sealed at rest.
 */
import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import {
  CreateAccountAliasCommand,
  CreateUserCommand,
  DeactivateMFADeviceCommand,
  DeleteVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  GetMFADeviceCommand,
  ListMFADevicesCommand,
  ListMFADeviceTagsCommand,
  ListVirtualMFADevicesCommand,
  ResyncMFADeviceCommand,
  TagMFADeviceCommand,
  UntagMFADeviceCommand,
} from "@aws-sdk/client-iam";
import { otpauthUri, qrCodePng } from "../../src/auth/totp-qr.js";
import { ACCOUNT, failure, useServer } from "./harness.js";
import { codeAt, createDevice, enable, PERIOD_MS, serverClock } from "./mfa-helpers.js";

const srv = useServer();
const clock = serverClock(srv);
const arn = (rest: string) => `arn:aws:iam::${ACCOUNT}:${rest}`;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe("virtual MFA devices", () => {
  beforeEach(async () => {
    await srv.reset();
    await srv.iam().send(new CreateUserCommand({ UserName: "alice" }));
  });

  test("CreateVirtualMFADevice: serial, AWS's 64-character seed, the QR code of the otpauth URI", async () => {
    const iam = srv.iam();
    const d = await createDevice(iam, "alice-phone");
    assert.equal(d.serial, arn("mfa/alice-phone"));
    assert.match(d.seed, /^[A-Z2-7]{64}$/);
    assert.deepEqual([...d.png.subarray(0, 8)], PNG_SIGNATURE);
    // The same bytes as the PNG of the URI an authenticator app expects, label "<name>@<account>".
    const uri = `otpauth://totp/Gatehouse:alice-phone@${ACCOUNT}?secret=${d.seed}&issuer=Gatehouse`;
    assert.equal(otpauthUri(d.seed, `alice-phone@${ACCOUNT}`), uri);
    assert.deepEqual(Buffer.from(d.png), await qrCodePng(uri));

    // With a path; the label names the account alias once there is one.
    await iam.send(new CreateAccountAliasCommand({ AccountAlias: "gate-co" }));
    const p = await createDevice(iam, "laptop", { Path: "/team//a/" });
    assert.equal(p.serial, arn("mfa/team//a/laptop"));
    assert.notEqual(p.seed, d.seed);
    assert.deepEqual(
      Buffer.from(p.png),
      await qrCodePng(`otpauth://totp/Gatehouse:laptop@gate-co?secret=${p.seed}&issuer=Gatehouse`),
    );
  });

  test("the seed is sealed at rest and shown by no other call", async () => {
    const iam = srv.iam();
    const d = await createDevice(iam, "sealed");
    const row = await srv.server.store.read((db) =>
      db.selectFrom("mfa_devices").selectAll().where("serial", "=", d.serial).executeTakeFirst(),
    );
    assert.ok(row);
    assert.ok(!row.seed.includes(d.seed), "the stored seed is not the plain seed");
    assert.match(row.seed, /^v1\./);
    assert.equal(srv.server.services.secrets.open(row.seed), d.seed);
    const listed = await iam.send(new ListVirtualMFADevicesCommand({}));
    assert.deepEqual(listed.VirtualMFADevices, [{ SerialNumber: d.serial }]);
  });

  test("names are taken in the account: 'MFA device already exists.' (whatever the case or path)", async () => {
    const iam = srv.iam();
    await createDevice(iam, "Dup");
    for (const extra of [{}, { Path: "/other/" }]) {
      for (const name of ["Dup", "dup"]) {
        const e = await failure(createDevice(iam, name, extra));
        assert.deepEqual(e, {
          name: "EntityAlreadyExistsException",
          message: "MFA device already exists.",
          status: 409,
        });
      }
    }
  });

  test("EnableMFADevice with two consecutive codes; the list and get shapes", async () => {
    const iam = srv.iam();
    const d = await createDevice(iam, "alice-phone");
    const enabledAt = clock.at(0);
    assert.deepEqual(
      (await iam.send(new ListMFADevicesCommand({ UserName: "alice" }))).MFADevices,
      [],
    );
    await enable(iam, "alice", d, enabledAt);

    const listed = await iam.send(new ListMFADevicesCommand({ UserName: "alice" }));
    assert.deepEqual(listed.MFADevices, [
      { UserName: "alice", SerialNumber: d.serial, EnableDate: new Date(enabledAt) },
    ]);
    assert.equal(listed.IsTruncated, false);

    const got = await iam.send(
      new GetMFADeviceCommand({ UserName: "alice", SerialNumber: d.serial }),
    );
    assert.equal(got.UserName, "alice");
    assert.equal(got.SerialNumber, d.serial);
    assert.deepEqual(got.EnableDate, new Date(enabledAt));
    assert.equal(got.Certifications, undefined);

    const spare = await createDevice(iam, "spare");
    const any = await iam.send(new ListVirtualMFADevicesCommand({}));
    const alice = await srv.server.store.read((db) =>
      db.selectFrom("users").selectAll().where("name", "=", "alice").executeTakeFirstOrThrow(),
    );
    assert.deepEqual(any.VirtualMFADevices, [
      {
        SerialNumber: d.serial,
        EnableDate: new Date(enabledAt),
        User: {
          Path: "/",
          UserName: "alice",
          UserId: alice.id,
          Arn: arn("user/alice"),
          CreateDate: new Date(Math.floor(Date.parse(alice.created_at) / 1000) * 1000),
        },
      },
      { SerialNumber: spare.serial },
    ]);
    const assigned = await iam.send(
      new ListVirtualMFADevicesCommand({ AssignmentStatus: "Assigned" }),
    );
    assert.deepEqual(
      assigned.VirtualMFADevices?.map((v) => v.SerialNumber),
      [d.serial],
    );
    const unassigned = await iam.send(
      new ListVirtualMFADevicesCommand({ AssignmentStatus: "Unassigned" }),
    );
    assert.deepEqual(unassigned.VirtualMFADevices, [{ SerialNumber: spare.serial }]);
  });

  test("wrong codes: InvalidAuthenticationCode, 403; the device stays unassigned", async () => {
    const iam = srv.iam();
    const d = await createDevice(iam, "phone");
    const now = clock.at(0);
    const send = (code1: string, code2: string) =>
      failure(
        iam.send(
          new EnableMFADeviceCommand({
            UserName: "alice",
            SerialNumber: d.serial,
            AuthenticationCode1: code1,
            AuthenticationCode2: code2,
          }),
        ),
      );
    const expected = {
      name: "InvalidAuthenticationCodeException",
      message: "Authentication code for device is not valid.",
      status: 403,
    };
    const prev = codeAt(d.seed, now - PERIOD_MS);
    const cur = codeAt(d.seed, now);
    const wrong = cur === "000000" ? "000001" : "000000";
    assert.deepEqual(await send(prev, wrong), expected);
    assert.deepEqual(await send(cur, prev), expected); // swapped
    assert.deepEqual(await send(cur, cur), expected); // one code twice
    // Too old: both codes from two minutes ago.
    assert.deepEqual(
      await send(codeAt(d.seed, now - 5 * PERIOD_MS), codeAt(d.seed, now - 4 * PERIOD_MS)),
      expected,
    );
    const listed = await iam.send(
      new ListVirtualMFADevicesCommand({ AssignmentStatus: "Unassigned" }),
    );
    assert.equal(listed.VirtualMFADevices?.length, 1);
  });

  test("a code counts once: re-enabling or resyncing with used codes is refused", async () => {
    const iam = srv.iam();
    const d = await createDevice(iam, "phone");
    const t0 = clock.at(0);
    await enable(iam, "alice", d, t0);
    await iam.send(new DeactivateMFADeviceCommand({ UserName: "alice", SerialNumber: d.serial }));
    // The same two codes, still within the window: a replay.
    const replay = await failure(enable(iam, "alice", d, t0));
    assert.equal(replay.name, "InvalidAuthenticationCodeException");
    assert.equal(replay.status, 403);
    // Two periods on, fresh codes enable it again.
    const t2 = clock.at(2);
    await enable(iam, "alice", d, t2);

    const resync = (ms: number) =>
      iam.send(
        new ResyncMFADeviceCommand({
          UserName: "alice",
          SerialNumber: d.serial,
          AuthenticationCode1: codeAt(d.seed, ms - PERIOD_MS),
          AuthenticationCode2: codeAt(d.seed, ms),
        }),
      );
    assert.equal((await failure(resync(t2))).name, "InvalidAuthenticationCodeException");
    const t4 = clock.at(4);
    await resync(t4);
    assert.equal((await failure(resync(t4))).name, "InvalidAuthenticationCodeException");
  });

  test("errors: unknown user (before the codes), unknown device, a device in use", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "bob" }));
    const d = await createDevice(iam, "phone");
    const now = clock.at(0);
    const bad = (userName: string, serial: string) =>
      failure(
        iam.send(
          new EnableMFADeviceCommand({
            UserName: userName,
            SerialNumber: serial,
            AuthenticationCode1: "123456",
            AuthenticationCode2: "654321",
          }),
        ),
      );
    assert.deepEqual(await bad("nobody", d.serial), {
      name: "NoSuchEntityException",
      message: "The user with name nobody cannot be found.",
      status: 404,
    });
    assert.deepEqual(await bad("alice", arn("mfa/nope")), {
      name: "NoSuchEntityException",
      message: `MFA Device with serial number ${arn("mfa/nope")} does not exist.`,
      status: 404,
    });
    await enable(iam, "alice", d, now);
    assert.deepEqual(await failure(enable(iam, "bob", d, clock.at(2))), {
      name: "EntityAlreadyExistsException",
      message: "MFA Device is already in use.",
      status: 409,
    });
    // Another user's device, or none: NoSuchEntity for Deactivate, Resync and Get.
    const notBobs = {
      name: "NoSuchEntityException",
      message: `MFA Device with serial number ${d.serial} does not exist.`,
      status: 404,
    };
    const deactivate = new DeactivateMFADeviceCommand({ UserName: "bob", SerialNumber: d.serial });
    assert.deepEqual(await failure(iam.send(deactivate)), notBobs);
    const get = new GetMFADeviceCommand({ UserName: "bob", SerialNumber: d.serial });
    assert.deepEqual(await failure(iam.send(get)), notBobs);
    assert.deepEqual(
      await failure(
        iam.send(new DeactivateMFADeviceCommand({ UserName: "nobody", SerialNumber: d.serial })),
      ),
      {
        name: "NoSuchEntityException",
        message: "The user with name nobody cannot be found.",
        status: 404,
      },
    );
  });

  test("DeleteVirtualMFADevice: DeleteConflict while enabled, then gone", async () => {
    const iam = srv.iam();
    const d = await createDevice(iam, "phone");
    await enable(iam, "alice", d, clock.at(0));
    assert.deepEqual(
      await failure(iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: d.serial }))),
      {
        name: "DeleteConflictException",
        message: "Cannot delete entity, must deactivate MFA device first.",
        status: 409,
      },
    );
    await iam.send(new DeactivateMFADeviceCommand({ UserName: "alice", SerialNumber: d.serial }));
    assert.deepEqual(
      (await iam.send(new ListMFADevicesCommand({ UserName: "alice" }))).MFADevices,
      [],
    );
    await iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: d.serial }));
    assert.deepEqual((await iam.send(new ListVirtualMFADevicesCommand({}))).VirtualMFADevices, []);
    assert.deepEqual(
      await failure(iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: d.serial }))),
      {
        name: "NoSuchEntityException",
        message: `MFA Device with serial number ${d.serial} does not exist.`,
        status: 404,
      },
    );
    // The name is free again.
    await createDevice(iam, "phone");
  });

  test("tags: at creation, TagMFADevice, UntagMFADevice, ListMFADeviceTags", async () => {
    const iam = srv.iam();
    const d = await createDevice(iam, "tagged", { Tags: [{ Key: "team", Value: "core" }] });
    await iam.send(
      new TagMFADeviceCommand({
        SerialNumber: d.serial,
        Tags: [
          { Key: "env", Value: "prod" },
          { Key: "TEAM", Value: "edge" },
        ],
      }),
    );
    const tags = await iam.send(new ListMFADeviceTagsCommand({ SerialNumber: d.serial }));
    assert.deepEqual(tags.Tags, [
      { Key: "TEAM", Value: "edge" },
      { Key: "env", Value: "prod" },
    ]);
    await iam.send(new UntagMFADeviceCommand({ SerialNumber: d.serial, TagKeys: ["team"] }));
    const after = await iam.send(
      new ListMFADeviceTagsCommand({ SerialNumber: d.serial, MaxItems: 1 }),
    );
    assert.deepEqual(after.Tags, [{ Key: "env", Value: "prod" }]);
    assert.equal(after.IsTruncated, false);
    const missing = await failure(
      iam.send(new ListMFADeviceTagsCommand({ SerialNumber: arn("mfa/x") })),
    );
    assert.deepEqual(missing, {
      name: "NoSuchEntityException",
      message: `MFA Device with serial number ${arn("mfa/x")} does not exist.`,
      status: 404,
    });
    // Deleting the device drops its tags.
    await iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: d.serial }));
    const left = await srv.server.store.read((db) =>
      db.selectFrom("tags").select("key").where("resource_type", "=", "mfa").execute(),
    );
    assert.deepEqual(left, []);
  });

  test("ListVirtualMFADevices pages by serial number; a bad Marker is 'Invalid Marker.'", async () => {
    const iam = srv.iam();
    for (const name of ["c", "a", "b"]) await createDevice(iam, name);
    const first = await iam.send(new ListVirtualMFADevicesCommand({ MaxItems: 2 }));
    assert.deepEqual(
      first.VirtualMFADevices?.map((v) => v.SerialNumber),
      [arn("mfa/a"), arn("mfa/b")],
    );
    assert.equal(first.IsTruncated, true);
    const next = await iam.send(
      new ListVirtualMFADevicesCommand({ MaxItems: 2, Marker: first.Marker }),
    );
    assert.deepEqual(
      next.VirtualMFADevices?.map((v) => v.SerialNumber),
      [arn("mfa/c")],
    );
    assert.equal(next.IsTruncated, false);
    assert.deepEqual(
      await failure(iam.send(new ListVirtualMFADevicesCommand({ Marker: "invalid-marker-value" }))),
      { name: "ValidationError", message: "Invalid Marker.", status: 400 },
    );
  });
});
