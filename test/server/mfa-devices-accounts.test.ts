/**
 * MFA devices in the account's view, through the real AWS SDK: the root
 * user's own device, the quota of 8 devices per user (root too), what
 * GetAccountSummary and the credential report say, DeleteUser's
 * DeleteConflict, authorization with AWS's self-service MFA policy, and bad
 * input answered with AWS's codes and messages.
 */
import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import {
  CreateAccessKeyCommand,
  CreateUserCommand,
  DeactivateMFADeviceCommand,
  DeleteUserCommand,
  EnableMFADeviceCommand,
  GenerateCredentialReportCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  GetMFADeviceCommand,
  ListMFADevicesCommand,
  ListVirtualMFADevicesCommand,
  PutUserPolicyCommand,
} from "@aws-sdk/client-iam";
import { ACCOUNT, failure, useServer, type Keys } from "./harness.js";
import { codeAt, createDevice, enable, PERIOD_MS, serverClock } from "./mfa-helpers.js";

const srv = useServer();
const clock = serverClock(srv);
const arn = (rest: string) => `arn:aws:iam::${ACCOUNT}:${rest}`;

async function keysOf(userName: string): Promise<Keys> {
  const out = await srv.iam().send(new CreateAccessKeyCommand({ UserName: userName }));
  return {
    accessKeyId: out.AccessKey?.AccessKeyId ?? "",
    secretAccessKey: out.AccessKey?.SecretAccessKey ?? "",
  };
}

