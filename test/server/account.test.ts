import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import {
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreateUserCommand,
  DeleteAccessKeyCommand,
  GetAccountSummaryCommand,
  PutUserPolicyCommand,
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
    // Attachments are another family's actions; the count reads the table.
    const user = await srv.server.store.read((db) =>
      db.selectFrom("users").select("id").where("name", "=", "u1").executeTakeFirstOrThrow(),
    );
    await srv.server.store.write(ACCOUNT, (tx) =>
      tx
        .insertInto("policy_attachments")
        .values({
          account_id: ACCOUNT,
          principal_type: "user",
          principal_id: user.id,
          policy_arn: policy.Policy?.Arn ?? "",
          attached_at: new Date().toISOString(),
        })
        .execute(),
    );
    const summary = await iam.send(new GetAccountSummaryCommand({}));
    assert.deepEqual(summary.SummaryMap, {
      ...EMPTY_ACCOUNT,
      Users: 2,
      Groups: 1,
      Policies: 1,
      PolicyVersionsInUse: 1,
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
