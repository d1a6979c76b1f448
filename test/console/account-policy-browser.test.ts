/**
 * The password policy on Account settings in Chromium: the dashboard's
 * checklist leads there; bad values are refused with the server's own
 * ValidationError beside the form (and nothing is saved); every field saved
 * and read back through the SDK; the checklist follows; the policy deleted.
 * Screenshots: test-output/console/account-policy/.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { GetAccountPasswordPolicyCommand } from "@aws-sdk/client-iam";
import type { Page } from "playwright-core";
import { failMissing } from "../e2e/tools.js";
import { failure } from "../server/harness.js";
import { chromiumProblem, REFUSED, Scenario, signInToConsole, useBrowser } from "./browser.js";
import { ACCOUNT, ROOT_PASSWORD, useConsoleServer } from "./harness.js";

const problem = chromiumProblem();
if (problem !== undefined) {
  failMissing("the password policy page in Chromium", problem);
} else {
  const server = useConsoleServer();
  const browser = useBrowser();

  const noPolicy = async () => {
    const err = await failure(server.iam().send(new GetAccountPasswordPolicyCommand({})));
    assert.equal(err.name, "NoSuchEntityException");
  };

  /** Waits for the dashboard checklist's item to be in that state (it loads in two calls). */
  const checkItem = (page: Page, id: string, state: "ok" | "todo") =>
    page.locator(`[data-testid="check-${id}"].${state}`).waitFor();

  /** Saves the form and answers the refusal shown with it. */
  const refusal = async (page: Page): Promise<string> => {
    await page.getByRole("button", { name: "Save password policy" }).click();
    const alert = page.getByRole("form", { name: "Password policy" }).getByRole("alert");
    await alert.waitFor();
    return (await alert.textContent()) ?? "";
  };

  describe("the password policy editor", () => {
    test("bad values show AWS's errors; every field is saved; the checklist follows", async () => {
      await noPolicy();
      const s = await Scenario.open(browser, "account-policy", server.url);
      const { page } = s;
      await signInToConsole(page, server.url, ACCOUNT, { rootPassword: ROOT_PASSWORD });
      await checkItem(page, "password-policy", "todo");
      await page
        .getByTestId("check-password-policy")
        .getByRole("link", { name: "Set the password policy" })
        .click();
      await page.getByRole("heading", { name: "Account settings", level: 1 }).waitFor();
      assert.match(
        (await page.getByTestId("password-policy-state").textContent()) ?? "",
        /no password policy is set/,
      );

      // Out of AWS's ranges: one error, then two at once in one message.
      await page.getByLabel("Minimum password length").fill("5");
      assert.match(
        await refusal(page),
        /ValidationError.*'minimumPasswordLength'.*greater than or equal to 6/,
      );
      await s.shot("too-short");
      await page.getByLabel("Minimum password length").fill("200");
      await page.getByLabel("Password expires after (days)").fill("2000");
      const two = await refusal(page);
      assert.match(two, /2 validation errors detected/);
      assert.match(two, /minimumPasswordLength/);
      assert.match(two, /maxPasswordAge/);
      await s.shot("two-errors");
      await page.getByLabel("Minimum password length").fill("14");
      await page.getByLabel("Password expires after (days)").fill("");
      await page.getByLabel("Remember previous passwords").fill("25");
      assert.match(await refusal(page), /passwordReusePrevention/);
      await page.getByLabel("Remember previous passwords").fill("twelve");
      assert.match(await refusal(page), /InvalidParameterValue.*PasswordReusePrevention/);
      await s.shot("not-a-number");
      await noPolicy();

      // Every field.
      await page.getByLabel("Remember previous passwords").fill("5");
      await page.getByLabel("Password expires after (days)").fill("90");
      for (const label of [
        "Require at least one uppercase letter",
        "Require at least one lowercase letter",
        "Require at least one number",
        "Require at least one non-alphanumeric character",
        "Allow users to change their own password",
        "Password expiration requires administrator reset",
      ]) {
        await page.getByLabel(label).check();
      }
      await page.getByRole("button", { name: "Save password policy" }).click();
      await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
      await s.shot("saved");
      const saved = (await server.iam().send(new GetAccountPasswordPolicyCommand({})))
        .PasswordPolicy;
      assert.equal(saved?.MinimumPasswordLength, 14);
      assert.equal(saved?.RequireUppercaseCharacters, true);
      assert.equal(saved?.RequireLowercaseCharacters, true);
      assert.equal(saved?.RequireNumbers, true);
      assert.equal(saved?.RequireSymbols, true);
      assert.equal(saved?.AllowUsersToChangePassword, true);
      assert.equal(saved?.MaxPasswordAge, 90);
      assert.equal(saved?.PasswordReusePrevention, 5);
      assert.equal(saved?.HardExpiry, true);

      // The form reads it back after a reload; one field changed keeps the others.
      await page.reload();
      await page.getByLabel("Minimum password length").waitFor();
      assert.equal(await page.getByLabel("Minimum password length").inputValue(), "14");
      assert.equal(await page.getByLabel("Password expires after (days)").inputValue(), "90");
      assert.equal(await page.getByLabel("Require at least one number").isChecked(), true);
      await page.getByLabel("Password expiration requires administrator reset").uncheck();
      await page.getByLabel("Password expires after (days)").fill("");
      await page.getByRole("button", { name: "Save password policy" }).click();
      await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
      const changed = (await server.iam().send(new GetAccountPasswordPolicyCommand({})))
        .PasswordPolicy;
      assert.notEqual(changed?.HardExpiry, true);
      assert.equal(changed?.MaxPasswordAge, undefined);
      assert.equal(changed?.PasswordReusePrevention, 5);

      await page.getByRole("link", { name: "Dashboard" }).click();
      await checkItem(page, "password-policy", "ok");
      await s.shot("checklist-ok");

      // Deleted: the default rules again, and the checklist says so.
      await page.goto(`${server.url}/console/account-settings`);
      await page.getByRole("button", { name: "Delete password policy" }).click();
      await page.getByText("no password policy is set").waitFor();
      await noPolicy();
      await s.shot("deleted");
      await page.getByRole("link", { name: "Dashboard" }).click();
      await checkItem(page, "password-policy", "todo");
      assert.deepEqual(s.unexpectedErrors([REFUSED]), []);
      await s.close();
    });
  });
}
