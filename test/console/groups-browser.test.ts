/**
 * A group's page in Chromium: members added and removed, an inline policy
 * written (a broken one refused beside the editor) and shown, a managed
 * policy attached and detached, and the delete that lists and removes the
 * members and policies first. Screenshots: test-output/console/groups/.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  CreateGroupCommand,
  CreateUserCommand,
  GetGroupCommand,
  GetGroupPolicyCommand,
  ListAttachedGroupPoliciesCommand,
} from "@aws-sdk/client-iam";
import { failMissing } from "../e2e/tools.js";
import { failure } from "../server/harness.js";
import { chromiumProblem, REFUSED, Scenario, signInToConsole, useBrowser } from "./browser.js";
import { ACCOUNT, ROOT_PASSWORD, useConsoleServer } from "./harness.js";

const problem = chromiumProblem();
if (problem !== undefined) {
  failMissing("groups in Chromium", problem);
} else {
  const server = useConsoleServer();
  const browser = useBrowser();

  describe("a group's page", () => {
    test("members, inline and managed policies, and delete with what goes with it", async () => {
      const iam = server.iam();
      await iam.send(new CreateGroupCommand({ GroupName: "ops" }));
      for (const u of ["ann", "ben"]) await iam.send(new CreateUserCommand({ UserName: u }));
      const s = await Scenario.open(browser, "groups", server.url);
      const { page } = s;
      await signInToConsole(page, server.url, ACCOUNT, { rootPassword: ROOT_PASSWORD });

      await page.getByRole("link", { name: "User groups" }).first().click();
      await page.getByLabel("Search groups").fill("op");
      await page.getByRole("link", { name: "ops" }).click();
      await page.getByRole("button", { name: "Add users" }).click();
      await page.getByLabel("ann").check();
      await page.getByLabel("ben").check();
      await page.getByRole("button", { name: "Add selected users" }).click();
      await page.getByRole("button", { name: "Remove ben" }).click();
      await page.getByRole("button", { name: "Remove ben" }).waitFor({ state: "detached" });
      await page.getByRole("link", { name: "ann" }).waitFor();
      await s.shot("members");
      const group = await iam.send(new GetGroupCommand({ GroupName: "ops" }));
      assert.deepEqual(
        group.Users?.map((u) => u.UserName),
        ["ann"],
      );

      // The same membership from the user's side: ben joins again, then leaves.
      await page.getByRole("link", { name: "ann" }).click();
      await page.getByRole("heading", { name: "ann", level: 1 }).waitFor();
      await page.goto(`${server.url}/console/users/ben`);
      await page.getByRole("tab", { name: "Groups" }).click();
      await page.getByRole("button", { name: "Add user to groups" }).click();
      await page.getByLabel("ops", { exact: true }).check();
      await page.getByRole("button", { name: "Add to selected groups" }).click();
      await page.getByRole("button", { name: "Remove from ops" }).waitFor();
      const joined = await iam.send(new GetGroupCommand({ GroupName: "ops" }));
      assert.deepEqual(joined.Users?.map((u) => u.UserName).sort(), ["ann", "ben"]);
      await page.getByRole("button", { name: "Remove from ops" }).click();
      await page.getByText("In no group.").waitFor();
      await s.shot("user-side");
      await page.goto(`${server.url}/console/groups/ops`);

      await page.getByRole("tab", { name: "Permissions" }).click();
      await page.getByRole("button", { name: "Add inline policy" }).click();
      await page.getByLabel("Policy name").fill("ReadLogs");
      await page
        .getByLabel("Policy document (JSON)")
        .fill('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"logs:Get*"}]}');
      await page.getByRole("button", { name: "Save inline policy" }).click();
      await page.getByRole("alert").filter({ hasText: "MalformedPolicyDocument" }).waitFor();
      await s.shot("inline-refused");
      const readLogs = {
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Action: "logs:Get*", Resource: "*" }],
      };
      await page.getByLabel("Policy document (JSON)").fill(JSON.stringify(readLogs));
      await page.getByRole("button", { name: "Save inline policy" }).click();
      await page.getByRole("button", { name: "Show ReadLogs" }).click();
      assert.match(
        (await page.getByLabel("Inline policy ReadLogs").textContent()) ?? "",
        /"logs:Get\*"/,
      );
      const stored = await iam.send(
        new GetGroupPolicyCommand({ GroupName: "ops", PolicyName: "ReadLogs" }),
      );
      assert.deepEqual(JSON.parse(decodeURIComponent(stored.PolicyDocument ?? "")), readLogs);

      await page.getByRole("button", { name: "Attach policies" }).click();
      await page.getByLabel("Search policies to attach").fill("ReadOnlyAccess");
      await page.getByLabel("ReadOnlyAccess", { exact: true }).check();
      await page.getByRole("button", { name: "Attach selected" }).click();
      await page.getByRole("button", { name: "Detach ReadOnlyAccess" }).waitFor();
      await s.shot("permissions");
      const attached = await iam.send(new ListAttachedGroupPoliciesCommand({ GroupName: "ops" }));
      assert.deepEqual(
        attached.AttachedPolicies?.map((p) => p.PolicyName),
        ["ReadOnlyAccess"],
      );

      await page.getByRole("button", { name: "Delete group" }).click();
      // The dialog reads the group's dependents after it opens: wait for the last kind.
      await page
        .getByTestId("dependents")
        .getByRole("listitem")
        .filter({ hasText: "Attached policy" })
        .waitFor();
      const listed = (
        await page.getByTestId("dependents").getByRole("listitem").allTextContents()
      ).join("; ");
      assert.equal(listed, "Member ann; Inline policy ReadLogs; Attached policy ReadOnlyAccess");
      await page.getByLabel("Type ops to confirm").fill("ops");
      await s.shot("delete-dialog");
      await page.getByRole("dialog").getByRole("button", { name: "Delete", exact: true }).click();
      await page.waitForURL(`${server.url}/console/groups`);
      const gone = await failure(iam.send(new GetGroupCommand({ GroupName: "ops" })));
      assert.equal(gone.name, "NoSuchEntityException");
      assert.deepEqual(s.unexpectedErrors([REFUSED]), []);
      await s.close();
    });
  });
}
