/**
 * The agent's IMDS over real HTTP: tokens and their TTL bounds,
 * X-Forwarded-For, 401/404/405, the metadata tree and the credentials JSON.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ImdsTokens } from "../../src/agent/imds-tokens.js";
import { call, fixedCredentials, IDENTITY, imdsToken, useListener } from "./helpers.js";

const agent = useListener();
const TTL = "X-aws-ec2-metadata-token-ttl-seconds";

async function get(path: string, token?: string) {
  const headers: Record<string, string> = {};
  if (token !== undefined) headers["X-aws-ec2-metadata-token"] = token;
  return call(agent.url, "GET", path, headers);
}

describe("PUT /latest/api/token", () => {
  test("a TTL of 1 to 21600 seconds gets a token, and the TTL back in the header", async () => {
    for (const ttl of ["1", "60", "21600"]) {
      const r = await call(agent.url, "PUT", "/latest/api/token", { [TTL]: ttl });
      assert.equal(r.status, 200);
      assert.equal(r.headers["x-aws-ec2-metadata-token-ttl-seconds"], ttl);
      assert.match(r.body, /^[A-Za-z0-9_-]{40,}$/);
    }
  });
  test("a missing, out-of-range or non-numeric TTL is 400", async () => {
    for (const ttl of [undefined, "0", "21601", "-5", "abc", "1.5", "", "99999999"]) {
      const headers: Record<string, string> = ttl === undefined ? {} : { [TTL]: ttl };
      const r = await call(agent.url, "PUT", "/latest/api/token", headers);
      assert.equal(r.status, 400, `TTL ${ttl}`);
    }
  });
  test("any X-Forwarded-For is refused with 403", async () => {
    const r = await call(agent.url, "PUT", "/latest/api/token", {
      [TTL]: "60",
      "X-Forwarded-For": "203.0.113.7",
    });
    assert.equal(r.status, 403);
    assert.doesNotMatch(r.body, /^[A-Za-z0-9_-]{40,}$/);
  });
  test("other methods on the token path are 405", async () => {
    for (const method of ["GET", "POST", "DELETE"]) {
      const r = await call(agent.url, method, "/latest/api/token", { [TTL]: "60" });
      assert.equal(r.status, 405, method);
      assert.equal(r.headers.allow, "PUT");
    }
  });
});

describe("GET with and without a token", () => {
  test("no token is 401 (IMDSv1 is off by default)", async () => {
    for (const path of [
      "/latest/meta-data/instance-id",
      "/latest/meta-data/iam/security-credentials/",
      "/latest/meta-data/no-such-path",
    ]) {
      assert.equal((await get(path)).status, 401, path);
    }
  });
  test("a forged or altered token is 401", async () => {
    const token = await imdsToken(agent.url);
    const altered = `${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`;
    for (const bad of ["nonsense", altered, `${token}x`, ""]) {
      assert.equal((await get("/latest/meta-data/instance-id", bad)).status, 401, bad);
    }
  });
  test("an expired token is 401", async () => {
    const token = await imdsToken(agent.url, "2");
    assert.equal((await get("/latest/meta-data/instance-id", token)).status, 200);
    agent.clock.offsetMs = 3_000;
    try {
      assert.equal((await get("/latest/meta-data/instance-id", token)).status, 401);
    } finally {
      agent.clock.offsetMs = 0;
    }
  });
  test("a token of another agent (another key) is 401", async () => {
    const other = new ImdsTokens().issue(60);
    assert.equal((await get("/latest/meta-data/instance-id", other)).status, 401);
  });
  test("unknown paths are 404, other methods 405", async () => {
    const token = await imdsToken(agent.url);
    for (const path of [
      "/latest/meta-data/ami-id",
      "/latest/user-data",
      "/2009-04-04/meta-data/instance-id",
      "/latest/meta-data/iam/security-credentials/SomeOtherRole",
      "/latest/meta-data//instance-id",
    ]) {
      const r = await get(path, token);
      assert.equal(r.status, 404, path);
    }
    for (const method of ["POST", "DELETE", "PATCH", "PUT"]) {
      const r = await call(agent.url, method, "/latest/meta-data/instance-id", {
        "X-aws-ec2-metadata-token": token,
      });
      assert.equal(r.status, 405, method);
    }
  });
  test("HEAD answers like GET without a body", async () => {
    const token = await imdsToken(agent.url);
    const r = await call(agent.url, "HEAD", "/latest/meta-data/instance-id", {
      "X-aws-ec2-metadata-token": token,
    });
    assert.equal(r.status, 200);
    assert.equal(r.body, "");
    assert.equal(r.headers["content-length"], String(IDENTITY.instanceId.length));
  });
});

describe("the metadata tree", () => {
  test("listings, the instance id and the placement", async () => {
    const token = await imdsToken(agent.url);
    const expect: [string, string][] = [
      ["/", "latest"],
      ["/latest/", "dynamic\nmeta-data"],
      ["/latest/meta-data/", "iam/\ninstance-id\nplacement/"],
      ["/latest/meta-data", "iam/\ninstance-id\nplacement/"],
      ["/latest/meta-data/instance-id", IDENTITY.instanceId],
      ["/latest/meta-data/placement/", "availability-zone\nregion"],
      ["/latest/meta-data/placement/region", "eu-west-1"],
      ["/latest/meta-data/placement/availability-zone", "eu-west-1a"],
      // botocore asks with a trailing slash
      ["/latest/meta-data/placement/availability-zone/", "eu-west-1a"],
      ["/latest/meta-data/iam/", "info\nsecurity-credentials/"],
      ["/latest/meta-data/iam/security-credentials/", "EC2-S3-Access"],
      ["/latest/meta-data/iam/security-credentials", "EC2-S3-Access"],
      ["/latest/dynamic/instance-identity/", "document"],
    ];
    for (const [path, body] of expect) {
      const r = await get(path, token);
      assert.equal(r.status, 200, path);
      assert.equal(r.body, body, path);
      assert.equal(r.headers["content-type"], "text/plain");
    }
  });
  test("the role's credentials JSON as IMDS writes it", async () => {
    const token = await imdsToken(agent.url);
    const r = await get("/latest/meta-data/iam/security-credentials/EC2-S3-Access", token);
    assert.equal(r.status, 200);
    const doc = JSON.parse(r.body) as Record<string, string>;
    assert.deepEqual(Object.keys(doc), [
      "Code",
      "LastUpdated",
      "Type",
      "AccessKeyId",
      "SecretAccessKey",
      "Token",
      "Expiration",
    ]);
    assert.equal(doc.Code, "Success");
    assert.equal(doc.Type, "AWS-HMAC");
    assert.equal(doc.AccessKeyId, "ASIAGATEHOUSEAGENT01");
    assert.equal(doc.SecretAccessKey, "agentsecretagentsecretagentsecret0123456");
    assert.equal(doc.Token, "session-token-value");
    assert.match(doc.Expiration as string, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.match(doc.LastUpdated as string, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });
  test("iam/info names the instance profile", async () => {
    const token = await imdsToken(agent.url);
    const r = await get("/latest/meta-data/iam/info", token);
    assert.equal(r.status, 200);
    const info = JSON.parse(r.body) as Record<string, string>;
    assert.equal(info.Code, "Success");
    assert.equal(
      info.InstanceProfileArn,
      "arn:aws:iam::123456789012:instance-profile/EC2-S3-Access",
    );
    assert.equal(info.InstanceProfileId, "AIPAGATEHOUSEPROFILE1");
  });
  test("the instance identity document", async () => {
    const token = await imdsToken(agent.url);
    const r = await get("/latest/dynamic/instance-identity/document", token);
    assert.equal(r.status, 200);
    const doc = JSON.parse(r.body) as Record<string, unknown>;
    assert.equal(doc.accountId, IDENTITY.accountId);
    assert.equal(doc.instanceId, IDENTITY.instanceId);
    assert.equal(doc.region, "eu-west-1");
    assert.equal(doc.availabilityZone, "eu-west-1a");
    assert.equal(doc.pendingTime, IDENTITY.launchedAt);
    assert.equal(doc.version, "2017-09-30");
    for (const key of ["architecture", "imageId", "instanceType", "privateIp"]) {
      assert.ok(key in doc, key);
    }
  });
  test("without credentials the iam branch is gone (404), as on an instance without a role", async () => {
    const token = await imdsToken(agent.url);
    agent.holder.clear();
    try {
      for (const path of [
        "/latest/meta-data/iam/",
        "/latest/meta-data/iam/info",
        "/latest/meta-data/iam/security-credentials/",
        "/latest/meta-data/iam/security-credentials/EC2-S3-Access",
      ]) {
        assert.equal((await get(path, token)).status, 404, path);
      }
      assert.equal((await get("/latest/meta-data/", token)).body, "instance-id\nplacement/");
      assert.equal((await get("/latest/meta-data/instance-id", token)).status, 200);
    } finally {
      agent.holder.set(fixedCredentials(Date.now()), Date.now());
    }
  });
});
