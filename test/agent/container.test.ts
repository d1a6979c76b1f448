/** The container credentials endpoint over real HTTP: its token checks and its JSON. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { call, CONTAINER_TOKEN, fixedCredentials, useListener } from "./helpers.js";

const agent = useListener();
const PATH = "/latest/container-credentials";

describe("GET /latest/container-credentials", () => {
  test("with the token: the credentials and the role ARN", async () => {
    const r = await call(agent.url, "GET", PATH, { Authorization: CONTAINER_TOKEN });
    assert.equal(r.status, 200);
    assert.equal(r.headers["content-type"], "application/json");
    const doc = JSON.parse(r.body) as Record<string, string>;
    assert.deepEqual(Object.keys(doc), [
      "AccessKeyId",
      "SecretAccessKey",
      "Token",
      "Expiration",
      "RoleArn",
    ]);
    assert.equal(doc.AccessKeyId, "ASIAGATEHOUSEAGENT01");
    assert.equal(doc.Token, "session-token-value");
    assert.equal(doc.RoleArn, "arn:aws:iam::123456789012:role/EC2-S3-Access");
  });
  test("no Authorization header is 401, a wrong one 403, both JSON without a secret", async () => {
    const missing = await call(agent.url, "GET", PATH);
    assert.equal(missing.status, 401);
    assert.equal((JSON.parse(missing.body) as { code: string }).code, "MissingAuthorization");
    for (const wrong of ["wrong", `${CONTAINER_TOKEN}x`, CONTAINER_TOKEN.slice(1)]) {
      const r = await call(agent.url, "GET", PATH, { Authorization: wrong });
      assert.equal(r.status, 403, wrong);
      const body = JSON.parse(r.body) as { code: string; message: string };
      assert.equal(body.code, "InvalidAuthorization");
      assert.doesNotMatch(r.body, /ASIA|session-token|container-token/);
    }
  });
  test("an IMDS token is no container token", async () => {
    const token = await call(agent.url, "PUT", "/latest/api/token", {
      "X-aws-ec2-metadata-token-ttl-seconds": "60",
    });
    const r = await call(agent.url, "GET", PATH, { "X-aws-ec2-metadata-token": token.body });
    assert.equal(r.status, 401);
  });
  test("other methods are 405", async () => {
    const r = await call(agent.url, "POST", PATH, { Authorization: CONTAINER_TOKEN });
    assert.equal(r.status, 405);
  });
  test("no credentials to serve is 404", async () => {
    agent.holder.clear();
    try {
      const r = await call(agent.url, "GET", PATH, { Authorization: CONTAINER_TOKEN });
      assert.equal(r.status, 404);
      assert.equal((JSON.parse(r.body) as { code: string }).code, "NoCredentials");
    } finally {
      agent.holder.set(fixedCredentials(Date.now()), Date.now());
    }
  });
  test("expired credentials are not served", async () => {
    const stale = fixedCredentials(Date.now() - 2 * 3_600_000);
    agent.holder.set(stale, Date.now());
    try {
      const r = await call(agent.url, "GET", PATH, { Authorization: CONTAINER_TOKEN });
      assert.equal(r.status, 404);
    } finally {
      agent.holder.set(fixedCredentials(Date.now()), Date.now());
    }
  });
});
