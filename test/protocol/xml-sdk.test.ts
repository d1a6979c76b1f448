/**
 * Our response XML read back by the real AWS SDK for JavaScript v3 (its own
 * awsQuery deserializers), and compared with the IAM/STS API reference's
 * sample responses.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  DeleteUserCommand,
  GetAccountAuthorizationDetailsCommand,
  GetAccountSummaryCommand,
  GetPolicyVersionCommand,
  GetUserCommand,
  GetUserPolicyCommand,
  ListUsersCommand,
  UpdateRoleCommand,
} from "@aws-sdk/client-iam";
import { AssumeRoleCommand, GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { findOperation, iamModel, stsModel } from "../../src/model/api/load.js";
import type { ApiModel, Operation } from "../../src/model/api/types.js";
import { renderResult } from "../../src/protocol/xml.js";
import { iamClient, stsClient } from "./sdk-helpers.js";

const REQUEST_ID = "7a62c49f-347e-4fc4-9331-6e8eEXAMPLE";

function op(model: ApiModel, name: string): Operation {
  const operation = findOperation(model, name);
  assert.ok(operation, name);
  return operation;
}

function iamXml(name: string, output?: object): string {
  return renderResult(iamModel, op(iamModel, name), output, REQUEST_ID);
}

function iamReturning(xml: string) {
  return iamClient(() => ({ status: 200, body: xml }));
}

const policy = JSON.stringify(
  {
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "arn:aws:s3:::b/~a (1)!*'é" }],
  },
  null,
  2,
);

describe("responses through the AWS SDK", () => {
  it("GetUser: nested structures, lists of structures, timestamps", async () => {
    const user = {
      Path: "/division_abc/",
      UserName: "Bob & <Alice>",
      UserId: "AIDACKCEVSQ6C2EXAMPLE",
      Arn: "arn:aws:iam::123456789012:user/division_abc/Bob",
      CreateDate: new Date("2013-10-02T17:01:44.987Z"),
      PasswordLastUsed: new Date("2014-10-10T14:37:51Z"),
      PermissionsBoundary: {
        PermissionsBoundaryType: "Policy",
        PermissionsBoundaryArn: "arn:aws:iam::123456789012:policy/b",
      },
      Tags: [
        { Key: "team", Value: "a\r\nb\tc" },
        { Key: "empty", Value: "" },
      ],
    };
    const out = await iamReturning(iamXml("GetUser", { User: user })).send(new GetUserCommand({}));
    assert.deepEqual(out.User, {
      ...user,
      CreateDate: new Date("2013-10-02T17:01:44Z"),
    });
    assert.equal(out.$metadata.httpStatusCode, 200);
  });

  it("ListUsers: booleans, markers, an empty list", async () => {
    const full = await iamReturning(
      iamXml("ListUsers", {
        Users: [
          {
            Path: "/",
            UserName: "a",
            UserId: "AIDA1",
            Arn: "arn:aws:iam::1:user/a",
            CreateDate: new Date(0),
          },
        ],
        IsTruncated: true,
        Marker: "next+page/==",
      }),
    ).send(new ListUsersCommand({}));
    assert.equal(full.IsTruncated, true);
    assert.equal(full.Marker, "next+page/==");
    assert.equal(full.Users?.[0]?.CreateDate?.getTime(), 0);

    const empty = await iamReturning(iamXml("ListUsers", { Users: [], IsTruncated: false })).send(
      new ListUsersCommand({}),
    );
    assert.deepEqual(empty.Users, []);
    assert.equal(empty.IsTruncated, false);
    assert.equal(empty.Marker, undefined);
  });

  it("GetPolicyVersion: the document URL-encoded as IAM sends it", async () => {
    const xml = iamXml("GetPolicyVersion", {
      PolicyVersion: {
        Document: policy,
        VersionId: "v2",
        IsDefaultVersion: false,
        CreateDate: new Date("2020-01-01T00:00:00Z"),
      },
    });
    assert.match(xml, /<Document>%7B%0A%20%20%22Version%22%3A%20%222012-10-17%22%2C/);
    assert.match(xml, /s3%3A%2A/);
    assert.match(xml, /~a%20%281%29%21%2A%27%C3%A9/);
    const out = await iamReturning(xml).send(
      new GetPolicyVersionCommand({ PolicyArn: "arn:aws:iam::1:policy/p", VersionId: "v2" }),
    );
    assert.equal(decodeURIComponent(out.PolicyVersion?.Document ?? ""), policy);
    assert.equal(out.PolicyVersion?.IsDefaultVersion, false);
  });

  it("GetUserPolicy", async () => {
    const out = await iamReturning(
      iamXml("GetUserPolicy", { UserName: "bob", PolicyName: "p", PolicyDocument: policy }),
    ).send(new GetUserPolicyCommand({ UserName: "bob", PolicyName: "p" }));
    assert.equal(out.UserName, "bob");
    assert.equal(decodeURIComponent(out.PolicyDocument ?? ""), policy);
  });

  it("GetAccountAuthorizationDetails: documents deep in lists", async () => {
    const created = new Date("2021-02-03T04:05:06Z");
    const out = await iamReturning(
      iamXml("GetAccountAuthorizationDetails", {
        UserDetailList: [
          {
            Path: "/",
            UserName: "bob",
            UserId: "AIDA1",
            Arn: "arn:aws:iam::1:user/bob",
            CreateDate: created,
            UserPolicyList: [{ PolicyName: "inline", PolicyDocument: policy }],
            GroupList: ["admins", "devs"],
            AttachedManagedPolicies: [],
          },
        ],
        RoleDetailList: [
          {
            Path: "/",
            RoleName: "r",
            RoleId: "AROA1",
            Arn: "arn:aws:iam::1:role/r",
            CreateDate: created,
            AssumeRolePolicyDocument: policy,
            InstanceProfileList: [],
            RolePolicyList: [],
          },
        ],
        Policies: [
          {
            PolicyName: "m",
            Arn: "arn:aws:iam::1:policy/m",
            AttachmentCount: 3,
            IsAttachable: true,
            PolicyVersionList: [
              { Document: policy, VersionId: "v1", IsDefaultVersion: true, CreateDate: created },
            ],
          },
        ],
        IsTruncated: false,
      }),
    ).send(new GetAccountAuthorizationDetailsCommand({}));
    const user = out.UserDetailList?.[0];
    assert.deepEqual(user?.GroupList, ["admins", "devs"]);
    assert.deepEqual(user?.AttachedManagedPolicies, []);
    assert.equal(decodeURIComponent(user?.UserPolicyList?.[0]?.PolicyDocument ?? ""), policy);
    const role = out.RoleDetailList?.[0];
    assert.equal(decodeURIComponent(role?.AssumeRolePolicyDocument ?? ""), policy);
    const managed = out.Policies?.[0];
    assert.equal(managed?.AttachmentCount, 3);
    assert.equal(managed?.IsAttachable, true);
    assert.equal(decodeURIComponent(managed?.PolicyVersionList?.[0]?.Document ?? ""), policy);
    assert.deepEqual(managed?.PolicyVersionList?.[0]?.CreateDate, created);
  });

  it("GetAccountSummary: a map, from a Map or an object", async () => {
    for (const summary of [
      new Map([
        ["Users", 32],
        ["GroupsQuota", 300],
      ]),
      { Users: 32, GroupsQuota: 300 },
    ]) {
      const out = await iamReturning(iamXml("GetAccountSummary", { SummaryMap: summary })).send(
        new GetAccountSummaryCommand({}),
      );
      assert.deepEqual(out.SummaryMap, { Users: 32, GroupsQuota: 300 });
    }
  });

  it("an operation without output", async () => {
    const xml = iamXml("DeleteUser");
    assert.equal(
      xml,
      '<DeleteUserResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">\n' +
        "  <ResponseMetadata>\n" +
        `    <RequestId>${REQUEST_ID}</RequestId>\n` +
        "  </ResponseMetadata>\n" +
        "</DeleteUserResponse>\n",
    );
    const out = await iamReturning(xml).send(new DeleteUserCommand({ UserName: "bob" }));
    assert.equal(out.$metadata.httpStatusCode, 200);
  });

  it("an operation whose output has no members", async () => {
    const xml = iamXml("UpdateRole", {});
    assert.match(xml, /\n {2}<UpdateRoleResult\/>\n/);
    const out = await iamReturning(xml).send(new UpdateRoleCommand({ RoleName: "r" }));
    assert.equal(out.$metadata.httpStatusCode, 200);
  });

  it("STS: GetCallerIdentity and AssumeRole", async () => {
    const identity = { UserId: "AIDA1", Account: "123456789012", Arn: "arn:aws:iam::1:user/a" };
    const xml = renderResult(stsModel, op(stsModel, "GetCallerIdentity"), identity, REQUEST_ID);
    const who = await stsClient(() => ({ status: 200, body: xml })).send(
      new GetCallerIdentityCommand({}),
    );
    assert.deepEqual({ UserId: who.UserId, Account: who.Account, Arn: who.Arn }, identity);

    const credentials = {
      AccessKeyId: "ASIA1",
      SecretAccessKey: "s/e+c=",
      SessionToken: "tok",
      Expiration: new Date("2019-11-09T13:34:41Z"),
    };
    const assumed = renderResult(
      stsModel,
      op(stsModel, "AssumeRole"),
      {
        Credentials: credentials,
        AssumedRoleUser: { AssumedRoleId: "AROA1:s", Arn: "arn:aws:sts::1:assumed-role/r/s" },
        PackedPolicySize: 6,
      },
      REQUEST_ID,
    );
    assert.match(assumed, /<Expiration>2019-11-09T13:34:41Z<\/Expiration>/);
    const out = await stsClient(() => ({ status: 200, body: assumed })).send(
      new AssumeRoleCommand({ RoleArn: "arn:aws:iam::1:role/r", RoleSessionName: "s" }),
    );
    assert.deepEqual(out.Credentials, credentials);
    assert.equal(out.PackedPolicySize, 6);
    assert.equal(out.AssumedRoleUser?.AssumedRoleId, "AROA1:s");
  });
});

describe("responses compared with the API reference's samples", () => {
  it("CreateGroup, byte for byte", () => {
    const sample =
      '<CreateGroupResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">\n' +
      "  <CreateGroupResult>\n" +
      "    <Group>\n" +
      "      <Path>/</Path>\n" +
      "      <GroupName>Admins</GroupName>\n" +
      "      <GroupId>AGPACKCEVSQ6C2EXAMPLE</GroupId>\n" +
      "      <Arn>arn:aws:iam::123456789012:group/Admins</Arn>\n" +
      "    </Group>\n" +
      "  </CreateGroupResult>\n" +
      "  <ResponseMetadata>\n" +
      "    <RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId>\n" +
      "  </ResponseMetadata>\n" +
      "</CreateGroupResponse>\n";
    const group = {
      Path: "/",
      GroupName: "Admins",
      GroupId: "AGPACKCEVSQ6C2EXAMPLE",
      Arn: "arn:aws:iam::123456789012:group/Admins",
    };
    assert.equal(iamXml("CreateGroup", { Group: group }), sample);
  });

  it("GetAccountSummary's map layout, byte for byte", () => {
    const sample =
      '<GetAccountSummaryResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">\n' +
      "  <GetAccountSummaryResult>\n" +
      "    <SummaryMap>\n" +
      "      <entry>\n" +
      "        <key>Users</key>\n" +
      "        <value>32</value>\n" +
      "      </entry>\n" +
      "      <entry>\n" +
      "        <key>GroupPolicySizeQuota</key>\n" +
      "        <value>10240</value>\n" +
      "      </entry>\n" +
      "    </SummaryMap>\n" +
      "  </GetAccountSummaryResult>\n" +
      "  <ResponseMetadata>\n" +
      "    <RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId>\n" +
      "  </ResponseMetadata>\n" +
      "</GetAccountSummaryResponse>\n";
    const summary = { Users: 32, GroupPolicySizeQuota: 10240 };
    assert.equal(iamXml("GetAccountSummary", { SummaryMap: summary }), sample);
  });

  it("GetUser: the sample's lines, in the model's member order", () => {
    // The sample lists UserId first; the model (and so we) list Path first.
    const sample =
      '<GetUserResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">\n' +
      "  <GetUserResult>\n" +
      "    <User>\n" +
      "      <UserId>AIDACKCEVSQ6C2EXAMPLE</UserId>\n" +
      "      <Path>/division_abc/subdivision_xyz/</Path>\n" +
      "      <UserName>Bob</UserName>\n" +
      "      <Arn>arn:aws:iam::123456789012:user/division_abc/subdivision_xyz/Bob</Arn>\n" +
      "      <CreateDate>2013-10-02T17:01:44Z</CreateDate>\n" +
      "      <PasswordLastUsed>2014-10-10T14:37:51Z</PasswordLastUsed>\n" +
      "    </User>\n" +
      "  </GetUserResult>\n" +
      "  <ResponseMetadata>\n" +
      "    <RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId>\n" +
      "  </ResponseMetadata>\n" +
      "</GetUserResponse>\n";
    const xml = iamXml("GetUser", {
      User: {
        UserId: "AIDACKCEVSQ6C2EXAMPLE",
        Path: "/division_abc/subdivision_xyz/",
        UserName: "Bob",
        Arn: "arn:aws:iam::123456789012:user/division_abc/subdivision_xyz/Bob",
        CreateDate: new Date("2013-10-02T17:01:44Z"),
        PasswordLastUsed: new Date("2014-10-10T14:37:51Z"),
      },
    });
    assert.deepEqual(xml.split("\n").sort(), sample.split("\n").sort());
    assert.equal(xml.length, sample.length);
  });
});
