/**
 * The console's pages over HTTP: index.html for its paths, hashed assets
 * cached for good, gzip, ETags, the security headers, no directory
 * traversal — and the Query API at / exactly as before: only a browser's
 * plain GET / is sent to the console.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { gunzipSync } from "node:zlib";
import { GetUserCommand, ListUsersCommand } from "@aws-sdk/client-iam";
import Fastify from "fastify";
import { registerConsole } from "../../src/server/console/plugin.js";
import type { Services } from "../../src/server/services.js";
import { consoleSettings } from "../../src/server/console/settings.js";
import { parseConfig } from "../../src/server/config.js";
import { useServer } from "../server/harness.js";
import { requireBuiltConsole } from "./built.js";
import { send } from "./http.js";

requireBuiltConsole();
const server = useServer();
const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
};

function assertSecurityHeaders(headers: Record<string, unknown>, what: string): void {
  const csp = String(headers["content-security-policy"]);
  for (const part of [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'none'",
  ]) {
    assert.ok(csp.includes(part), `${what}: CSP has ${part}: ${csp}`);
  }
  assert.ok(!csp.includes("unsafe-inline") && !csp.includes("unsafe-eval"), what);
  assert.equal(headers["x-content-type-options"], "nosniff", what);
  assert.equal(headers["referrer-policy"], "same-origin", what);
  assert.equal(headers["x-frame-options"], "DENY", what);
  assert.equal(headers["cross-origin-opener-policy"], "same-origin", what);
  assert.equal(headers["strict-transport-security"], undefined, `${what}: no HSTS over http`);
}

describe("the console's pages and files", () => {
  test("index.html for /console/, its pages and /signin/<account>, revalidated every time", async () => {
    for (const path of ["/console/", "/console/users/alice", "/signin", "/signin/my-alias"]) {
      const res = await send(server.url, path);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers["content-type"], "text/html; charset=utf-8", path);
      assert.equal(res.headers["cache-control"], "no-cache", path);
      assert.match(res.text, /<div id="root"><\/div>/, path);
      assertSecurityHeaders(res.headers, path);
    }
    const moved = await send(server.url, "/console");
    assert.equal(moved.status, 301);
    assert.equal(moved.headers.location, "/console/");
  });

  test("hashed assets: their content type, cached for a year, gzip on request, 304 on a match", async () => {
    const index = (await send(server.url, "/console/")).text;
    const assets = [...index.matchAll(/(?:src|href)="(\/console\/assets\/[^"]+)"/g)].map(
      (m) => m[1] as string,
    );
    assert.ok(assets.some((a) => a.endsWith(".js")) && assets.some((a) => a.endsWith(".css")));
    for (const asset of assets) {
      const plain = await send(server.url, asset);
      assert.equal(plain.status, 200, asset);
      const type = TYPES[asset.slice(asset.lastIndexOf("."))];
      assert.equal(plain.headers["content-type"], type, asset);
      assert.equal(plain.headers["cache-control"], "public, max-age=31536000, immutable");
      assert.equal(plain.headers["content-encoding"], undefined);
      assertSecurityHeaders(plain.headers, asset);
      if (!asset.endsWith(".svg")) {
        const zipped = await send(server.url, asset, {
          headers: { "accept-encoding": "gzip, br" },
        });
        assert.equal(zipped.headers["content-encoding"], "gzip", asset);
        assert.deepEqual(gunzipSync(zipped.body), plain.body, asset);
      }
      const etag = String(plain.headers.etag);
      const again = await send(server.url, asset, { headers: { "if-none-match": etag } });
      assert.equal(again.status, 304, asset);
      assert.equal(again.body.length, 0);
    }
  });

  test("a missing asset is a 404, never the page; an unknown API path a JSON 404", async () => {
    const asset = await send(server.url, "/console/assets/missing-0000.js");
    assert.equal(asset.status, 404);
    assert.equal(asset.headers["content-type"], "text/plain; charset=utf-8");
    const api = await send(server.url, "/console/api/nothing-here");
    assert.equal(api.status, 404);
    assert.equal(api.json<{ error: { code: string } }>().error.code, "NotFound");
  });

  test("no path reaches outside the build (raw, un-normalized request lines)", async () => {
    const paths = [
      "/console/../package.json",
      "/console/assets/../../package.json",
      "/console/assets/../../../package.json",
      "/console/%2e%2e/%2e%2e/package.json",
      "/console/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fpackage.json",
      "/console/..%2f..%2fpackage.json",
      "/console/assets/..\\..\\..\\package.json",
      "/console//etc/passwd",
      "/console/assets//etc/passwd",
      "/signin/../../package.json",
    ];
    for (const path of paths) {
      const res = await send(server.url, path);
      assert.ok(!res.text.includes('"name": "gatehouse"'), `${path} served package.json`);
      assert.ok(!res.text.includes("root:x:0:0"), `${path} served /etc/passwd`);
      if (res.status === 200) assert.match(res.text, /<div id="root">/, path);
    }
  });

  test("a build's symbolic links are not followed; no build answers 503 saying how to build", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "gatehouse-console-"));
    after(() => rmSync(tmp, { recursive: true, force: true }));
    const built = join(tmp, "built");
    mkdirSync(join(built, "assets"), { recursive: true });
    writeFileSync(join(built, "index.html"), '<div id="root"></div>');
    symlinkSync("/etc/passwd", join(built, "assets", "passwd.js"));
    const config = parseConfig([], {});
    assert.ok(!("error" in config));
    for (const [where, path, status] of [
      [built, "/console/assets/passwd.js", 404],
      [join(tmp, "none"), "/console/", 503],
    ] as const) {
      const app = Fastify();
      registerConsole(app, {
        services: {} as Services,
        settings: consoleSettings(config, where),
      });
      const res = await app.inject({ method: "GET", url: path });
      assert.equal(res.statusCode, status, path);
      assert.ok(!res.body.includes("root:x:0:0"));
      if (status === 503) assert.match(res.body, /npm run build/);
      await app.close();
    }
  });
});

describe("the Query API at / is unchanged", () => {
  test("a browser's plain GET / goes to the console", async () => {
    const res = await send(server.url, "/", {
      headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" },
    });
    assert.equal(res.status, 302);
    assert.equal(res.headers.location, "/console/");
    assertSecurityHeaders(res.headers, "redirect");
  });

  test("anything else at / is the Query API's: XML, no console headers", async () => {
    const cases: [string, string, Record<string, string>][] = [
      ["GET", "/", {}],
      ["GET", "/", { accept: "*/*" }],
      ["GET", "/?Action=ListUsers&Version=2010-05-08", { accept: "text/html" }],
      ["GET", "/?", { accept: "text/html" }],
      ["POST", "/", { accept: "text/html" }],
      ["GET", "/", { accept: "text/html", authorization: "AWS4-HMAC-SHA256 Credential=x" }],
      ["GET", "/", { accept: "text/html", "x-amz-date": "20260101T000000Z" }],
    ];
    for (const [method, path, headers] of cases) {
      const res = await send(server.url, path, { method, headers });
      const what = `${method} ${path} ${JSON.stringify(headers)}`;
      assert.notEqual(res.status, 302, what);
      assert.equal(res.headers["content-type"], "text/xml", what);
      assert.match(res.text, /^<ErrorResponse xmlns="https:\/\/iam\.amazonaws\.com/, what);
      assert.equal(res.headers["content-security-policy"], undefined, what);
    }
  });

  test("the AWS SDK works as before", async () => {
    const iam = server.iam();
    const users = await iam.send(new ListUsersCommand({}));
    assert.deepEqual(users.Users, []);
    const me = await iam.send(new GetUserCommand({}));
    assert.match(me.User?.Arn ?? "", /:root$/);
  });
});
