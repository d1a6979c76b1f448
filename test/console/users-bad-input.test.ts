/**
 * Bad input on the users pages, in Chromium: each refusal is the server's
 * error shown next to its field, and nothing is left half-created — a user
 * made before a later step (or a later user) was refused is taken back
 * with its password, groups and keys. Checked against the server with the
 * AWS SDK. Screenshots: test-output/console/users-bad-input/.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  AddUserToGroupCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  DeleteGroupCommand,
  GetGroupCommand,
  GetLoginProfileCommand,
  ListAccessKeysCommand,
  ListAttachedUserPoliciesCommand,
  ListUserPoliciesCommand,
  ListUsersCommand,
  ListUserTagsCommand,
  UpdateAccountPasswordPolicyCommand,
} from "@aws-sdk/client-iam";
import type { Page } from "playwright-core";
import { failMissing } from "../e2e/tools.js";
import { chromiumProblem, REFUSED, Scenario, signInToConsole, useBrowser } from "./browser.js";
import { ACCOUNT, createUser, ROOT_PASSWORD, useConsoleServer } from "./harness.js";

/** The alert inside the form field labelled `label`. */
function fieldError(page: Page, label: string) {
  return page
    .locator(".field", { has: page.getByLabel(label, { exact: true }) })
    .getByRole("alert");
}

