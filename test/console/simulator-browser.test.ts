/**
 * The policy simulator page in Chromium, for a user: its own inline policy
 * allows iam:ListUsers, its group's denies iam:DeleteUser, an attached
 * managed policy allows iam:CreateUser. Allowed, explicit deny, and (with the
 * managed policy left out, which switches to SimulateCustomPolicy) implicit
 * deny; the deciding statement marked in its document, compared with the
 * positions the SDK's SimulatePrincipalPolicy answers; a pasted boundary.
 * Screenshots: test-output/console/simulator/.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  AddUserToGroupCommand,
  AttachUserPolicyCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreateUserCommand,
  GetUserCommand,
  ListUsersCommand,
  PutGroupPolicyCommand,
  PutUserPolicyCommand,
  SimulatePrincipalPolicyCommand,
} from "@aws-sdk/client-iam";
import { failMissing } from "../e2e/tools.js";
import { chromiumProblem, REFUSED, Scenario, signInToConsole, useBrowser } from "./browser.js";
import { ACCOUNT, ROOT_PASSWORD, useConsoleServer } from "./harness.js";

const ALLOW_LIST =
  '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Action": "iam:ListUsers",\n      "Resource": "*"\n    }\n  ]\n}';
const LIST_STATEMENT =
  '\n    {\n      "Effect": "Allow",\n      "Action": "iam:ListUsers",\n      "Resource": "*"\n    }';
const DENY_STATEMENT =
  '{"Sid":"NoDeletes","Effect":"Deny","Action":"iam:DeleteUser","Resource":"*"}';
const DENY_DELETE = `{"Version":"2012-10-17","Statement":[${DENY_STATEMENT}]}`;
const CREATE_STATEMENT = '{"Effect":"Allow","Action":"iam:CreateUser","Resource":"*"}';
const ALLOW_CREATE = `{"Version":"2012-10-17","Statement":[${CREATE_STATEMENT}]}`;
const ACTIONS = ["iam:ListUsers", "iam:DeleteUser", "iam:CreateUser"];

const problem = chromiumProblem();
if (problem !== undefined) {
  failMissing("the policy simulator in Chromium", problem);
} else {
  const server = useConsoleServer();
  const browser = useBrowser();

  describe("the policy simulator page: a user's policies", () => {
    test("decisions, the deciding statements marked, policies left out, a boundary", async () => {
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
      const created = await iam.send(
        new CreatePolicyCommand({ PolicyName: "MayCreate", PolicyDocument: ALLOW_CREATE }),
      );
      await iam.send(
        new AttachUserPolicyCommand({ UserName: "sim", PolicyArn: created.Policy?.Arn }),
      );
      const userArn = (await iam.send(new GetUserCommand({ UserName: "sim" }))).User?.Arn;
      const usersBefore = (await iam.send(new ListUsersCommand({}))).Users?.length;

      const s = await Scenario.open(browser, "simulator", server.url);
      const { page } = s;
      await signInToConsole(page, server.url, ACCOUNT, { rootPassword: ROOT_PASSWORD });
      await page.goto(`${server.url}/console/simulator`);
      await s.shot("empty");

      // The search narrows the list; the user's policies come with checkboxes.
      await page.getByLabel("Search users").fill("si");
      await page.getByLabel("The user").selectOption("sim");
      const policies = page.getByRole("group", { name: "Its policies" });
      await policies.getByLabel("MayCreate (managed, attached to user sim)").waitFor();
      assert.equal(await policies.getByRole("checkbox").count(), 3);
      await page.getByLabel("Actions", { exact: true }).fill(ACTIONS.join(", "));
      await s.shot("user-chosen");
      await page.getByRole("button", { name: "Run simulation" }).click();
      const decision = (action: string) =>
        page.getByTestId(`result-${action}`).getByTestId("decision").textContent();
      await page.getByTestId("result-iam:CreateUser").waitFor();
      assert.equal(await decision("iam:ListUsers"), "allowed");
      assert.equal(await decision("iam:DeleteUser"), "denied (explicit deny)");
      assert.equal(await decision("iam:CreateUser"), "allowed");
      await s.shot("results-all-policies");

      // The page's decisions and marks are the server's: the SDK gets the same.
      const sdk = await iam.send(
        new SimulatePrincipalPolicyCommand({ PolicySourceArn: userArn, ActionNames: ACTIONS }),
      );
      assert.deepEqual(
        sdk.EvaluationResults?.map((r) => r.EvalDecision),
        ["allowed", "explicitDeny", "allowed"],
      );
      assert.deepEqual(
        sdk.EvaluationResults?.map((r) => r.MatchedStatements?.[0]?.SourcePolicyId),
        ["user_sim_List", "group_careful_NoDelete", "MayCreate"],
      );

      const explanation = page.getByTestId("explanation");
      const why = async (action: string) => {
        await page.getByRole("button", { name: `Why ${action} on *` }).click();
        await explanation.getByRole("heading", { name: new RegExp(`^${action} on`) }).waitFor();
        return explanation.locator("mark").allTextContents();
      };
      assert.deepEqual(await why("iam:ListUsers"), [LIST_STATEMENT]);
      await explanation.getByText("List (inline, user sim)").waitFor();
      await s.shot("why-allowed");
      assert.deepEqual(await why("iam:DeleteUser"), [DENY_STATEMENT]);
      await explanation.getByText("NoDelete (inline, group careful)").waitFor();
      await s.shot("why-denied");
      assert.deepEqual(await why("iam:CreateUser"), [CREATE_STATEMENT]);
      await explanation.getByText("MayCreate (managed, attached to user sim)").waitFor();

      // Leaving the managed policy out: SimulateCustomPolicy on the others.
      await policies.getByLabel("MayCreate (managed, attached to user sim)").uncheck();
      await page.getByTestId("sim-how").getByText("SimulateCustomPolicy").waitFor();
      await page.getByRole("button", { name: "Run simulation" }).click();
      await page
        .getByTestId("result-iam:CreateUser")
        .getByText("denied (no statement allows it)")
        .waitFor();
      assert.equal(await decision("iam:ListUsers"), "allowed");
      assert.equal(await decision("iam:DeleteUser"), "denied (explicit deny)");
      await s.shot("results-one-left-out");
      assert.deepEqual(await why("iam:CreateUser"), []);
      await explanation.getByText("No statement of the policies matched this request.").waitFor();
      assert.deepEqual(await why("iam:DeleteUser"), [DENY_STATEMENT]);
      await explanation.getByText("NoDelete (inline, group careful)").waitFor();
      await s.shot("why-denied-custom");

      // A pasted boundary that allows only listing caps the rest.
      await policies.getByLabel("MayCreate (managed, attached to user sim)").check();
      await page
        .getByLabel("Permissions boundary (optional)")
        .fill(
          '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:List*","Resource":"*"}]}',
        );
      await page.getByRole("button", { name: "Run simulation" }).click();
      const createRow = page.getByTestId("result-iam:CreateUser");
      await createRow.getByText("does not allow", { exact: true }).waitFor();
      assert.equal(await decision("iam:CreateUser"), "denied (no statement allows it)");
      assert.equal(await decision("iam:ListUsers"), "allowed");
      await page.getByTestId("result-iam:ListUsers").getByText("allows", { exact: true }).waitFor();
      // Both deciding statements: the user's policy and the boundary's.
      assert.deepEqual(await why("iam:ListUsers"), [
        LIST_STATEMENT,
        '{"Effect":"Allow","Action":"iam:List*","Resource":"*"}',
      ]);
      await explanation.getByText("Permissions boundary (pasted)").waitFor();
      await s.shot("boundary");

      // Simulating changed nothing.
      assert.equal((await iam.send(new ListUsersCommand({}))).Users?.length, usersBefore);
      assert.deepEqual(s.unexpectedErrors([REFUSED]), []);
      await s.close();
    });
  });
}
