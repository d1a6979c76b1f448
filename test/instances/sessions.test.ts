/**
 * An instance's role sessions as callers: the role's policies with
 * ec2:SourceInstanceARN in the context, and the end of them — terminating
 * the instance, replacing its profile, taking the role out of the profile —
 * on the session's very next request (InvalidClientTokenId, as for a
 * deleted session).
 */
import assert from "node:assert/strict";
import { beforeEach, test } from "node:test";
import {
  AddRoleToInstanceProfileCommand,
  ListUsersCommand,
  PutRolePolicyCommand,
  RemoveRoleFromInstanceProfileCommand,
} from "@aws-sdk/client-iam";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { ACCOUNT, failure, useServer } from "../server/harness.js";
import { iamClient, policyOf, stsClient, when } from "../sts/helpers.js";
import { gatehouse, instanceArnOf, ok, roleInProfile, runningInstance } from "./helpers.js";

const srv = useServer();
beforeEach(() => srv.reset());

const listUsersFrom = (instanceArn: string) =>
  policyOf(when("Allow", "iam:ListUsers", { ArnEquals: { "ec2:SourceInstanceARN": instanceArn } }));

test("a role policy's condition on ec2:SourceInstanceARN is honoured", async () => {
  await roleInProfile(srv, "R");
  const first = await runningInstance(srv, "R");
  const second = await runningInstance(srv, "R");
  await srv.iam().send(
    new PutRolePolicyCommand({
      RoleName: "R",
      PolicyName: "p",
      PolicyDocument: listUsersFrom(instanceArnOf(first.instanceId)),
    }),
  );
  await iamClient(srv, await first.keys()).send(new ListUsersCommand({}));
  const e = await failure(iamClient(srv, await second.keys()).send(new ListUsersCommand({})));
  assert.equal(e.name, "AccessDenied");
  assert.match(
    e.message,
    new RegExp(`assumed-role/R/${second.instanceId} is not authorized to perform: iam:ListUsers`),
  );
});

test("terminating the instance ends its sessions at once, and it gets no new ones", async () => {
  await roleInProfile(srv, "R");
  const agent = await runningInstance(srv, "R");
  const sts = stsClient(srv, await agent.keys());
  await sts.send(new GetCallerIdentityCommand({}));
  await ok(gatehouse(srv, "TerminateInstance", [["InstanceId", agent.instanceId]]));
  const e = await failure(sts.send(new GetCallerIdentityCommand({})));
  assert.equal(e.name, "InvalidClientTokenId");
  assert.equal(e.status, 403);
  assert.equal((await agent.credentials()).status, 403);
});

test("replacing the profile ends the old role's sessions; new credentials are the new role's", async () => {
  await roleInProfile(srv, "A");
  await roleInProfile(srv, "B");
  const agent = await runningInstance(srv, "A");
  const old = stsClient(srv, await agent.keys());
  await old.send(new GetCallerIdentityCommand({}));
  await ok(
    gatehouse(srv, "ReplaceInstanceProfile", [
      ["InstanceId", agent.instanceId],
      ["InstanceProfileName", "B"],
    ]),
  );
  const e = await failure(old.send(new GetCallerIdentityCommand({})));
  assert.equal(e.name, "InvalidClientTokenId");
  const fresh = await agent.keys();
  assert.equal(fresh.roleName, "B");
  const me = await stsClient(srv, fresh).send(new GetCallerIdentityCommand({}));
  assert.equal(me.Arn, `arn:aws:sts::${ACCOUNT}:assumed-role/B/${agent.instanceId}`);
});

test("a session stops working once the profile no longer holds its role, and works again when it does", async () => {
  await roleInProfile(srv, "R");
  const agent = await runningInstance(srv, "R");
  const sts = stsClient(srv, await agent.keys());
  const iam = srv.iam();
  await iam.send(
    new RemoveRoleFromInstanceProfileCommand({ InstanceProfileName: "R", RoleName: "R" }),
  );
  assert.equal(
    (await failure(sts.send(new GetCallerIdentityCommand({})))).name,
    "InvalidClientTokenId",
  );
  await iam.send(new AddRoleToInstanceProfileCommand({ InstanceProfileName: "R", RoleName: "R" }));
  await sts.send(new GetCallerIdentityCommand({}));
});

test("an instance's role session may call the instances API (another service, as EC2 is)", async () => {
  await roleInProfile(
    srv,
    "R",
    JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Action: "ec2:DescribeInstances", Resource: "*" }],
    }),
  );
  const agent = await runningInstance(srv, "R");
  const result = await ok(gatehouse(srv, "DescribeInstances", [], await agent.keys()));
  assert.equal((result.Instances as unknown[]).length, 1);
});
