/**
 * The instances flow on the machine's real PostgreSQL: launch, register,
 * credentials used with the AWS SDK, a replayed request, terminate. The
 * schema is fresh and dropped after; PostgreSQL missing is a failure.
 */
import assert from "node:assert/strict";
import { after, test } from "node:test";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { ACCOUNT, failure, useServer } from "../server/harness.js";
import { freshSchema } from "../server/pg-schema.js";
import { stsClient } from "../sts/helpers.js";
import { Agent, gatehouse, launch, ok, roleInProfile } from "./helpers.js";

const schema = freshSchema("gh_instances");
const srv = useServer({ databaseUrl: schema.url });
after(() => schema.drop());

test("launch, register, credentials, replay refused, terminate — on PostgreSQL", async () => {
  assert.equal(srv.server.store.dialect, "postgres");
  await roleInProfile(srv, "EC2-S3-Access");
  const { token } = await launch(srv, "EC2-S3-Access");
  const agent = new Agent(srv);
  assert.equal((await agent.register(token)).status, 200);
  assert.equal((await new Agent(srv).register(token)).status, 401);
  const req = agent.request();
  const answer = await agent.credentials(req);
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  assert.equal((await agent.credentials(req)).body.code, "ReplayedRequest");
  const sts = stsClient(srv, {
    accessKeyId: String(answer.body.accessKeyId),
    secretAccessKey: String(answer.body.secretAccessKey),
    sessionToken: String(answer.body.sessionToken),
  });
  const me = await sts.send(new GetCallerIdentityCommand({}));
  assert.equal(me.Arn, `arn:aws:sts::${ACCOUNT}:assumed-role/EC2-S3-Access/${agent.instanceId}`);
  await ok(gatehouse(srv, "TerminateInstance", [["InstanceId", agent.instanceId]]));
  assert.equal(
    (await failure(sts.send(new GetCallerIdentityCommand({})))).name,
    "InvalidClientTokenId",
  );
  assert.equal((await agent.credentials()).status, 403);
});
