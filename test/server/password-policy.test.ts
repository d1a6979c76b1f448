import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import {
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateUserCommand,
  DeleteAccountPasswordPolicyCommand,
  GetAccountPasswordPolicyCommand,
  UpdateAccountPasswordPolicyCommand,
} from "@aws-sdk/client-iam";
import { ACCOUNT, failure, useServer, type Keys } from "./harness.js";

const srv = useServer();

const NOT_FOUND = {
  name: "NoSuchEntityException",
  message: `The Password Policy with domain name ${ACCOUNT} cannot be found.`,
  status: 404,
};

describe("the account password policy", () => {
  beforeEach(() => srv.reset());

  test("none yet: Get and Delete answer AWS's two different NoSuchEntity texts", async () => {
    const iam = srv.iam();
    assert.deepEqual(await failure(iam.send(new GetAccountPasswordPolicyCommand({}))), NOT_FOUND);
    assert.deepEqual(await failure(iam.send(new DeleteAccountPasswordPolicyCommand({}))), {
      name: "NoSuchEntityException",
      message: "The account policy with name PasswordPolicy cannot be found.",
      status: 404,
    });
  });

  test("Update without members: AWS's defaults, as AWS answers them", async () => {
    const iam = srv.iam();
    await iam.send(new UpdateAccountPasswordPolicyCommand({}));
    const got = await iam.send(new GetAccountPasswordPolicyCommand({}));
    assert.deepEqual(got.PasswordPolicy, {
      AllowUsersToChangePassword: false,
      ExpirePasswords: false,
      MinimumPasswordLength: 6,
      RequireLowercaseCharacters: false,
      RequireNumbers: false,
      RequireSymbols: false,
      RequireUppercaseCharacters: false,
    });
  });

  test("every member set, then an update that is not partial", async () => {
    const iam = srv.iam();
    await iam.send(
      new UpdateAccountPasswordPolicyCommand({
        AllowUsersToChangePassword: true,
        HardExpiry: true,
        MaxPasswordAge: 60,
        MinimumPasswordLength: 10,
        PasswordReusePrevention: 3,
        RequireLowercaseCharacters: true,
        RequireNumbers: true,
        RequireSymbols: true,
        RequireUppercaseCharacters: true,
      }),
    );
    const full = await iam.send(new GetAccountPasswordPolicyCommand({}));
    assert.deepEqual(full.PasswordPolicy, {
      AllowUsersToChangePassword: true,
      ExpirePasswords: true,
      HardExpiry: true,
      MaxPasswordAge: 60,
      MinimumPasswordLength: 10,
      PasswordReusePrevention: 3,
      RequireLowercaseCharacters: true,
      RequireNumbers: true,
      RequireSymbols: true,
      RequireUppercaseCharacters: true,
    });

    await iam.send(
      new UpdateAccountPasswordPolicyCommand({ RequireNumbers: true, MaxPasswordAge: 1095 }),
    );
    const reverted = await iam.send(new GetAccountPasswordPolicyCommand({}));
    assert.deepEqual(reverted.PasswordPolicy, {
      AllowUsersToChangePassword: false,
      ExpirePasswords: true,
      MaxPasswordAge: 1095,
      MinimumPasswordLength: 6,
      RequireLowercaseCharacters: false,
      RequireNumbers: true,
      RequireSymbols: false,
      RequireUppercaseCharacters: false,
    });

    await iam.send(new DeleteAccountPasswordPolicyCommand({}));
    assert.deepEqual(await failure(iam.send(new GetAccountPasswordPolicyCommand({}))), NOT_FOUND);
  });

  test("out of range: AWS's validation message, values not echoed, AWS's order", async () => {
    const iam = srv.iam();
    assert.deepEqual(
      await failure(
        iam.send(
          new UpdateAccountPasswordPolicyCommand({
            MaxPasswordAge: 1096,
            MinimumPasswordLength: 129,
            PasswordReusePrevention: 25,
          }),
        ),
      ),
      {
        name: "ValidationError",
        message:
          "3 validation errors detected: Value at 'minimumPasswordLength' failed to satisfy constraint: " +
          "Member must have value less than or equal to 128; Value at 'passwordReusePrevention' failed to " +
          "satisfy constraint: Member must have value less than or equal to 24; Value at 'maxPasswordAge' " +
          "failed to satisfy constraint: Member must have value less than or equal to 1095",
        status: 400,
      },
    );
    const low = (member: string, min: number) =>
      `1 validation error detected: Value at '${member}' failed to satisfy constraint: ` +
      `Member must have value greater than or equal to ${min}`;
    const cases: [Record<string, number>, string][] = [
      [{ MinimumPasswordLength: 5 }, low("minimumPasswordLength", 6)],
      [{ MaxPasswordAge: 0 }, low("maxPasswordAge", 1)],
      [{ PasswordReusePrevention: 0 }, low("passwordReusePrevention", 1)],
    ];
    for (const [input, message] of cases) {
      const err = await failure(iam.send(new UpdateAccountPasswordPolicyCommand(input)));
      assert.deepEqual(err, { name: "ValidationError", message, status: 400 });
    }
    // The edges are accepted.
    await iam.send(
      new UpdateAccountPasswordPolicyCommand({
        MinimumPasswordLength: 128,
        MaxPasswordAge: 1,
        PasswordReusePrevention: 24,
      }),
    );
    await iam.send(new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 6 }));
  });

  test("permissions: a user needs them; IAMUserChangePassword grants Get", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "bob" }));
    const created = await iam.send(new CreateAccessKeyCommand({ UserName: "bob" }));
    const keys: Keys = {
      accessKeyId: created.AccessKey?.AccessKeyId ?? "",
      secretAccessKey: created.AccessKey?.SecretAccessKey ?? "",
    };
    await iam.send(new UpdateAccountPasswordPolicyCommand({}));
    const bob = srv.iam(keys);
    assert.deepEqual(await failure(bob.send(new GetAccountPasswordPolicyCommand({}))), {
      name: "AccessDenied",
      message:
        `User: arn:aws:iam::${ACCOUNT}:user/bob is not authorized to perform: iam:GetAccountPasswordPolicy ` +
        "because no identity-based policy allows the iam:GetAccountPasswordPolicy action",
      status: 403,
    });
    await iam.send(
      new AttachUserPolicyCommand({
        UserName: "bob",
        PolicyArn: "arn:aws:iam::aws:policy/IAMUserChangePassword",
      }),
    );
    const got = await bob.send(new GetAccountPasswordPolicyCommand({}));
    assert.equal(got.PasswordPolicy?.MinimumPasswordLength, 6);
    assert.equal(
      (await failure(bob.send(new UpdateAccountPasswordPolicyCommand({})))).name,
      "AccessDenied",
    );
    assert.equal(
      (await failure(bob.send(new DeleteAccountPasswordPolicyCommand({})))).name,
      "AccessDenied",
    );
  });

  test("AllowUsersToChangePassword also lets users read the policy", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "carol" }));
    const created = await iam.send(new CreateAccessKeyCommand({ UserName: "carol" }));
    const carol = srv.iam({
      accessKeyId: created.AccessKey?.AccessKeyId ?? "",
      secretAccessKey: created.AccessKey?.SecretAccessKey ?? "",
    });
    await iam.send(new UpdateAccountPasswordPolicyCommand({ AllowUsersToChangePassword: true }));
    const got = await carol.send(new GetAccountPasswordPolicyCommand({}));
    assert.equal(got.PasswordPolicy?.AllowUsersToChangePassword, true);
  });
});
