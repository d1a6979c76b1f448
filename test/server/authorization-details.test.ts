/**
 * GetAccountAuthorizationDetails through the real AWS SDK against a real
 * server: each Filter, the shapes AWS answers (localstack's recorded
 * answers, 2026), URL-encoded documents on the wire, pagination across the
 * whole answer, the marker, authorization.
 */
import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import {
  AddRoleToInstanceProfileCommand,
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateInstanceProfileCommand,
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  CreateRoleCommand,
  CreateUserCommand,
  GetAccountAuthorizationDetailsCommand,
  PutGroupPolicyCommand,
  PutRolePolicyCommand,
  PutUserPermissionsBoundaryCommand,
  PutUserPolicyCommand,
  TagRoleCommand,
  TagUserCommand,
  type EntityType,
  type GetAccountAuthorizationDetailsCommandOutput,
  type IAMClient,
} from "@aws-sdk/client-iam";
import { formOf, postRaw } from "../e2e/raw.js";
import { ACCOUNT, failure, useServer } from "./harness.js";

const srv = useServer();

const DOC = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: "s3:ListBucket", Resource: "*" }],
});
const DOC_2 = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*" }],
});
const TRUST = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" },
  ],
});
const S3_FULL = "arn:aws:iam::aws:policy/AmazonS3FullAccess";
const READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";
const decode = (text: string | undefined) => decodeURIComponent(text ?? "");
const at = (kind: string, name: string) => `arn:aws:iam::${ACCOUNT}:${kind}/${name}`;

/** A user, a group, a role in an instance profile, a customer policy, two AWS ones in use. */
async function populate(iam: IAMClient): Promise<string> {
  await iam.send(new CreateUserCommand({ UserName: "alice" }));
  await iam.send(new CreateGroupCommand({ GroupName: "devs", Path: "/eng/" }));
  await iam.send(new AddUserToGroupCommand({ GroupName: "devs", UserName: "alice" }));
  const created = await iam.send(
    new CreatePolicyCommand({ PolicyName: "list", PolicyDocument: DOC, Description: "d" }),
  );
  const arn = created.Policy?.Arn ?? "";
  await iam.send(new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: DOC_2 }));
  await iam.send(
    new PutUserPolicyCommand({ UserName: "alice", PolicyName: "u-in", PolicyDocument: DOC }),
  );
  await iam.send(new AttachUserPolicyCommand({ UserName: "alice", PolicyArn: arn }));
  await iam.send(new AttachUserPolicyCommand({ UserName: "alice", PolicyArn: S3_FULL }));
  await iam.send(
    new PutUserPermissionsBoundaryCommand({ UserName: "alice", PermissionsBoundary: READ_ONLY }),
  );
  await iam.send(new TagUserCommand({ UserName: "alice", Tags: [{ Key: "team", Value: "x" }] }));
  await iam.send(
    new PutGroupPolicyCommand({ GroupName: "devs", PolicyName: "g-in", PolicyDocument: DOC }),
  );
  await iam.send(new AttachGroupPolicyCommand({ GroupName: "devs", PolicyArn: arn }));
  await iam.send(
    new CreateRoleCommand({
      RoleName: "app",
      Path: "/svc/",
      AssumeRolePolicyDocument: TRUST,
      Description: "not listed",
    }),
  );
  await iam.send(
    new PutRolePolicyCommand({ RoleName: "app", PolicyName: "r-in", PolicyDocument: DOC }),
  );
  await iam.send(new AttachRolePolicyCommand({ RoleName: "app", PolicyArn: S3_FULL }));
  await iam.send(new TagRoleCommand({ RoleName: "app", Tags: [{ Key: "env", Value: "prod" }] }));
  await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: "app-profile" }));
  await iam.send(
    new AddRoleToInstanceProfileCommand({ InstanceProfileName: "app-profile", RoleName: "app" }),
  );
  return arn;
}

type Details = Omit<GetAccountAuthorizationDetailsCommandOutput, "$metadata">;

async function details(iam: IAMClient, filter?: EntityType[]): Promise<Details> {
  const out: Partial<GetAccountAuthorizationDetailsCommandOutput> = await iam.send(
    new GetAccountAuthorizationDetailsCommand(filter === undefined ? {} : { Filter: filter }),
  );
  delete out.$metadata;
  return out;
}

