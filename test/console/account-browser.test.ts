/**
 * The root user's own page and the account's in Chromium: MFA for the root
 * user (the dashboard's checklist then says so), the credential report
 * generated, shown and downloaded, and an IAM user changing its own
 * password on My security credentials. Screenshots: test-output/console/account/.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { ListMFADevicesCommand, UpdateAccountPasswordPolicyCommand } from "@aws-sdk/client-iam";
import { Secret, TOTP } from "otpauth";
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

const problem = chromiumProblem();
if (problem !== undefined) {
  failMissing("the account pages in Chromium", problem);
} else {
  const server = useConsoleServer();
  const browser = useBrowser();

  describe("the root user's MFA, the credential report, a user's own password", () => {
    test("root enrols MFA; the checklist turns green; the report lists the users", async () => {
      await createUser(server, { name: "reported", password: "Reported-Pass-1" });
      const s = await Scenario.open(browser, "account", server.url);
      const { page } = s;
      await signInToConsole(page, server.url, ACCOUNT, { rootPassword: ROOT_PASSWORD });
      assert.equal(await page.getByTestId("check-root-mfa").getAttribute("class"), "todo");
      await page.getByRole("link", { name: "Assign an MFA device" }).click();
      await page.getByRole("heading", { name: "My security credentials" }).waitFor();
      await page.getByRole("button", { name: "Assign MFA device" }).click();
      await page.getByRole("button", { name: "Next" }).click();
      await page.getByRole("button", { name: "Show secret key" }).click();
      const seed = (await page.getByTestId("mfa-secret").textContent()) ?? "";
      const totp = new TOTP({ secret: Secret.fromBase32(seed), algorithm: "SHA1", digits: 6 });
      const code = (steps: number) => totp.generate({ timestamp: Date.now() + steps * 30_000 });
      await awayFromStepEdge();
      await page.getByLabel("MFA code 1").fill(code(-1));
      await page.getByLabel("MFA code 2").fill(code(0));
      await page.getByRole("button", { name: "Add MFA" }).click();
      await page.getByRole("button", { name: "Remove MFA device" }).waitFor();
      await s.shot("root-mfa");
      const devices = await server.iam().send(new ListMFADevicesCommand({}));
      assert.equal(devices.MFADevices?.length, 1);
      assert.match(devices.MFADevices?.[0]?.SerialNumber ?? "", /:mfa\/root-account-mfa-device$/);
      await page.getByRole("link", { name: "Dashboard" }).click();
      await page.getByTestId("check-root-mfa").waitFor();
      assert.equal(await page.getByTestId("check-root-mfa").getAttribute("class"), "ok");

      await page.getByRole("link", { name: "Credential report" }).click();
      await page.getByRole("button", { name: "Generate report" }).click();
      const table = page.getByRole("table", { name: "Credential report" });
      await table.waitFor();
      const rows = await table.getByRole("row").allTextContents();
      assert.ok(rows.some((r) => r.includes("<root_account>")));
      assert.ok(rows.some((r) => r.includes("reported")));
      await s.shot("credential-report");
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: "Download report" }).click();
      const csv = readFileSync((await (await download).path()) ?? "", "utf8").split("\n");
      assert.match(csv[0] ?? "", /^user,arn,user_creation_time,password_enabled,/);
      assert.match(csv.find((l) => l.startsWith("<root_account>")) ?? "", /,true,/);
      assert.deepEqual(s.unexpectedErrors([REFUSED]), []);
      await s.close();
    });

    test("an IAM user changes its own password under the policy", async () => {
      await server.iam().send(
        new UpdateAccountPasswordPolicyCommand({
          MinimumPasswordLength: 12,
          AllowUsersToChangePassword: true,
        }),
      );
      await createUser(server, { name: "changer", password: "Changer-Pass-1" });
      const s = await Scenario.open(browser, "own-password", server.url);
      const { page } = s;
      await page.goto(`${server.url}/signin/${ACCOUNT}`);
      await page.getByLabel("IAM user name").fill("changer");
      await page.getByLabel("Password", { exact: true }).fill("Changer-Pass-1");
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL(`${server.url}/console/`);
      await page.goto(`${server.url}/console/security-credentials`);
      await page.getByLabel("Current password").fill("Changer-Pass-1");
      await page.getByLabel("New password", { exact: true }).fill("short");
      await page.getByLabel("Confirm new password").fill("short");
      await page.getByRole("button", { name: "Change password" }).click();
      await page.getByRole("alert").filter({ hasText: "PasswordPolicyViolation" }).waitFor();
      await s.shot("refused");
      await page.getByLabel("New password", { exact: true }).fill("Changer-Pass-2-long");
      await page.getByLabel("Confirm new password").fill("Changer-Pass-2-long");
      await page.getByRole("button", { name: "Change password" }).click();
      await page.getByRole("status").filter({ hasText: "changed" }).waitFor();
      await s.shot("changed");
      const client = new ConsoleClient(server.url);
      const signIn = await client.signIn({ userName: "changer", password: "Changer-Pass-2-long" });
      assert.equal(signIn.status, 200, signIn.text);
      assert.deepEqual(s.unexpectedErrors([REFUSED]), []);
      await s.close();
    });
  });
}
