import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import {
  AttachUserPolicyCommand,
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  CreateUserCommand,
  DeletePolicyCommand,
  DeletePolicyVersionCommand,
  DetachUserPolicyCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  ListPoliciesCommand,
  ListPolicyTagsCommand,
  ListPolicyVersionsCommand,
  PutUserPermissionsBoundaryCommand,
  SetDefaultPolicyVersionCommand,
  TagPolicyCommand,
  UntagPolicyCommand,
  DeleteUserPermissionsBoundaryCommand,
  type IAMClient,
} from "@aws-sdk/client-iam";
import { ACCOUNT, failure, useServer } from "./harness.js";

const srv = useServer();

const doc = (action: string) =>
  JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Action: action, Resource: "*" }],
  });

const arnOf = (name: string, path = "/") => `arn:aws:iam::${ACCOUNT}:policy${path}${name}`;

async function create(iam: IAMClient, name: string, path?: string) {
  const out = await iam.send(
    new CreatePolicyCommand({ PolicyName: name, Path: path, PolicyDocument: doc("s3:ListBucket") }),
  );
  return out.Policy?.Arn ?? "";
}

describe("customer managed policies", () => {
  beforeEach(() => srv.reset());

  test("create, get, delete", async () => {
    const iam = srv.iam();
    const created = await iam.send(
      new CreatePolicyCommand({
        PolicyName: "ReadBuckets",
        Path: "/team/",
        PolicyDocument: doc("s3:ListBucket"),
        Description: "read",
      }),
    );
    const p = created.Policy;
    assert.equal(p?.Arn, arnOf("ReadBuckets", "/team/"));
    assert.match(p?.PolicyId ?? "", /^ANPA[A-Z2-7]{17}$/);
    assert.equal(p?.DefaultVersionId, "v1");
    assert.equal(p?.AttachmentCount, 0);
    assert.equal(p?.PermissionsBoundaryUsageCount, 0);
    assert.equal(p?.IsAttachable, true);
    assert.equal(p?.Description, undefined);
    assert.equal(p?.Tags, undefined);
    assert.ok(p?.CreateDate instanceof Date);

    const got = await iam.send(new GetPolicyCommand({ PolicyArn: p?.Arn }));
    assert.equal(got.Policy?.Description, "read");
    assert.deepEqual(got.Policy?.Tags, []);

    const dup = await failure(
      iam.send(new CreatePolicyCommand({ PolicyName: "readbuckets", PolicyDocument: doc("s3:*") })),
    );
    assert.deepEqual(dup, {
      name: "EntityAlreadyExistsException",
      message: "A policy called readbuckets already exists. Duplicate names are not allowed.",
      status: 409,
    });

    await iam.send(new DeletePolicyCommand({ PolicyArn: p?.Arn }));
    const gone = await failure(iam.send(new GetPolicyCommand({ PolicyArn: p?.Arn })));
    assert.deepEqual(gone, {
      name: "NoSuchEntityException",
      message: `Policy ${arnOf("ReadBuckets", "/team/")} was not found.`,
      status: 404,
    });
    const again = await failure(iam.send(new DeletePolicyCommand({ PolicyArn: p?.Arn })));
    assert.equal(again.name, "NoSuchEntityException");
  });

  test("documents are checked as IAM checks them", async () => {
    const iam = srv.iam();
    const bad = await failure(
      iam.send(new CreatePolicyCommand({ PolicyName: "Bad", PolicyDocument: "not json" })),
    );
    assert.deepEqual(bad, {
      name: "MalformedPolicyDocumentException",
      message: "Syntax errors in policy.",
      status: 400,
    });
    const old = await failure(
      iam.send(
        new CreatePolicyCommand({
          PolicyName: "Old",
          PolicyDocument: JSON.stringify({
            Statement: { Effect: "Allow", Action: "s3:ListBucket", Resource: "*" },
          }),
        }),
      ),
    );
    assert.equal(old.message, "Policy document must be version 2012-10-17 or greater.");
    const big = JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Action: "s3:ListBucket", Resource: "a".repeat(6200) }],
    });
    const tooBig = await failure(
      iam.send(new CreatePolicyCommand({ PolicyName: "Big", PolicyDocument: big })),
    );
    assert.deepEqual(tooBig, {
      name: "LimitExceededException",
      message: "Cannot exceed quota for PolicySize: 6144",
      status: 409,
    });
  });

  test("delete refuses while attached, used as a boundary, or with other versions", async () => {
    const iam = srv.iam();
    const arn = await create(iam, "InUse");
    await iam.send(new CreateUserCommand({ UserName: "alice" }));
    await iam.send(new AttachUserPolicyCommand({ UserName: "alice", PolicyArn: arn }));
    const attached = await failure(iam.send(new DeletePolicyCommand({ PolicyArn: arn })));
    assert.deepEqual(attached, {
      name: "DeleteConflictException",
      message: "Cannot delete a policy attached to entities.",
      status: 409,
    });
    const got = await iam.send(new GetPolicyCommand({ PolicyArn: arn }));
    assert.equal(got.Policy?.AttachmentCount, 1);
    await iam.send(new DetachUserPolicyCommand({ UserName: "alice", PolicyArn: arn }));

    await iam.send(
      new PutUserPermissionsBoundaryCommand({ UserName: "alice", PermissionsBoundary: arn }),
    );
    const boundary = await iam.send(new GetPolicyCommand({ PolicyArn: arn }));
    assert.equal(boundary.Policy?.PermissionsBoundaryUsageCount, 1);
    const bounded = await failure(iam.send(new DeletePolicyCommand({ PolicyArn: arn })));
    assert.equal(bounded.message, "Cannot delete a policy attached to entities.");
    await iam.send(new DeleteUserPermissionsBoundaryCommand({ UserName: "alice" }));

    await iam.send(new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: doc("s3:*") }));
    const versions = await failure(iam.send(new DeletePolicyCommand({ PolicyArn: arn })));
    assert.deepEqual(versions, {
      name: "DeleteConflictException",
      message:
        "This policy has more than one version. Before you delete a policy, you must delete " +
        "the policy's versions. The default version is deleted with the policy.",
      status: 409,
    });
    await iam.send(new DeletePolicyVersionCommand({ PolicyArn: arn, VersionId: "v2" }));
    await iam.send(new DeletePolicyCommand({ PolicyArn: arn }));
  });

  test("versions: default switching, the limit of five, numbering never reused", async () => {
    const iam = srv.iam();
    const arn = await create(iam, "Versioned");
    const v2 = await iam.send(
      new CreatePolicyVersionCommand({
        PolicyArn: arn,
        PolicyDocument: doc("ec2:DescribeInstances"),
        SetAsDefault: true,
      }),
    );
    assert.equal(v2.PolicyVersion?.VersionId, "v2");
    assert.equal(v2.PolicyVersion?.IsDefaultVersion, true);
    assert.equal(v2.PolicyVersion?.Document, undefined);
    const policy = await iam.send(new GetPolicyCommand({ PolicyArn: arn }));
    assert.equal(policy.Policy?.DefaultVersionId, "v2");

    const got = await iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: "v2" }));
    assert.equal(got.PolicyVersion?.IsDefaultVersion, true);
    assert.deepEqual(
      JSON.parse(decodeURIComponent(got.PolicyVersion?.Document ?? "")),
      JSON.parse(doc("ec2:DescribeInstances")),
    );

    for (let i = 0; i < 3; i++) {
      await iam.send(
        new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: doc("s3:*") }),
      );
    }
    const full = await failure(
      iam.send(new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: doc("s3:*") })),
    );
    assert.deepEqual(full, {
      name: "LimitExceededException",
      message:
        "A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.",
      status: 409,
    });
    const listed = await iam.send(new ListPolicyVersionsCommand({ PolicyArn: arn }));
    assert.deepEqual(
      listed.Versions?.map((v) => [v.VersionId, v.IsDefaultVersion]),
      [
        ["v5", false],
        ["v4", false],
        ["v3", false],
        ["v2", true],
        ["v1", false],
      ],
    );
    const page1 = await iam.send(new ListPolicyVersionsCommand({ PolicyArn: arn, MaxItems: 2 }));
    assert.equal(page1.IsTruncated, true);
    const page2 = await iam.send(
      new ListPolicyVersionsCommand({ PolicyArn: arn, Marker: page1.Marker }),
    );
    assert.deepEqual(
      page2.Versions?.map((v) => v.VersionId),
      ["v3", "v2", "v1"],
    );

    const refused = await failure(
      iam.send(new DeletePolicyVersionCommand({ PolicyArn: arn, VersionId: "v2" })),
    );
    assert.deepEqual(refused, {
      name: "DeleteConflictException",
      message: "Cannot delete the default version of a policy.",
      status: 409,
    });
    await iam.send(new DeletePolicyVersionCommand({ PolicyArn: arn, VersionId: "v5" }));
    const v6 = await iam.send(
      new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: doc("s3:*") }),
    );
    assert.equal(v6.PolicyVersion?.VersionId, "v6");

    await iam.send(new SetDefaultPolicyVersionCommand({ PolicyArn: arn, VersionId: "v1" }));
    const v1 = await iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: "v1" }));
    assert.equal(v1.PolicyVersion?.IsDefaultVersion, true);

    const missing = await failure(
      iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: "v9" })),
    );
    assert.deepEqual(missing, {
      name: "NoSuchEntityException",
      message: `Policy ${arn} version v9 does not exist or is not attachable.`,
      status: 404,
    });
    const noPolicy = await failure(
      iam.send(new SetDefaultPolicyVersionCommand({ PolicyArn: arnOf("Nope"), VersionId: "v1" })),
    );
    assert.equal(
      noPolicy.message,
      `Policy ${arnOf("Nope")} version v1 does not exist or is not attachable.`,
    );
  });

  test("tags: case-sensitive keys, listing order, untag", async () => {
    const iam = srv.iam();
    const created = await iam.send(
      new CreatePolicyCommand({
        PolicyName: "Tagged",
        PolicyDocument: doc("s3:ListBucket"),
        Tags: [
          { Key: "abc", Value: "first" },
          { Key: "b", Value: "second" },
          { Key: "z", Value: "third" },
          { Key: "a", Value: "fourth" },
        ],
      }),
    );
    const arn = created.Policy?.Arn ?? "";
    assert.deepEqual(
      created.Policy?.Tags?.map((t) => t.Key),
      ["abc", "b", "z", "a"],
    );
    await iam.send(new TagPolicyCommand({ PolicyArn: arn, Tags: [{ Key: "A", Value: "upper" }] }));
    const listed = await iam.send(new ListPolicyTagsCommand({ PolicyArn: arn }));
    assert.deepEqual(
      listed.Tags?.map((t) => t.Key),
      ["A", "a", "b", "z", "abc"],
    );
    const page1 = await iam.send(new ListPolicyTagsCommand({ PolicyArn: arn, MaxItems: 2 }));
    assert.equal(page1.IsTruncated, true);
    const page2 = await iam.send(
      new ListPolicyTagsCommand({ PolicyArn: arn, Marker: page1.Marker }),
    );
    assert.deepEqual(
      page2.Tags?.map((t) => t.Key),
      ["b", "z", "abc"],
    );
    await iam.send(new UntagPolicyCommand({ PolicyArn: arn, TagKeys: ["a"] }));
    const after = await iam.send(new GetPolicyCommand({ PolicyArn: arn }));
    assert.deepEqual(
      after.Policy?.Tags?.map((t) => t.Key),
      ["abc", "b", "z", "A"],
    );
    const dup = await failure(
      iam.send(
        new TagPolicyCommand({
          PolicyArn: arn,
          Tags: [
            { Key: "0", Value: "" },
            { Key: "0", Value: "" },
          ],
        }),
      ),
    );
    assert.deepEqual(dup, {
      name: "InvalidInputException",
      message: "Duplicate tag keys found.",
      status: 400,
    });
    const unknown = await failure(
      iam.send(
        new TagPolicyCommand({ PolicyArn: arnOf("NotAPolicy"), Tags: [{ Key: "k", Value: "v" }] }),
      ),
    );
    assert.deepEqual(unknown, {
      name: "NoSuchEntityException",
      message: `Policy ${arnOf("NotAPolicy")} was not found.`,
      status: 404,
    });
  });
});

