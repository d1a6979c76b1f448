/**
 * The seed walkthrough (a 2015 article on IAM users, groups, roles and MFA) in Debian's Chromium, through the
 * console's pages only: the root user signs in, sets a password policy,
 * creates CloudAcademyUser1 and CloudAcademyUser2 with passwords, creates the
 * group RDSFullAccess with AmazonRDSFullAccess and adds both, shows the
 * policy, creates the EC2-to-S3 role (with its instance profile), enrols a
 * virtual MFA device for a user (codes computed from the secret the page
 * shows), signs out; the user signs in with password and MFA code, and the
 * IAM pages the user may not use say so. Every outcome is checked against
 * the server through the AWS SDK as well. Screenshots: test-output/console/seed/.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  GetAccountPasswordPolicyCommand,
  GetGroupCommand,
  GetInstanceProfileCommand,
  GetLoginProfileCommand,
  ListAttachedGroupPoliciesCommand,
  ListAttachedRolePoliciesCommand,
  ListMFADevicesCommand,
  ListVirtualMFADevicesCommand,
} from "@aws-sdk/client-iam";
import type { Page } from "playwright-core";
import { Secret, TOTP } from "otpauth";
import { failMissing } from "../e2e/tools.js";
import { chromiumProblem, Scenario, useBrowser } from "./browser.js";
import { ACCOUNT, awayFromStepEdge, ROOT_PASSWORD, useConsoleServer } from "./harness.js";

const REFUSED = /Failed to load resource: the server responded with a status of 4\d\d/;

async function go(page: Page, url: string, heading: string | RegExp): Promise<void> {
  await page.goto(url);
  await page.getByRole("heading", { name: heading, level: 1 }).waitFor();
}

const problem = chromiumProblem();
if (problem !== undefined) {
  failMissing("the seed walkthrough in Chromium", problem);
} else {
  const server = useConsoleServer();
  const browser = useBrowser();

  describe("the seed walkthrough in the console", () => {
    test("root: password policy, users, group, role, MFA; the user signs in with MFA", async () => {
      const iam = server.iam();
      const s = await Scenario.open(browser, "seed", server.url);
      const { page } = s;
      const base = `${server.url}/console`;

      // Sign in as the root user.
      await page.goto(`${server.url}/signin/${ACCOUNT}`);
      await page.getByLabel("Root user").check();
      await page.getByLabel("Password", { exact: true }).fill(ROOT_PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL(`${base}/`);
      await page.getByTestId("checklist").waitFor();
      await s.shot("root-dashboard");

      // A password policy: a bad value first (the server's error beside the form), then a good one.
      await go(page, `${base}/account-settings`, "Account settings");
      await page.getByLabel("Minimum password length").fill("3");
      await page.getByRole("button", { name: "Save password policy" }).click();
      const refusal = page.getByRole("form", { name: "Password policy" }).getByRole("alert");
      await refusal.waitFor();
      assert.match((await refusal.textContent()) ?? "", /ValidationError.*minimumPasswordLength/);
      await s.shot("password-policy-refused");
      await page.getByLabel("Minimum password length").fill("12");
      await page.getByLabel("Require at least one number").check();
      await page.getByLabel("Require at least one non-alphanumeric character").check();
      await page.getByLabel("Allow users to change their own password").check();
      await page.getByRole("button", { name: "Save password policy" }).click();
      await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
      await s.shot("password-policy-saved");
      const policy = (await iam.send(new GetAccountPasswordPolicyCommand({}))).PasswordPolicy;
      assert.equal(policy?.MinimumPasswordLength, 12);
      assert.equal(policy?.RequireSymbols, true);
      assert.equal(policy?.AllowUsersToChangePassword, true);

      // Create CloudAcademyUser1 and CloudAcademyUser2 with typed passwords that must be changed.
      await go(page, `${base}/users`, "Users");
      await page.getByRole("link", { name: "Create users" }).click();
      await page.getByRole("heading", { name: "Create users", level: 1 }).waitFor();
      await page.getByLabel("User names").fill("CloudAcademyUser1\nCloudAcademyUser2");
      await page.getByLabel("Custom password").check();
      await page.getByLabel("Password", { exact: true }).fill("Academy-Pass-2026!");
      await s.shot("create-users-form");
      await page.getByRole("button", { name: "Create users" }).click();
      await page.getByRole("heading", { name: "Users created" }).waitFor();
      await s.shot("users-created");
      for (const name of ["CloudAcademyUser1", "CloudAcademyUser2"]) {
        const profile = await iam.send(new GetLoginProfileCommand({ UserName: name }));
        assert.equal(profile.LoginProfile?.PasswordResetRequired, true, name);
      }

      // The group RDSFullAccess with AmazonRDSFullAccess, both users in it.
      await go(page, `${base}/groups/create`, "Create user group");
      await page.getByLabel("User group name").fill("RDSFullAccess");
      await page.getByLabel("Search add users to the group").fill("CloudAcademy");
      await page.getByLabel("CloudAcademyUser1").check();
      await page.getByLabel("CloudAcademyUser2").check();
      await page.getByLabel("Search attach permissions policies").fill("AmazonRDSFullAccess");
      await page.getByLabel("AmazonRDSFullAccess", { exact: true }).check();
      await s.shot("create-group-form");
      await page.getByRole("button", { name: "Create group" }).click();
      await page.getByRole("heading", { name: "RDSFullAccess", level: 1 }).waitFor();
      await page.getByRole("link", { name: "CloudAcademyUser2" }).waitFor();
      await s.shot("group-created");
      const group = await iam.send(new GetGroupCommand({ GroupName: "RDSFullAccess" }));
      assert.deepEqual(group.Users?.map((u) => u.UserName).sort(), [
        "CloudAcademyUser1",
        "CloudAcademyUser2",
      ]);
      const attached = await iam.send(
        new ListAttachedGroupPoliciesCommand({ GroupName: "RDSFullAccess" }),
      );
      assert.deepEqual(
        attached.AttachedPolicies?.map((p) => p.PolicyName),
        ["AmazonRDSFullAccess"],
      );
      // Show the policy.
      await page.getByRole("tab", { name: "Permissions" }).click();
      await page.getByRole("button", { name: "Show policy AmazonRDSFullAccess" }).click();
      const doc = page.getByLabel("Policy document");
      await doc.waitFor();
      assert.match((await doc.textContent()) ?? "", /"rds:\*"/);
      await s.shot("show-policy");

      // The role for EC2 with S3 access, and its instance profile.
      await go(page, `${base}/roles/create`, "Create role");
      await page.getByLabel("Service principal").selectOption("ec2.amazonaws.com");
      await page.getByLabel("Search permissions policies").fill("AmazonS3FullAccess");
      await page.getByLabel("AmazonS3FullAccess", { exact: true }).check();
      await page.getByLabel("Role name").fill("EC2-S3-Access");
      await page.getByLabel("Description").fill("Allows EC2 instances to call S3");
      await s.shot("create-role-form");
      await page.getByRole("button", { name: "Create role" }).click();
      await page.getByRole("heading", { name: "EC2-S3-Access", level: 1 }).waitFor();
      const profileArn = `arn:aws:iam::${ACCOUNT}:instance-profile/EC2-S3-Access`;
      await page.getByTestId("instance-profiles").filter({ hasText: profileArn }).waitFor();
      await page.getByRole("tab", { name: "Trust relationships" }).click();
      assert.match(
        (await page.getByLabel("Trust policy").textContent()) ?? "",
        /"Service": "ec2.amazonaws.com"/,
      );
      await s.shot("role-created");
      const profile = await iam.send(
        new GetInstanceProfileCommand({ InstanceProfileName: "EC2-S3-Access" }),
      );
      assert.deepEqual(
        profile.InstanceProfile?.Roles?.map((r) => r.RoleName),
        ["EC2-S3-Access"],
      );
      const rolePolicies = await iam.send(
        new ListAttachedRolePoliciesCommand({ RoleName: "EC2-S3-Access" }),
      );
      assert.deepEqual(
        rolePolicies.AttachedPolicies?.map((p) => p.PolicyName),
        ["AmazonS3FullAccess"],
      );

      // A virtual MFA device for CloudAcademyUser1: a wrong code leaves nothing behind.
      await go(page, `${base}/users/CloudAcademyUser1`, "CloudAcademyUser1");
      await page.getByRole("tab", { name: "Security credentials" }).click();
      await page.getByRole("button", { name: "Assign MFA device" }).click();
      await page.getByRole("button", { name: "Next" }).click();
      await page.getByAltText("QR code of the MFA device").waitFor();
      await page.getByLabel("MFA code 1").fill("000000");
      await page.getByLabel("MFA code 2").fill("000001");
      await page.getByRole("button", { name: "Add MFA" }).click();
      const wrong = page.getByRole("alert").filter({ hasText: "InvalidAuthenticationCode" });
      await wrong.waitFor();
      await s.shot("mfa-wrong-codes");
      const unassigned = await iam.send(new ListVirtualMFADevicesCommand({}));
      assert.deepEqual(unassigned.VirtualMFADevices ?? [], []);
      await page.getByRole("button", { name: "Next" }).click();
      await page.getByRole("button", { name: "Show secret key" }).click();
      const seed = (await page.getByTestId("mfa-secret").textContent()) ?? "";
      await s.shot("mfa-qr-code");
      const totp = new TOTP({ secret: Secret.fromBase32(seed), algorithm: "SHA1", digits: 6 });
      const code = (steps: number) => totp.generate({ timestamp: Date.now() + steps * 30_000 });
      await awayFromStepEdge();
      await page.getByLabel("MFA code 1").fill(code(-2));
      await page.getByLabel("MFA code 2").fill(code(-1));
      await page.getByRole("button", { name: "Add MFA" }).click();
      await page.getByRole("button", { name: "Remove MFA device" }).waitFor();
      await s.shot("mfa-assigned");
      const devices = await iam.send(new ListMFADevicesCommand({ UserName: "CloudAcademyUser1" }));
      assert.equal(devices.MFADevices?.length, 1);
      assert.deepEqual(s.unexpectedErrors([REFUSED]), []);

      // Sign out; the user signs in with password and MFA code, and sets a new password.
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.waitForURL(/\/signin\//);
      await page.getByLabel("IAM user name").fill("CloudAcademyUser1");
      await page.getByLabel("Password", { exact: true }).fill("Academy-Pass-2026!");
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByLabel("MFA code").waitFor();
      await s.shot("user-mfa-step");
      await awayFromStepEdge();
      await page.getByLabel("MFA code").fill(code(0));
      await page.getByRole("button", { name: "Submit" }).click();
      await page.getByLabel("New password", { exact: true }).waitFor();
      await s.shot("user-new-password-step");
      await page.getByLabel("Old password").fill("Academy-Pass-2026!");
      await page.getByLabel("New password", { exact: true }).fill("Academy-Pass-2027!");
      await page.getByLabel("Retype new password").fill("Academy-Pass-2027!");
      await page.getByRole("button", { name: "Set password and continue" }).click();
      await page.waitForURL(`${base}/`);
      await page.getByTestId("who").filter({ hasText: "CloudAcademyUser1" }).waitFor();
      assert.match((await page.getByTestId("who").textContent()) ?? "", /MFA/);
      await s.shot("user-dashboard");

      // IAM pages the user has no permission for say so, in AWS's words.
      for (const [path, heading, action] of [
        ["users", "Users", "iam:ListUsers"],
        ["roles", "Roles", "iam:ListRoles"],
        ["policies", "Policies", "iam:ListPolicies"],
      ] as const) {
        await go(page, `${base}/${path}`, heading);
        const denied = page.getByRole("alert").filter({ hasText: action }).first();
        await denied.waitFor();
        assert.match(
          (await denied.textContent()) ?? "",
          new RegExp(
            `AccessDenied.*user/CloudAcademyUser1 is not authorized to perform: ${action}`,
          ),
        );
        await s.shot(`user-denied-${path}`);
      }
      // The password policy is readable (AllowUsersToChangePassword grants that), not changeable.
      await go(page, `${base}/account-settings`, "Account settings");
      await page.getByLabel("Minimum password length").fill("20");
      await page.getByRole("button", { name: "Save password policy" }).click();
      const readOnly = page
        .getByRole("alert")
        .filter({ hasText: "iam:UpdateAccountPasswordPolicy" })
        .first();
      await readOnly.waitFor();
      await s.shot("user-denied-password-policy");
      const unchanged = (await iam.send(new GetAccountPasswordPolicyCommand({}))).PasswordPolicy;
      assert.equal(unchanged?.MinimumPasswordLength, 12);
      assert.deepEqual(s.unexpectedErrors([REFUSED]), []);
      await s.close();
    });
  });
}
