/**
 * IAM roles through the real AWS SDK against a real server: the seed's
 * EC2 role, trust policy checks, shapes, updates, tags, boundaries, inline
 * and attached policies, DeleteConflict, quotas, pagination, authorization.
 */
import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import {
  AttachRolePolicyCommand,
  CreateAccessKeyCommand,
  CreateInstanceProfileCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  DeletePolicyCommand,
  DeleteRoleCommand,
  DeleteRolePermissionsBoundaryCommand,
  DeleteRolePolicyCommand,
  DetachRolePolicyCommand,
  GetPolicyCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  ListAttachedRolePoliciesCommand,
  ListEntitiesForPolicyCommand,
  ListRolePoliciesCommand,
  ListRolesCommand,
  ListRoleTagsCommand,
  AddRoleToInstanceProfileCommand,
  PutRolePermissionsBoundaryCommand,
  PutRolePolicyCommand,
  PutUserPolicyCommand,
  RemoveRoleFromInstanceProfileCommand,
  TagRoleCommand,
  UntagRoleCommand,
  UpdateAssumeRolePolicyCommand,
  UpdateRoleCommand,
  UpdateRoleDescriptionCommand,
  type IAMClient,
} from "@aws-sdk/client-iam";
import { ACCOUNT, failure, useServer } from "./harness.js";

const srv = useServer({ quotas: { roles: "3", attachedPoliciesPerRole: "2" } });

const TRUST = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" },
  ],
});
const S3_FULL = "arn:aws:iam::aws:policy/AmazonS3FullAccess";
const DOC = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: "s3:ListBucket", Resource: "*" }],
});

const decode = (text: string | undefined) => decodeURIComponent(text ?? "");

async function role(iam: IAMClient, name: string, extra: Record<string, unknown> = {}) {
  const out = await iam.send(
    new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: TRUST, ...extra }),
  );
  return out.Role;
}

function trust(statement: Record<string, unknown>): string {
  return JSON.stringify({ Version: "2012-10-17", Statement: [statement] });
}

