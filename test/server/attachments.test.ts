import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import {
  AttachGroupPolicyCommand,
  AttachUserPolicyCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreateUserCommand,
  DeleteGroupCommand,
  DeleteUserCommand,
  DetachGroupPolicyCommand,
  DetachUserPolicyCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  ListAttachedGroupPoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListEntitiesForPolicyCommand,
  PutUserPermissionsBoundaryCommand,
  type IAMClient,
} from "@aws-sdk/client-iam";
import { ACCOUNT, failure, useServer } from "./harness.js";

const srv = useServer();

const RDS = "arn:aws:iam::aws:policy/AmazonRDSFullAccess";

async function policy(iam: IAMClient, name: string, path?: string): Promise<string> {
  const out = await iam.send(
    new CreatePolicyCommand({
      PolicyName: name,
      Path: path,
      PolicyDocument: JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Action: "s3:ListBucket", Resource: "*" }],
      }),
    }),
  );
  return out.Policy?.Arn ?? "";
}

describe("attached managed policies", () => {
  beforeEach(() => srv.reset());

  test("attach an AWS managed policy to a group and read its document", async () => {
    const iam = srv.iam();
    await iam.send(new CreateGroupCommand({ GroupName: "dbadmins" }));
    await iam.send(new AttachGroupPolicyCommand({ GroupName: "dbadmins", PolicyArn: RDS }));
    const listed = await iam.send(new ListAttachedGroupPoliciesCommand({ GroupName: "dbadmins" }));
    assert.deepEqual(listed.AttachedPolicies, [
      { PolicyName: "AmazonRDSFullAccess", PolicyArn: RDS },
    ]);
    assert.equal(listed.IsTruncated, false);

    const got = await iam.send(new GetPolicyCommand({ PolicyArn: RDS }));
    assert.equal(got.Policy?.AttachmentCount, 1);
    const version = await iam.send(
      new GetPolicyVersionCommand({ PolicyArn: RDS, VersionId: got.Policy?.DefaultVersionId }),
    );
    // The SDK hands the document over as IAM sends it: URL-encoded.
    const text = version.PolicyVersion?.Document ?? "";
    assert.match(text, /^%7B/);
    const document = JSON.parse(decodeURIComponent(text)) as { Version: string };
    assert.equal(document.Version, "2012-10-17");

    const busy = await failure(iam.send(new DeleteGroupCommand({ GroupName: "dbadmins" })));
    assert.deepEqual(busy, {
      name: "DeleteConflictException",
      message: "Cannot delete entity, must detach all policies first.",
      status: 409,
    });
    await iam.send(new DetachGroupPolicyCommand({ GroupName: "dbadmins", PolicyArn: RDS }));
    const empty = await iam.send(new ListAttachedGroupPoliciesCommand({ GroupName: "dbadmins" }));
    assert.deepEqual(empty.AttachedPolicies, []);
    await iam.send(new DeleteGroupCommand({ GroupName: "dbadmins" }));
  });

  test("users: attach (idempotent), list with path prefix and pages, detach", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "alice" }));
    const team = await policy(iam, "TeamPolicy", "/team/");
    const other = await policy(iam, "Other");
    for (const arn of [team, other, team, RDS]) {
      await iam.send(new AttachUserPolicyCommand({ UserName: "alice", PolicyArn: arn }));
    }
    const all = await iam.send(new ListAttachedUserPoliciesCommand({ UserName: "ALICE" }));
    assert.deepEqual(
      all.AttachedPolicies?.map((p) => p.PolicyName),
      ["AmazonRDSFullAccess", "Other", "TeamPolicy"],
    );
    const teamOnly = await iam.send(
      new ListAttachedUserPoliciesCommand({ UserName: "alice", PathPrefix: "/team/" }),
    );
    assert.deepEqual(teamOnly.AttachedPolicies, [{ PolicyName: "TeamPolicy", PolicyArn: team }]);
    const page1 = await iam.send(
      new ListAttachedUserPoliciesCommand({ UserName: "alice", MaxItems: 2 }),
    );
    assert.equal(page1.IsTruncated, true);
    const page2 = await iam.send(
      new ListAttachedUserPoliciesCommand({ UserName: "alice", Marker: page1.Marker }),
    );
    assert.deepEqual(
      page2.AttachedPolicies?.map((p) => p.PolicyName),
      ["TeamPolicy"],
    );

    const busy = await failure(iam.send(new DeleteUserCommand({ UserName: "alice" })));
    assert.equal(busy.message, "Cannot delete entity, must detach all policies first.");

    await iam.send(new DetachUserPolicyCommand({ UserName: "alice", PolicyArn: team }));
    const notAttached = await failure(
      iam.send(new DetachUserPolicyCommand({ UserName: "alice", PolicyArn: team })),
    );
    assert.deepEqual(notAttached, {
      name: "NoSuchEntityException",
      message: `Policy ${team} was not found.`,
      status: 404,
    });
    await iam.send(new DetachUserPolicyCommand({ UserName: "alice", PolicyArn: other }));
    await iam.send(new DetachUserPolicyCommand({ UserName: "alice", PolicyArn: RDS }));
    await iam.send(new DeleteUserCommand({ UserName: "alice" }));
  });

  test("errors: unknown user or group, unknown or malformed policy, quota", async () => {
    const iam = srv.iam();
    const arn = await policy(iam, "P");
    const noUser = await failure(
      iam.send(new AttachUserPolicyCommand({ UserName: "ghost", PolicyArn: arn })),
    );
    assert.deepEqual(noUser, {
      name: "NoSuchEntityException",
      message: "The user with name ghost cannot be found.",
      status: 404,
    });
    const noGroup = await failure(
      iam.send(new AttachGroupPolicyCommand({ GroupName: "ghosts", PolicyArn: arn })),
    );
    assert.deepEqual(noGroup, {
      name: "NoSuchEntityException",
      message: "The group with name ghosts cannot be found.",
      status: 404,
    });
    await iam.send(new CreateUserCommand({ UserName: "bob" }));
    const missing = `arn:aws:iam::${ACCOUNT}:policy/P123`;
    const noPolicy = await failure(
      iam.send(new AttachUserPolicyCommand({ UserName: "bob", PolicyArn: missing })),
    );
    assert.deepEqual(noPolicy, {
      name: "NoSuchEntityException",
      message: `Policy ${missing} does not exist or is not attachable.`,
      status: 404,
    });
    const malformed = await failure(
      iam.send(
        new AttachUserPolicyCommand({ UserName: "bob", PolicyArn: "longpolicynamebutnoarn" }),
      ),
    );
    assert.deepEqual(malformed, {
      name: "ValidationError",
      message: "ARN longpolicynamebutnoarn is not valid.",
      status: 400,
    });
    const serviceRole = "arn:aws:iam::aws:policy/aws-service-role/APIGatewayServiceRolePolicy";
    const unattachable = await failure(
      iam.send(new AttachUserPolicyCommand({ UserName: "bob", PolicyArn: serviceRole })),
    );
    assert.equal(
      unattachable.message,
      `Policy ${serviceRole} does not exist or is not attachable.`,
    );

    const arns = [arn];
    for (let i = 1; i < 10; i++) arns.push(await policy(iam, `P${i}`));
    for (const a of arns) {
      await iam.send(new AttachUserPolicyCommand({ UserName: "bob", PolicyArn: a }));
    }
    const eleventh = await failure(
      iam.send(new AttachUserPolicyCommand({ UserName: "bob", PolicyArn: RDS })),
    );
    assert.deepEqual(eleventh, {
      name: "LimitExceededException",
      message: "Cannot exceed quota for PoliciesPerUser: 10",
      status: 409,
    });
    // Attaching one already attached is not a new attachment.
    await iam.send(new AttachUserPolicyCommand({ UserName: "bob", PolicyArn: arn }));
  });
});

