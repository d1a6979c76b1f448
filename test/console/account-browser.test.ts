/**
 * The root user's own page and the account's in Chromium: MFA for the root
 * user from the dashboard's checklist (which then says so), removed again
 * after a confirmation; a root access key created, deactivated and deleted;
 * the credential report generated, shown and downloaded; and an IAM user
 * changing its own password on My security credentials, under the policy's
 * rules shown there. Screenshots: test-output/console/account/ and
 * own-password/.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import {
  ListAccessKeysCommand,
  ListMFADevicesCommand,
  ListVirtualMFADevicesCommand,
  UpdateAccountPasswordPolicyCommand,
} from "@aws-sdk/client-iam";
import { Secret, TOTP } from "otpauth";
import type { Page } from "playwright-core";
import { failMissing } from "../e2e/tools.js";
import { chromiumProblem, REFUSED, Scenario, signInToConsole, useBrowser } from "./browser.js";
import {
  ACCOUNT,
  awayFromStepEdge,
  ConsoleClient,
  createUser,
  ROOT_PASSWORD,
  useConsoleServer,
} from "./harness.js";

/** Waits for the dashboard checklist's item to be in that state (it loads in two calls). */
const checkItem = (page: Page, id: string, state: "ok" | "todo") =>
  page.locator(`[data-testid="check-${id}"].${state}`).waitFor();

