/**
 * The console in Debian's Chromium: sign-in as the root user, an IAM user,
 * a user with MFA, a user who must set a new password; throttled and locked
 * out sign-in that never says whether the user exists; a cross-site request
 * refused; a session that times out; a read-only user who sees the
 * dashboard and is told, in AWS's words, that a change is denied.
 * Screenshots of every step: test-output/console/.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { GetUserCommand, ListAccountAliasesCommand } from "@aws-sdk/client-iam";
import type { Page } from "playwright-core";
import { failMissing } from "../e2e/tools.js";
import { failure, type TestServer } from "../server/harness.js";
import { chromiumProblem, Scenario, useBrowser } from "./browser.js";
import { ACCOUNT, createUser, enrolMfa, ROOT_PASSWORD, useConsoleServer } from "./harness.js";

/** What a browser logs for an answer the test asked for (a 4xx). */
const REFUSED = /Failed to load resource: the server responded with a status of 4\d\d/;
const FAILED = "Your authentication information is incorrect. Please try again.";

async function signIn(
  page: Page,
  server: TestServer,
  who: { root: true } | { userName: string },
  password: string,
  account = ACCOUNT,
): Promise<void> {
  await page.goto(`${server.url}/signin/${account}`);
  if ("root" in who) await page.getByLabel("Root user").check();
  else await page.getByLabel("IAM user name").fill(who.userName);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function alertText(page: Page): Promise<string> {
  return (await page.getByRole("alert").textContent()) ?? "";
}

const problem = chromiumProblem();
if (problem !== undefined) {
  failMissing("the console in Chromium", problem);
} else {
  const server = useConsoleServer({ signInMaxFailures: 3, signInLockout: 120 });
  const short = useConsoleServer({ consoleIdleTimeout: 2 });
  const browser = useBrowser();

  describe("the console in Chromium", () => {
    test("the root user signs in and sees the dashboard: counts, checklist, sign-in link", async () => {
      await createUser(server, { name: "someone", password: "Someone-Pass-1" });
      const s = await Scenario.open(browser, "root-dashboard", server.url);
      const { page } = s;
      await page.goto(server.url, { waitUntil: "load" });
      await page.waitForURL(/\/signin/);
      await s.shot("redirected-to-sign-in");
      await page.goto(`${server.url}/signin/${ACCOUNT}`);
      await page.getByLabel("Root user").check();
      await page.getByLabel("Password", { exact: true }).fill(ROOT_PASSWORD);
      await s.shot("sign-in-form");
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL(`${server.url}/console/`);
      await page.getByTestId("checklist").waitFor();
      await s.shot("dashboard");
      assert.equal(await page.getByTestId("count-Users").textContent(), "1");
      for (const key of ["Groups", "Roles", "Policies", "Providers"]) {
        assert.equal(await page.getByTestId(`count-${key}`).textContent(), "0", key);
      }
      assert.match((await page.getByTestId("who").textContent()) ?? "", /Root user/);
      await page.getByTestId("root-warning").waitFor();
      const status = async (id: string) => page.getByTestId(`check-${id}`).getAttribute("class");
      assert.equal(await status("root-mfa"), "todo");
      assert.equal(await status("root-keys"), "todo");
      assert.equal(await status("users"), "ok");
      assert.equal(await status("groups"), "todo");
      assert.equal(await status("password-policy"), "todo");
      const link = `${server.url}/signin/${ACCOUNT}`;
      assert.equal(await page.getByTestId("sign-in-link").textContent(), link);
      await page.getByRole("button", { name: "Copy" }).click();
      await page.getByRole("button", { name: "Copied" }).waitFor();
      const clipboard = await page.evaluate(() =>
        (
          globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
        ).navigator.clipboard.readText(),
      );
      assert.equal(clipboard, link);
      await s.shot("link-copied");
      // The alias goes into the sign-in link.
      await page.getByRole("button", { name: "Create" }).click();
      await page.getByLabel("Account alias", { exact: true }).fill("browser-corp");
      await page.getByRole("button", { name: "Save" }).click();
      await page.getByText(`${server.url}/signin/browser-corp`).waitFor();
      await s.shot("alias-created");
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.waitForURL(`${server.url}/signin/browser-corp`);
      await s.shot("signed-out");
      assert.deepEqual(s.unexpectedErrors([REFUSED]), []);
      await s.close();
    });

    test("an IAM user signs in with a password", async () => {
      await createUser(server, { name: "walker", password: "Walker-Pass-1234" });
      const s = await Scenario.open(browser, "user-password", server.url);
      await signIn(s.page, server, { userName: "walker" }, "Walker-Pass-1234");
      await s.page.waitForURL(`${server.url}/console/`);
      await s.page.getByTestId("who").waitFor();
      assert.match((await s.page.getByTestId("who").textContent()) ?? "", /^walker @ /);
      await s.shot("dashboard");
      // No policy: the dashboard says what was denied, in AWS's words.
      await s.page.getByRole("alert").first().waitFor();
      assert.match(
        await s.page.getByRole("alert").first().innerText(),
        /AccessDenied User: arn:aws:iam::\d{12}:user\/walker is not authorized to perform: iam:GetAccountSummary/,
      );
      const user = await server.iam().send(new GetUserCommand({ UserName: "walker" }));
      assert.ok(user.User?.PasswordLastUsed instanceof Date);
      assert.deepEqual(s.unexpectedErrors([REFUSED]), []);
      await s.close();
    });

    test("a user with MFA gives the code from the authenticator", async () => {
      await createUser(server, {
        name: "mfa-walker",
        password: "Mfa-Walker-Pass-1",
        policies: ["IAMReadOnlyAccess"],
      });
      const device = await enrolMfa(server, "mfa-walker", "mfa-walker-phone");
      const s = await Scenario.open(browser, "user-mfa", server.url);
      await signIn(s.page, server, { userName: "mfa-walker" }, "Mfa-Walker-Pass-1");
      await s.page.getByLabel("MFA code").waitFor();
      await s.shot("mfa-step");
      await s.page.getByLabel("MFA code").fill("000000");
      await s.page.getByRole("button", { name: "Submit" }).click();
      await s.page.getByRole("alert").waitFor();
      assert.match(await alertText(s.page), new RegExp(FAILED.replace(/\./g, "\\.")));
      await s.shot("wrong-code");
      await s.page.getByLabel("MFA code").fill(device.code());
      await s.page.getByRole("button", { name: "Submit" }).click();
      await s.page.waitForURL(`${server.url}/console/`);
      await s.page.getByTestId("counts").waitFor();
      assert.match((await s.page.getByTestId("who").textContent()) ?? "", /MFA$/);
      await s.shot("dashboard");
      assert.deepEqual(s.unexpectedErrors([REFUSED]), []);
      await s.close();
    });

    test("a user whose password must be reset sets a new one first", async () => {
      await createUser(server, {
        name: "fresh",
        password: "Fresh-Pass-1234",
        resetRequired: true,
        policies: ["IAMUserChangePassword"],
      });
      const s = await Scenario.open(browser, "user-new-password", server.url);
      const { page } = s;
      await signIn(page, server, { userName: "fresh" }, "Fresh-Pass-1234");
      await page.getByLabel("New password", { exact: true }).waitFor();
      await s.shot("new-password-step");
      await page.getByLabel("Old password").fill("Fresh-Pass-1234");
      await page.getByLabel("New password", { exact: true }).fill("short");
      await page.getByLabel("Retype new password").fill("short");
      await page.getByRole("button", { name: "Set password and continue" }).click();
      await page.getByRole("alert").waitFor();
      assert.match(await alertText(page), /PasswordPolicyViolation/);
      await s.shot("policy-violation");
      await page.getByLabel("New password", { exact: true }).fill("Fresh-Pass-5678!");
      await page.getByLabel("Retype new password").fill("Fresh-Pass-5678!");
      await page.getByRole("button", { name: "Set password and continue" }).click();
      await page.waitForURL(`${server.url}/console/`);
      await page.getByTestId("who").waitFor();
      await s.shot("dashboard");
      assert.deepEqual(s.unexpectedErrors([REFUSED]), []);
      await s.close();
    });

    test("wrong passwords are throttled, then locked out, saying nothing of whether the user exists", async () => {
      await createUser(server, { name: "guarded", password: "Guarded-Pass-1234" });
      const s = await Scenario.open(browser, "lockout", server.url);
      const { page } = s;
      const messages: Record<string, string[]> = {};
      for (const userName of ["guarded", "no-such-person"]) {
        messages[userName] = [];
        await page.goto(`${server.url}/signin/${ACCOUNT}`);
        await page.getByLabel("IAM user name").fill(userName);
        for (let i = 1; i <= 4; i++) {
          await page.getByLabel("Password", { exact: true }).fill(`Wrong-Guess-${i}`);
          await Promise.all([
            page.waitForResponse((r) => r.url().endsWith("/console/api/signin")),
            page.getByRole("button", { name: "Sign in" }).click(),
          ]);
          await page.getByRole("alert").waitFor();
          messages[userName]?.push(await alertText(page));
          await s.shot(`${userName}-attempt-${i}`);
        }
      }
      assert.deepEqual(messages["no-such-person"], messages.guarded);
      assert.match(messages.guarded?.[0] ?? "", /SignInFailed/);
      assert.match(messages.guarded?.[3] ?? "", /SignInLocked Too many failed sign-in attempts/);
      // Locked: the right password is refused too.
      await page.getByLabel("Password", { exact: true }).fill("Guarded-Pass-1234");
      await Promise.all([
        page.waitForResponse((r) => r.url().endsWith("/console/api/signin")),
        page.getByRole("button", { name: "Sign in" }).click(),
      ]);
      await page.getByRole("alert").waitFor();
      assert.match(await alertText(page), /SignInLocked/);
      await s.shot("locked-right-password");
      assert.deepEqual(s.unexpectedErrors([REFUSED]), []);
      await s.close();
    });

    test("a page of another origin cannot act with the session; the page's own call needs its token", async () => {
      const s = await Scenario.open(browser, "csrf", server.url);
      const { page } = s;
      await signIn(page, server, { root: true }, ROOT_PASSWORD);
      await page.waitForURL(`${server.url}/console/`);
      await page.getByTestId("counts").waitFor();
      // Same origin, without the CSRF token: refused.
      const status = await page.evaluate(async () => {
        const res = await fetch("/console/api/call/iam/CreateUser", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ UserName: "csrf-same-origin" }),
        });
        return [res.status, ((await res.json()) as { error: { code: string } }).error.code];
      });
      assert.deepEqual(status, [403, "InvalidCsrfToken"]);
      // Another origin (localhost is not 127.0.0.1), posting with the cookies it can.
      const other = server.url.replace("127.0.0.1", "localhost");
      const attacker = await s.context.newPage();
      await attacker.goto(`${other}/signin`);
      await attacker.evaluate(async (target) => {
        for (const body of [
          { type: "text/plain", data: '{"UserName":"csrf-cross-site"}' },
          { type: "application/json", data: '{"UserName":"csrf-cross-site"}' },
        ]) {
          await fetch(`${target}/console/api/call/iam/CreateUser`, {
            method: "POST",
            mode: "no-cors",
            credentials: "include",
            headers: { "content-type": body.type },
            body: body.data,
          }).catch(() => undefined);
        }
      }, server.url);
      await s.shot("after-cross-site-attempts");
      for (const name of ["csrf-same-origin", "csrf-cross-site"]) {
        const gone = await failure(server.iam().send(new GetUserCommand({ UserName: name })));
        assert.equal(gone.name, "NoSuchEntityException", name);
      }
      await attacker.close();
      await s.close();
    });

    test("a read-only user sees the dashboard, and a change is denied with AWS's message", async () => {
      await createUser(server, {
        name: "auditor",
        password: "Auditor-Pass-1234",
        policies: ["IAMReadOnlyAccess"],
      });
      const before = await server.iam().send(new ListAccountAliasesCommand({}));
      const s = await Scenario.open(browser, "read-only", server.url);
      const { page } = s;
      await signIn(page, server, { userName: "auditor" }, "Auditor-Pass-1234");
      await page.waitForURL(`${server.url}/console/`);
      await page.getByTestId("checklist").waitFor();
      assert.notEqual(await page.getByTestId("count-Users").textContent(), "0");
      await s.shot("dashboard");
      await page.getByRole("button", { name: /^(Create|Edit)$/ }).click();
      await page.getByLabel("Account alias", { exact: true }).fill("auditor-was-here");
      await page.getByRole("button", { name: "Save" }).click();
      await page.getByRole("alert").waitFor();
      assert.equal(
        await alertText(page),
        `AccessDenied User: arn:aws:iam::${ACCOUNT}:user/auditor is not authorized to perform: ` +
          "iam:CreateAccountAlias because no identity-based policy allows the " +
          "iam:CreateAccountAlias action",
      );
      await s.shot("change-denied");
      const after = await server.iam().send(new ListAccountAliasesCommand({}));
      assert.deepEqual(after.AccountAliases, before.AccountAliases);
      assert.deepEqual(s.unexpectedErrors([REFUSED]), []);
      await s.close();
    });

    test("an idle session times out: the next click goes back to sign-in, saying why", async () => {
      const s = await Scenario.open(browser, "session-timeout", short.url);
      const { page } = s;
      await signIn(page, short, { root: true }, ROOT_PASSWORD);
      await page.waitForURL(`${short.url}/console/`);
      await page.getByTestId("counts").waitFor();
      await s.shot("signed-in");
      await sleep(2500);
      await page.getByRole("button", { name: "Create" }).click();
      await page.getByLabel("Account alias", { exact: true }).fill("too-late");
      await page.getByRole("button", { name: "Save" }).click();
      await page.waitForURL(/\/signin\/\d{12}\?expired/);
      await page.getByText("Your session has ended. Sign in again.").waitFor();
      await s.shot("sent-to-sign-in");
      const aliases = await short.iam().send(new ListAccountAliasesCommand({}));
      assert.deepEqual(aliases.AccountAliases, []);
      assert.deepEqual(s.unexpectedErrors([REFUSED]), []);
      await s.close();
    });
  });
}