describe("roles", () => {
  beforeEach(() => srv.reset());

  test("the seed's EC2-S3-Access role: create, get, attach AmazonS3FullAccess", async () => {
    const iam = srv.iam();
    const created = await role(iam, "EC2-S3-Access", { Description: "EC2 to S3" });
    assert.equal(created?.Arn, `arn:aws:iam::${ACCOUNT}:role/EC2-S3-Access`);
    assert.match(created?.RoleId ?? "", /^AROA[A-Z2-7]{17}$/);
    assert.equal(created?.Path, "/");
    assert.equal(decode(created?.AssumeRolePolicyDocument), TRUST);
    // As AWS answers: no Description, MaxSessionDuration or RoleLastUsed in CreateRole's Role.
    assert.equal(created?.Description, undefined);
    assert.equal(created?.MaxSessionDuration, undefined);
    assert.equal(created?.RoleLastUsed, undefined);

    await iam.send(new AttachRolePolicyCommand({ RoleName: "EC2-S3-Access", PolicyArn: S3_FULL }));
    const attached = await iam.send(
      new ListAttachedRolePoliciesCommand({ RoleName: "ec2-s3-access" }),
    );
    assert.deepEqual(attached.AttachedPolicies, [
      { PolicyName: "AmazonS3FullAccess", PolicyArn: S3_FULL },
    ]);
    const got = await iam.send(new GetRoleCommand({ RoleName: "EC2-S3-Access" }));
    assert.equal(got.Role?.Description, "EC2 to S3");
    assert.equal(got.Role?.MaxSessionDuration, 3600);
    assert.deepEqual(got.Role?.RoleLastUsed, {});
    assert.equal(got.Role?.Tags, undefined);
    const entities = await iam.send(new ListEntitiesForPolicyCommand({ PolicyArn: S3_FULL }));
    assert.deepEqual(entities.PolicyRoles, [
      { RoleName: "EC2-S3-Access", RoleId: created?.RoleId },
    ]);
    const onlyUsers = await iam.send(
      new ListEntitiesForPolicyCommand({ PolicyArn: S3_FULL, EntityFilter: "User" }),
    );
    assert.deepEqual(onlyUsers.PolicyRoles, []);

    const exists = await failure(role(iam, "ec2-s3-ACCESS"));
    assert.deepEqual(exists, {
      name: "EntityAlreadyExistsException",
      message: "Role with name ec2-s3-ACCESS already exists.",
      status: 409,
    });
  });

  test("trust policies are checked as AWS does", async () => {
    const iam = srv.iam();
    const cases: [string, string][] = [
      [
        trust({
          Effect: "Allow",
          Principal: { Service: "ec2.amazonaws.com" },
          Action: "sts:AssumeRole",
          Resource: "*",
        }),
        "Has prohibited field Resource",
      ],
      [
        trust({
          Effect: "Allow",
          Principal: { Service: "ec2.amazonaws.com" },
          Action: "s3:GetObject",
        }),
        "AssumeRole policy may only specify STS AssumeRole actions.",
      ],
      [trust({ Effect: "Allow", Action: "sts:AssumeRole" }), "Missing required field Principal"],
      ["not json", "This policy contains invalid Json"],
    ];
    for (const [document, message] of cases) {
      assert.deepEqual(
        await failure(
          iam.send(new CreateRoleCommand({ RoleName: "r", AssumeRolePolicyDocument: document })),
        ),
        { name: "MalformedPolicyDocumentException", message, status: 400 },
      );
    }
    const big = trust({
      Sid: "x".repeat(2100),
      Effect: "Allow",
      Principal: { Service: "ec2.amazonaws.com" },
      Action: "sts:AssumeRole",
    });
    assert.deepEqual(
      await failure(
        iam.send(new CreateRoleCommand({ RoleName: "r", AssumeRolePolicyDocument: big })),
      ),
      {
        name: "LimitExceededException",
        message: "Cannot exceed quota for ACLSizePerRole: 2048",
        status: 409,
      },
    );
    await role(iam, "r");
    const bad = await failure(
      iam.send(
        new UpdateAssumeRolePolicyCommand({
          RoleName: "r",
          PolicyDocument: trust({ Effect: "Allow", Principal: "*", Action: "sts:InvalidAction" }),
        }),
      ),
    );
    assert.deepEqual(bad, {
      name: "MalformedPolicyDocumentException",
      message: "AssumeRole policy may only specify STS AssumeRole actions.",
      status: 400,
    });
    const next = trust({
      Effect: "Allow",
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
      Action: ["sts:AssumeRole", "sts:TagSession"],
    });
    await iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: "r", PolicyDocument: next }));
    const got = await iam.send(new GetRoleCommand({ RoleName: "r" }));
    assert.equal(decode(got.Role?.AssumeRolePolicyDocument), next);
  });

  test("MaxSessionDuration: range, UpdateRole, UpdateRoleDescription", async () => {
    const iam = srv.iam();
    assert.deepEqual(await failure(role(iam, "r", { MaxSessionDuration: 43201 })), {
      name: "ValidationError",
      message:
        "1 validation error detected: Value at 'maxSessionDuration' failed to satisfy constraint: Member must have value less than or equal to 43200",
      status: 400,
    });
    await role(iam, "r", { MaxSessionDuration: 7200, Description: "first" });
    await iam.send(new UpdateRoleCommand({ RoleName: "r", MaxSessionDuration: 43200 }));
    let got = await iam.send(new GetRoleCommand({ RoleName: "r" }));
    assert.equal(got.Role?.MaxSessionDuration, 43200);
    assert.equal(got.Role?.Description, "first");
    assert.deepEqual(
      await failure(iam.send(new UpdateRoleCommand({ RoleName: "r", MaxSessionDuration: 3599 }))),
      {
        name: "ValidationError",
        message:
          "1 validation error detected: Value at 'maxSessionDuration' failed to satisfy constraint: Member must have value greater than or equal to 3600",
        status: 400,
      },
    );
    const described = await iam.send(
      new UpdateRoleDescriptionCommand({ RoleName: "r", Description: "second" }),
    );
    assert.equal(described.Role?.Description, "second");
    assert.equal(described.Role?.MaxSessionDuration, undefined);
    got = await iam.send(new GetRoleCommand({ RoleName: "r" }));
    assert.equal(got.Role?.Description, "second");
    assert.deepEqual(
      await failure(iam.send(new UpdateRoleCommand({ RoleName: "nope", Description: "x" }))),
      {
        name: "NoSuchEntityException",
        message: "The role with name nope cannot be found.",
        status: 404,
      },
    );
  });

  test("ListRoles: path prefix, pages, its shape", async () => {
    const iam = srv.iam();
    await role(iam, "b", { Path: "/app/", Description: "B", Tags: [{ Key: "k", Value: "v" }] });
    await role(iam, "A", { Path: "/app/x/" });
    await role(iam, "c");
    const first = await iam.send(new ListRolesCommand({ PathPrefix: "/app/", MaxItems: 1 }));
    assert.deepEqual(
      first.Roles?.map((r) => r.RoleName),
      ["A"],
    );
    assert.equal(first.IsTruncated, true);
    const rest = await iam.send(
      new ListRolesCommand({ PathPrefix: "/app/", Marker: first.Marker }),
    );
    assert.deepEqual(
      rest.Roles?.map((r) => r.RoleName),
      ["b"],
    );
    assert.equal(rest.IsTruncated, false);
    const listed = rest.Roles?.[0];
    assert.equal(listed?.Description, "B");
    assert.equal(listed?.MaxSessionDuration, 3600);
    assert.equal(listed?.Tags, undefined);
    assert.equal(listed?.RoleLastUsed, undefined);
    assert.equal(listed?.Arn, `arn:aws:iam::${ACCOUNT}:role/app/b`);
    const all = await iam.send(new ListRolesCommand({}));
    assert.deepEqual(
      all.Roles?.map((r) => r.RoleName),
      ["A", "b", "c"],
    );
    assert.deepEqual(await failure(role(iam, "d")), {
      name: "LimitExceededException",
      message: "Cannot exceed quota for RolesPerAccount: 3",
      status: 409,
    });
    assert.deepEqual(await failure(iam.send(new ListRolesCommand({ Marker: "junk" }))), {
      name: "ValidationError",
      message: "Invalid Marker.",
      status: 400,
    });
  });

  test("tags", async () => {
    const iam = srv.iam();
    await role(iam, "r", { Tags: [{ Key: "team", Value: "a" }] });
    await iam.send(
      new TagRoleCommand({
        RoleName: "r",
        Tags: [
          { Key: "TEAM", Value: "b" },
          { Key: "x", Value: "" },
        ],
      }),
    );
    let tags = await iam.send(new ListRoleTagsCommand({ RoleName: "r" }));
    assert.deepEqual(tags.Tags, [
      { Key: "TEAM", Value: "b" },
      { Key: "x", Value: "" },
    ]);
    await iam.send(new UntagRoleCommand({ RoleName: "r", TagKeys: ["team"] }));
    tags = await iam.send(new ListRoleTagsCommand({ RoleName: "r" }));
    assert.deepEqual(tags.Tags, [{ Key: "x", Value: "" }]);
    const got = await iam.send(new GetRoleCommand({ RoleName: "r" }));
    assert.deepEqual(got.Role?.Tags, [{ Key: "x", Value: "" }]);
    assert.deepEqual(
      await failure(
        iam.send(
          new TagRoleCommand({
            RoleName: "r",
            Tags: [
              { Key: "a", Value: "1" },
              { Key: "A", Value: "2" },
            ],
          }),
        ),
      ),
      {
        name: "InvalidInputException",
        message: "Duplicate tag keys found. Please note that Tag keys are case insensitive.",
        status: 400,
      },
    );
    assert.deepEqual(await failure(iam.send(new ListRoleTagsCommand({ RoleName: "nope" }))), {
      name: "NoSuchEntityException",
      message: "The role with name nope cannot be found.",
      status: 404,
    });
  });

  test("permissions boundaries; DeletePolicy refuses while a role uses one", async () => {
    const iam = srv.iam();
    const made = await iam.send(
      new CreatePolicyCommand({ PolicyName: "edge", PolicyDocument: DOC }),
    );
    const arn = made.Policy?.Arn ?? "";
    const created = await role(iam, "r", { PermissionsBoundary: arn });
    assert.deepEqual(created?.PermissionsBoundary, {
      PermissionsBoundaryType: "Policy",
      PermissionsBoundaryArn: arn,
    });
    const policy = await iam.send(new GetPolicyCommand({ PolicyArn: arn }));
    assert.equal(policy.Policy?.PermissionsBoundaryUsageCount, 1);
    const entities = await iam.send(
      new ListEntitiesForPolicyCommand({
        PolicyArn: arn,
        PolicyUsageFilter: "PermissionsBoundary",
      }),
    );
    assert.deepEqual(
      entities.PolicyRoles?.map((r) => r.RoleName),
      ["r"],
    );
    assert.deepEqual(await failure(iam.send(new DeletePolicyCommand({ PolicyArn: arn }))), {
      name: "DeleteConflictException",
      message: "Cannot delete a policy attached to entities.",
      status: 409,
    });
    await iam.send(new DeleteRolePermissionsBoundaryCommand({ RoleName: "r" }));
    let got = await iam.send(new GetRoleCommand({ RoleName: "r" }));
    assert.equal(got.Role?.PermissionsBoundary, undefined);
    const missing = `arn:aws:iam::${ACCOUNT}:policy/nope`;
    assert.deepEqual(
      await failure(
        iam.send(
          new PutRolePermissionsBoundaryCommand({ RoleName: "r", PermissionsBoundary: missing }),
        ),
      ),
      {
        name: "NoSuchEntityException",
        message: `Scope ARN: ${missing} does not exist or is not attachable.`,
        status: 404,
      },
    );
    const bad = `arn:aws:iam::${ACCOUNT}:not_a_policy/invalid`;
    assert.deepEqual(
      await failure(
        iam.send(
          new PutRolePermissionsBoundaryCommand({ RoleName: "r", PermissionsBoundary: bad }),
        ),
      ),
      { name: "InvalidInputException", message: `ARN ${bad} is not valid.`, status: 400 },
    );
    await iam.send(
      new PutRolePermissionsBoundaryCommand({ RoleName: "r", PermissionsBoundary: arn }),
    );
    got = await iam.send(new GetRoleCommand({ RoleName: "r" }));
    assert.equal(got.Role?.PermissionsBoundary?.PermissionsBoundaryArn, arn);
  });

  test("inline policies and their DeleteConflict", async () => {
    const iam = srv.iam();
    await role(iam, "r");
    await iam.send(
      new PutRolePolicyCommand({ RoleName: "r", PolicyName: "p", PolicyDocument: DOC }),
    );
    const got = await iam.send(new GetRolePolicyCommand({ RoleName: "R", PolicyName: "p" }));
    assert.equal(got.RoleName, "r");
    assert.equal(decode(got.PolicyDocument), DOC);
    const names = await iam.send(new ListRolePoliciesCommand({ RoleName: "r" }));
    assert.deepEqual(names.PolicyNames, ["p"]);
    assert.deepEqual(await failure(iam.send(new DeleteRoleCommand({ RoleName: "r" }))), {
      name: "DeleteConflictException",
      message: "Cannot delete entity, must delete policies first.",
      status: 409,
    });
    await iam.send(new DeleteRolePolicyCommand({ RoleName: "r", PolicyName: "p" }));
    assert.deepEqual(
      await failure(iam.send(new GetRolePolicyCommand({ RoleName: "r", PolicyName: "p" }))),
      {
        name: "NoSuchEntityException",
        message: "The role policy with name p cannot be found.",
        status: 404,
      },
    );
    const huge = JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Sid: "a".repeat(10300), Effect: "Allow", Action: "s3:*", Resource: "*" }],
    });
    assert.deepEqual(
      await failure(
        iam.send(
          new PutRolePolicyCommand({ RoleName: "r", PolicyName: "big", PolicyDocument: huge }),
        ),
      ),
      {
        name: "LimitExceededException",
        message: "Maximum policy size of 10240 bytes exceeded for role r",
        status: 409,
      },
    );
    await iam.send(new DeleteRoleCommand({ RoleName: "r" }));
  });

  test("attached policies: quota, service-role policies, DeleteConflict", async () => {
    const iam = srv.iam();
    await role(iam, "r");
    const serviceRole =
      "arn:aws:iam::aws:policy/aws-service-role/AmazonElasticsearchServiceRolePolicy";
    assert.deepEqual(
      await failure(
        iam.send(new AttachRolePolicyCommand({ RoleName: "r", PolicyArn: serviceRole })),
      ),
      {
        name: "PolicyNotAttachableException",
        message: "Cannot attach a Service Role Policy to a Customer Role.",
        status: 400,
      },
    );
    await iam.send(new AttachRolePolicyCommand({ RoleName: "r", PolicyArn: S3_FULL }));
    await iam.send(new AttachRolePolicyCommand({ RoleName: "r", PolicyArn: S3_FULL }));
    const lambda = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole";
    await iam.send(new AttachRolePolicyCommand({ RoleName: "r", PolicyArn: lambda }));
    assert.deepEqual(
      await failure(
        iam.send(
          new AttachRolePolicyCommand({
            RoleName: "r",
            PolicyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess",
          }),
        ),
      ),
      {
        name: "LimitExceededException",
        message: "Cannot exceed quota for PoliciesPerRole: 2",
        status: 409,
      },
    );
    assert.deepEqual(await failure(iam.send(new DeleteRoleCommand({ RoleName: "r" }))), {
      name: "DeleteConflictException",
      message: "Cannot delete entity, must detach all policies first.",
      status: 409,
    });
    await iam.send(new DetachRolePolicyCommand({ RoleName: "r", PolicyArn: S3_FULL }));
    assert.deepEqual(
      await failure(iam.send(new DetachRolePolicyCommand({ RoleName: "r", PolicyArn: S3_FULL }))),
      { name: "NoSuchEntityException", message: `Policy ${S3_FULL} was not found.`, status: 404 },
    );
    await iam.send(new DetachRolePolicyCommand({ RoleName: "r", PolicyArn: lambda }));

    await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: "ip" }));
    await iam.send(
      new AddRoleToInstanceProfileCommand({ InstanceProfileName: "ip", RoleName: "r" }),
    );
    assert.deepEqual(await failure(iam.send(new DeleteRoleCommand({ RoleName: "r" }))), {
      name: "DeleteConflictException",
      message: "Cannot delete entity, must remove roles from instance profile first.",
      status: 409,
    });
    await iam.send(
      new RemoveRoleFromInstanceProfileCommand({ InstanceProfileName: "ip", RoleName: "r" }),
    );
    await iam.send(new DeleteRoleCommand({ RoleName: "r" }));
    assert.deepEqual(await failure(iam.send(new GetRoleCommand({ RoleName: "r" }))), {
      name: "NoSuchEntityException",
      message: "The role with name r cannot be found.",
      status: 404,
    });
  });

  test("authorization checks the role's real path and its tags", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "bob" }));
    const key = await iam.send(new CreateAccessKeyCommand({ UserName: "bob" }));
    await iam.send(
      new PutUserPolicyCommand({
        UserName: "bob",
        PolicyName: "roles",
        PolicyDocument: JSON.stringify({
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Allow",
              Action: "iam:GetRole",
              Resource: `arn:aws:iam::${ACCOUNT}:role/app/*`,
            },
            {
              Effect: "Allow",
              Action: "iam:ListRoleTags",
              Resource: "*",
              Condition: { StringEquals: { "aws:ResourceTag/team": "blue" } },
            },
          ],
        }),
      }),
    );
    await role(iam, "inside", { Path: "/app/" });
    await role(iam, "outside", { Path: "/ops/", Tags: [{ Key: "team", Value: "blue" }] });
    const bob = srv.iam({
      accessKeyId: key.AccessKey?.AccessKeyId ?? "",
      secretAccessKey: key.AccessKey?.SecretAccessKey ?? "",
    });
    const got = await bob.send(new GetRoleCommand({ RoleName: "inside" }));
    assert.equal(got.Role?.RoleName, "inside");
    assert.deepEqual(await failure(bob.send(new GetRoleCommand({ RoleName: "outside" }))), {
      name: "AccessDenied",
      message:
        `User: arn:aws:iam::${ACCOUNT}:user/bob is not authorized to perform: iam:GetRole on resource: ` +
        `arn:aws:iam::${ACCOUNT}:role/ops/outside because no identity-based policy allows the iam:GetRole action`,
      status: 403,
    });
    const tags = await bob.send(new ListRoleTagsCommand({ RoleName: "outside" }));
    assert.deepEqual(tags.Tags, [{ Key: "team", Value: "blue" }]);
    const denied = await failure(bob.send(new ListRoleTagsCommand({ RoleName: "inside" })));
    assert.equal(denied.name, "AccessDenied");
  });
});