const problem = chromiumProblem();
if (problem !== undefined) {
  failMissing("the account pages in Chromium", problem);
} else {
  const server = useConsoleServer();
  const browser = useBrowser();

  describe("the root user's MFA and keys, the credential report, a user's own password", () => {
    test("root enrols and removes MFA; a root key; the report lists the users", async () => {
      const iam = server.iam();
      await createUser(server, { name: "reported", password: "Reported-Pass-1" });
      // User names may hold commas: the report quotes them, the page reads them back.
      await createUser(server, { name: "comma,user", password: "Comma-User-Pass-1" });
      const s = await Scenario.open(browser, "account", server.url);
      const { page } = s;
      await signInToConsole(page, server.url, ACCOUNT, { rootPassword: ROOT_PASSWORD });
      await checkItem(page, "root-mfa", "todo");
      await page.getByRole("link", { name: "Assign an MFA device" }).click();
      await page.getByRole("heading", { name: "My security credentials" }).waitFor();
      await page.getByTestId("mfa-none").waitFor();
      await page.getByRole("button", { name: "Assign MFA device" }).click();
      assert.equal(await page.getByLabel("Device name").inputValue(), "root-account-mfa-device");
      await page.getByRole("button", { name: "Next" }).click();
      const qr = page.getByAltText("QR code of the MFA device");
      await qr.waitFor();
      assert.match((await qr.getAttribute("src")) ?? "", /^data:image\/png;base64,iVBOR/);
      assert.ok(
        await qr.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth > 0),
      );
      await page.getByRole("button", { name: "Show secret key" }).click();
      const seed = (await page.getByTestId("mfa-secret").textContent()) ?? "";
      assert.match(seed, /^[A-Z2-7]{64}$/);
      await s.shot("root-mfa-qr");
      const totp = new TOTP({ secret: Secret.fromBase32(seed), algorithm: "SHA1", digits: 6 });
      const code = (steps: number) => totp.generate({ timestamp: Date.now() + steps * 30_000 });
      await awayFromStepEdge();
      await page.getByLabel("MFA code 1").fill(code(-1));
      await page.getByLabel("MFA code 2").fill(code(0));
      await page.getByRole("button", { name: "Add MFA" }).click();
      await page.getByRole("button", { name: "Remove MFA device" }).waitFor();
      await s.shot("root-mfa");
      const devices = await iam.send(new ListMFADevicesCommand({}));
      assert.equal(devices.MFADevices?.length, 1);
      assert.match(devices.MFADevices?.[0]?.SerialNumber ?? "", /:mfa\/root-account-mfa-device$/);
      await page.getByRole("link", { name: "Dashboard" }).click();
      await checkItem(page, "root-mfa", "ok");
      await s.shot("checklist-mfa-ok");

      // The root user's own access keys: the harness's key is listed; one more made and removed.
      await checkItem(page, "root-keys", "todo");
      await page.getByRole("link", { name: "Delete the root user's access keys" }).click();
      const keys = page.getByRole("table", { name: "Access keys" });
      await keys.getByRole("row").nth(1).waitFor();
      await page.getByRole("button", { name: "Create access key" }).click();
      const fresh = page.getByTestId("new-access-key");
      await fresh.waitFor();
      const made = await iam.send(new ListAccessKeysCommand({}));
      assert.equal(made.AccessKeyMetadata?.length, 2);
      const text = (await fresh.textContent()) ?? "";
      const id = made.AccessKeyMetadata?.map((k) => k.AccessKeyId ?? "").find((k) =>
        text.includes(k),
      );
      assert.ok(id !== undefined, "the new key's id is shown");
      await s.shot("root-key-created");
      await page.getByRole("button", { name: "Done" }).click();
      await page.getByRole("button", { name: `Deactivate ${id}` }).click();
      await page.getByRole("button", { name: `Activate ${id}` }).waitFor();
      await page.getByRole("button", { name: `Delete ${id}` }).click();
      await keys.getByRole("row").filter({ hasText: id }).waitFor({ state: "detached" });
      const left = await iam.send(new ListAccessKeysCommand({}));
      assert.deepEqual(
        left.AccessKeyMetadata?.map((k) => k.AccessKeyId),
        made.AccessKeyMetadata?.map((k) => k.AccessKeyId).filter((k) => k !== id),
      );

      // The root MFA device removed, after a confirmation (cancelled once).
      await page.getByRole("button", { name: "Remove MFA device" }).click();
      const dialog = page.getByRole("dialog", { name: "Remove the MFA device" });
      await dialog.getByRole("button", { name: "Cancel" }).click();
      await dialog.waitFor({ state: "detached" });
      assert.equal((await iam.send(new ListMFADevicesCommand({}))).MFADevices?.length, 1);
      await page.getByRole("button", { name: "Remove MFA device" }).click();
      await s.shot("root-mfa-remove");
      await dialog.getByRole("button", { name: "Deactivate and delete" }).click();
      await page.getByTestId("mfa-none").waitFor();
      assert.deepEqual((await iam.send(new ListMFADevicesCommand({}))).MFADevices ?? [], []);
      const virtual = await iam.send(new ListVirtualMFADevicesCommand({}));
      assert.deepEqual(virtual.VirtualMFADevices ?? [], []);
      await page.getByRole("link", { name: "Dashboard" }).click();
      await checkItem(page, "root-mfa", "todo");

      // The credential report: generated, shown, downloaded.
      await page.getByRole("link", { name: "Credential report" }).click();
      await page.getByRole("button", { name: "Generate report" }).click();
      const table = page.getByRole("table", { name: "Credential report" });
      await table.waitFor();
      const rows = await table.getByRole("row").allTextContents();
      assert.ok(rows.some((r) => r.includes("<root_account>")));
      assert.ok(rows.some((r) => r.includes("reported")));
      const cells = await table
        .getByRole("row")
        .filter({ hasText: "comma,user" })
        .getByRole("cell")
        .allTextContents();
      assert.equal(cells[0], "comma,user");
      assert.equal(cells[1], `arn:aws:iam::${ACCOUNT}:user/comma,user`);
      assert.equal(cells[3], "true");
      await s.shot("credential-report");
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: "Download report" }).click();
      const saved = await download;
      assert.equal(saved.suggestedFilename(), "credential-report.csv");
      const csv = readFileSync((await saved.path()) ?? "", "utf8").split("\n");
      assert.match(csv[0] ?? "", /^user,arn,user_creation_time,password_enabled,/);
      assert.equal(csv[0]?.split(",").length, 22);
      const root = csv.find((l) => l.startsWith("<root_account>,")) ?? "";
      assert.match(root, new RegExp(`^<root_account>,arn:aws:iam::${ACCOUNT}:root,`));
      // The root user's mfa_active (column 8) is false again, and its one key is active.
      assert.equal(root.split(",")[7], "false");
      assert.equal(root.split(",")[8], "true");
      assert.ok(csv.some((l) => l.startsWith(`"comma,user",`)));
      assert.ok(csv.some((l) => l.startsWith("reported,")));

      // Opened again, the page shows the report generated before.
      await page.reload();
      await page.getByTestId("report-time").waitFor();
      await table.waitFor();
      assert.deepEqual(s.unexpectedErrors([REFUSED]), []);
      await s.close();
    });

    test("an IAM user changes its own password under the policy", async () => {
      await server.iam().send(
        new UpdateAccountPasswordPolicyCommand({
          MinimumPasswordLength: 12,
          RequireNumbers: true,
          AllowUsersToChangePassword: true,
        }),
      );
      await createUser(server, { name: "changer", password: "Changer-Pass-1" });
      const s = await Scenario.open(browser, "own-password", server.url);
      const { page } = s;
      await signInToConsole(page, server.url, ACCOUNT, {
        userName: "changer",
        password: "Changer-Pass-1",
      });
      await page.getByRole("link", { name: "Security credentials" }).click();
      await page.getByRole("heading", { name: "My security credentials" }).waitFor();
      const rules = page.getByTestId("password-rules");
      await rules.waitFor();
      assert.deepEqual(await rules.getByRole("listitem").allTextContents(), [
        "At least 12 characters",
        "At least one number (0–9)",
      ]);
      assert.match(
        (await page.getByTestId("own-arn").textContent()) ?? "",
        new RegExp(`^arn:aws:iam::${ACCOUNT}:user/changer$`),
      );
      await page.getByLabel("Current password").fill("Changer-Pass-1");
      await page.getByLabel("New password", { exact: true }).fill("short");
      await page.getByLabel("Confirm new password").fill("short");
      await page.getByRole("button", { name: "Change password" }).click();
      await page.getByRole("alert").filter({ hasText: "PasswordPolicyViolation" }).waitFor();
      await s.shot("refused");
      await page.getByLabel("New password", { exact: true }).fill("Changer-Pass-2-long");
      await page.getByLabel("Confirm new password").fill("Changer-Pass-2-typo");
      await page.getByRole("button", { name: "Change password" }).click();
      await page.getByRole("alert").filter({ hasText: "do not match" }).waitFor();
      await page.getByLabel("Confirm new password").fill("Changer-Pass-2-long");
      await page.getByRole("button", { name: "Change password" }).click();
      await page.getByRole("status").filter({ hasText: "changed" }).waitFor();
      await s.shot("changed");
      const client = new ConsoleClient(server.url);
      const signIn = await client.signIn({ userName: "changer", password: "Changer-Pass-2-long" });
      assert.equal(signIn.status, 200, signIn.text);
      const old = await new ConsoleClient(server.url).signIn({
        userName: "changer",
        password: "Changer-Pass-1",
      });
      assert.notEqual(old.status, 200);
      assert.deepEqual(s.unexpectedErrors([REFUSED]), []);
      await s.close();
    });
  });
}
