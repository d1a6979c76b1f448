/**
 * Virtual MFA devices in Chromium, codes computed with otpauth from the
 * secret key the page shows: the root user assigns one to an IAM user on
 * the user's Security credentials tab (a cancelled assignment and refused
 * codes leave no device behind, the refusal shown beside the codes), resyncs
 * it and removes it after a confirmation; an IAM user with AWS's
 * self-service policy assigns its own on My security credentials and makes
 * its own access key. Every outcome is checked through the SDK too.
 * Screenshots: test-output/console/mfa-user/ and mfa-self/.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import {
  ListAccessKeysCommand,
  ListMFADevicesCommand,
  ListVirtualMFADevicesCommand,
  PutUserPolicyCommand,
} from "@aws-sdk/client-iam";
import { Secret, TOTP } from "otpauth";
import type { Page } from "playwright-core";
import { failMissing } from "../e2e/tools.js";
import { chromiumProblem, REFUSED, Scenario, signInToConsole, useBrowser } from "./browser.js";
import {
  ACCOUNT,
  awayFromStepEdge,
  createUser,
  ROOT_PASSWORD,
  useConsoleServer,
} from "./harness.js";

/** After "Next": reveals the secret key and answers a code generator for it. */
async function readSecret(page: Page): Promise<(steps: number) => string> {
  await page.getByRole("button", { name: "Show secret key" }).click();
  const seed = (await page.getByTestId("mfa-secret").textContent()) ?? "";
  assert.match(seed, /^[A-Z2-7]{64}$/);
  const totp = new TOTP({ secret: Secret.fromBase32(seed), algorithm: "SHA1", digits: 6 });
  return (steps) => totp.generate({ timestamp: Date.now() + steps * 30_000 });
}

// AWS's example "allows IAM users to self-manage an MFA device" (and their own keys).
const SELF_SERVICE = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    {
      Effect: "Allow",
      Action: ["iam:CreateVirtualMFADevice", "iam:DeleteVirtualMFADevice"],
      Resource: "arn:aws:iam::*:mfa/*",
    },
    {
      Effect: "Allow",
      Action: [
        "iam:EnableMFADevice",
        "iam:ListMFADevices",
        "iam:ResyncMFADevice",
        "iam:DeactivateMFADevice",
        "iam:ListAccessKeys",
        "iam:CreateAccessKey",
        "iam:GetAccessKeyLastUsed",
      ],
      Resource: "arn:aws:iam::*:user/${aws:username}",
    },
  ],
});

