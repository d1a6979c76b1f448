/** With --imdsv1, GETs without a token are answered; a bad token is still 401. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { call, IDENTITY, useListener } from "./helpers.js";

const agent = useListener(true);

test("IMDSv1 on: no token is enough", async () => {
  const r = await call(agent.url, "GET", "/latest/meta-data/instance-id");
  assert.equal(r.status, 200);
  assert.equal(r.body, IDENTITY.instanceId);
  const role = await call(agent.url, "GET", "/latest/meta-data/iam/security-credentials/");
  assert.equal(role.body, "EC2-S3-Access");
});

test("IMDSv1 on: a token that is sent must still be valid", async () => {
  const r = await call(agent.url, "GET", "/latest/meta-data/instance-id", {
    "X-aws-ec2-metadata-token": "not-a-token",
  });
  assert.equal(r.status, 401);
});

test("IMDSv1 on: the token endpoint keeps its rules", async () => {
  const r = await call(agent.url, "PUT", "/latest/api/token", {
    "X-aws-ec2-metadata-token-ttl-seconds": "0",
  });
  assert.equal(r.status, 400);
});
