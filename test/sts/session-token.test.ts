/**
 * GetSessionToken through the SDK: durations (900–129,600, default 43,200;
 * the root user at most an hour, default an hour), MFA with a virtual device
 * enrolled through IAM (codes computed from Base32StringSeed), a replayed,
 * wrong or foreign code, and who may call it (not session credentials).
 */
import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import {
  CreateRoleCommand,
  GetUserCommand,
  ListUsersCommand,
  PutRolePolicyCommand,
} from "@aws-sdk/client-iam";
import { GetSessionTokenCommand, type GetSessionTokenCommandInput } from "@aws-sdk/client-sts";
import { ACCOUNT, failure, useServer } from "../server/harness.js";
import {
  allow,
  enrolMfa,
  iamClient,
  issueDirect,
  keysOf,
  stsClient,
  userWithKeys,
  type TempKeys,
} from "./helpers.js";

const srv = useServer();

/** Seconds from now until the answer's Expiration. */
async function lifetime(keys: TempKeys | undefined, input: GetSessionTokenCommandInput) {
  const sts = keys === undefined ? srv.sts() : stsClient(srv, keys);
  const before = Date.now();
  const out = await sts.send(new GetSessionTokenCommand(input));
  const expiration = out.Credentials?.Expiration?.getTime() ?? 0;
  return Math.round((expiration - before) / 1000);
}

const TRUST = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { AWS: ACCOUNT }, Action: "sts:AssumeRole" }],
});

const near = (actual: number, expected: number) =>
  assert.ok(Math.abs(actual - expected) <= 3, `${actual} s, expected ${expected} s`);

const INVALID_CODE = {
  name: "AccessDenied",
  message: "MultiFactorAuthentication failed with invalid MFA one time pass code. ",
  status: 403,
};

