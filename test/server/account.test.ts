import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import {
  AddRoleToInstanceProfileCommand,
  AttachGroupPolicyCommand,
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateInstanceProfileCommand,
  CreateRoleCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreateUserCommand,
  DeleteAccessKeyCommand,
  GetAccountSummaryCommand,
  DeleteRoleCommand,
  DetachRolePolicyCommand,
  PutRolePolicyCommand,
  PutUserPolicyCommand,
  RemoveRoleFromInstanceProfileCommand,
} from "@aws-sdk/client-iam";
import { ACCOUNT, failure, ROOT_KEY, useServer } from "./harness.js";

const srv = useServer();

/** AWS's SummaryMap for an empty account with the default quotas (AWS recording, 2026). */
const EMPTY_ACCOUNT: Record<string, number> = {
  AccessKeysPerUserQuota: 2,
  AccountAccessKeysPresent: 1,
  AccountMFAEnabled: 0,
  AccountPasswordPresent: 0,
  AccountSigningCertificatesPresent: 0,
  AssumeRolePolicySizeQuota: 2048,
  AttachedPoliciesPerGroupQuota: 10,
  AttachedPoliciesPerRoleQuota: 10,
  AttachedPoliciesPerUserQuota: 10,
  GlobalEndpointTokenVersion: 1,
  GroupPolicySizeQuota: 5120,
  Groups: 0,
  GroupsPerUserQuota: 10,
  GroupsQuota: 300,
  InstanceProfiles: 0,
  InstanceProfilesQuota: 1000,
  MFADevices: 0,
  MFADevicesInUse: 0,
  Policies: 0,
  PoliciesQuota: 1500,
  PolicySizeQuota: 6144,
  PolicyVersionsInUse: 0,
  PolicyVersionsInUseQuota: 10000,
  Providers: 0,
  RolePolicySizeQuota: 10240,
  Roles: 0,
  RolesQuota: 1000,
  ServerCertificates: 0,
  ServerCertificatesQuota: 20,
  SigningCertificatesPerUserQuota: 2,
  UserPolicySizeQuota: 2048,
  Users: 0,
  UsersQuota: 5000,
  VersionsPerPolicyQuota: 5,
};

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