describe("ListEntitiesForPolicy", () => {
  beforeEach(() => srv.reset());

  test("users and groups by filter, boundaries by usage", async () => {
    const iam = srv.iam();
    const arn = await policy(iam, "Shared");
    const empty = await iam.send(new ListEntitiesForPolicyCommand({ PolicyArn: arn }));
    assert.deepEqual(
      [empty.PolicyGroups, empty.PolicyUsers, empty.PolicyRoles, empty.IsTruncated],
      [[], [], [], false],
    );
    const user = await iam.send(new CreateUserCommand({ UserName: "carol", Path: "/eng/" }));
    const group = await iam.send(new CreateGroupCommand({ GroupName: "devs" }));
    const dave = await iam.send(new CreateUserCommand({ UserName: "dave" }));
    await iam.send(new AttachUserPolicyCommand({ UserName: "carol", PolicyArn: arn }));
    await iam.send(new AttachGroupPolicyCommand({ GroupName: "devs", PolicyArn: arn }));
    await iam.send(
      new PutUserPermissionsBoundaryCommand({ UserName: "dave", PermissionsBoundary: arn }),
    );

    const all = await iam.send(new ListEntitiesForPolicyCommand({ PolicyArn: arn }));
    assert.deepEqual(all.PolicyGroups, [{ GroupName: "devs", GroupId: group.Group?.GroupId }]);
    assert.deepEqual(all.PolicyUsers, [
      { UserName: "carol", UserId: user.User?.UserId },
      { UserName: "dave", UserId: dave.User?.UserId },
    ]);
    const users = await iam.send(
      new ListEntitiesForPolicyCommand({
        PolicyArn: arn,
        EntityFilter: "User",
        PolicyUsageFilter: "PermissionsPolicy",
      }),
    );
    assert.deepEqual(users.PolicyGroups, []);
    assert.deepEqual(users.PolicyUsers, [{ UserName: "carol", UserId: user.User?.UserId }]);
    const boundaries = await iam.send(
      new ListEntitiesForPolicyCommand({
        PolicyArn: arn,
        PolicyUsageFilter: "PermissionsBoundary",
      }),
    );
    assert.deepEqual(boundaries.PolicyUsers, [{ UserName: "dave", UserId: dave.User?.UserId }]);
    const eng = await iam.send(
      new ListEntitiesForPolicyCommand({ PolicyArn: arn, PathPrefix: "/eng/" }),
    );
    assert.deepEqual(
      eng.PolicyUsers?.map((u) => u.UserName),
      ["carol"],
    );
    assert.deepEqual(eng.PolicyGroups, []);
    const local = await iam.send(
      new ListEntitiesForPolicyCommand({ PolicyArn: arn, EntityFilter: "LocalManagedPolicy" }),
    );
    assert.deepEqual([local.PolicyGroups, local.PolicyUsers], [[], []]);

    const page1 = await iam.send(new ListEntitiesForPolicyCommand({ PolicyArn: arn, MaxItems: 2 }));
    assert.equal(page1.IsTruncated, true);
    assert.equal((page1.PolicyGroups?.length ?? 0) + (page1.PolicyUsers?.length ?? 0), 2);
    const page2 = await iam.send(
      new ListEntitiesForPolicyCommand({ PolicyArn: arn, Marker: page1.Marker }),
    );
    assert.deepEqual(
      page2.PolicyUsers?.map((u) => u.UserName),
      ["dave"],
    );

    const missing = `arn:aws:iam::${ACCOUNT}:policy/NonExistentPolicy`;
    const unknown = await failure(
      iam.send(new ListEntitiesForPolicyCommand({ PolicyArn: missing })),
    );
    assert.deepEqual(unknown, {
      name: "NoSuchEntityException",
      message: `Policy ${missing} does not exist or is not attachable.`,
      status: 404,
    });
  });
});