describe("GetAccountAuthorizationDetails", () => {
  beforeEach(() => srv.reset());

  test("an empty account: four empty lists, not truncated", async () => {
    assert.deepEqual(await details(srv.iam()), {
      UserDetailList: [],
      GroupDetailList: [],
      RoleDetailList: [],
      Policies: [],
      IsTruncated: false,
    });
  });

  test("Filter User: the user with its policies, groups, boundary and tags", async () => {
    const iam = srv.iam();
    const arn = await populate(iam);
    const out = await details(iam, ["User"]);
    assert.deepEqual(out.GroupDetailList, []);
    assert.deepEqual(out.RoleDetailList, []);
    assert.deepEqual(out.Policies, []);
    assert.equal(out.UserDetailList?.length, 1);
    const u = out.UserDetailList?.[0];
    assert.ok(u?.CreateDate instanceof Date);
    assert.match(u?.UserId ?? "", /^AIDA[A-Z0-9]{17}$/);
    assert.deepEqual(
      { ...u, CreateDate: undefined, UserId: undefined },
      {
        Path: "/",
        UserName: "alice",
        UserId: undefined,
        Arn: at("user", "alice"),
        CreateDate: undefined,
        UserPolicyList: [
          { PolicyName: "u-in", PolicyDocument: encodeURIComponent(DOC).replace(/\*/g, "%2A") },
        ],
        GroupList: ["devs"],
        AttachedManagedPolicies: [
          { PolicyName: "AmazonS3FullAccess", PolicyArn: S3_FULL },
          { PolicyName: "list", PolicyArn: arn },
        ],
        PermissionsBoundary: {
          PermissionsBoundaryType: "Policy",
          PermissionsBoundaryArn: READ_ONLY,
        },
        Tags: [{ Key: "team", Value: "x" }],
      },
    );
    assert.equal(decode(u?.UserPolicyList?.[0]?.PolicyDocument), DOC);
  });

  test("Filter Group and Role: their policies, the role's instance profiles, tags, last use", async () => {
    const iam = srv.iam();
    const arn = await populate(iam);
    const groups = await details(iam, ["Group"]);
    assert.deepEqual([groups.UserDetailList, groups.RoleDetailList, groups.Policies], [[], [], []]);
    const g = groups.GroupDetailList?.[0];
    assert.equal(groups.GroupDetailList?.length, 1);
    assert.deepEqual(
      {
        Path: g?.Path,
        GroupName: g?.GroupName,
        Arn: g?.Arn,
        GroupPolicyList: g?.GroupPolicyList,
        AttachedManagedPolicies: g?.AttachedManagedPolicies,
      },
      {
        Path: "/eng/",
        GroupName: "devs",
        Arn: at("group", "eng/devs"),
        GroupPolicyList: [
          { PolicyName: "g-in", PolicyDocument: encodeURIComponent(DOC).replace(/\*/g, "%2A") },
        ],
        AttachedManagedPolicies: [{ PolicyName: "list", PolicyArn: arn }],
      },
    );
    assert.match(g?.GroupId ?? "", /^AGPA/);

    const roles = await details(iam, ["Role"]);
    assert.deepEqual([roles.UserDetailList, roles.GroupDetailList, roles.Policies], [[], [], []]);
    const r = roles.RoleDetailList?.[0];
    assert.equal(roles.RoleDetailList?.length, 1);
    assert.equal(decode(r?.AssumeRolePolicyDocument), TRUST);
    assert.deepEqual(r?.RoleLastUsed, {});
    assert.deepEqual(r?.Tags, [{ Key: "env", Value: "prod" }]);
    assert.deepEqual(r?.AttachedManagedPolicies, [
      { PolicyName: "AmazonS3FullAccess", PolicyArn: S3_FULL },
    ]);
    assert.deepEqual(
      r?.RolePolicyList?.map((p) => [p.PolicyName, decode(p.PolicyDocument)]),
      [["r-in", DOC]],
    );
    assert.equal(r?.Arn, at("role", "svc/app"));
    assert.equal("Description" in (r ?? {}), false);
    const profile = r?.InstanceProfileList?.[0];
    assert.equal(r?.InstanceProfileList?.length, 1);
    assert.equal(profile?.InstanceProfileName, "app-profile");
    assert.equal(profile?.Arn, at("instance-profile", "app-profile"));
    assert.deepEqual(
      profile?.Roles?.map((x) => [
        x.RoleName,
        x.RoleId,
        x.Path,
        decode(x.AssumeRolePolicyDocument),
      ]),
      [["app", r?.RoleId, "/svc/", TRUST]],
    );
  });

  test("LocalManagedPolicy: every customer policy with all versions, newest first", async () => {
    const iam = srv.iam();
    const arn = await populate(iam);
    await iam.send(new CreatePolicyCommand({ PolicyName: "unused", PolicyDocument: DOC }));
    const out = await details(iam, ["LocalManagedPolicy"]);
    assert.deepEqual([out.UserDetailList, out.GroupDetailList, out.RoleDetailList], [[], [], []]);
    assert.deepEqual(
      out.Policies?.map((p) => [p.PolicyName, p.AttachmentCount, p.PermissionsBoundaryUsageCount]),
      [
        ["list", 2, 0],
        ["unused", 0, 0],
      ],
    );
    const p = out.Policies?.[0];
    assert.equal(p?.Arn, arn);
    assert.equal(p?.DefaultVersionId, "v1");
    assert.equal(p?.IsAttachable, true);
    assert.equal(p?.Description, undefined);
    assert.deepEqual(
      p?.PolicyVersionList?.map((v) => [v.VersionId, v.IsDefaultVersion, decode(v.Document)]),
      [
        ["v2", false, DOC_2],
        ["v1", true, DOC],
      ],
    );
    assert.ok(p?.PolicyVersionList?.[0]?.CreateDate instanceof Date);
  });

  test("AWSManagedPolicy: the AWS policies the account uses, attached or as a boundary", async () => {
    const iam = srv.iam();
    await populate(iam);
    const out = await details(iam, ["AWSManagedPolicy"]);
    assert.deepEqual(
      out.Policies?.map((p) => [p.Arn, p.AttachmentCount, p.PermissionsBoundaryUsageCount]),
      [
        [S3_FULL, 2, 0],
        [READ_ONLY, 0, 1],
      ],
    );
    const s3 = out.Policies?.[0];
    assert.equal(s3?.Path, "/");
    assert.deepEqual(
      s3?.PolicyVersionList?.map((v) => [v.VersionId, v.IsDefaultVersion]),
      [[s3?.DefaultVersionId, true]],
    );
    assert.equal(JSON.parse(decode(s3?.PolicyVersionList?.[0]?.Document)).Version, "2012-10-17");
  });

  test("no Filter is every type; several filters combine", async () => {
    const iam = srv.iam();
    await populate(iam);
    const all = await details(iam);
    assert.deepEqual(
      [all.UserDetailList?.length, all.GroupDetailList?.length, all.RoleDetailList?.length],
      [1, 1, 1],
    );
    assert.deepEqual(
      all.Policies?.map((p) => p.PolicyName),
      ["list", "AmazonS3FullAccess", "ReadOnlyAccess"],
    );
    const two = await details(iam, ["Role", "User"]);
    assert.deepEqual(
      [two.UserDetailList?.length, two.RoleDetailList?.length, two.Policies?.length],
      [1, 1, 0],
    );
  });

  test("a user without inline policies has no UserPolicyList; groups and roles always list theirs", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "bare" }));
    await iam.send(new CreateGroupCommand({ GroupName: "bare" }));
    await iam.send(new CreateRoleCommand({ RoleName: "bare", AssumeRolePolicyDocument: TRUST }));
    const out = await details(iam);
    const u = out.UserDetailList?.[0];
    assert.equal("UserPolicyList" in (u ?? {}), false);
    assert.deepEqual([u?.GroupList, u?.AttachedManagedPolicies, u?.Tags], [[], [], []]);
    const g = out.GroupDetailList?.[0];
    assert.deepEqual([g?.GroupPolicyList, g?.AttachedManagedPolicies], [[], []]);
    const r = out.RoleDetailList?.[0];
    assert.deepEqual(
      [
        r?.RolePolicyList,
        r?.AttachedManagedPolicies,
        r?.InstanceProfileList,
        r?.Tags,
        r?.RoleLastUsed,
      ],
      [[], [], [], [], {}],
    );
  });

  test("MaxItems 1 walks the whole answer, one item a page, across the lists", async () => {
    const iam = srv.iam();
    await populate(iam);
    await iam.send(new CreateUserCommand({ UserName: "bob" }));
    const full = await details(iam);
    const seen: string[] = [];
    let marker: string | undefined;
    let pages = 0;
    do {
      const out = await iam.send(
        new GetAccountAuthorizationDetailsCommand({ MaxItems: 1, Marker: marker }),
      );
      pages++;
      const items = [
        ...(out.UserDetailList ?? []).map((u) => `user:${u.UserName}`),
        ...(out.GroupDetailList ?? []).map((g) => `group:${g.GroupName}`),
        ...(out.RoleDetailList ?? []).map((r) => `role:${r.RoleName}`),
        ...(out.Policies ?? []).map((p) => `policy:${p.PolicyName}`),
      ];
      assert.equal(items.length, 1);
      seen.push(...items);
      assert.equal(out.IsTruncated, out.Marker !== undefined);
      marker = out.Marker;
    } while (marker !== undefined && pages < 20);
    assert.deepEqual(seen, [
      "user:alice",
      "user:bob",
      "group:devs",
      "role:app",
      "policy:list",
      "policy:AmazonS3FullAccess",
      "policy:ReadOnlyAccess",
    ]);
    assert.equal(full.IsTruncated, false);
  });

  test("a bad Marker answers ValidationError 'Invalid Marker.'", async () => {
    const denied = await failure(
      srv.iam().send(new GetAccountAuthorizationDetailsCommand({ Marker: "not-a-marker" })),
    );
    assert.deepEqual(denied, { name: "ValidationError", message: "Invalid Marker.", status: 400 });
  });

  test("documents are URL-encoded on the wire (RFC 3986: '*' as %2A)", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "alice" }));
    await iam.send(
      new PutUserPolicyCommand({ UserName: "alice", PolicyName: "p", PolicyDocument: DOC }),
    );
    const raw = await postRaw(
      srv.url,
      formOf([
        ["Action", "GetAccountAuthorizationDetails"],
        ["Version", "2010-05-08"],
        ["Filter.member.1", "User"],
      ]),
    );
    assert.equal(raw.status, 200);
    assert.match(raw.body, /<PolicyDocument>%7B%22Version%22%3A%222012-10-17%22%2C/);
    assert.match(raw.body, /%22Resource%22%3A%22%2A%22/);
  });

  test("a user needs iam:GetAccountAuthorizationDetails (on resource *)", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "reader" }));
    const key = await iam.send(new CreateAccessKeyCommand({ UserName: "reader" }));
    const keys = {
      accessKeyId: key.AccessKey?.AccessKeyId ?? "",
      secretAccessKey: key.AccessKey?.SecretAccessKey ?? "",
    };
    const denied = await failure(srv.iam(keys).send(new GetAccountAuthorizationDetailsCommand({})));
    assert.deepEqual(denied, {
      name: "AccessDenied",
      message: `User: arn:aws:iam::${ACCOUNT}:user/reader is not authorized to perform: iam:GetAccountAuthorizationDetails because no identity-based policy allows the iam:GetAccountAuthorizationDetails action`,
      status: 403,
    });
    await iam.send(
      new PutUserPolicyCommand({
        UserName: "reader",
        PolicyName: "details",
        PolicyDocument: JSON.stringify({
          Version: "2012-10-17",
          Statement: [
            { Effect: "Allow", Action: "iam:GetAccountAuthorizationDetails", Resource: "*" },
          ],
        }),
      }),
    );
    const out = await srv
      .iam(keys)
      .send(new GetAccountAuthorizationDetailsCommand({ Filter: ["User"] }));
    assert.deepEqual(
      out.UserDetailList?.map((u) => u.UserName),
      ["reader"],
    );
  });
});