describe("GetSessionToken", () => {
  beforeEach(() => srv.reset());

  test("an IAM user: 900 to 129,600 seconds, 43,200 by default", async () => {
    const { keys } = await userWithKeys(srv, "ann");
    near(await lifetime(keys, {}), 43_200);
    near(await lifetime(keys, { DurationSeconds: 900 }), 900);
    near(await lifetime(keys, { DurationSeconds: 129_600 }), 129_600);
    const sts = stsClient(srv, keys);
    assert.deepEqual(
      await failure(sts.send(new GetSessionTokenCommand({ DurationSeconds: 899 }))),
      {
        name: "ValidationError",
        message:
          "1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy " +
          "constraint: Member must have value greater than or equal to 900",
        status: 400,
      },
    );
    assert.deepEqual(
      await failure(sts.send(new GetSessionTokenCommand({ DurationSeconds: 129_601 }))),
      {
        name: "ValidationError",
        message:
          "1 validation error detected: Value '129601' at 'durationSeconds' failed to satisfy " +
          "constraint: Member must have value less than or equal to 129600",
        status: 400,
      },
    );
  });

  test("the root user: an hour by default, and at most an hour (a longer request is cut)", async () => {
    near(await lifetime(undefined, {}), 3_600);
    near(await lifetime(undefined, { DurationSeconds: 900 }), 900);
    near(await lifetime(undefined, { DurationSeconds: 129_600 }), 3_600);
  });

  test("the credentials: an ASIA… key id, a 40-character secret, a session token", async () => {
    const { keys } = await userWithKeys(srv, "bo");
    const out = await stsClient(srv, keys).send(new GetSessionTokenCommand({}));
    const c = out.Credentials;
    assert.match(c?.AccessKeyId ?? "", /^ASIA[A-Z2-7]{16}$/);
    assert.equal(c?.SecretAccessKey?.length, 40);
    assert.ok((c?.SessionToken?.length ?? 0) > 40);
  });

  test("with MFA: the session may call IAM, and carries aws:MultiFactorAuthAge", async () => {
    const policy = JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        { Effect: "Allow", Action: ["iam:*MFA*", "iam:GetUser"], Resource: "*" },
        {
          Effect: "Allow",
          Action: "iam:ListUsers",
          Resource: "*",
          Condition: { NumericLessThan: { "aws:MultiFactorAuthAge": "300" } },
        },
      ],
    });
    const { keys } = await userWithKeys(srv, "cy", policy);
    const auth = await enrolMfa(iamClient(srv, keys), "cy");
    assert.equal(auth.serialNumber, `arn:aws:iam::${ACCOUNT}:mfa/cy`);
    // Without MFA, IAM refuses the session's credentials.
    const plain = await stsClient(srv, keys).send(new GetSessionTokenCommand({}));
    assert.deepEqual(
      await failure(iamClient(srv, keysOf(plain.Credentials)).send(new GetUserCommand({}))),
      {
        name: "InvalidClientTokenId",
        message: "The security token included in the request is invalid",
        status: 403,
      },
    );
    const strong = await stsClient(srv, keys).send(
      new GetSessionTokenCommand({ SerialNumber: auth.serialNumber, TokenCode: auth.next() }),
    );
    const iam = iamClient(srv, keysOf(strong.Credentials));
    assert.equal((await iam.send(new GetUserCommand({}))).User?.UserName, "cy");
    await iam.send(new ListUsersCommand({}));
  });

  test("a replayed, wrong or foreign code; a serial that is not the caller's", async () => {
    const { keys } = await userWithKeys(srv, "di", allow("iam:*MFA*"));
    const auth = await enrolMfa(iamClient(srv, keys), "di");
    const sts = stsClient(srv, keys);
    const code = auth.next();
    await sts.send(
      new GetSessionTokenCommand({ SerialNumber: auth.serialNumber, TokenCode: code }),
    );
    // The same code again: refused, as AWS refuses a code used before.
    assert.deepEqual(
      await failure(
        sts.send(new GetSessionTokenCommand({ SerialNumber: auth.serialNumber, TokenCode: code })),
      ),
      INVALID_CODE,
    );
    const wrong = code === "000000" ? "111111" : "000000";
    assert.deepEqual(
      await failure(
        sts.send(new GetSessionTokenCommand({ SerialNumber: auth.serialNumber, TokenCode: wrong })),
      ),
      INVALID_CODE,
    );
    // Another user's device, and no device at all.
    const { keys: other } = await userWithKeys(srv, "ed");
    const notAssociated = {
      name: "AccessDenied",
      message:
        "MultiFactorAuthentication failed, unable to validate MFA code.  " +
        "Please verify your MFA serial number is valid and associated with this user.",
      status: 403,
    };
    for (const serial of [auth.serialNumber, `arn:aws:iam::${ACCOUNT}:mfa/nobody`]) {
      assert.deepEqual(
        await failure(
          stsClient(srv, other).send(
            new GetSessionTokenCommand({ SerialNumber: serial, TokenCode: auth.codeAt(1) }),
          ),
        ),
        notAssociated,
      );
    }
    // One of the pair without the other.
    const pair = {
      name: "AccessDenied",
      message:
        "MultiFactorAuthentication failed, must provide both MFA serial number and one time pass code.",
      status: 403,
    };
    assert.deepEqual(
      await failure(sts.send(new GetSessionTokenCommand({ SerialNumber: auth.serialNumber }))),
      pair,
    );
    assert.deepEqual(
      await failure(sts.send(new GetSessionTokenCommand({ TokenCode: "123456" }))),
      pair,
    );
  });

  test("the root user proves MFA with its own device", async () => {
    const auth = await enrolMfa(srv.iam(), ACCOUNT, "root-device");
    const out = await srv
      .sts()
      .send(
        new GetSessionTokenCommand({ SerialNumber: auth.serialNumber, TokenCode: auth.next() }),
      );
    // The root user's session with MFA may call IAM.
    const users = await iamClient(srv, keysOf(out.Credentials)).send(new ListUsersCommand({}));
    assert.deepEqual(users.Users, []);
  });

  test("no policy is needed, and none can refuse it; session credentials may not call it", async () => {
    const { keys } = await userWithKeys(
      srv,
      "fy",
      JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Deny", Action: "sts:GetSessionToken", Resource: "*" }],
      }),
    );
    const out = await stsClient(srv, keys).send(new GetSessionTokenCommand({}));
    const refused = {
      name: "AccessDenied",
      message: "Cannot call GetSessionToken with session credentials",
      status: 403,
    };
    assert.deepEqual(
      await failure(stsClient(srv, keysOf(out.Credentials)).send(new GetSessionTokenCommand({}))),
      refused,
    );
    // A role session, however wide its role's policies.
    const role = await srv
      .iam()
      .send(new CreateRoleCommand({ RoleName: "wide", AssumeRolePolicyDocument: TRUST }));
    await srv
      .iam()
      .send(
        new PutRolePolicyCommand({ RoleName: "wide", PolicyName: "p", PolicyDocument: allow("*") }),
      );
    const session = await issueDirect(srv, {
      kind: "role",
      roleId: role.Role?.RoleId ?? "",
      name: "s",
      durationSeconds: 900,
    });
    assert.deepEqual(
      await failure(stsClient(srv, session).send(new GetSessionTokenCommand({}))),
      refused,
    );
  });
});
