/**
 * The policy simulator page in Chromium with pasted policies: a condition on
 * aws:SourceIp whose key is listed, typed as an ip and filled (missing,
 * inside, outside, not an address); every page of 120 results; a resource
 * policy with its caller; a broken document refused with the server's
 * error beside its own textarea. And a role's policies. Screenshots:
 * test-output/console/simulator-custom/.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  CreateRoleCommand,
  CreateUserCommand,
  PutRolePolicyCommand,
  SimulateCustomPolicyCommand,
} from "@aws-sdk/client-iam";
import { failMissing } from "../e2e/tools.js";
import { chromiumProblem, REFUSED, Scenario, signInToConsole, useBrowser } from "./browser.js";
import { ACCOUNT, ROOT_PASSWORD, useConsoleServer } from "./harness.js";

const IP_STATEMENT =
  '{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}}';
const IP_POLICY = `{"Version":"2012-10-17","Statement":[${IP_STATEMENT}]}`;
const BROKEN = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow"}]}';
const BUCKETS = Array.from({ length: 60 }, (_, i) => `arn:aws:s3:::bucket-${i + 1}/data`);

const problem = chromiumProblem();
if (problem !== undefined) {
  failMissing("the policy simulator in Chromium", problem);
} else {
  const server = useConsoleServer();
  const browser = useBrowser();

  describe("the policy simulator page: pasted policies and roles", () => {
    test("context keys, all pages, a resource policy, a refused document, a role", async () => {
      const iam = server.iam();
      const caller = (await iam.send(new CreateUserCommand({ UserName: "reader" }))).User?.Arn;
      assert.ok(caller);
      await iam.send(
        new CreateRoleCommand({
          RoleName: "lister",
          AssumeRolePolicyDocument: JSON.stringify({
            Version: "2012-10-17",
            Statement: [
              {
                Effect: "Allow",
                Principal: { Service: "ec2.amazonaws.com" },
                Action: "sts:AssumeRole",
              },
            ],
          }),
        }),
      );
      await iam.send(
        new PutRolePolicyCommand({
          RoleName: "lister",
          PolicyName: "Buckets",
          PolicyDocument:
            '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"*"}]}',
        }),
      );

      const s = await Scenario.open(browser, "simulator-custom", server.url);
      const { page } = s;
      await signInToConsole(page, server.url, ACCOUNT, { rootPassword: ROOT_PASSWORD });
      await page.goto(`${server.url}/console/simulator`);
      const run = () => page.getByRole("button", { name: "Run simulation" }).click();
      const decision = (action: string) =>
        page.getByTestId(`result-${action}`).getByTestId("decision").textContent();
      const field = (label: string) =>
        page.locator(".field", { has: page.getByLabel(label, { exact: true }) });

      // A role and its inline policy.
      await page.getByLabel("A role").check();
      await page.getByLabel("The role").selectOption("lister");
      await page.getByLabel("Buckets (inline, role lister)").waitFor();
      await page.getByLabel("Actions", { exact: true }).fill("s3:ListBucket\ns3:DeleteBucket");
      await run();
      await page.getByTestId("result-s3:DeleteBucket").waitFor();
      assert.equal(await decision("s3:ListBucket"), "allowed");
      assert.equal(await decision("s3:DeleteBucket"), "denied (no statement allows it)");
      await s.shot("role");

      // Pasted: the condition's key is listed, typed as an ip, and filled.
      await page.getByLabel("Policies I paste").check();
      await page.getByLabel("Policy 1", { exact: true }).fill(IP_POLICY);
      await page.getByLabel("Actions", { exact: true }).fill("s3:GetObject");
      await page.getByRole("button", { name: "List context keys" }).click();
      const ip = page.getByLabel("aws:SourceIp", { exact: true });
      await ip.waitFor();
      assert.equal(await page.getByLabel("Type of aws:SourceIp").inputValue(), "ip");
      await s.shot("context-key-listed");
      await run();
      const row = page.getByTestId("result-s3:GetObject");
      await row.getByText("aws:SourceIp").waitFor();
      assert.equal(await decision("s3:GetObject"), "denied (no statement allows it)");
      await s.shot("context-key-missing");
      await ip.fill("10.1.2.3");
      await run();
      await row.getByText("allowed", { exact: true }).waitFor();
      await page.getByRole("button", { name: "Why s3:GetObject on *" }).click();
      assert.deepEqual(await page.getByTestId("explanation").locator("mark").allTextContents(), [
        IP_STATEMENT,
      ]);
      await s.shot("context-key-inside");
      await ip.fill("192.0.2.1");
      await run();
      await row.getByText("denied (no statement allows it)").waitFor();
      await ip.fill("not-an-address");
      await run();
      await field("aws:SourceIp").getByRole("alert").getByText("InvalidInput").waitFor();
      await s.shot("context-key-refused");

      // 2 actions × 60 resources: more than one page of results, all shown.
      await ip.fill("10.9.9.9");
      await page.getByLabel("Actions", { exact: true }).fill("s3:GetObject, s3:PutObject");
      await page.getByLabel("Resources (ARNs)").fill(BUCKETS.join("\n"));
      await run();
      const summary = page.getByTestId("sim-summary");
      await summary
        .getByText("120 results: 60 allowed, 0 explicitly denied, 60 implicitly denied.")
        .waitFor();
      const rows = page.getByRole("table", { name: "Simulation results" }).locator("tbody tr");
      assert.equal(await rows.count(), 120);
      assert.equal(await rows.last().getAttribute("data-resource"), BUCKETS[59]);
      await s.shot("all-pages");
      const first = await iam.send(
        new SimulateCustomPolicyCommand({
          PolicyInputList: [IP_POLICY],
          ActionNames: ["s3:GetObject", "s3:PutObject"],
          ResourceArns: BUCKETS,
          ContextEntries: [
            {
              ContextKeyName: "aws:SourceIp",
              ContextKeyType: "ip",
              ContextKeyValues: ["10.9.9.9"],
            },
          ],
          MaxItems: 100,
        }),
      );
      assert.equal(first.IsTruncated, true);

      // A resource policy: refused without a caller, allowed for the named one.
      const target = "arn:aws:s3:::shared/report.txt";
      const resourceStatement = `{"Effect":"Allow","Principal":{"AWS":"${caller}"},"Action":"s3:PutObject","Resource":"${target}"}`;
      await page.getByLabel("Actions", { exact: true }).fill("s3:PutObject");
      await page.getByLabel("Resources (ARNs)").fill(target);
      await page
        .getByLabel("Resource policy (optional)")
        .fill(`{"Version":"2012-10-17","Statement":[${resourceStatement}]}`);
      await run();
      await field("Caller ARN (optional)").getByRole("alert").getByText("InvalidInput").waitFor();
      await s.shot("resource-policy-no-caller");
      await page.getByLabel("Caller ARN (optional)").fill(caller);
      await run();
      await page.getByTestId("result-s3:PutObject").getByText("allowed", { exact: true }).waitFor();
      await page.getByRole("button", { name: `Why s3:PutObject on ${target}` }).click();
      const explanation = page.getByTestId("explanation");
      await explanation.getByText("Resource policy (Resource Policy)").waitFor();
      assert.deepEqual(await explanation.locator("mark").allTextContents(), [resourceStatement]);
      await s.shot("resource-policy");

      // A broken second document: the server's refusal beside it, not beside the first.
      await page.getByLabel("Resource policy (optional)").fill("");
      await page.getByRole("button", { name: "Add another policy" }).click();
      await page.getByLabel("Policy 2", { exact: true }).fill(BROKEN);
      await run();
      const refused = field("Policy 2").getByRole("alert");
      await refused.getByText("MalformedPolicyDocument").waitFor();
      assert.equal(await field("Policy 1").getByRole("alert").count(), 0);
      assert.equal(await page.getByRole("table", { name: "Simulation results" }).count(), 0);
      await s.shot("malformed-refused");
      // The same refusal, word for word, as the SDK gets it.
      const sdkError = await iam
        .send(
          new SimulateCustomPolicyCommand({
            PolicyInputList: [IP_POLICY, BROKEN],
            ActionNames: ["s3:PutObject"],
          }),
        )
        .then(
          () => assert.fail("the broken document was accepted"),
          (err: Error) => err,
        );
      assert.equal(sdkError.name, "MalformedPolicyDocumentException");
      assert.equal(await refused.textContent(), `MalformedPolicyDocument ${sdkError.message}`);

      assert.deepEqual(s.unexpectedErrors([REFUSED]), []);
      await s.close();
    });
  });
}