describe("GetAccountSummary", () => {
  beforeEach(() => srv.reset());

  test("an empty account: AWS's 34 keys, the default quotas, the root key present", async () => {
    const summary = await srv.iam().send(new GetAccountSummaryCommand({}));
    assert.deepEqual(summary.SummaryMap, EMPTY_ACCOUNT);
  });

  test("counts follow the account's entities", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "u1" }));
    await iam.send(new CreateUserCommand({ UserName: "u2" }));
    await iam.send(new CreateGroupCommand({ GroupName: "g" }));
    const policy = await iam.send(
      new CreatePolicyCommand({ PolicyName: "p", PolicyDocument: DOC }),
    );
    await iam.send(new AttachUserPolicyCommand({ UserName: "u1", PolicyArn: policy.Policy?.Arn }));
    const summary = await iam.send(new GetAccountSummaryCommand({}));
    assert.deepEqual(summary.SummaryMap, {
      ...EMPTY_ACCOUNT,
      Users: 2,
      Groups: 1,
      Policies: 1,
      PolicyVersionsInUse: 1,
    });
  });

  test("roles, instance profiles, and attachments to users, groups and roles", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "u" }));
    await iam.send(new CreateGroupCommand({ GroupName: "g" }));
    for (const name of ["r1", "r2"]) {
      await iam.send(new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: TRUST }));
    }
    for (const name of ["p1", "p2", "p3"]) {
      await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: name }));
    }
    await iam.send(
      new AddRoleToInstanceProfileCommand({ InstanceProfileName: "p1", RoleName: "r1" }),
    );
    const policy = await iam.send(
      new CreatePolicyCommand({ PolicyName: "p", PolicyDocument: DOC }),
    );
    const arn = policy.Policy?.Arn ?? "";
    await iam.send(new AttachUserPolicyCommand({ UserName: "u", PolicyArn: arn }));
    await iam.send(new AttachGroupPolicyCommand({ GroupName: "g", PolicyArn: arn }));
    await iam.send(new AttachRolePolicyCommand({ RoleName: "r1", PolicyArn: arn }));
    await iam.send(new AttachRolePolicyCommand({ RoleName: "r2", PolicyArn: S3_FULL }));
    // Inline policies are not managed policy versions in use.
    await iam.send(
      new PutRolePolicyCommand({ RoleName: "r2", PolicyName: "i", PolicyDocument: DOC }),
    );
    const expected = {
      ...EMPTY_ACCOUNT,
      Users: 1,
      Groups: 1,
      Roles: 2,
      Policies: 1,
      InstanceProfiles: 3,
      PolicyVersionsInUse: 4,
    };
    assert.deepEqual((await iam.send(new GetAccountSummaryCommand({}))).SummaryMap, expected);

    await iam.send(new DetachRolePolicyCommand({ RoleName: "r1", PolicyArn: arn }));
    await iam.send(
      new RemoveRoleFromInstanceProfileCommand({ InstanceProfileName: "p1", RoleName: "r1" }),
    );
    await iam.send(new DeleteRoleCommand({ RoleName: "r1" }));
    assert.deepEqual((await iam.send(new GetAccountSummaryCommand({}))).SummaryMap, {
      ...expected,
      Roles: 1,
      PolicyVersionsInUse: 3,
    });
  });

  test("AccountAccessKeysPresent says whether the root user has a key", async () => {
    const iam = srv.iam();
    const reader = await userKey("reader");
    await iam.send(
      new PutUserPolicyCommand({
        UserName: "reader",
        PolicyName: "summary",
        PolicyDocument: JSON.stringify({
          Version: "2012-10-17",
          Statement: [{ Effect: "Allow", Action: "iam:GetAccountSummary", Resource: "*" }],
        }),
      }),
    );
    const asReader = srv.iam(reader);
    assert.equal(
      (await asReader.send(new GetAccountSummaryCommand({}))).SummaryMap?.AccountAccessKeysPresent,
      1,
    );
    // The root user deletes both its keys (the second one deleting the first, then itself).
    const created = await iam.send(new CreateAccessKeyCommand({}));
    const second = srv.iam({
      accessKeyId: created.AccessKey?.AccessKeyId ?? "",
      secretAccessKey: created.AccessKey?.SecretAccessKey ?? "",
    });
    await second.send(new DeleteAccessKeyCommand({ AccessKeyId: ROOT_KEY.accessKeyId }));
    await second.send(new DeleteAccessKeyCommand({ AccessKeyId: created.AccessKey?.AccessKeyId }));
    const summary = await asReader.send(new GetAccountSummaryCommand({}));
    // A user's key is not the root user's.
    assert.equal(summary.SummaryMap?.AccountAccessKeysPresent, 0);
    assert.equal(summary.SummaryMap?.Users, 1);
  });

  test("a user needs iam:GetAccountSummary (on resource *)", async () => {
    const keys = await userKey("reader");
    const denied = await failure(srv.iam(keys).send(new GetAccountSummaryCommand({})));
    assert.deepEqual(denied, {
      name: "AccessDenied",
      message: `User: arn:aws:iam::${ACCOUNT}:user/reader is not authorized to perform: iam:GetAccountSummary because no identity-based policy allows the iam:GetAccountSummary action`,
      status: 403,
    });
  });
});

/** A new user and an access key of its own. */
async function userKey(name: string): Promise<{ accessKeyId: string; secretAccessKey: string }> {
  const iam = srv.iam();
  await iam.send(new CreateUserCommand({ UserName: name }));
  const created = await iam.send(new CreateAccessKeyCommand({ UserName: name }));
  return {
    accessKeyId: created.AccessKey?.AccessKeyId ?? "",
    secretAccessKey: created.AccessKey?.SecretAccessKey ?? "",
  };
}

describe("AccountPasswordPresent: whether the root user has a console password", () => {
  const withPassword = useServer({ rootPassword: "Root-Console-Pass-1" });
  test("1 when GATEHOUSE_ROOT_PASSWORD gave one, 0 without", async () => {
    const on = await withPassword.iam().send(new GetAccountSummaryCommand({}));
    assert.equal(on.SummaryMap?.AccountPasswordPresent, 1);
    const off = await srv.iam().send(new GetAccountSummaryCommand({}));
    assert.equal(off.SummaryMap?.AccountPasswordPresent, 0);
  });
});
