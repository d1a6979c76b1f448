/**
 * The acceptance case: AWS's example policy "Allows MFA-authenticated IAM
 * users to manage their own credentials" (IAM User Guide, example policies:
 * everything but enrolling MFA is denied while aws:MultiFactorAuthPresent is
 * false or absent, BoolIfExists), end to end through the SDK. The user signs
 * with its access keys and is denied; enrols a virtual MFA device (codes
 * computed from Base32StringSeed); calls GetSessionToken with a code; is
 * allowed with the session credentials; and a replayed code is refused.
 */
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import {
  AttachUserPolicyCommand,
  CreatePolicyCommand,
  ListAccessKeysCommand,
  ListMFADevicesCommand,
  UpdateAccessKeyCommand,
} from "@aws-sdk/client-iam";
import { GetSessionTokenCommand } from "@aws-sdk/client-sts";
import { ACCOUNT, failure, useServer } from "../server/harness.js";
import {
  enrolMfa,
  iamClient,
  keysOf,
  stsClient,
  userWithKeys,
  type Authenticator,
  type TempKeys,
} from "./helpers.js";

const srv = useServer();

const own = "arn:aws:iam::*:user/${aws:username}";

/** AWS's example policy, as the IAM User Guide gives it. */
const MANAGE_OWN_CREDENTIALS_WITH_MFA = {
  Version: "2012-10-17",
  Statement: [
    {
      Sid: "AllowViewAccountInfo",
      Effect: "Allow",
      Action: ["iam:GetAccountPasswordPolicy", "iam:ListVirtualMFADevices"],
      Resource: "*",
    },
    {
      Sid: "AllowManageOwnPasswords",
      Effect: "Allow",
      Action: ["iam:ChangePassword", "iam:GetUser"],
      Resource: own,
    },
    {
      Sid: "AllowManageOwnAccessKeys",
      Effect: "Allow",
      Action: [
        "iam:CreateAccessKey",
        "iam:DeleteAccessKey",
        "iam:ListAccessKeys",
        "iam:UpdateAccessKey",
        "iam:GetAccessKeyLastUsed",
      ],
      Resource: own,
    },
    {
      Sid: "AllowManageOwnSigningCertificates",
      Effect: "Allow",
      Action: [
        "iam:DeleteSigningCertificate",
        "iam:ListSigningCertificates",
        "iam:UpdateSigningCertificate",
        "iam:UploadSigningCertificate",
      ],
      Resource: own,
    },
    {
      Sid: "AllowManageOwnSSHPublicKeys",
      Effect: "Allow",
      Action: [
        "iam:DeleteSSHPublicKey",
        "iam:GetSSHPublicKey",
        "iam:ListSSHPublicKeys",
        "iam:UpdateSSHPublicKey",
        "iam:UploadSSHPublicKey",
      ],
      Resource: own,
    },
    {
      Sid: "AllowManageOwnGitCredentials",
      Effect: "Allow",
      Action: [
        "iam:CreateServiceSpecificCredential",
        "iam:DeleteServiceSpecificCredential",
        "iam:ListServiceSpecificCredentials",
        "iam:ResetServiceSpecificCredential",
        "iam:UpdateServiceSpecificCredential",
      ],
      Resource: own,
    },
    {
      Sid: "AllowManageOwnVirtualMFADevice",
      Effect: "Allow",
      Action: ["iam:CreateVirtualMFADevice"],
      Resource: "arn:aws:iam::*:mfa/*",
    },
    {
      Sid: "AllowManageOwnUserMFA",
      Effect: "Allow",
      Action: [
        "iam:DeactivateMFADevice",
        "iam:EnableMFADevice",
        "iam:ListMFADevices",
        "iam:ResyncMFADevice",
      ],
      Resource: own,
    },
    {
      Sid: "DenyAllExceptListedIfNoMFA",
      Effect: "Deny",
      NotAction: [
        "iam:CreateVirtualMFADevice",
        "iam:EnableMFADevice",
        "iam:GetUser",
        "iam:GetMFADevice",
        "iam:ListMFADevices",
        "iam:ListVirtualMFADevices",
        "iam:ResyncMFADevice",
        "sts:GetSessionToken",
      ],
      Resource: "*",
      Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } },
    },
  ],
};

describe("AWS's 'manage your own credentials, nothing else without MFA' policy, end to end", () => {
  let keys: TempKeys;
  let auth: Authenticator;
  let code: string;

  before(async () => {
    await srv.reset();
    const iam = srv.iam();
    const policy = await iam.send(
      new CreatePolicyCommand({
        PolicyName: "ManageOwnCredentialsWithMFA",
        PolicyDocument: JSON.stringify(MANAGE_OWN_CREDENTIALS_WITH_MFA),
      }),
    );
    ({ keys } = await userWithKeys(srv, "alice"));
    await iam.send(
      new AttachUserPolicyCommand({ UserName: "alice", PolicyArn: policy.Policy?.Arn ?? "" }),
    );
  });

  test("signed with its access keys, the user is denied all but enrolling MFA", async () => {
    const iam = iamClient(srv, keys);
    assert.deepEqual(await failure(iam.send(new ListAccessKeysCommand({ UserName: "alice" }))), {
      name: "AccessDenied",
      message:
        `User: arn:aws:iam::${ACCOUNT}:user/alice is not authorized to perform: ` +
        `iam:ListAccessKeys on resource: arn:aws:iam::${ACCOUNT}:user/alice ` +
        "with an explicit deny in an identity-based policy",
      status: 403,
    });
    // Listing its (no) devices is among the actions allowed without MFA.
    const devices = await iam.send(new ListMFADevicesCommand({ UserName: "alice" }));
    assert.deepEqual(devices.MFADevices, []);
  });

  test("it enrols a virtual MFA device with two codes from its seed", async () => {
    auth = await enrolMfa(iamClient(srv, keys), "alice");
    const devices = await iamClient(srv, keys).send(
      new ListMFADevicesCommand({ UserName: "alice" }),
    );
    assert.deepEqual(
      devices.MFADevices?.map((d) => d.SerialNumber),
      [`arn:aws:iam::${ACCOUNT}:mfa/alice`],
    );
    // Still denied with its long-term keys: enrolling proves nothing for them.
    const still = await failure(
      iamClient(srv, keys).send(new ListAccessKeysCommand({ UserName: "alice" })),
    );
    assert.equal(still.name, "AccessDenied");
  });

  test("with a code it gets session credentials, which are allowed", async () => {
    code = auth.next();
    const session = await stsClient(srv, keys).send(
      new GetSessionTokenCommand({ SerialNumber: auth.serialNumber, TokenCode: code }),
    );
    const iam = iamClient(srv, keysOf(session.Credentials));
    const listed = await iam.send(new ListAccessKeysCommand({ UserName: "alice" }));
    assert.deepEqual(
      listed.AccessKeyMetadata?.map((k) => k.AccessKeyId),
      [keys.accessKeyId],
    );
    await iam.send(
      new UpdateAccessKeyCommand({
        UserName: "alice",
        AccessKeyId: keys.accessKeyId,
        Status: "Active",
      }),
    );
  });

  test("the same code again is refused", async () => {
    assert.deepEqual(
      await failure(
        stsClient(srv, keys).send(
          new GetSessionTokenCommand({ SerialNumber: auth.serialNumber, TokenCode: code }),
        ),
      ),
      {
        name: "AccessDenied",
        message: "MultiFactorAuthentication failed with invalid MFA one time pass code. ",
        status: 403,
      },
    );
  });
});
