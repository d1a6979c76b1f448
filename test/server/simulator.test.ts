/**
 * The policy simulator over the Query API, driven by the AWS SDK: decisions,
 * matched statements with AWS's labels and positions, context keys,
 * boundaries, resource policies, pagination, and agreement with enforcement.
 */
import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import {
  AddUserToGroupCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateUserCommand,
  GetGroupCommand,
  GetUserCommand,
  ListUserPoliciesCommand,
  PutGroupPolicyCommand,
  PutUserPolicyCommand,
  SimulateCustomPolicyCommand,
  SimulatePrincipalPolicyCommand,
  type ContextEntry,
} from "@aws-sdk/client-iam";
import { ACCOUNT, failure, useServer, type Keys } from "./harness.js";
import { ALICE, DENY_DOC, alice, byAction, policy } from "./simulator-helpers.js";

const srv = useServer();

describe("the IAM policy simulator", () => {
  beforeEach(() => srv.reset());

  test("SimulatePrincipalPolicy explains allowed, explicitDeny and implicitDeny", async () => {
    const iam = srv.iam();
    await alice(iam);
    const out = await iam.send(
      new SimulatePrincipalPolicyCommand({
        PolicySourceArn: ALICE,
        ActionNames: ["s3:GetObject", "s3:DeleteObject", "ec2:RunInstances"],
      }),
    );
    assert.equal(out.IsTruncated, false);
    assert.equal(out.EvaluationResults?.length, 3);
    assert.deepEqual(byAction(out.EvaluationResults, "s3:GetObject"), {
      EvalActionName: "s3:GetObject",
      EvalResourceName: "*",
      EvalDecision: "allowed",
      MatchedStatements: [
        {
          SourcePolicyId: "user_alice_Allow",
          SourcePolicyType: "IAM Policy",
          StartPosition: { Line: 3, Column: 17 },
          EndPosition: { Line: 8, Column: 6 },
        },
      ],
      MissingContextValues: [],
    });
    const deny = byAction(out.EvaluationResults, "s3:DeleteObject");
    assert.equal(deny.EvalDecision, "explicitDeny");
    // `{"Version":"2012-10-17","Statement":[` is 37 characters: the statement starts at 38.
    assert.deepEqual(deny.MatchedStatements, [
      {
        SourcePolicyId: "NoDelete",
        SourcePolicyType: "IAM Policy",
        StartPosition: { Line: 1, Column: 38 },
        EndPosition: { Line: 1, Column: DENY_DOC.length - 1 },
      },
    ]);
    const none = byAction(out.EvaluationResults, "ec2:RunInstances");
    assert.equal(none.EvalDecision, "implicitDeny");
    assert.deepEqual(none.MatchedStatements, []);
    assert.equal(none.ResourceSpecificResults, undefined);
    assert.equal(none.PermissionsBoundaryDecisionDetail, undefined);
  });

  test("a missing condition key is reported; ContextEntries turn it into allowed", async () => {
    const iam = srv.iam();
    await alice(iam);
    const missing = await iam.send(
      new SimulatePrincipalPolicyCommand({ PolicySourceArn: ALICE, ActionNames: ["s3:PutObject"] }),
    );
    const result = byAction(missing.EvaluationResults, "s3:PutObject");
    assert.equal(result.EvalDecision, "implicitDeny");
    assert.deepEqual(result.MissingContextValues, ["aws:RequestTag/team"]);

    const given = await iam.send(
      new SimulatePrincipalPolicyCommand({
        PolicySourceArn: ALICE,
        ActionNames: ["s3:PutObject"],
        ContextEntries: [
          {
            ContextKeyName: "aws:RequestTag/team",
            ContextKeyValues: ["blue"],
            ContextKeyType: "string",
          },
        ],
      }),
    );
    const allowed = byAction(given.EvaluationResults, "s3:PutObject");
    assert.equal(allowed.EvalDecision, "allowed");
    assert.deepEqual(allowed.MissingContextValues, []);
    // The second statement starts right after the first one's "}" (line 8, column 6).
    assert.deepEqual(allowed.MatchedStatements, [
      {
        SourcePolicyId: "user_alice_Allow",
        SourcePolicyType: "IAM Policy",
        StartPosition: { Line: 8, Column: 6 },
        EndPosition: { Line: 15, Column: 6 },
      },
    ]);
  });

  test("typed context values: numeric, date, ip, boolean; a value not of its type is InvalidInput", async () => {
    const iam = srv.iam();
    const doc = policy({
      Effect: "Allow",
      Action: "s3:GetObject",
      Resource: "*",
      Condition: {
        NumericLessThan: { "s3:max-keys": "10" },
        DateGreaterThan: { "aws:CurrentTime": "2020-01-01T00:00:00Z" },
        IpAddress: { "aws:SourceIp": "10.0.0.0/8" },
        Bool: { "aws:SecureTransport": "true" },
      },
    });
    const run = (entries: ContextEntry[]) =>
      iam.send(
        new SimulateCustomPolicyCommand({
          PolicyInputList: [doc],
          ActionNames: ["s3:GetObject"],
          ContextEntries: entries,
        }),
      );
    const good: ContextEntry[] = [
      { ContextKeyName: "s3:max-keys", ContextKeyValues: ["5"], ContextKeyType: "numeric" },
      {
        ContextKeyName: "aws:CurrentTime",
        ContextKeyValues: ["2024-05-01T00:00:00Z"],
        ContextKeyType: "date",
      },
      { ContextKeyName: "aws:SourceIp", ContextKeyValues: ["10.1.2.3"], ContextKeyType: "ip" },
      {
        ContextKeyName: "aws:SecureTransport",
        ContextKeyValues: ["TRUE"],
        ContextKeyType: "boolean",
      },
    ];
    const ok = await run(good);
    assert.equal(ok.EvaluationResults?.[0]?.EvalDecision, "allowed");
    const far = await run(
      good.map((e) => (e.ContextKeyType === "ip" ? { ...e, ContextKeyValues: ["192.0.2.1"] } : e)),
    );
    assert.equal(far.EvaluationResults?.[0]?.EvalDecision, "implicitDeny");
    assert.deepEqual(
      await failure(
        run([
          { ContextKeyName: "s3:max-keys", ContextKeyValues: ["ten"], ContextKeyType: "numeric" },
        ]),
      ),
      {
        name: "InvalidInputException",
        message: "Invalid value 'ten' for context key s3:max-keys of type numeric.",
        status: 400,
      },
    );
    assert.equal(
      (
        await failure(
          run([
            {
              ContextKeyName: "aws:SourceIp",
              ContextKeyValues: ["10.0.0.300"],
              ContextKeyType: "ipList",
            },
          ]),
        )
      ).name,
      "InvalidInputException",
    );
  });

  test("a permissions boundary input caps what the identity policies allow", async () => {
    const iam = srv.iam();
    await alice(iam);
    const out = await iam.send(
      new SimulatePrincipalPolicyCommand({
        PolicySourceArn: ALICE,
        ActionNames: ["s3:GetObject", "s3:PutObject"],
        PermissionsBoundaryPolicyInputList: [
          policy({ Effect: "Allow", Action: "s3:Get*", Resource: "*" }),
        ],
        ContextEntries: [
          {
            ContextKeyName: "aws:RequestTag/team",
            ContextKeyValues: ["blue"],
            ContextKeyType: "string",
          },
        ],
      }),
    );
    const get = byAction(out.EvaluationResults, "s3:GetObject");
    assert.equal(get.EvalDecision, "allowed");
    assert.deepEqual(get.PermissionsBoundaryDecisionDetail, { AllowedByPermissionsBoundary: true });
    assert.deepEqual(
      get.MatchedStatements?.map((s) => [s.SourcePolicyId, s.SourcePolicyType]),
      [
        ["user_alice_Allow", "IAM Policy"],
        ["PermissionsBoundaryPolicyInputList.1", "Permissions Boundary Policy"],
      ],
    );
    const put = byAction(out.EvaluationResults, "s3:PutObject");
    assert.equal(put.EvalDecision, "implicitDeny");
    assert.deepEqual(put.PermissionsBoundaryDecisionDetail, {
      AllowedByPermissionsBoundary: false,
    });
    assert.equal(
      (
        await failure(
          iam.send(
            new SimulatePrincipalPolicyCommand({
              PolicySourceArn: ALICE,
              ActionNames: ["s3:GetObject"],
              PermissionsBoundaryPolicyInputList: [DENY_DOC, DENY_DOC],
            }),
          ),
        )
      ).name,
      "InvalidInputException",
    );
  });

  test("a resource policy naming the caller allows on its own; its deny wins", async () => {
    const iam = srv.iam();
    const resourcePolicy = policy(
      {
        Effect: "Allow",
        Principal: { AWS: ALICE },
        Action: "s3:GetObject",
        Resource: "arn:aws:s3:::b/*",
      },
      { Effect: "Deny", Principal: "*", Action: "s3:DeleteObject", Resource: "arn:aws:s3:::b/*" },
    );
    const out = await iam.send(
      new SimulateCustomPolicyCommand({
        PolicyInputList: [policy({ Effect: "Allow", Action: "s3:*", Resource: "*" })],
        ActionNames: ["s3:GetObject", "s3:DeleteObject"],
        ResourceArns: ["arn:aws:s3:::b/k"],
        ResourcePolicy: resourcePolicy,
        CallerArn: ALICE,
      }),
    );
    const get = byAction(out.EvaluationResults, "s3:GetObject");
    assert.equal(get.EvalDecision, "allowed");
    assert.deepEqual(get.EvalDecisionDetails, {});
    assert.deepEqual(
      get.MatchedStatements?.map((s) => [s.SourcePolicyId, s.SourcePolicyType]).sort(),
      [
        ["PolicyInputList.1", "IAM Policy"],
        ["ResourcePolicy", "Resource Policy"],
      ],
    );
    const del = byAction(out.EvaluationResults, "s3:DeleteObject");
    assert.equal(del.EvalDecision, "explicitDeny");
    const second = resourcePolicy.indexOf("},{") + 2; // 1-based column just after the first "}"
    assert.deepEqual(del.MatchedStatements, [
      {
        SourcePolicyId: "ResourcePolicy",
        SourcePolicyType: "Resource Policy",
        StartPosition: { Line: 1, Column: second },
        EndPosition: { Line: 1, Column: resourcePolicy.length - 1 },
      },
    ]);
    // Without a CallerArn the resource policy has no principal to test.
    assert.deepEqual(
      await failure(
        iam.send(
          new SimulateCustomPolicyCommand({
            PolicyInputList: [DENY_DOC],
            ActionNames: ["s3:GetObject"],
            ResourcePolicy: resourcePolicy,
          }),
        ),
      ),
      {
        name: "InvalidInputException",
        message: "Invalid caller - Caller must be an IAM user in this context.",
        status: 400,
      },
    );
  });

  test("ResourceArns: one result per action and resource, each with its ResourceSpecificResults", async () => {
    const iam = srv.iam();
    const out = await iam.send(
      new SimulateCustomPolicyCommand({
        PolicyInputList: [
          policy({ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::b/public/*" }),
        ],
        ActionNames: ["s3:GetObject"],
        ResourceArns: ["arn:aws:s3:::b/public/a", "arn:aws:s3:::b/private/a"],
      }),
    );
    assert.deepEqual(
      out.EvaluationResults?.map((r) => [r.EvalResourceName, r.EvalDecision]),
      [
        ["arn:aws:s3:::b/public/a", "allowed"],
        ["arn:aws:s3:::b/private/a", "implicitDeny"],
      ],
    );
    const [first, second] = out.EvaluationResults ?? [];
    assert.deepEqual(first?.ResourceSpecificResults, [
      {
        EvalResourceName: "arn:aws:s3:::b/public/a",
        EvalResourceDecision: "allowed",
        MatchedStatements: first?.MatchedStatements,
        MissingContextValues: [],
      },
    ]);
    assert.equal(second?.ResourceSpecificResults?.[0]?.EvalResourceDecision, "implicitDeny");
    assert.deepEqual(second?.ResourceSpecificResults?.[0]?.MatchedStatements, []);
  });

  test("pagination: MaxItems 1 walks the results with opaque markers", async () => {
    const iam = srv.iam();
    const input = {
      PolicyInputList: [policy({ Effect: "Allow", Action: "s3:*", Resource: "*" })],
      ActionNames: ["s3:GetObject", "s3:PutObject", "ec2:RunInstances"],
      MaxItems: 1,
    };
    const seen: string[] = [];
    let marker: string | undefined;
    for (let i = 0; i < 3; i++) {
      const page = await iam.send(new SimulateCustomPolicyCommand({ ...input, Marker: marker }));
      assert.equal(page.EvaluationResults?.length, 1);
      seen.push(
        `${page.EvaluationResults?.[0]?.EvalActionName}=${page.EvaluationResults?.[0]?.EvalDecision}`,
      );
      assert.equal(page.IsTruncated, i < 2);
      marker = page.Marker;
      assert.equal(marker === undefined, i === 2);
    }
    assert.deepEqual(seen, [
      "s3:GetObject=allowed",
      "s3:PutObject=allowed",
      "ec2:RunInstances=implicitDeny",
    ]);
    assert.deepEqual(
      await failure(
        iam.send(new SimulateCustomPolicyCommand({ ...input, Marker: "not-a-marker" })),
      ),
      { name: "ValidationError", message: "Invalid Marker.", status: 400 },
    );
  });

  test("the simulator agrees with enforcement for the same user", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "bob" }));
    await iam.send(new CreateUserCommand({ UserName: "carol" }));
    await iam.send(new CreateGroupCommand({ GroupName: "devs" }));
    await iam.send(new AddUserToGroupCommand({ GroupName: "devs", UserName: "bob" }));
    await iam.send(
      new PutUserPolicyCommand({
        UserName: "bob",
        PolicyName: "Read",
        PolicyDocument: policy(
          { Effect: "Allow", Action: ["iam:GetUser", "iam:ListUserPolicies"], Resource: "*" },
          { Effect: "Deny", Action: "iam:GetUser", Resource: `arn:aws:iam::${ACCOUNT}:user/carol` },
        ),
      }),
    );
    await iam.send(
      new PutGroupPolicyCommand({
        GroupName: "devs",
        PolicyName: "Groups",
        PolicyDocument: policy({ Effect: "Allow", Action: "iam:GetGroup", Resource: "*" }),
      }),
    );
    const key = await iam.send(new CreateAccessKeyCommand({ UserName: "bob" }));
    const bob = srv.iam({
      accessKeyId: key.AccessKey?.AccessKeyId ?? "",
      secretAccessKey: key.AccessKey?.SecretAccessKey ?? "",
    } satisfies Keys);

    const user = (n: string) => `arn:aws:iam::${ACCOUNT}:user/${n}`;
    const cases: [string, string, () => Promise<unknown>][] = [
      ["iam:GetUser", user("bob"), () => bob.send(new GetUserCommand({ UserName: "bob" }))],
      ["iam:GetUser", user("carol"), () => bob.send(new GetUserCommand({ UserName: "carol" }))],
      [
        "iam:ListUserPolicies",
        user("carol"),
        () => bob.send(new ListUserPoliciesCommand({ UserName: "carol" })),
      ],
      [
        "iam:GetGroup",
        `arn:aws:iam::${ACCOUNT}:group/devs`,
        () => bob.send(new GetGroupCommand({ GroupName: "devs" })),
      ],
      ["iam:CreateUser", user("dave"), () => bob.send(new CreateUserCommand({ UserName: "dave" }))],
    ];
    for (const [action, resource, call] of cases) {
      const sim = await iam.send(
        new SimulatePrincipalPolicyCommand({
          PolicySourceArn: user("bob"),
          ActionNames: [action],
          ResourceArns: [resource],
        }),
      );
      const decision = sim.EvaluationResults?.[0]?.EvalDecision;
      let denied = false;
      try {
        await call();
      } catch (err) {
        assert.equal((err as Error).name, "AccessDenied");
        denied = true;
      }
      assert.equal(
        denied,
        decision !== "allowed",
        `${action} on ${resource}: simulator said ${decision}`,
      );
    }
    const expected = await iam.send(
      new SimulatePrincipalPolicyCommand({
        PolicySourceArn: user("bob"),
        ActionNames: ["iam:GetUser", "iam:GetGroup", "iam:CreateUser"],
        ResourceArns: [user("carol")],
      }),
    );
    assert.deepEqual(
      expected.EvaluationResults?.map((r) => r.EvalDecision),
      ["explicitDeny", "allowed", "implicitDeny"],
    );
    assert.equal(
      byAction(expected.EvaluationResults, "iam:GetGroup").MatchedStatements?.[0]?.SourcePolicyId,
      "group_devs_Groups",
    );
  });
});