describe("AWS managed policies", () => {
  beforeEach(() => srv.reset());

  const RDS = "arn:aws:iam::aws:policy/AmazonRDSFullAccess";

  test("read from the catalogue, default version only", async () => {
    const iam = srv.iam();
    const got = await iam.send(new GetPolicyCommand({ PolicyArn: RDS }));
    assert.equal(got.Policy?.PolicyName, "AmazonRDSFullAccess");
    assert.equal(got.Policy?.IsAttachable, true);
    assert.deepEqual(got.Policy?.Tags, []);
    const versionId = got.Policy?.DefaultVersionId ?? "";
    const version = await iam.send(
      new GetPolicyVersionCommand({ PolicyArn: RDS, VersionId: versionId }),
    );
    const document = JSON.parse(decodeURIComponent(version.PolicyVersion?.Document ?? "")) as {
      Statement: { Action: string[] }[];
    };
    assert.ok(document.Statement[0]?.Action.includes("rds:*"));
    const other = await failure(
      iam.send(new GetPolicyVersionCommand({ PolicyArn: RDS, VersionId: "v1" })),
    );
    assert.deepEqual(other, {
      name: "NoSuchEntityException",
      message: `Policy ${RDS} version v1 does not exist or is not attachable.`,
      status: 404,
    });
    const versions = await iam.send(new ListPolicyVersionsCommand({ PolicyArn: RDS }));
    assert.deepEqual(
      versions.Versions?.map((v) => v.VersionId),
      [versionId],
    );
  });

  test("GetPolicy carries AWS's Description; ListPolicies does not (as AWS)", async () => {
    const iam = srv.iam();
    const arn = "arn:aws:iam::aws:policy/IAMUserChangePassword";
    const got = await iam.send(new GetPolicyCommand({ PolicyArn: arn }));
    // AWS's recorded GetPolicy answer for this policy.
    assert.equal(
      got.Policy?.Description,
      "Provides the ability for an IAM user to change their own password.",
    );
    const rds = await iam.send(new GetPolicyCommand({ PolicyArn: RDS }));
    assert.equal(
      rds.Policy?.Description,
      "Provides full access to Amazon RDS via the AWS Management Console.",
    );
    const listed = await iam.send(new ListPoliciesCommand({ Scope: "AWS", MaxItems: 1000 }));
    assert.ok((listed.Policies?.length ?? 0) > 0);
    assert.ok(listed.Policies?.every((p) => p.Description === undefined));
  });

  test("read-only", async () => {
    const iam = srv.iam();
    for (const call of [
      iam.send(new DeletePolicyCommand({ PolicyArn: RDS })),
      iam.send(new CreatePolicyVersionCommand({ PolicyArn: RDS, PolicyDocument: doc("s3:*") })),
      iam.send(new TagPolicyCommand({ PolicyArn: RDS, Tags: [{ Key: "k", Value: "v" }] })),
    ]) {
      const denied = await failure(call);
      assert.equal(denied.name, "AccessDenied");
      assert.equal(denied.status, 403);
    }
  });
});

