/**
 * Console sessions over HTTP: CSRF refusals (no token, a wrong one, another
 * session's, a cross-site page's request), sign-out, the idle and absolute
 * timeouts, and a deleted user's session.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { DeleteLoginProfileCommand, DeleteUserCommand, GetUserCommand } from "@aws-sdk/client-iam";
import { failure } from "../server/harness.js";
import { ConsoleClient, createUser, rootClient, useConsoleServer } from "./harness.js";

const IDLE_SECONDS = 2;
const LIFETIME_SECONDS = 5;
const server = useConsoleServer({
  consoleIdleTimeout: IDLE_SECONDS,
  consoleSessionLifetime: LIFETIME_SECONDS,
});

type ErrorBody = { error: { code: string } };
const code = (res: { json<T>(): T }) => res.json<ErrorBody>().error.code;

describe("CSRF protection", () => {
  test("a state-changing call without this session's token is refused, and changes nothing", async () => {
    const client = await rootClient(server.url);
    const other = await rootClient(server.url);
    const attempts: [string, Parameters<ConsoleClient["post"]>[2]][] = [
      ["no token", { csrf: false }],
      ["a wrong token", { csrf: false, headers: { "x-csrf-token": "not-the-token" } }],
      ["another session's", { csrf: false, headers: { "x-csrf-token": other.csrf ?? "" } }],
    ];
    for (const [what, options] of attempts) {
      const res = await client.post(
        "/console/api/call/iam/CreateUser",
        { UserName: "csrf-victim" },
        options,
      );
      assert.equal(res.status, 403, what);
      assert.equal(code(res), "InvalidCsrfToken", what);
    }
    const crossSite: [string, Record<string, string>, number, string][] = [
      ["another origin", { origin: "http://evil.example" }, 403, "CrossOriginRequest"],
      ["a cross-site fetch", { "sec-fetch-site": "cross-site" }, 403, "CrossOriginRequest"],
      [
        "a form post",
        { "content-type": "application/x-www-form-urlencoded" },
        415,
        "UnsupportedMediaType",
      ],
      ["a text/plain post", { "content-type": "text/plain" }, 415, "UnsupportedMediaType"],
    ];
    for (const [what, headers, status, expected] of crossSite) {
      const res = await client.post(
        "/console/api/call/iam/CreateUser",
        { UserName: "csrf-victim" },
        { headers },
      );
      assert.deepEqual([res.status, code(res)], [status, expected], what);
    }
    const gone = await failure(server.iam().send(new GetUserCommand({ UserName: "csrf-victim" })));
    assert.equal(gone.name, "NoSuchEntityException");
    const ok = await client.call("CreateUser", { UserName: "csrf-victim" });
    assert.equal(ok.status, 200);
  });

  test("sign-out needs the token, then ends the session for good", async () => {
    const client = await rootClient(server.url);
    const refused = await client.post("/console/api/signout", {}, { csrf: false });
    assert.equal(refused.status, 403);
    const cookie = client.cookie;
    assert.equal((await client.get("/console/api/session")).status, 200);
    const out = await client.post("/console/api/signout");
    assert.equal(out.status, 200);
    assert.match(out.cookies[0] ?? "", /^gatehouse_console=; .*Max-Age=0/);
    const replay = new ConsoleClient(server.url);
    replay.cookie = cookie;
    replay.csrf = client.csrf;
    const res = await replay.call("ListUsers");
    assert.deepEqual([res.status, code(res)], [401, "SessionExpired"]);
  });
});

describe("session timeouts", () => {
  test("a session idle longer than the idle timeout has ended", async () => {
    const client = await rootClient(server.url);
    await sleep(IDLE_SECONDS * 1000 + 300);
    const res = await client.call("ListUsers");
    assert.deepEqual([res.status, code(res)], [401, "SessionExpired"]);
    assert.match(res.cookies[0] ?? "", /Max-Age=0/, "the browser forgets the cookie");
  });

  test("activity keeps a session alive until its absolute lifetime, no longer", async () => {
    const client = await rootClient(server.url);
    const started = Date.now();
    while (Date.now() - started < (LIFETIME_SECONDS - 1) * 1000) {
      assert.equal((await client.call("ListUsers")).status, 200);
      await sleep(700);
    }
    await sleep(Math.max(0, started + LIFETIME_SECONDS * 1000 + 200 - Date.now()));
    const res = await client.call("ListUsers");
    assert.deepEqual([res.status, code(res)], [401, "SessionExpired"]);
  });

  test("a deleted user's session ends with the user", async () => {
    await createUser(server, { name: "leaver", password: "Leaver-Pass-1234" });
    const client = new ConsoleClient(server.url);
    await client.signIn({ userName: "leaver", password: "Leaver-Pass-1234" });
    assert.equal((await client.get("/console/api/session")).status, 200);
    await server.iam().send(new DeleteLoginProfileCommand({ UserName: "leaver" }));
    await server.iam().send(new DeleteUserCommand({ UserName: "leaver" }));
    const res = await client.call("ListUsers");
    assert.deepEqual([res.status, code(res)], [401, "SessionExpired"]);
  });
});
