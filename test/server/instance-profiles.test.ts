/**
 * Instance profiles through the real AWS SDK against a real server: the
 * seed's EC2-S3-Access profile, roles in profiles, DeleteConflict, quotas,
 * pagination, tags, authorization on the real path.
 */
import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import {
  AddRoleToInstanceProfileCommand,
  CreateAccessKeyCommand,
  CreateInstanceProfileCommand,
  CreateRoleCommand,
  CreateUserCommand,
  DeleteInstanceProfileCommand,
  GetInstanceProfileCommand,
  ListInstanceProfilesCommand,
  ListInstanceProfilesForRoleCommand,
  ListInstanceProfileTagsCommand,
  PutUserPolicyCommand,
  RemoveRoleFromInstanceProfileCommand,
  TagInstanceProfileCommand,
  UntagInstanceProfileCommand,
  type IAMClient,
} from "@aws-sdk/client-iam";
import { ACCOUNT, failure, useServer } from "./harness.js";

const srv = useServer({ quotas: { instanceProfiles: "3" } });

const TRUST = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" },
  ],
});

async function role(iam: IAMClient, name: string) {
  const out = await iam.send(
    new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: TRUST }),
  );
  return out.Role;
}

async function profile(iam: IAMClient, name: string, path?: string) {
  const out = await iam.send(
    new CreateInstanceProfileCommand({ InstanceProfileName: name, Path: path }),
  );
  return out.InstanceProfile;
}