describe("ListPolicies", () => {
  beforeEach(() => srv.reset());

  test("scopes, path prefix, only attached, pagination", async () => {
    const iam = srv.iam();
    await create(iam, "Alpha", "/team/");
    const beta = await create(iam, "Beta");
    const local = await iam.send(new ListPoliciesCommand({ Scope: "Local" }));
    assert.deepEqual(
      local.Policies?.map((p) => p.PolicyName),
      ["Alpha", "Beta"],
    );
    assert.equal(local.Policies?.[0]?.Description, undefined);
    const team = await iam.send(new ListPoliciesCommand({ Scope: "Local", PathPrefix: "/team/" }));
    assert.deepEqual(
      team.Policies?.map((p) => p.PolicyName),
      ["Alpha"],
    );

    const aws = await iam.send(new ListPoliciesCommand({ Scope: "AWS", MaxItems: 5 }));
    assert.equal(aws.Policies?.length, 5);
    assert.equal(aws.IsTruncated, true);
    assert.ok(aws.Policies?.every((p) => p.Arn?.startsWith("arn:aws:iam::aws:policy/")));
    const next = await iam.send(
      new ListPoliciesCommand({ Scope: "AWS", MaxItems: 5, Marker: aws.Marker }),
    );
    assert.notEqual(next.Policies?.[0]?.Arn, aws.Policies?.[4]?.Arn);
    assert.ok((next.Policies?.[0]?.PolicyName ?? "") > (aws.Policies?.[4]?.PolicyName ?? ""));

    const none = await iam.send(new ListPoliciesCommand({ OnlyAttached: true }));
    assert.deepEqual(none.Policies, []);
    await iam.send(new CreateUserCommand({ UserName: "bob" }));
    await iam.send(new AttachUserPolicyCommand({ UserName: "bob", PolicyArn: beta }));
    await iam.send(
      new AttachUserPolicyCommand({
        UserName: "bob",
        PolicyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess",
      }),
    );
    const attached = await iam.send(new ListPoliciesCommand({ OnlyAttached: true }));
    assert.deepEqual(
      attached.Policies?.map((p) => [p.PolicyName, p.AttachmentCount]),
      [
        ["ReadOnlyAccess", 1],
        ["Beta", 1],
      ],
    );
    const boundaries = await iam.send(
      new ListPoliciesCommand({ OnlyAttached: true, PolicyUsageFilter: "PermissionsBoundary" }),
    );
    assert.deepEqual(boundaries.Policies, []);

    const bad = await failure(iam.send(new ListPoliciesCommand({ Marker: "nonsense" })));
    assert.deepEqual(bad, { name: "ValidationError", message: "Invalid Marker.", status: 400 });
  });
});
