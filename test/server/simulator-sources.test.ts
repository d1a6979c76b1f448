/**
 * The policy simulator's policy sources (groups, roles, unknown and malformed
 * ones), GetContextKeysFor*, and who may call the simulator.
 */
import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import {
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateRoleCommand,
  CreateUserCommand,
  GetContextKeysForCustomPolicyCommand,
  GetContextKeysForPrincipalPolicyCommand,
  PutGroupPolicyCommand,
  PutRolePolicyCommand,
  PutUserPolicyCommand,
  SimulateCustomPolicyCommand,
  SimulatePrincipalPolicyCommand,
} from "@aws-sdk/client-iam";
import { ACCOUNT, failure, useServer } from "./harness.js";
import { ALICE, DENY_DOC, alice, policy } from "./simulator-helpers.js";

const srv = useServer();

describe("the IAM policy simulator: sources, context keys, authorization", () => {
  beforeEach(() => srv.reset());

  test("group and role sources; unknown and malformed sources", async () => {
    const iam = srv.iam();
    await iam.send(new CreateGroupCommand({ GroupName: "ops" }));
    await iam.send(
      new PutGroupPolicyCommand({
        GroupName: "ops",
        PolicyName: "Ec2",
        PolicyDocument: policy({ Effect: "Allow", Action: "ec2:*", Resource: "*" }),
      }),
    );
    const group = await iam.send(
      new SimulatePrincipalPolicyCommand({
        PolicySourceArn: `arn:aws:iam::${ACCOUNT}:group/ops`,
        ActionNames: ["ec2:RunInstances", "s3:GetObject"],
      }),
    );
    assert.deepEqual(
      group.EvaluationResults?.map((r) => r.EvalDecision),
      ["allowed", "implicitDeny"],
    );
    assert.equal(
      group.EvaluationResults?.[0]?.MatchedStatements?.[0]?.SourcePolicyId,
      "group_ops_Ec2",
    );

    await iam.send(
      new CreateRoleCommand({
        RoleName: "app",
        AssumeRolePolicyDocument: policy({
          Effect: "Allow",
          Principal: { Service: "ec2.amazonaws.com" },
          Action: "sts:AssumeRole",
        }),
      }),
    );
    await iam.send(
      new PutRolePolicyCommand({
        RoleName: "app",
        PolicyName: "Queue",
        PolicyDocument: policy({ Effect: "Allow", Action: "sqs:SendMessage", Resource: "*" }),
      }),
    );
    const role = await iam.send(
      new SimulatePrincipalPolicyCommand({
        PolicySourceArn: `arn:aws:iam::${ACCOUNT}:role/app`,
        ActionNames: ["sqs:SendMessage"],
      }),
    );
    assert.equal(role.EvaluationResults?.[0]?.EvalDecision, "allowed");
    assert.equal(
      role.EvaluationResults?.[0]?.MatchedStatements?.[0]?.SourcePolicyId,
      "role_app_Queue",
    );

    assert.deepEqual(
      await failure(
        iam.send(
          new SimulatePrincipalPolicyCommand({
            PolicySourceArn: `arn:aws:iam::${ACCOUNT}:user/nobody`,
            ActionNames: ["s3:GetObject"],
          }),
        ),
      ),
      {
        name: "NoSuchEntityException",
        message: "The user with name nobody cannot be found.",
        status: 404,
      },
    );
    const sts = `arn:aws:sts::${ACCOUNT}:assumed-role/app/session`;
    assert.deepEqual(
      await failure(
        iam.send(
          new SimulatePrincipalPolicyCommand({
            PolicySourceArn: sts,
            ActionNames: ["s3:GetObject"],
          }),
        ),
      ),
      {
        name: "InvalidInputException",
        message: `Invalid Entity Arn: ${sts} does not clearly define entity type and name.`,
        status: 400,
      },
    );
    assert.deepEqual(
      await failure(
        iam.send(
          new SimulateCustomPolicyCommand({
            PolicyInputList: ['{"Version":"2012-10-17"'],
            ActionNames: ["s3:GetObject"],
          }),
        ),
      ),
      {
        name: "MalformedPolicyDocumentException",
        message: "Syntax errors in policy.",
        status: 400,
      },
    );
  });

  test("GetContextKeysFor*: variables and condition keys in document order, once each", async () => {
    const iam = srv.iam();
    const doc = JSON.stringify({
      Version: "2012-10-17",
      Statement: {
        Effect: "Allow",
        Action: "dynamodb:*",
        Resource: "arn:aws:dynamodb:us-west-2:123456789012:table/${aws:username}",
        Condition: { DateGreaterThan: { "aws:CurrentTime": "2015-08-16T12:00:00Z" } },
      },
    });
    const custom = await iam.send(
      new GetContextKeysForCustomPolicyCommand({ PolicyInputList: [doc] }),
    );
    assert.deepEqual(custom.ContextKeyNames, ["aws:username", "aws:CurrentTime"]);

    await alice(iam);
    const principal = await iam.send(
      new GetContextKeysForPrincipalPolicyCommand({
        PolicySourceArn: ALICE,
        PolicyInputList: [doc],
      }),
    );
    assert.deepEqual(principal.ContextKeyNames, [
      "aws:RequestTag/team",
      "aws:username",
      "aws:CurrentTime",
    ]);
    assert.equal(
      (
        await failure(
          iam.send(
            new GetContextKeysForPrincipalPolicyCommand({
              PolicySourceArn: `arn:aws:iam::${ACCOUNT}:role/none`,
            }),
          ),
        )
      ).message,
      "The role with name none cannot be found.",
    );
  });

  test("authorization: on the PolicySourceArn, and on * for the custom actions", async () => {
    const iam = srv.iam();
    await alice(iam);
    await iam.send(new CreateUserCommand({ UserName: "eve" }));
    await iam.send(
      new PutUserPolicyCommand({
        UserName: "eve",
        PolicyName: "Sim",
        PolicyDocument: policy({
          Effect: "Allow",
          Action: "iam:SimulatePrincipalPolicy",
          Resource: ALICE,
        }),
      }),
    );
    const key = await iam.send(new CreateAccessKeyCommand({ UserName: "eve" }));
    const eve = srv.iam({
      accessKeyId: key.AccessKey?.AccessKeyId ?? "",
      secretAccessKey: key.AccessKey?.SecretAccessKey ?? "",
    });
    const ok = await eve.send(
      new SimulatePrincipalPolicyCommand({ PolicySourceArn: ALICE, ActionNames: ["s3:GetObject"] }),
    );
    assert.equal(ok.EvaluationResults?.[0]?.EvalDecision, "allowed");
    const EVE = `arn:aws:iam::${ACCOUNT}:user/eve`;
    assert.deepEqual(
      await failure(
        eve.send(
          new SimulateCustomPolicyCommand({
            PolicyInputList: [DENY_DOC],
            ActionNames: ["s3:GetObject"],
          }),
        ),
      ),
      {
        name: "AccessDenied",
        message:
          `User: ${EVE} is not authorized to perform: iam:SimulateCustomPolicy on resource: * ` +
          "because no identity-based policy allows the iam:SimulateCustomPolicy action",
        status: 403,
      },
    );
  });
});
