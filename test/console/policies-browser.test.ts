/**
 * Policies in Chromium: the generator writes a document from AWS's
 * catalogue and free text and hands it to Create policy; the JSON editor
 * shows the validator's findings as one types and the server's refusal next
 * to it (nothing created); versions; the list's filters. Screenshots:
 * test-output/console/policies/.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  GetPolicyCommand,
  GetPolicyVersionCommand,
  ListPoliciesCommand,
  ListPolicyVersionsCommand,
} from "@aws-sdk/client-iam";
import { failMissing } from "../e2e/tools.js";
import { chromiumProblem, REFUSED, Scenario, signInToConsole, useBrowser } from "./browser.js";
import { ACCOUNT, ROOT_PASSWORD, useConsoleServer } from "./harness.js";

const problem = chromiumProblem();
if (problem !== undefined) {
  failMissing("policies in Chromium", problem);
} else {
  const server = useConsoleServer();
  const browser = useBrowser();

  describe("policies in the console", () => {
    test("generator → create policy → versions; a bad document is refused beside the editor", async () => {
      const iam = server.iam();
      const s = await Scenario.open(browser, "policies", server.url);
      const { page } = s;
      await signInToConsole(page, server.url, ACCOUNT, { rootPassword: ROOT_PASSWORD });

      // The generator: S3 GetObject on a bucket's objects over TLS, then a Deny of free text.
      await page.goto(`${server.url}/console/policies/generator`);
      await page.getByLabel("Service", { exact: true }).fill("s3");
      await page.getByLabel("Filter actions").fill("GetObject");
      await page.getByLabel("GetObject", { exact: true }).check();
      await page.getByRole("button", { name: "Use object ARN" }).waitFor();
      await page.getByLabel("Resources (ARNs)").fill("arn:aws:s3:::my-bucket/*");
      await page.getByLabel("Condition key").fill("aws:SecureTransport");
      await page.getByLabel("Operator").selectOption("Bool");
      await page.getByLabel("Value", { exact: true }).fill("true");
      await page.getByRole("button", { name: "Add condition" }).click();
      await s.shot("generator-statement-1");
      await page.getByRole("button", { name: "Add statement" }).click();
      await page.getByLabel("Deny").check();
      await page.getByLabel("Service", { exact: true }).fill("");
      await page.getByLabel("Other actions").fill("myservice:DoThing");
      await page.getByRole("button", { name: "Add statement" }).click();
      const expected = {
        Version: "2012-10-17",
        Statement: [
          {
            Effect: "Allow",
            Action: "s3:GetObject",
            Resource: "arn:aws:s3:::my-bucket/*",
            Condition: { Bool: { "aws:SecureTransport": "true" } },
          },
          { Effect: "Deny", Action: "myservice:DoThing", Resource: "*" },
        ],
      };
      const generated = (await page.getByLabel("Generated policy").textContent()) ?? "";
      assert.deepEqual(JSON.parse(generated), expected);
      await s.shot("generator-document");
      await page.getByRole("button", { name: "Use this policy" }).click();
      await page.waitForURL(`${server.url}/console/policies/create`);
      const editor = page.getByLabel("Policy document", { exact: true });
      assert.deepEqual(JSON.parse(await editor.inputValue()), expected);

      // A broken document: findings with line and column, then the server's refusal.
      await editor.fill('{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Allow"}]\n}');
      const finding = page
        .getByRole("list", { name: "Policy findings" })
        .getByRole("listitem")
        .first();
      await finding.waitFor();
      assert.match((await finding.textContent()) ?? "", /Error \(line 3, column \d+\)/);
      await page.getByLabel("Policy name").fill("broken");
      await page.getByRole("button", { name: "Create policy" }).click();
      const refused = page.getByRole("alert").filter({ hasText: "MalformedPolicyDocument" });
      await refused.waitFor();
      await s.shot("editor-refused");
      const none = await iam.send(new ListPoliciesCommand({ Scope: "Local" }));
      assert.deepEqual(none.Policies ?? [], []);

      // The generated document, created.
      await editor.fill(JSON.stringify(expected, null, 2));
      await page
        .getByRole("list", { name: "Policy findings" })
        .getByRole("listitem")
        .first()
        .waitFor({
          state: "detached",
        });
      await page.getByLabel("Policy name").fill("S3ReadOverTls");
      await page.getByRole("button", { name: "Create policy" }).click();
      await page.getByRole("heading", { name: "S3ReadOverTls", level: 1 }).waitFor();
      await s.shot("policy-created");
      const arn = `arn:aws:iam::${ACCOUNT}:policy/S3ReadOverTls`;
      const v1 = await iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: "v1" }));
      assert.deepEqual(JSON.parse(decodeURIComponent(v1.PolicyVersion?.Document ?? "")), expected);

      // A new version as default, then back to v1, and v2 deleted.
      await page.getByRole("button", { name: "Edit policy" }).click();
      const v2doc = {
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Action: "s3:ListBucket", Resource: "*" }],
      };
      await page.getByLabel("Policy document", { exact: true }).fill(JSON.stringify(v2doc));
      await page.getByRole("button", { name: "Save as new default version" }).click();
      await page.getByRole("heading", { name: "Permissions (v2)" }).waitFor();
      await s.shot("version-2");
      assert.equal(
        (await iam.send(new GetPolicyCommand({ PolicyArn: arn }))).Policy?.DefaultVersionId,
        "v2",
      );
      await page.getByRole("button", { name: "Set v1 as default" }).click();
      await page.getByRole("heading", { name: "Permissions (v1)" }).waitFor();
      await page.getByRole("button", { name: "Delete v2" }).click();
      await page.getByRole("button", { name: "Delete v2" }).waitFor({ state: "detached" });
      const versions = await iam.send(new ListPolicyVersionsCommand({ PolicyArn: arn }));
      assert.deepEqual(
        versions.Versions?.map((v) => v.VersionId),
        ["v1"],
      );

      // The list: customer managed only, and a search over AWS's.
      await page.goto(`${server.url}/console/policies`);
      await page.getByLabel("Type").selectOption("Local");
      await page
        .getByTestId("policy-count")
        .filter({ hasText: /^1 policies$/ })
        .waitFor();
      await page.getByRole("link", { name: "S3ReadOverTls" }).waitFor();
      await page.getByLabel("Type").selectOption("AWS");
      await page.getByLabel("Search policies").fill("AmazonRDSFullAccess");
      await page.getByRole("link", { name: "AmazonRDSFullAccess", exact: true }).click();
      await page.getByRole("heading", { name: "AmazonRDSFullAccess", level: 1 }).waitFor();
      assert.match(
        (await page.getByLabel("Policy document").first().textContent()) ?? "",
        /"rds:\*"/,
      );
      await s.shot("aws-managed-policy");
      assert.deepEqual(s.unexpectedErrors([REFUSED]), []);
      await s.close();
    });
  });
}
