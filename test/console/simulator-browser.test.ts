/**
 * The policy simulator page in Chromium: a user whose own policy allows
 * iam:ListUsers and whose group's denies iam:DeleteUser — allowed, explicit
 * deny, implicit deny, and the deciding statement highlighted in its
 * document; a pasted policy with an aws:SourceIp condition, the key listed
 * and filled; a broken pasted policy refused with the server's error.
 * Screenshots: test-output/console/simulator/.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  AddUserToGroupCommand,
  CreateGroupCommand,
  CreateUserCommand,
  PutGroupPolicyCommand,
  PutUserPolicyCommand,
} from "@aws-sdk/client-iam";
import { failMissing } from "../e2e/tools.js";
import { chromiumProblem, REFUSED, Scenario, signInToConsole, useBrowser } from "./browser.js";
import { ACCOUNT, ROOT_PASSWORD, useConsoleServer } from "./harness.js";

const ALLOW_LIST =
  '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Action": "iam:ListUsers",\n      "Resource": "*"\n    }\n  ]\n}';
const DENY_DELETE =
  '{"Version":"2012-10-17","Statement":[{"Sid":"NoDeletes","Effect":"Deny","Action":"iam:DeleteUser","Resource":"*"}]}';

const problem = chromiumProblem();
if (problem !== undefined) {
  failMissing("the policy simulator in Chromium", problem);
} else {
  const server = useConsoleServer();
  const browser = useBrowser();

  describe("the policy simulator page", () => {
    test("decisions for a user, the deciding statements highlighted; pasted policies", async () => {
      const iam = server.iam();
      await iam.send(new CreateUserCommand({ UserName: "sim" }));
      await iam.send(
        new PutUserPolicyCommand({
          UserName: "sim",
          PolicyName: "List",
          PolicyDocument: ALLOW_LIST,
        }),
      );
      await iam.send(new CreateGroupCommand({ GroupName: "careful" }));
      await iam.send(
        new PutGroupPolicyCommand({
          GroupName: "careful",
          PolicyName: "NoDelete",
          PolicyDocument: DENY_DELETE,
        }),
      );
      await iam.send(new AddUserToGroupCommand({ GroupName: "careful", UserName: "sim" }));

      const s = await Scenario.open(browser, "simulator", server.url);
      const { page } = s;
      await signInToConsole(page, server.url, ACCOUNT, { rootPassword: ROOT_PASSWORD });

      await page.goto(`${server.url}/console/simulator`);
      await page.getByLabel("The user").selectOption("sim");
      await page.getByLabel("Actions").fill("iam:ListUsers iam:DeleteUser iam:CreateUser");
      await page.getByRole("button", { name: "Run simulation" }).click();
      const decision = (action: string) =>
        page.getByTestId(`result-${action}`).getByTestId("decision").textContent();
      await page.getByTestId("result-iam:CreateUser").waitFor();
      assert.equal(await decision("iam:ListUsers"), "allowed");
      assert.equal(await decision("iam:DeleteUser"), "denied (explicit deny)");
      assert.equal(await decision("iam:CreateUser"), "denied (no statement allows it)");
      await s.shot("results");

      await page.getByRole("button", { name: "Why iam:ListUsers" }).click();
      const mark = page.getByTestId("explanation").locator("mark");
      await mark.waitFor();
      assert.equal(
        await mark.textContent(),
        '\n    {\n      "Effect": "Allow",\n      "Action": "iam:ListUsers",\n      "Resource": "*"\n    }',
      );
      await s.shot("why-allowed");
      await page.getByRole("button", { name: "Why iam:DeleteUser" }).click();
      await page.getByTestId("explanation").getByText("NoDelete (inline, group careful)").waitFor();
      assert.equal(
        await page.getByTestId("explanation").locator("mark").textContent(),
        '{"Sid":"NoDeletes","Effect":"Deny","Action":"iam:DeleteUser","Resource":"*"}',
      );
      await s.shot("why-denied");

      // Pasted policies, with a condition key listed and given a value.
      await page.getByLabel("Policies I paste").check();
      await page.getByLabel("Policy 1").fill(
        JSON.stringify({
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Allow",
              Action: "s3:GetObject",
              Resource: "*",
              Condition: { IpAddress: { "aws:SourceIp": "10.0.0.0/8" } },
            },
          ],
        }),
      );
      await page.getByLabel("Actions").fill("s3:GetObject");
      await page.getByRole("button", { name: "List context keys" }).click();
      await page.getByLabel("aws:SourceIp").fill("10.1.2.3");
      await page.getByRole("button", { name: "Run simulation" }).click();
      await page.getByTestId("result-s3:GetObject").waitFor();
      assert.equal(await decision("s3:GetObject"), "allowed");
      await s.shot("custom-with-context");
      await page.getByLabel("aws:SourceIp").fill("192.0.2.1");
      await page.getByRole("button", { name: "Run simulation" }).click();
      await page
        .getByTestId("result-s3:GetObject")
        .getByText("denied (no statement allows it)")
        .waitFor();

      // A broken pasted policy: the server's refusal is shown.
      await page
        .getByLabel("Policy 1")
        .fill('{"Version":"2012-10-17","Statement":[{"Effect":"Allow"}]}');
      await page.getByRole("button", { name: "Run simulation" }).click();
      const refused = page.getByRole("alert").filter({ hasText: "MalformedPolicyDocument" });
      await refused.waitFor();
      await s.shot("custom-refused");
      assert.deepEqual(s.unexpectedErrors([REFUSED]), []);
      await s.close();
    });
  });
}
