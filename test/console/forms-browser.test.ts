/**
 * The console's forms in Chromium: bad input gets the server's error next
 * to the field, and a create that fails part-way leaves nothing behind
 * (users, groups, roles); the users' pages: access keys with the CSV of a
 * new secret, tags, a delete that lists and removes what goes with the user.
 * Screenshots: test-output/console/forms/.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import {
  CreateGroupCommand,
  CreateInstanceProfileCommand,
  GetUserCommand,
  ListAccessKeysCommand,
  ListGroupsCommand,
  ListInstanceProfilesCommand,
  ListRolesCommand,
  ListUsersCommand,
  ListUserTagsCommand,
  UpdateAccountPasswordPolicyCommand,
} from "@aws-sdk/client-iam";
import { failMissing } from "../e2e/tools.js";
import { failure } from "../server/harness.js";
import { chromiumProblem, REFUSED, Scenario, signInToConsole, useBrowser } from "./browser.js";
import { ACCOUNT, ROOT_PASSWORD, useConsoleServer } from "./harness.js";

const problem = chromiumProblem();
if (problem !== undefined) {
  failMissing("the console's forms in Chromium", problem);
} else {
  const server = useConsoleServer();
  const browser = useBrowser();

  describe("the console's forms", () => {
    test("bad input is refused beside its field, and nothing is half-created", async () => {
      const iam = server.iam();
      await iam.send(new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 14 }));
      await iam.send(new CreateGroupCommand({ GroupName: "existing" }));
      const s = await Scenario.open(browser, "forms", server.url);
      const { page } = s;
      await signInToConsole(page, server.url, ACCOUNT, { rootPassword: ROOT_PASSWORD });

      // A user name IAM refuses.
      await page.goto(`${server.url}/console/users/create`);
      await page.getByLabel("User names").fill("bad/name");
      await page.getByRole("button", { name: "Create users" }).click();
      const nameError = page
        .locator(".field", { has: page.getByLabel("User names") })
        .getByRole("alert");
      await nameError.waitFor();
      assert.match((await nameError.textContent()) ?? "", /ValidationError.*userName/);
      await s.shot("user-bad-name");

      // A typed password the policy refuses: the user made first is removed again.
      await page.getByLabel("User names").fill("first-user second-user");
      await page.getByLabel("Custom password").check();
      await page.getByLabel("Password", { exact: true }).fill("short-1A!");
      await page.getByRole("button", { name: "Create users" }).click();
      const pwError = page.getByRole("alert").filter({ hasText: "PasswordPolicyViolation" });
      await pwError.waitFor();
      await s.shot("user-weak-password");
      const users = await iam.send(new ListUsersCommand({}));
      assert.deepEqual(users.Users ?? [], []);

      // A group whose name is taken.
      await page.goto(`${server.url}/console/groups/create`);
      await page.getByLabel("User group name").fill("existing");
      await page.getByRole("button", { name: "Create group" }).click();
      const groupError = page.getByRole("alert").filter({ hasText: "EntityAlreadyExists" });
      await groupError.waitFor();
      await s.shot("group-exists");
      const groups = await iam.send(new ListGroupsCommand({}));
      assert.deepEqual(
        groups.Groups?.map((g) => g.GroupName),
        ["existing"],
      );

      // An EC2 role whose instance profile name is taken: the role is removed again.
      await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: "web" }));
      await page.goto(`${server.url}/console/roles/create`);
      await page.getByLabel("Role name").fill("web");
      await page.getByLabel("Maximum session duration (seconds)").fill("99");
      await page.getByRole("button", { name: "Create role" }).click();
      await page.getByRole("alert").filter({ hasText: "maxSessionDuration" }).waitFor();
      await s.shot("role-bad-duration");
      await page.getByLabel("Maximum session duration (seconds)").fill("3600");
      await page
        .getByLabel("Trust policy")
        .fill(
          '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Principal":{"Service":"ec2.amazonaws.com"},"Resource":"*"}]}',
        );
      await page.getByRole("button", { name: "Create role" }).click();
      const trustError = page
        .locator(".field", { has: page.getByLabel("Trust policy") })
        .getByRole("alert");
      await trustError.waitFor();
      assert.match((await trustError.textContent()) ?? "", /MalformedPolicyDocument/);
      await s.shot("role-bad-trust");
      assert.deepEqual((await iam.send(new ListRolesCommand({}))).Roles ?? [], []);
      // A good trust policy, but the EC2 role's instance profile name is taken: the role
      // (and its attached policy) is removed again.
      await page.getByRole("button", { name: "Write it again from the choices above" }).click();
      await page.getByLabel("Search permissions policies").fill("AmazonS3ReadOnlyAccess");
      await page.getByLabel("AmazonS3ReadOnlyAccess", { exact: true }).check();
      await page.getByRole("button", { name: "Create role" }).click();
      await page.getByRole("alert").filter({ hasText: "EntityAlreadyExists" }).waitFor();
      await s.shot("role-profile-taken");
      assert.deepEqual((await iam.send(new ListRolesCommand({}))).Roles ?? [], []);
      const profiles = await iam.send(new ListInstanceProfilesCommand({}));
      assert.deepEqual(
        profiles.InstanceProfiles?.map((p) => [p.InstanceProfileName, p.Roles?.length]),
        [["web", 0]],
      );
      assert.deepEqual(s.unexpectedErrors([REFUSED]), []);
      await s.close();
    });

    test("a user's access keys (CSV of the secret), tags, and a delete that takes its dependents", async () => {
      const iam = server.iam();
      const s = await Scenario.open(browser, "user-page", server.url);
      const { page } = s;
      await signInToConsole(page, server.url, ACCOUNT, { rootPassword: ROOT_PASSWORD });
      await page.goto(`${server.url}/console/users/create`);
      await page.getByLabel("User names").fill("keyholder");
      await page.getByLabel("Create an access key").check();
      await page.getByLabel("Search add to groups").fill("existing");
      await page.getByLabel("existing", { exact: true }).check();
      await page.getByRole("button", { name: "Create users" }).click();
      await page.getByRole("heading", { name: "Users created" }).waitFor();
      const password = (await page.locator("td.secret").first().textContent()) ?? "";
      assert.ok(password.length >= 14, "the autogenerated password follows the policy");
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: "Download .csv" }).click();
      const csv = readFileSync((await (await download).path()) ?? "", "utf8")
        .trim()
        .split("\n");
      assert.equal(csv[0], "User name,Password,Access key ID,Secret access key,Console login link");
      const [name, pw, keyId, secret, link] = (csv[1] ?? "").split(",");
      assert.equal(name, "keyholder");
      assert.equal(pw, password);
      assert.match(keyId ?? "", /^AKIA/);
      assert.equal(secret?.length, 40);
      assert.equal(link, `${server.url}/signin/${ACCOUNT}`);
      await s.shot("created-with-key");

      // The key works, and its page shows it; deactivate, then delete it.
      await page.getByRole("link", { name: "keyholder" }).click();
      await page.getByRole("tab", { name: "Security credentials" }).click();
      await page.getByRole("button", { name: `Deactivate ${keyId}` }).click();
      await page.getByRole("button", { name: `Activate ${keyId}` }).waitFor();
      const keys = await iam.send(new ListAccessKeysCommand({ UserName: "keyholder" }));
      assert.equal(keys.AccessKeyMetadata?.[0]?.Status, "Inactive");
      await page.getByRole("button", { name: `Delete ${keyId}` }).click();
      await page.getByRole("button", { name: `Delete ${keyId}` }).waitFor({ state: "detached" });
      await page.getByRole("button", { name: "Create access key" }).click();
      await page.getByTestId("new-access-key").waitFor();
      await s.shot("new-key");

      // Tags.
      await page.getByRole("tab", { name: "Tags" }).click();
      await page.getByLabel("Key", { exact: true }).fill("team");
      await page.getByLabel("Value", { exact: true }).fill("blue");
      await page.getByRole("button", { name: "Add tag" }).click();
      await page.getByRole("button", { name: "Remove tag team" }).waitFor();
      const tags = await iam.send(new ListUserTagsCommand({ UserName: "keyholder" }));
      assert.deepEqual(tags.Tags, [{ Key: "team", Value: "blue" }]);

      // Delete: what goes is listed, the name must be typed.
      await page.getByRole("button", { name: "Delete user" }).click();
      const dependents = page.getByTestId("dependents");
      await dependents.waitFor();
      const listed = (await dependents.getByRole("listitem").allTextContents()).join("; ");
      assert.match(listed, /Console password/);
      assert.match(listed, /Access key AKIA/);
      assert.match(listed, /Membership of group existing/);
      await s.shot("delete-dialog");
      const confirm = page.getByRole("dialog").getByRole("button", { name: "Delete", exact: true });
      assert.equal(await confirm.isDisabled(), true);
      await page.getByLabel("Type keyholder to confirm").fill("keyholder");
      await confirm.click();
      await page.waitForURL(`${server.url}/console/users`);
      const gone = await failure(iam.send(new GetUserCommand({ UserName: "keyholder" })));
      assert.equal(gone.name, "NoSuchEntityException");
      assert.deepEqual(s.unexpectedErrors([REFUSED]), []);
      await s.close();
    });
  });
}
