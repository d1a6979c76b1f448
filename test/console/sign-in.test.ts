/**
 * Console sign-in over HTTP: the root user and IAM users, one failure for
 * every wrong thing, the MFA step, the new-password step (reset required,
 * expired, HardExpiry), and what the issued cookie and answers look like.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  CreateAccountAliasCommand,
  GetUserCommand,
  UpdateAccountPasswordPolicyCommand,
} from "@aws-sdk/client-iam";
import { isoTime } from "../../src/store/index.js";
import {
  ACCOUNT,
  ConsoleClient,
  createUser,
  enrolMfa,
  ROOT_PASSWORD,
  useConsoleServer,
} from "./harness.js";

const server = useConsoleServer();

type ErrorBody = { error: { code: string; message: string } };
const FAILED = "Your authentication information is incorrect. Please try again.";

describe("console sign-in", () => {
  test("the root user signs in with the configured password; the cookie is HttpOnly, SameSite=Strict", async () => {
    const client = new ConsoleClient(server.url);
    const res = await client.signIn({ root: true, password: ROOT_PASSWORD });
    assert.equal(res.status, 200);
    assert.equal(res.json().next, "done");
    assert.equal(typeof res.json().csrfToken, "string");
    assert.equal(res.headers["cache-control"], "no-store");
    assert.match(String(res.headers["content-security-policy"]), /frame-ancestors 'none'/);
    const [cookie] = res.cookies;
    assert.ok(cookie !== undefined);
    assert.match(cookie, /^gatehouse_console=[A-Za-z0-9_-]{43}; /);
    for (const part of ["Path=/console/api", "HttpOnly", "SameSite=Strict"]) {
      assert.ok(cookie.split("; ").includes(part), `${cookie} has ${part}`);
    }
    assert.ok(!cookie.includes("Secure"), "not Secure over plain http");
    assert.ok(!/Max-Age|Expires/i.test(cookie), "a browser-session cookie");
    const session = await client.get("/console/api/session");
    assert.equal(session.status, 200);
    assert.deepEqual(session.json().principal, {
      type: "root",
      arn: `arn:aws:iam::${ACCOUNT}:root`,
    });
    assert.equal(session.json().mfa, false);
    // The store keeps the token's hash only.
    const token = (client.cookie ?? "").split("=")[1] ?? "";
    const rows = await server.server.store.read((db) =>
      db.selectFrom("console_sessions").select("id").execute(),
    );
    assert.ok(rows.length > 0 && rows.every((r) => r.id !== token && /^[0-9a-f]{64}$/.test(r.id)));
  });

  test("every failure answers the same: wrong password, no such user, no password, no such account", async () => {
    await createUser(server, { name: "nopassword-owner", password: "Owner-Pass-1234" });
    const bodies = [
      { root: true, password: "wrong" },
      { userName: "nopassword-owner", password: "Wrong-Pass-1234" },
      { userName: "nobody-at-all", password: "Wrong-Pass-1234" },
      { account: "999999999999", userName: "nopassword-owner", password: "Owner-Pass-1234" },
      { account: "no-such-alias", root: true, password: ROOT_PASSWORD },
    ];
    for (const body of bodies) {
      const res = await new ConsoleClient(server.url).signIn(body);
      assert.equal(res.status, 401, JSON.stringify(body));
      assert.deepEqual(Object.keys(res.json()), ["error", "requestId"]);
      assert.equal(res.json<ErrorBody>().error.code, "SignInFailed");
      assert.equal(res.json<ErrorBody>().error.message, FAILED);
      assert.deepEqual(res.cookies, []);
    }
    const missing = await new ConsoleClient(server.url).signIn({ root: true });
    assert.equal(missing.status, 400);
  });

  test("an IAM user signs in by account id or alias, name in any case; PasswordLastUsed is recorded", async () => {
    await createUser(server, { name: "Alice", password: "Alice-Pass-1234" });
    await server.iam().send(new CreateAccountAliasCommand({ AccountAlias: "example-corp" }));
    for (const [account, userName] of [
      [ACCOUNT, "Alice"],
      ["example-corp", "alice"],
      ["Example-Corp", "ALICE"],
    ]) {
      const client = new ConsoleClient(server.url);
      const res = await client.signIn({ account, userName, password: "Alice-Pass-1234" });
      assert.equal(res.status, 200, `${account} ${userName}`);
      const session = (await client.get("/console/api/session")).json();
      assert.equal(session.alias, "example-corp");
      assert.deepEqual(session.principal, {
        type: "user",
        arn: `arn:aws:iam::${ACCOUNT}:user/Alice`,
        userName: "Alice",
      });
    }
    const user = await server.iam().send(new GetUserCommand({ UserName: "Alice" }));
    assert.ok(user.User?.PasswordLastUsed instanceof Date);
  });

  test("a user with MFA gives the code next; the session is not signed in until then", async () => {
    await createUser(server, { name: "mfa-user", password: "Mfa-User-Pass-1" });
    const device = await enrolMfa(server, "mfa-user", "mfa-user-phone");
    const client = new ConsoleClient(server.url);
    const first = await client.signIn({ userName: "mfa-user", password: "Mfa-User-Pass-1" });
    assert.equal(first.json().next, "mfa");
    const pendingCookie = client.cookie;
    assert.equal((await client.get("/console/api/session")).status, 401);
    assert.equal((await client.call("ListUsers")).status, 401);
    const wrong = await client.post("/console/api/signin/mfa", { code: "000000" });
    assert.equal(wrong.status, 401);
    assert.equal(wrong.json<ErrorBody>().error.message, FAILED);
    const right = await client.post("/console/api/signin/mfa", { code: device.code() });
    assert.equal(right.status, 200);
    assert.equal(right.json().next, "done");
    assert.notEqual(client.cookie, pendingCookie, "a new session token after the step");
    const session = (await client.get("/console/api/session")).json();
    assert.equal(session.mfa, true);
    // The pending session's token is gone; the code, once used, is used.
    const stale = new ConsoleClient(server.url);
    stale.cookie = pendingCookie;
    stale.csrf = first.json().csrfToken as string;
    assert.equal(
      (await stale.post("/console/api/signin/mfa", { code: device.code() })).status,
      401,
    );
    const again = new ConsoleClient(server.url);
    await again.signIn({ userName: "mfa-user", password: "Mfa-User-Pass-1" });
    const replay = await again.post("/console/api/signin/mfa", { code: device.code() });
    assert.equal(replay.status, 401);
  });

  test("the root user with MFA gives the code too", async () => {
    const device = await enrolMfa(server, undefined, "root-phone");
    const client = new ConsoleClient(server.url);
    assert.equal((await client.signIn({ root: true, password: ROOT_PASSWORD })).json().next, "mfa");
    const done = await client.post("/console/api/signin/mfa", { code: device.code() });
    assert.equal(done.json().next, "done");
    assert.equal((await client.get("/console/api/session")).json().mfa, true);
    await server.server.store.write(ACCOUNT, (tx) =>
      tx.deleteFrom("mfa_devices").where("root", "=", 1).execute(),
    );
  });

  test("a reset-required user sets a new password that satisfies the policy before going on", async () => {
    await server.iam().send(
      new UpdateAccountPasswordPolicyCommand({
        MinimumPasswordLength: 12,
        RequireNumbers: true,
        AllowUsersToChangePassword: true,
      }),
    );
    await createUser(server, { name: "newbie", password: "First-Pass-1234", resetRequired: true });
    const client = new ConsoleClient(server.url);
    const first = await client.signIn({ userName: "newbie", password: "First-Pass-1234" });
    assert.deepEqual([first.json().next, first.json().reason], ["new-password", "reset"]);
    assert.equal((await client.call("ListUsers")).status, 401);
    const weak = await client.post("/console/api/signin/new-password", {
      oldPassword: "First-Pass-1234",
      newPassword: "short",
    });
    assert.equal(weak.status, 400);
    assert.equal(weak.json<ErrorBody>().error.code, "PasswordPolicyViolation");
    const good = await client.post("/console/api/signin/new-password", {
      oldPassword: "First-Pass-1234",
      newPassword: "Second-Pass-12345",
    });
    assert.equal(good.status, 200, good.text);
    assert.equal(good.json().next, "done");
    assert.equal((await client.get("/console/api/session")).status, 200);
    const old = await new ConsoleClient(server.url).signIn({
      userName: "newbie",
      password: "First-Pass-1234",
    });
    assert.equal(old.status, 401);
    const next = await new ConsoleClient(server.url).signIn({
      userName: "newbie",
      password: "Second-Pass-12345",
    });
    assert.equal(next.json().next, "done");
  });

  test("without the right to change it, the new-password step says so as AWS does", async () => {
    await server
      .iam()
      .send(new UpdateAccountPasswordPolicyCommand({ AllowUsersToChangePassword: false }));
    await createUser(server, { name: "stuck", password: "Stuck-Pass-1234", resetRequired: true });
    const client = new ConsoleClient(server.url);
    await client.signIn({ userName: "stuck", password: "Stuck-Pass-1234" });
    const denied = await client.post("/console/api/signin/new-password", {
      oldPassword: "Stuck-Pass-1234",
      newPassword: "Other-Pass-12345",
    });
    assert.equal(denied.status, 403);
    assert.equal(denied.json<ErrorBody>().error.code, "AccessDenied");
    assert.match(
      denied.json<ErrorBody>().error.message,
      new RegExp(`user/stuck is not authorized to perform: iam:ChangePassword`),
    );
  });

  test("an expired password must be changed; under HardExpiry only an administrator can", async () => {
    await server.iam().send(
      new UpdateAccountPasswordPolicyCommand({
        MaxPasswordAge: 30,
        AllowUsersToChangePassword: true,
      }),
    );
    await createUser(server, { name: "old-timer", password: "Old-Timer-Pass-1" });
    const longAgo = isoTime(new Date(Date.now() - 40 * 24 * 3600 * 1000));
    await server.server.store.write(ACCOUNT, (tx) =>
      tx.updateTable("login_profiles").set({ password_changed_at: longAgo }).execute(),
    );
    const client = new ConsoleClient(server.url);
    const res = await client.signIn({ userName: "old-timer", password: "Old-Timer-Pass-1" });
    assert.deepEqual([res.json().next, res.json().reason], ["new-password", "expired"]);
    await server.iam().send(
      new UpdateAccountPasswordPolicyCommand({
        MaxPasswordAge: 30,
        HardExpiry: true,
        AllowUsersToChangePassword: true,
      }),
    );
    const hard = await new ConsoleClient(server.url).signIn({
      userName: "old-timer",
      password: "Old-Timer-Pass-1",
    });
    assert.equal(hard.status, 403);
    assert.equal(hard.json<ErrorBody>().error.code, "PasswordExpired");
  });
});