describe("MFA devices and the account", () => {
  beforeEach(async () => {
    await srv.reset();
    await srv.iam().send(new CreateUserCommand({ UserName: "alice" }));
  });

  test("the root user's device: enabled under the account id, listed as the root's", async () => {
    const iam = srv.iam();
    const d = await createDevice(iam, "root-account-mfa-device");
    const now = clock.at(0);
    await enable(iam, ACCOUNT, d, now);
    const own = await iam.send(new ListMFADevicesCommand({}));
    assert.deepEqual(own.MFADevices, [
      { UserName: ACCOUNT, SerialNumber: d.serial, EnableDate: new Date(now) },
    ]);
    const got = await iam.send(new GetMFADeviceCommand({ SerialNumber: d.serial }));
    assert.equal(got.SerialNumber, d.serial);
    const listed = await iam.send(
      new ListVirtualMFADevicesCommand({ AssignmentStatus: "Assigned" }),
    );
    const entry = listed.VirtualMFADevices?.[0];
    assert.equal(entry?.SerialNumber, d.serial);
    assert.equal(entry?.User?.Arn, arn("root"));
    assert.equal(entry?.User?.UserId, ACCOUNT);
    assert.equal(entry?.User?.UserName, undefined);
    // Alice's list is her own.
    assert.deepEqual(
      (await iam.send(new ListMFADevicesCommand({ UserName: "alice" }))).MFADevices,
      [],
    );
    // Deactivated by the root user without UserName.
    await iam.send(new DeactivateMFADeviceCommand({ SerialNumber: d.serial }));
    assert.deepEqual((await iam.send(new ListMFADevicesCommand({}))).MFADevices, []);
  });

  test("GetAccountSummary counts devices, those in use, and whether the root has one", async () => {
    const iam = srv.iam();
    const summary = async () => (await iam.send(new GetAccountSummaryCommand({}))).SummaryMap;
    assert.deepEqual(
      [
        (await summary())?.MFADevices,
        (await summary())?.MFADevicesInUse,
        (await summary())?.AccountMFAEnabled,
      ],
      [0, 0, 0],
    );
    const a = await createDevice(iam, "a");
    const r = await createDevice(iam, "r");
    await createDevice(iam, "spare");
    const now = clock.at(0);
    await enable(iam, "alice", a, now);
    let map = await summary();
    assert.deepEqual([map?.MFADevices, map?.MFADevicesInUse, map?.AccountMFAEnabled], [3, 1, 0]);
    await enable(iam, ACCOUNT, r, now);
    map = await summary();
    assert.deepEqual([map?.MFADevices, map?.MFADevicesInUse, map?.AccountMFAEnabled], [3, 2, 1]);
  });

  test("the credential report's mfa_active: true for the root user and users with a device", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "bob" }));
    const now = clock.at(0);
    await enable(iam, "alice", await createDevice(iam, "a"), now);
    await enable(iam, ACCOUNT, await createDevice(iam, "r"), now);
    await iam.send(new GenerateCredentialReportCommand({}));
    const report = await iam.send(new GetCredentialReportCommand({}));
    const lines = Buffer.from(report.Content ?? new Uint8Array())
      .toString("utf8")
      .split("\n");
    const column = (lines[0] ?? "").split(",").indexOf("mfa_active");
    const mfa = Object.fromEntries(
      lines.slice(1).map((l) => [l.split(",")[0], l.split(",")[column]]),
    );
    assert.deepEqual(mfa, { "<root_account>": "true", alice: "true", bob: "false" });
  });

  test("8 devices per user, the root user too: LimitExceeded", async () => {
    const iam = srv.iam();
    const now = clock.at(0);
    for (const owner of ["alice", ACCOUNT]) {
      for (let i = 0; i < 8; i++)
        await enable(iam, owner, await createDevice(iam, `${owner}-${i}`), now);
      const ninth = await createDevice(iam, `${owner}-8`);
      assert.deepEqual(await failure(enable(iam, owner, ninth, now)), {
        name: "LimitExceededException",
        message: "Cannot exceed quota for MFADevicesPerUser: 8",
        status: 409,
      });
    }
    const listed = await iam.send(new ListMFADevicesCommand({ UserName: "alice", MaxItems: 5 }));
    assert.equal(listed.MFADevices?.length, 5);
    assert.equal(listed.IsTruncated, true);
    const rest = await iam.send(
      new ListMFADevicesCommand({ UserName: "alice", MaxItems: 5, Marker: listed.Marker }),
    );
    assert.equal(rest.MFADevices?.length, 3);
    assert.equal(rest.IsTruncated, false);
  });

  test("DeleteUser refuses while the user has a device; the device outlives the user", async () => {
    const iam = srv.iam();
    const d = await createDevice(iam, "phone");
    await enable(iam, "alice", d, clock.at(0));
    assert.deepEqual(await failure(iam.send(new DeleteUserCommand({ UserName: "alice" }))), {
      name: "DeleteConflictException",
      message: "Cannot delete entity, must delete MFA device first.",
      status: 409,
    });
    await iam.send(new DeactivateMFADeviceCommand({ UserName: "alice", SerialNumber: d.serial }));
    await iam.send(new DeleteUserCommand({ UserName: "alice" }));
    const left = await iam.send(new ListVirtualMFADevicesCommand({}));
    assert.deepEqual(left.VirtualMFADevices, [{ SerialNumber: d.serial }]);
  });

  test("authorization: AWS's self-service MFA policy lets a user manage its own device only", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "bob" }));
    // The permissions of the IAM User Guide's "IAM: Allows IAM users to self-manage an MFA device".
    const policy = {
      Version: "2012-10-17",
      Statement: [
        { Effect: "Allow", Action: ["iam:ListVirtualMFADevices"], Resource: "*" },
        { Effect: "Allow", Action: ["iam:CreateVirtualMFADevice"], Resource: arn("mfa/*") },
        {
          Effect: "Allow",
          Action: [
            "iam:EnableMFADevice",
            "iam:GetMFADevice",
            "iam:ListMFADevices",
            "iam:ResyncMFADevice",
          ],
          Resource: "arn:aws:iam::*:user/${aws:username}",
        },
      ],
    };
    await iam.send(
      new PutUserPolicyCommand({
        UserName: "alice",
        PolicyName: "self-mfa",
        PolicyDocument: JSON.stringify(policy),
      }),
    );
    const alice = srv.iam(await keysOf("alice"));
    const d = await createDevice(alice, "alice-phone");
    const now = clock.at(0);
    await enable(alice, "alice", d, now);
    assert.equal(
      (await alice.send(new ListMFADevicesCommand({}))).MFADevices?.[0]?.UserName,
      "alice",
    );

    const other = await createDevice(alice, "for-bob");
    const denied = await failure(enable(alice, "bob", other, now));
    assert.deepEqual(denied, {
      name: "AccessDenied",
      message:
        `User: ${arn("user/alice")} is not authorized to perform: iam:EnableMFADevice on resource: ` +
        `${arn("user/bob")} because no identity-based policy allows the iam:EnableMFADevice action`,
      status: 403,
    });
    const del = await failure(
      alice.send(new DeactivateMFADeviceCommand({ SerialNumber: d.serial })),
    );
    assert.equal(del.name, "AccessDenied");
    assert.match(del.message, /iam:DeactivateMFADevice on resource: arn:aws:iam::\d+:user\/alice /);
    // ListVirtualMFADevices is checked on "mfa/", as AWS names it in its denials.
    const bob = srv.iam(await keysOf("bob"));
    const list = await failure(bob.send(new ListVirtualMFADevicesCommand({})));
    assert.match(list.message, /iam:ListVirtualMFADevices on resource: arn:aws:iam::\d+:mfa\/ /);
  });

  test("bad input: AWS's validation errors for codes, serials and names", async () => {
    const iam = srv.iam();
    const d = await createDevice(iam, "phone");
    const now = clock.at(0);
    const enableWith = (codes: [string, string], serial = d.serial, userName = "alice") =>
      failure(
        iam.send(
          new EnableMFADeviceCommand({
            UserName: userName,
            SerialNumber: serial,
            AuthenticationCode1: codes[0],
            AuthenticationCode2: codes[1],
          }),
        ),
      );
    const good = codeAt(d.seed, now);
    const prev = codeAt(d.seed, now - PERIOD_MS);
    const validation = (message: string) => ({ name: "ValidationError", message, status: 400 });
    assert.deepEqual(
      await enableWith(["12345", good]),
      validation(
        "1 validation error detected: Value at 'authenticationCode1' failed to satisfy constraint: Member must have length greater than or equal to 6",
      ),
    );
    assert.deepEqual(
      await enableWith([prev, "1234567"]),
      validation(
        "1 validation error detected: Value at 'authenticationCode2' failed to satisfy constraint: Member must have length less than or equal to 6",
      ),
    );
    assert.deepEqual(
      await enableWith(["abcdef", good]),
      validation(
        "1 validation error detected: Value at 'authenticationCode1' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\d]+",
      ),
    );
    assert.deepEqual(
      await enableWith([prev, good], "short"),
      validation(
        "1 validation error detected: Value at 'serialNumber' failed to satisfy constraint: Member must have length greater than or equal to 9",
      ),
    );
    assert.equal((await enableWith([prev, good], "not a serial number")).name, "ValidationError");
    // A well-formed serial that names no device (a hardware token's, another account's device).
    for (const serial of ["GAHT12345678", "arn:aws:iam::999999999999:mfa/phone"]) {
      assert.deepEqual(await enableWith([prev, good], serial), {
        name: "NoSuchEntityException",
        message: `MFA Device with serial number ${serial} does not exist.`,
        status: 404,
      });
    }
    const badName = await failure(createDevice(iam, "has space"));
    assert.deepEqual(
      badName,
      validation(
        "1 validation error detected: Value at 'virtualMFADeviceName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
      ),
    );
    // Paths: AWS's answers (recorded, localstack's IAM snapshots, 2026): its own words for a path
    // not beginning or ending with "/", the model's length rule without the value past 512.
    const badPath = validation(
      "The specified value for path is invalid. It must begin and end with / and contain only alphanumeric characters and/or / characters.",
    );
    for (const path of ["/invalid-path", "invalid-path/"]) {
      assert.deepEqual(await failure(createDevice(iam, "p", { Path: path })), badPath, path);
    }
    assert.deepEqual(
      await failure(createDevice(iam, "p", { Path: `/${"a".repeat(512)}/` })),
      validation(
        "1 validation error detected: Value at 'path' failed to satisfy constraint: Member must have length less than or equal to 512",
      ),
    );
  });
});