const problem = chromiumProblem();
if (problem !== undefined) {
  failMissing("the MFA pages in Chromium", problem);
} else {
  const server = useConsoleServer();
  const browser = useBrowser();
  const noVirtualDevices = async () => {
    const all = await server.iam().send(new ListVirtualMFADevicesCommand({}));
    assert.deepEqual(all.VirtualMFADevices ?? [], []);
  };

  /** The page deletes a device it leaves without waiting for the answer: asked until gone. */
  const untilNoVirtualDevices = async () => {
    for (let i = 0; i < 50; i++) {
      const all = await server.iam().send(new ListVirtualMFADevicesCommand({}));
      if ((all.VirtualMFADevices ?? []).length === 0) return;
      await sleep(100);
    }
    await noVirtualDevices();
  };

  describe("virtual MFA devices in the console", () => {
    test("root assigns a user's device; cancelled or refused leaves none; resync; remove", async () => {
      const iam = server.iam();
      await createUser(server, { name: "mfa-user", password: "Mfa-User-Pass-1" });
      const s = await Scenario.open(browser, "mfa-user", server.url);
      const { page } = s;
      await signInToConsole(page, server.url, ACCOUNT, { rootPassword: ROOT_PASSWORD });
      await page.goto(`${server.url}/console/users/mfa-user`);
      await page.getByRole("tab", { name: "Security credentials" }).click();

      // Cancelled after the device was made: it is deleted again.
      await page.getByRole("button", { name: "Assign MFA device" }).click();
      assert.equal(await page.getByLabel("Device name").inputValue(), "mfa-user");
      await page.getByRole("button", { name: "Next" }).click();
      await page.getByAltText("QR code of the MFA device").waitFor();
      const made = await iam.send(new ListVirtualMFADevicesCommand({}));
      assert.equal(made.VirtualMFADevices?.length, 1);
      await s.shot("qr-code");
      await page.getByRole("button", { name: "Cancel" }).click();
      await page.getByRole("button", { name: "Assign MFA device" }).waitFor();
      await noVirtualDevices();

      // Left for another tab after the device was made: deleted as the form goes away.
      await page.getByRole("button", { name: "Assign MFA device" }).click();
      await page.getByRole("button", { name: "Next" }).click();
      await page.getByAltText("QR code of the MFA device").waitFor();
      const left = await iam.send(new ListVirtualMFADevicesCommand({}));
      assert.equal(left.VirtualMFADevices?.length, 1);
      await page.getByRole("tab", { name: "Permissions" }).click();
      await untilNoVirtualDevices();
      await page.getByRole("tab", { name: "Security credentials" }).click();

      // A bad name: the server's error beside the field, nothing made.
      await page.getByRole("button", { name: "Assign MFA device" }).click();
      await page.getByLabel("Device name").fill("my phone");
      await page.getByRole("button", { name: "Next" }).click();
      const nameError = page.getByRole("form", { name: "Name the MFA device" }).getByRole("alert");
      await nameError.waitFor();
      assert.match((await nameError.textContent()) ?? "", /ValidationError.*virtualMFADeviceName/);
      await s.shot("bad-name");
      await noVirtualDevices();

      // Refused codes: AWS's error beside them, and no device left behind.
      await page.getByLabel("Device name").fill("mfa-user");
      await page.getByRole("button", { name: "Next" }).click();
      await page.getByLabel("MFA code 1").fill("000000");
      await page.getByLabel("MFA code 2").fill("000001");
      await page.getByRole("button", { name: "Add MFA" }).click();
      const refused = page.getByTestId("mfa-refused");
      await refused.getByRole("alert").filter({ hasText: "InvalidAuthenticationCode" }).waitFor();
      assert.equal(await refused.getByLabel("Refused code 2").inputValue(), "000001");
      await s.shot("refused-codes");
      await noVirtualDevices();
      assert.deepEqual(
        (await iam.send(new ListMFADevicesCommand({ UserName: "mfa-user" }))).MFADevices ?? [],
        [],
      );

      // A new device, enabled with two consecutive codes from its secret key.
      await page.getByRole("button", { name: "Next" }).click();
      const code = await readSecret(page);
      await awayFromStepEdge();
      await page.getByLabel("MFA code 1").fill(code(-2));
      await page.getByLabel("MFA code 2").fill(code(-1));
      await page.getByRole("button", { name: "Add MFA" }).click();
      const row = page.getByRole("table", { name: "MFA devices" }).getByRole("row").nth(1);
      await row.waitFor();
      await s.shot("assigned");
      const devices = await iam.send(new ListMFADevicesCommand({ UserName: "mfa-user" }));
      assert.equal(devices.MFADevices?.length, 1);
      const serial = devices.MFADevices?.[0]?.SerialNumber ?? "";
      assert.equal(serial, `arn:aws:iam::${ACCOUNT}:mfa/mfa-user`);
      assert.match((await row.textContent()) ?? "", new RegExp(serial));

      // Resync: wrong codes refused beside the fields, then the next two codes.
      await page.getByRole("button", { name: "Resync MFA device" }).click();
      const resync = page.getByRole("form", { name: "Resync the MFA device" });
      await resync.getByLabel("Resync code 1").fill("123456");
      await resync.getByLabel("Resync code 2").fill("654321");
      await resync.getByRole("button", { name: "Resync", exact: true }).click();
      await resync.getByRole("alert").filter({ hasText: "InvalidAuthenticationCode" }).waitFor();
      await s.shot("resync-refused");
      await awayFromStepEdge();
      await resync.getByLabel("Resync code 1").fill(code(0));
      await resync.getByLabel("Resync code 2").fill(code(1));
      await resync.getByRole("button", { name: "Resync", exact: true }).click();
      await resync.waitFor({ state: "detached" });

      // Removed after a confirmation: deactivated and deleted.
      await page.getByRole("button", { name: "Remove MFA device" }).click();
      const dialog = page.getByRole("dialog", { name: "Remove the MFA device" });
      await s.shot("remove-confirm");
      await dialog.getByRole("button", { name: "Deactivate and delete" }).click();
      await page.getByTestId("mfa-none").waitFor();
      await s.shot("removed");
      assert.deepEqual(
        (await iam.send(new ListMFADevicesCommand({ UserName: "mfa-user" }))).MFADevices ?? [],
        [],
      );
      await noVirtualDevices();
      assert.deepEqual(s.unexpectedErrors([REFUSED]), []);
      await s.close();
    });

    test("a user assigns its own device and makes its own key", async () => {
      const iam = server.iam();
      await createUser(server, { name: "self-mfa", password: "Self-Mfa-Pass-1" });
      await iam.send(
        new PutUserPolicyCommand({
          UserName: "self-mfa",
          PolicyName: "SelfService",
          PolicyDocument: SELF_SERVICE,
        }),
      );
      const s = await Scenario.open(browser, "mfa-self", server.url);
      const { page } = s;
      await signInToConsole(page, server.url, ACCOUNT, {
        userName: "self-mfa",
        password: "Self-Mfa-Pass-1",
      });
      await page.getByRole("link", { name: "Security credentials" }).click();
      await page.getByTestId("mfa-none").waitFor();
      await page.getByRole("button", { name: "Assign MFA device" }).click();
      await page.getByLabel("Device name").fill("self-mfa-phone");
      await page.getByRole("button", { name: "Next" }).click();
      const code = await readSecret(page);
      await s.shot("own-qr-code");
      await awayFromStepEdge();
      await page.getByLabel("MFA code 1").fill(code(-1));
      await page.getByLabel("MFA code 2").fill(code(0));
      await page.getByRole("button", { name: "Add MFA" }).click();
      await page.getByRole("button", { name: "Remove MFA device" }).waitFor();
      const devices = await iam.send(new ListMFADevicesCommand({ UserName: "self-mfa" }));
      assert.equal(
        devices.MFADevices?.[0]?.SerialNumber,
        `arn:aws:iam::${ACCOUNT}:mfa/self-mfa-phone`,
      );

      await page.getByRole("button", { name: "Create access key" }).click();
      const fresh = page.getByTestId("new-access-key");
      await fresh.waitFor();
      await s.shot("own-key");
      const keys = await iam.send(new ListAccessKeysCommand({ UserName: "self-mfa" }));
      assert.equal(keys.AccessKeyMetadata?.length, 1);
      assert.match(
        (await fresh.textContent()) ?? "",
        new RegExp(keys.AccessKeyMetadata?.[0]?.AccessKeyId ?? "-"),
      );
      assert.deepEqual(s.unexpectedErrors([REFUSED]), []);
      await s.close();
    });
  });
}