const problem = chromiumProblem();
if (problem !== undefined) {
  failMissing("bad input on the console's users pages", problem);
} else {
  const server = useConsoleServer();
  const browser = useBrowser();

  describe("bad input on the users pages", () => {
    test("refused beside its field, and no user left behind", async () => {
      const iam = server.iam();
      await iam.send(
        new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 14, RequireSymbols: true }),
      );
      await iam.send(new CreateGroupCommand({ GroupName: "staff" }));
      await createUser(server, { name: "taken", password: "Taken-Console-Pass-1!" });
      await iam.send(new AddUserToGroupCommand({ UserName: "taken", GroupName: "staff" }));
      const takenKey = await iam.send(new CreateAccessKeyCommand({ UserName: "taken" }));
      const onlyTaken = async () => {
        const users = await iam.send(new ListUsersCommand({}));
        assert.deepEqual(
          users.Users?.map((u) => u.UserName),
          ["taken"],
        );
        const staff = await iam.send(new GetGroupCommand({ GroupName: "staff" }));
        assert.deepEqual(
          staff.Users?.map((u) => u.UserName),
          ["taken"],
        );
      };
      const s = await Scenario.open(browser, "users-bad-input", server.url);
      const { page } = s;
      await signInToConsole(page, server.url, ACCOUNT, { rootPassword: ROOT_PASSWORD });
      await page.goto(`${server.url}/console/users/create`);
      const names = page.getByLabel("User names");

      // No name at all.
      await page.getByRole("button", { name: "Create users" }).click();
      await fieldError(page, "User names").filter({ hasText: "at least one user name" }).waitFor();
      await s.shot("no-name");

      // A name IAM refuses (its pattern).
      await names.fill("bad/name");
      await page.getByRole("button", { name: "Create users" }).click();
      const badName = fieldError(page, "User names").filter({ hasText: "ValidationError" });
      await badName.waitFor();
      assert.match((await badName.textContent()) ?? "", /userName/);
      await s.shot("bad-name");
      await onlyTaken();

      // A name that exists, after one that does not: the new user is taken back.
      await names.fill("newbie taken");
      await page.getByLabel("Create an access key").check();
      await page.getByRole("button", { name: "Create users" }).click();
      const exists = fieldError(page, "User names").filter({ hasText: "EntityAlreadyExists" });
      await exists.waitFor();
      assert.match((await exists.textContent()) ?? "", /taken/);
      await s.shot("name-taken");
      await onlyTaken();
      // The existing user keeps what it had.
      const kept = await iam.send(new ListAccessKeysCommand({ UserName: "taken" }));
      assert.deepEqual(
        kept.AccessKeyMetadata?.map((k) => k.AccessKeyId),
        [takenKey.AccessKey?.AccessKeyId],
      );
      await iam.send(new GetLoginProfileCommand({ UserName: "taken" }));

      // A typed password the policy refuses, for two users with a group and a key: neither stays.
      await names.fill("first-user\nsecond-user");
      await page.getByLabel("Search add to groups").fill("staff");
      await page.getByLabel("staff", { exact: true }).check();
      await page.getByLabel("Custom password").check();
      await page.getByLabel("Password", { exact: true }).fill("short1A");
      await page.getByRole("button", { name: "Create users" }).click();
      const weak = fieldError(page, "Password").filter({
        hasText: "PasswordPolicyViolation",
      });
      await weak.waitFor();
      const weakText = (await weak.textContent()) ?? "";
      assert.match(weakText, /minimum length of 14/);
      assert.match(weakText, /symbol/i);
      await s.shot("weak-password");
      await onlyTaken();

      // A group deleted after the form listed it: refused at the groups step, users taken back
      // with their passwords (and nothing attached is left).
      await iam.send(new CreateGroupCommand({ GroupName: "short-lived" }));
      await page.reload();
      await names.fill("third-user");
      await page.getByLabel("Search add to groups").fill("short-lived");
      await page.getByLabel("short-lived", { exact: true }).check();
      await page.getByLabel("Search attach policies directly").fill("ReadOnlyAccess");
      await page.getByLabel("ReadOnlyAccess", { exact: true }).check();
      await iam.send(new DeleteGroupCommand({ GroupName: "short-lived" }));
      await page.getByRole("button", { name: "Create users" }).click();
      await page.getByRole("alert").filter({ hasText: "NoSuchEntity" }).waitFor();
      assert.match(
        (await page.getByRole("alert").filter({ hasText: "NoSuchEntity" }).textContent()) ?? "",
        /short-lived/,
      );
      await s.shot("group-gone");
      await onlyTaken();

      // On a user's page: a weak new password is refused beside the field, and the
      // IAMUserChangePassword policy attached for it is taken back.
      await page.goto(`${server.url}/console/users/taken`);
      await page.getByRole("tab", { name: "Security credentials" }).click();
      await page.getByRole("button", { name: "Reset password" }).click();
      await page.getByLabel("Custom password").check();
      await page.getByLabel("New password", { exact: true }).fill("nosymbols12345");
      await page.getByRole("button", { name: "Save password" }).click();
      await fieldError(page, "New password")
        .filter({ hasText: "PasswordPolicyViolation" })
        .waitFor();
      await s.shot("weak-reset");
      const profile = await iam.send(new GetLoginProfileCommand({ UserName: "taken" }));
      assert.equal(profile.LoginProfile?.PasswordResetRequired, false);
      const attached = await iam.send(new ListAttachedUserPoliciesCommand({ UserName: "taken" }));
      assert.deepEqual(attached.AttachedPolicies, []);

      // A malformed inline policy and a reserved tag key: refused, nothing stored.
      await page.getByRole("tab", { name: "Permissions" }).click();
      await page.getByRole("button", { name: "Add inline policy" }).click();
      await page.getByLabel("Policy name").fill("broken");
      await page
        .getByLabel("Policy document (JSON)")
        .fill('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Resource":"*"}]}');
      await page.getByRole("button", { name: "Save inline policy" }).click();
      await page.getByRole("alert").filter({ hasText: "MalformedPolicyDocument" }).waitFor();
      await s.shot("bad-inline-policy");
      const inline = await iam.send(new ListUserPoliciesCommand({ UserName: "taken" }));
      assert.deepEqual(inline.PolicyNames, []);
      await page.getByRole("tab", { name: "Tags" }).click();
      await page.getByLabel("Key", { exact: true }).fill("aws:reserved");
      await page.getByLabel("Value", { exact: true }).fill("x");
      await page.getByRole("button", { name: "Add tag" }).click();
      await page
        .getByRole("alert")
        .filter({ hasText: /InvalidInput|ValidationError/ })
        .waitFor();
      await s.shot("bad-tag");
      const tags = await iam.send(new ListUserTagsCommand({ UserName: "taken" }));
      assert.deepEqual(tags.Tags, []);
      assert.deepEqual(s.unexpectedErrors([REFUSED]), []);
      await s.close();
    });
  });
}