describe("instance profiles", () => {
  beforeEach(() => srv.reset());

  test("the seed's EC2-S3-Access profile holds its role", async () => {
    const iam = srv.iam();
    const created = await profile(iam, "EC2-S3-Access");
    assert.equal(created?.Arn, `arn:aws:iam::${ACCOUNT}:instance-profile/EC2-S3-Access`);
    assert.match(created?.InstanceProfileId ?? "", /^AIPA[A-Z2-7]{17}$/);
    assert.deepEqual(created?.Roles, []);
    assert.equal(created?.Tags, undefined);
    const r = await role(iam, "EC2-S3-Access");
    await iam.send(
      new AddRoleToInstanceProfileCommand({
        InstanceProfileName: "EC2-S3-Access",
        RoleName: "EC2-S3-Access",
      }),
    );
    const got = await iam.send(
      new GetInstanceProfileCommand({ InstanceProfileName: "ec2-s3-access" }),
    );
    assert.deepEqual(got.InstanceProfile?.Tags, []);
    assert.equal(got.InstanceProfile?.Roles?.length, 1);
    const inside = got.InstanceProfile?.Roles?.[0];
    assert.equal(inside?.RoleName, "EC2-S3-Access");
    assert.equal(inside?.RoleId, r?.RoleId);
    assert.equal(inside?.Arn, r?.Arn);
    assert.equal(decodeURIComponent(inside?.AssumeRolePolicyDocument ?? ""), TRUST);
    assert.equal(inside?.MaxSessionDuration, undefined);

    const forRole = await iam.send(
      new ListInstanceProfilesForRoleCommand({ RoleName: "EC2-S3-Access" }),
    );
    assert.deepEqual(
      forRole.InstanceProfiles?.map((p) => p.InstanceProfileName),
      ["EC2-S3-Access"],
    );
    assert.deepEqual(await failure(profile(iam, "ec2-S3-access")), {
      name: "EntityAlreadyExistsException",
      message: "Instance Profile ec2-S3-access already exists.",
      status: 409,
    });
  });

  test("one role per profile; the same role twice; removing; DeleteConflict", async () => {
    const iam = srv.iam();
    await profile(iam, "p");
    await role(iam, "a");
    await role(iam, "b");
    await iam.send(
      new AddRoleToInstanceProfileCommand({ InstanceProfileName: "p", RoleName: "a" }),
    );
    const limit = {
      name: "LimitExceededException",
      message: "Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1",
      status: 409,
    };
    for (const name of ["b", "a"]) {
      assert.deepEqual(
        await failure(
          iam.send(
            new AddRoleToInstanceProfileCommand({ InstanceProfileName: "p", RoleName: name }),
          ),
        ),
        limit,
      );
    }
    assert.deepEqual(
      await failure(
        iam.send(
          new AddRoleToInstanceProfileCommand({ InstanceProfileName: "p", RoleName: "nope" }),
        ),
      ),
      {
        name: "NoSuchEntityException",
        message: "The role with name nope cannot be found.",
        status: 404,
      },
    );
    assert.deepEqual(
      await failure(
        iam.send(
          new AddRoleToInstanceProfileCommand({ InstanceProfileName: "nope", RoleName: "a" }),
        ),
      ),
      {
        name: "NoSuchEntityException",
        message: "Instance Profile nope cannot be found.",
        status: 404,
      },
    );
    assert.deepEqual(
      await failure(iam.send(new DeleteInstanceProfileCommand({ InstanceProfileName: "p" }))),
      {
        name: "DeleteConflictException",
        message: "Cannot delete entity, must remove roles from instance profile first.",
        status: 409,
      },
    );
    assert.deepEqual(
      await failure(
        iam.send(
          new RemoveRoleFromInstanceProfileCommand({ InstanceProfileName: "p", RoleName: "b" }),
        ),
      ),
      {
        name: "NoSuchEntityException",
        message: "Role b in Instance Profile p cannot be found.",
        status: 404,
      },
    );
    await iam.send(
      new RemoveRoleFromInstanceProfileCommand({ InstanceProfileName: "p", RoleName: "a" }),
    );
    const empty = await iam.send(new ListInstanceProfilesForRoleCommand({ RoleName: "a" }));
    assert.deepEqual(empty.InstanceProfiles, []);
    await iam.send(new DeleteInstanceProfileCommand({ InstanceProfileName: "p" }));
    assert.deepEqual(
      await failure(iam.send(new GetInstanceProfileCommand({ InstanceProfileName: "p" }))),
      {
        name: "NoSuchEntityException",
        message: "Instance Profile p cannot be found.",
        status: 404,
      },
    );
  });

  test("ListInstanceProfiles: path prefix, pages, roles inside; the quota", async () => {
    const iam = srv.iam();
    await profile(iam, "b", "/web/");
    await profile(iam, "a", "/web/x/");
    await profile(iam, "c");
    await role(iam, "r");
    await iam.send(
      new AddRoleToInstanceProfileCommand({ InstanceProfileName: "b", RoleName: "r" }),
    );
    const first = await iam.send(
      new ListInstanceProfilesCommand({ PathPrefix: "/web/", MaxItems: 1 }),
    );
    assert.deepEqual(
      first.InstanceProfiles?.map((p) => p.InstanceProfileName),
      ["a"],
    );
    assert.equal(first.IsTruncated, true);
    const rest = await iam.send(
      new ListInstanceProfilesCommand({ PathPrefix: "/web/", Marker: first.Marker }),
    );
    assert.deepEqual(
      rest.InstanceProfiles?.map((p) => p.InstanceProfileName),
      ["b"],
    );
    assert.deepEqual(
      rest.InstanceProfiles?.[0]?.Roles?.map((r) => r.RoleName),
      ["r"],
    );
    assert.equal(rest.InstanceProfiles?.[0]?.Arn, `arn:aws:iam::${ACCOUNT}:instance-profile/web/b`);
    assert.equal(rest.IsTruncated, false);
    const all = await iam.send(new ListInstanceProfilesCommand({}));
    assert.deepEqual(
      all.InstanceProfiles?.map((p) => p.InstanceProfileName),
      ["a", "b", "c"],
    );
    assert.deepEqual(await failure(profile(iam, "d")), {
      name: "LimitExceededException",
      message: "Cannot exceed quota for InstanceProfilesPerAccount: 3",
      status: 409,
    });
  });

  test("tags", async () => {
    const iam = srv.iam();
    const created = await iam.send(
      new CreateInstanceProfileCommand({
        InstanceProfileName: "p",
        Tags: [{ Key: "InitialKey", Value: "InitialValue" }],
      }),
    );
    assert.deepEqual(created.InstanceProfile?.Tags, [{ Key: "InitialKey", Value: "InitialValue" }]);
    await iam.send(
      new TagInstanceProfileCommand({
        InstanceProfileName: "p",
        Tags: [{ Key: "k2", Value: "v" }],
      }),
    );
    let tags = await iam.send(new ListInstanceProfileTagsCommand({ InstanceProfileName: "p" }));
    assert.deepEqual(tags.Tags, [
      { Key: "InitialKey", Value: "InitialValue" },
      { Key: "k2", Value: "v" },
    ]);
    await iam.send(
      new UntagInstanceProfileCommand({ InstanceProfileName: "p", TagKeys: ["initialkey"] }),
    );
    tags = await iam.send(
      new ListInstanceProfileTagsCommand({ InstanceProfileName: "p", MaxItems: 1 }),
    );
    assert.deepEqual(tags.Tags, [{ Key: "k2", Value: "v" }]);
    assert.equal(tags.IsTruncated, false);
    assert.deepEqual(
      await failure(
        iam.send(
          new TagInstanceProfileCommand({
            InstanceProfileName: "nope",
            Tags: [{ Key: "a", Value: "" }],
          }),
        ),
      ),
      {
        name: "NoSuchEntityException",
        message: "Instance Profile nope cannot be found.",
        status: 404,
      },
    );
  });

  test("authorization checks the profile's real path", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "bob" }));
    const key = await iam.send(new CreateAccessKeyCommand({ UserName: "bob" }));
    await iam.send(
      new PutUserPolicyCommand({
        UserName: "bob",
        PolicyName: "profiles",
        PolicyDocument: JSON.stringify({
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Allow",
              Action: "iam:GetInstanceProfile",
              Resource: `arn:aws:iam::${ACCOUNT}:instance-profile/web/*`,
            },
          ],
        }),
      }),
    );
    await profile(iam, "in", "/web/");
    await profile(iam, "out", "/db/");
    const bob = srv.iam({
      accessKeyId: key.AccessKey?.AccessKeyId ?? "",
      secretAccessKey: key.AccessKey?.SecretAccessKey ?? "",
    });
    const got = await bob.send(new GetInstanceProfileCommand({ InstanceProfileName: "in" }));
    assert.equal(got.InstanceProfile?.Path, "/web/");
    assert.deepEqual(
      await failure(bob.send(new GetInstanceProfileCommand({ InstanceProfileName: "out" }))),
      {
        name: "AccessDenied",
        message:
          `User: arn:aws:iam::${ACCOUNT}:user/bob is not authorized to perform: iam:GetInstanceProfile on resource: ` +
          `arn:aws:iam::${ACCOUNT}:instance-profile/db/out because no identity-based policy allows the iam:GetInstanceProfile action`,
        status: 403,
      },
    );
  });
});
