/**
 * GetCallerIdentity for every kind of caller, in AWS's forms (root: the
 * account id; user: AIDA…; a user's session: the user; role session:
 * AROA…:<session>; federated user: <account>:<name>), never denied; and
 * GetAccessKeyInfo for the keys and sessions this server issued.
 */
import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import {
  CreateAccessKeyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  PutUserPolicyCommand,
} from "@aws-sdk/client-iam";
import {
  GetAccessKeyInfoCommand,
  GetCallerIdentityCommand,
  GetFederationTokenCommand,
  GetSessionTokenCommand,
} from "@aws-sdk/client-sts";
import { ACCOUNT, ROOT_KEY, failure, useServer } from "../server/harness.js";
import { allow, issueDirect, keysOf, stsClient, userWithKeys } from "./helpers.js";

const srv = useServer();

const TRUST = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { AWS: ACCOUNT }, Action: "sts:AssumeRole" }],
});
const DENY_ALL = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Deny", Action: "*", Resource: "*" }],
});

describe("GetCallerIdentity", () => {
  beforeEach(() => srv.reset());

  test("the root user: its account id and root ARN; its session answers the same", async () => {
    const me = await srv.sts().send(new GetCallerIdentityCommand({}));
    assert.deepEqual(
      { UserId: me.UserId, Account: me.Account, Arn: me.Arn },
      { UserId: ACCOUNT, Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:root` },
    );
    const session = await srv.sts().send(new GetSessionTokenCommand({}));
    const again = await stsClient(srv, keysOf(session.Credentials)).send(
      new GetCallerIdentityCommand({}),
    );
    assert.equal(again.Arn, `arn:aws:iam::${ACCOUNT}:root`);
    assert.equal(again.UserId, ACCOUNT);
  });

  test("an IAM user (path included), and its GetSessionToken session as the same user", async () => {
    const iam = srv.iam();
    const made = await iam.send(new CreateUserCommand({ UserName: "ann", Path: "/eng/" }));
    const key = await iam.send(new CreateAccessKeyCommand({ UserName: "ann" }));
    const ann = stsClient(srv, {
      accessKeyId: key.AccessKey?.AccessKeyId ?? "",
      secretAccessKey: key.AccessKey?.SecretAccessKey ?? "",
    });
    const me = await ann.send(new GetCallerIdentityCommand({}));
    assert.equal(me.UserId, made.User?.UserId);
    assert.match(me.UserId ?? "", /^AIDA[A-Z2-7]{17}$/);
    assert.equal(me.Account, ACCOUNT);
    assert.equal(me.Arn, `arn:aws:iam::${ACCOUNT}:user/eng/ann`);

    const session = await ann.send(new GetSessionTokenCommand({ DurationSeconds: 900 }));
    const viaSession = await stsClient(srv, keysOf(session.Credentials)).send(
      new GetCallerIdentityCommand({}),
    );
    assert.deepEqual(
      { UserId: viaSession.UserId, Arn: viaSession.Arn },
      { UserId: me.UserId, Arn: me.Arn },
    );
    // Another user's keys answer for that user.
    const { keys } = await userWithKeys(srv, "bob");
    const other = await stsClient(srv, keys).send(new GetCallerIdentityCommand({}));
    assert.equal(other.Arn, `arn:aws:iam::${ACCOUNT}:user/bob`);
  });

  test("a role session: AROA…:<session>, arn:aws:sts::…:assumed-role/<role>/<session>", async () => {
    const role = await srv.iam().send(
      new CreateRoleCommand({
        RoleName: "deployer",
        Path: "/ci/",
        AssumeRolePolicyDocument: TRUST,
      }),
    );
    const roleId = role.Role?.RoleId ?? "";
    const keys = await issueDirect(srv, {
      kind: "role",
      roleId,
      name: "build-42",
      durationSeconds: 900,
    });
    const me = await stsClient(srv, keys).send(new GetCallerIdentityCommand({}));
    assert.equal(me.UserId, `${roleId}:build-42`);
    assert.match(me.UserId ?? "", /^AROA[A-Z2-7]{17}:build-42$/);
    assert.equal(me.Account, ACCOUNT);
    // The role's path is not part of the assumed-role ARN.
    assert.equal(me.Arn, `arn:aws:sts::${ACCOUNT}:assumed-role/deployer/build-42`);
  });

  test("a federated user: <account>:<name>, arn:aws:sts::…:federated-user/<name>", async () => {
    const { keys } = await userWithKeys(srv, "broker", allow("sts:GetFederationToken"));
    const token = await stsClient(srv, keys).send(new GetFederationTokenCommand({ Name: "Bob" }));
    const me = await stsClient(srv, keysOf(token.Credentials)).send(
      new GetCallerIdentityCommand({}),
    );
    assert.deepEqual(
      { UserId: me.UserId, Account: me.Account, Arn: me.Arn },
      {
        UserId: `${ACCOUNT}:Bob`,
        Account: ACCOUNT,
        Arn: `arn:aws:sts::${ACCOUNT}:federated-user/Bob`,
      },
    );
  });

  test("never denied: not by an explicit deny of everything, nor by no policy at all", async () => {
    const { keys } = await userWithKeys(srv, "denied", DENY_ALL);
    const me = await stsClient(srv, keys).send(new GetCallerIdentityCommand({}));
    assert.equal(me.Arn, `arn:aws:iam::${ACCOUNT}:user/denied`);
    const { keys: bare } = await userWithKeys(srv, "bare");
    assert.equal(
      (await stsClient(srv, bare).send(new GetCallerIdentityCommand({}))).Arn,
      `arn:aws:iam::${ACCOUNT}:user/bare`,
    );
  });
});

describe("GetAccessKeyInfo", () => {
  beforeEach(() => srv.reset());

  test("the account of long-term keys (a user's, the root user's) and of session keys", async () => {
    const { keys } = await userWithKeys(srv, "kim");
    const root = srv.sts();
    for (const id of [keys.accessKeyId, ROOT_KEY.accessKeyId]) {
      const info = await root.send(new GetAccessKeyInfoCommand({ AccessKeyId: id }));
      assert.equal(info.Account, ACCOUNT);
    }
    const session = await stsClient(srv, keys).send(new GetSessionTokenCommand({}));
    const sessionKey = session.Credentials?.AccessKeyId ?? "";
    assert.match(sessionKey, /^ASIA/);
    const info = await root.send(new GetAccessKeyInfoCommand({ AccessKeyId: sessionKey }));
    assert.equal(info.Account, ACCOUNT);
  });

  test("a key never issued; the permission it needs", async () => {
    assert.deepEqual(
      await failure(
        srv.sts().send(new GetAccessKeyInfoCommand({ AccessKeyId: "AKIAIOSFODNN7EXAMPLE" })),
      ),
      {
        name: "InvalidClientTokenId",
        message:
          "The X.509 certificate or AWS access key ID provided does not exist in our records.",
        status: 403,
      },
    );
    const { keys } = await userWithKeys(srv, "lee");
    assert.deepEqual(
      await failure(
        stsClient(srv, keys).send(
          new GetAccessKeyInfoCommand({ AccessKeyId: ROOT_KEY.accessKeyId }),
        ),
      ),
      {
        name: "AccessDenied",
        message:
          `User: arn:aws:iam::${ACCOUNT}:user/lee is not authorized to perform: ` +
          "sts:GetAccessKeyInfo because no identity-based policy allows the " +
          "sts:GetAccessKeyInfo action",
        status: 403,
      },
    );
    await srv.iam().send(
      new PutUserPolicyCommand({
        UserName: "lee",
        PolicyName: "p",
        PolicyDocument: allow("sts:GetAccessKeyInfo"),
      }),
    );
    const info = await stsClient(srv, keys).send(
      new GetAccessKeyInfoCommand({ AccessKeyId: keys.accessKeyId }),
    );
    assert.equal(info.Account, ACCOUNT);
  });
});
