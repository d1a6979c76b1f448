/**
 * The AWS SDK for JavaScript's own providers read the agent's endpoints:
 * fromInstanceMetadata (IMDSv2, the endpoint from
 * AWS_EC2_METADATA_SERVICE_ENDPOINT) and fromContainerMetadata's successor
 * fromHttp (AWS_CONTAINER_CREDENTIALS_FULL_URI with the token). The held
 * credentials are fixed values, so this checks the wire shapes only.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { fromHttp, fromInstanceMetadata } from "@aws-sdk/credential-providers";
import { CONTAINER_TOKEN, useListener } from "./helpers.js";

const agent = useListener();

async function withEnv<T>(vars: Record<string, string>, run: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return await run();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) Reflect.deleteProperty(process.env, k);
      else process.env[k] = v;
    }
  }
}

test("fromInstanceMetadata gets the role credentials over IMDSv2", async () => {
  const credentials = await withEnv(
    { AWS_EC2_METADATA_SERVICE_ENDPOINT: `${agent.url}/`, AWS_EC2_METADATA_V1_DISABLED: "true" },
    () => fromInstanceMetadata({ maxRetries: 0, timeout: 2000 })(),
  );
  assert.equal(credentials.accessKeyId, "ASIAGATEHOUSEAGENT01");
  assert.equal(credentials.secretAccessKey, "agentsecretagentsecretagentsecret0123456");
  assert.equal(credentials.sessionToken, "session-token-value");
  assert.ok(credentials.expiration instanceof Date);
});

test("fromHttp gets them from the container endpoint with the token", async () => {
  const credentials = await withEnv(
    {
      AWS_CONTAINER_CREDENTIALS_FULL_URI: `${agent.url}/latest/container-credentials`,
      AWS_CONTAINER_AUTHORIZATION_TOKEN: CONTAINER_TOKEN,
    },
    () => fromHttp({ maxRetries: 0, timeout: 2000 })(),
  );
  assert.equal(credentials.accessKeyId, "ASIAGATEHOUSEAGENT01");
  assert.equal(credentials.sessionToken, "session-token-value");
});

test("fromHttp with a wrong token gets nothing", async () => {
  await assert.rejects(
    withEnv(
      {
        AWS_CONTAINER_CREDENTIALS_FULL_URI: `${agent.url}/latest/container-credentials`,
        AWS_CONTAINER_AUTHORIZATION_TOKEN: "wrong",
      },
      () => fromHttp({ maxRetries: 0, timeout: 2000 })(),
    ),
  );
});
