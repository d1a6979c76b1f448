/**
 * Roles and identity providers in Chromium: an OpenID Connect provider
 * added, a role for its web identities, a role for another account with an
 * external id and MFA, the trust policy edited (a broken one refused, the
 * stored one unchanged), and a read-only user who sees every list and is
 * refused every change. Screenshots: test-output/console/roles/.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { GetOpenIDConnectProviderCommand, GetRoleCommand } from "@aws-sdk/client-iam";
import { failMissing } from "../e2e/tools.js";
import { chromiumProblem, REFUSED, Scenario, signInToConsole, useBrowser } from "./browser.js";
import { ACCOUNT, createUser, ROOT_PASSWORD, useConsoleServer } from "./harness.js";

const trustOf = async (iam: ReturnType<ReturnType<typeof useConsoleServer>["iam"]>, name: string) =>
  JSON.parse(
    decodeURIComponent(
      (await iam.send(new GetRoleCommand({ RoleName: name }))).Role?.AssumeRolePolicyDocument ?? "",
    ),
  ) as { Statement: Record<string, unknown>[] };

const problem = chromiumProblem();
if (problem !== undefined) {
  failMissing("roles in Chromium", problem);
} else {
  const server = useConsoleServer();
  const browser = useBrowser();

  describe("roles and identity providers in the console", () => {
    test("an OIDC provider, a web identity role, a cross-account role, trust policy edits", async () => {
      const iam = server.iam();
      const s = await Scenario.open(browser, "roles", server.url);
      const { page } = s;
      await signInToConsole(page, server.url, ACCOUNT, { rootPassword: ROOT_PASSWORD });

      await page.getByRole("link", { name: "Identity providers" }).first().click();
      await page.getByLabel("Provider URL").fill("https://token.example.com");
      await page.getByLabel("Audience").fill("my-app");
      await page.getByLabel("Thumbprint (optional)").fill("a".repeat(40));
      await page.getByRole("button", { name: "Add provider" }).click();
      await page.getByRole("button", { name: "Delete token.example.com" }).waitFor();
      await s.shot("provider-added");
      const providerArn = `arn:aws:iam::${ACCOUNT}:oidc-provider/token.example.com`;
      const provider = await iam.send(
        new GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: providerArn }),
      );
      assert.deepEqual(provider.ClientIDList, ["my-app"]);

      await page.goto(`${server.url}/console/roles/create`);
      await page.getByLabel("Web identity").check();
      await page.getByLabel("Identity provider").selectOption(providerArn);
      await page.getByLabel("Audience").fill("my-app");
      await page.getByLabel("Role name").fill("web-app");
      await s.shot("web-identity-role");
      await page.getByRole("button", { name: "Create role" }).click();
      await page.getByRole("heading", { name: "web-app", level: 1 }).waitFor();
      const web = await trustOf(iam, "web-app");
      assert.deepEqual(web.Statement[0], {
        Effect: "Allow",
        Principal: { Federated: providerArn },
        Action: "sts:AssumeRoleWithWebIdentity",
        Condition: { StringEquals: { "token.example.com:aud": "my-app" } },
      });

      await page.goto(`${server.url}/console/roles/create`);
      await page.getByLabel("AWS account").check();
      await page.getByLabel("Account ID").fill("210987654321");
      await page.getByLabel("Require external ID (optional)").fill("ext-42");
      await page.getByLabel("Require MFA").check();
      await page.getByLabel("Role name").fill("partner");
      await page.getByRole("button", { name: "Create role" }).click();
      await page.getByRole("heading", { name: "partner", level: 1 }).waitFor();
      const partner = await trustOf(iam, "partner");
      assert.deepEqual(partner.Statement[0], {
        Effect: "Allow",
        Principal: { AWS: "arn:aws:iam::210987654321:root" },
        Action: "sts:AssumeRole",
        Condition: {
          StringEquals: { "sts:ExternalId": "ext-42" },
          Bool: { "aws:MultiFactorAuthPresent": "true" },
        },
      });

      // The trust policy: a broken edit refused beside the editor, then a good one.
      await page.getByRole("tab", { name: "Trust relationships" }).click();
      await page.getByRole("button", { name: "Edit trust policy" }).click();
      await page
        .getByLabel("Trust policy document")
        .fill('{"Version":"2012-10-17","Statement":[]}');
      await page.getByRole("button", { name: "Update policy" }).click();
      await page.getByRole("alert").filter({ hasText: "MalformedPolicyDocument" }).waitFor();
      await s.shot("trust-refused");
      assert.deepEqual((await trustOf(iam, "partner")).Statement, partner.Statement);
      const changed = {
        Version: "2012-10-17",
        Statement: [
          {
            Effect: "Allow",
            Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
            Action: "sts:AssumeRole",
          },
        ],
      };
      await page.getByLabel("Trust policy document").fill(JSON.stringify(changed));
      await page.getByRole("button", { name: "Update policy" }).click();
      await page.getByRole("button", { name: "Edit trust policy" }).waitFor();
      assert.deepEqual((await trustOf(iam, "partner")).Statement, changed.Statement);
      await s.shot("trust-updated");
      assert.deepEqual(s.unexpectedErrors([REFUSED]), []);
      await s.close();
    });

    test("a user with IAMReadOnlyAccess sees the lists and is refused every change", async () => {
      await createUser(server, {
        name: "auditor",
        password: "Auditor-Pass-123",
        policies: ["IAMReadOnlyAccess"],
      });
      const s = await Scenario.open(browser, "read-only", server.url);
      const { page } = s;
      await signInToConsole(page, server.url, ACCOUNT, {
        userName: "auditor",
        password: "Auditor-Pass-123",
      });
      await page.goto(`${server.url}/console/users`);
      await page.getByRole("link", { name: "auditor" }).waitFor();
      await page.goto(`${server.url}/console/roles`);
      await page.getByRole("link", { name: "partner" }).waitFor();
      await s.shot("lists");
      await page.goto(`${server.url}/console/groups/create`);
      await page.getByLabel("User group name").fill("not-allowed");
      await page.getByRole("button", { name: "Create group" }).click();
      const denied = page.getByRole("alert").filter({ hasText: "AccessDenied" });
      await denied.waitFor();
      assert.match(
        (await denied.textContent()) ?? "",
        /user\/auditor is not authorized to perform: iam:CreateGroup on resource/,
      );
      await s.shot("create-denied");
      await page.goto(`${server.url}/console/roles/partner`);
      await page.getByRole("button", { name: "Delete role" }).click();
      await page.getByLabel("Type partner to confirm").fill("partner");
      await page.getByRole("dialog").getByRole("button", { name: "Delete", exact: true }).click();
      await page.getByRole("alert").filter({ hasText: "iam:DeleteRole" }).waitFor();
      await s.shot("delete-denied");
      assert.deepEqual(s.unexpectedErrors([REFUSED]), []);
      await s.close();
    });
  });
}
