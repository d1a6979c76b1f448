/**
 * Our SigV4 signer (the gatehouse command's): against every case of the AWS
 * test suite — the Authorization header, date and token it adds are the
 * suite's — and against a real server, which verifies what it signs.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { signRequest } from "../../src/auth/sigv4-sign.js";
import { verifySigV4 } from "../../src/auth/sigv4.js";
import { ROOT_KEY, useServer } from "../server/harness.js";
import { parseHttp, suiteDir, type Context } from "./sigv4-suite.js";

const read = (name: string, file: string) => readFileSync(join(suiteDir, name, file), "utf8");
const cases = readdirSync(suiteDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

function header(headers: Record<string, unknown>, name: string): string | undefined {
  const value = headers[name];
  return typeof value === "string" ? value : Array.isArray(value) ? String(value[0]) : undefined;
}

describe("signRequest: the AWS SigV4 test suite", () => {
  it("has cases", () => assert.ok(cases.length >= 30));
  for (const name of cases) {
    it(`${name}: signs as the suite does, and the verifier accepts it`, () => {
      const context = JSON.parse(read(name, "context.json")) as Context;
      const request = parseHttp(read(name, "request.txt"));
      const expected = parseHttp(read(name, "header-signed-request.txt"));
      const now = new Date(context.timestamp);
      const credentials = {
        accessKeyId: context.credentials.access_key_id,
        secretAccessKey: context.credentials.secret_access_key,
        sessionToken: context.credentials.token,
      };
      const added = signRequest(
        {
          method: request.method,
          path: request.path,
          query: request.query,
          headers: request.headers as Record<string, string | string[]>,
          body: request.body,
        },
        {
          credentials,
          region: context.region,
          service: context.service,
          now,
          signBody: context.sign_body,
          signSessionToken: context.omit_session_token !== true,
          normalizePath: context.normalize,
        },
      );
      assert.equal(added.authorization, header(expected.headers, "authorization")?.trim());
      assert.equal(added["x-amz-date"], header(expected.headers, "x-amz-date")?.trim());
      assert.equal(
        added["x-amz-security-token"],
        header(expected.headers, "x-amz-security-token")?.trim(),
      );
      if (!context.normalize || context.omit_session_token === true) return;
      const verified = verifySigV4(
        { ...request, headers: { ...request.headers, ...added } },
        {
          now,
          lookup: () => ({ secretAccessKey: credentials.secretAccessKey }),
        },
      );
      assert.ok(verified.ok, verified.ok ? "" : verified.message);
    });
  }
});

describe("signRequest: a real server verifies what it signs", () => {
  const srv = useServer();

  for (const session of [false, true]) {
    it(`GetCallerIdentity over HTTP${session ? " (with a session token, unsigned)" : ""}`, async () => {
      const url = new URL(srv.url);
      const body = "Action=GetCallerIdentity&Version=2011-06-15";
      const headers = {
        host: url.host,
        "content-type": "application/x-www-form-urlencoded; charset=utf-8",
      };
      const added = signRequest(
        { method: "POST", path: "/", query: "", headers, body },
        { credentials: ROOT_KEY, region: "eu-west-1", service: "sts", now: new Date() },
      );
      if (session) added["x-amz-security-token"] = "not-a-session";
      const res = await fetch(`${srv.url}/`, {
        method: "POST",
        headers: { ...headers, ...added },
        body,
      });
      const text = await res.text();
      if (session) {
        // A long-term key with a token is refused (the signature itself verified).
        assert.equal(res.status, 403, text);
        assert.match(text, /InvalidClientTokenId/);
      } else {
        assert.equal(res.status, 200, text);
        assert.match(text, /<Arn>arn:aws:iam::123456789012:root<\/Arn>/);
      }
    });
  }
});
