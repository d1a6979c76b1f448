/**
 * Temporary credentials as callers: sessions stored as STS issues them, used
 * by the real AWS SDK (access key, secret and session token) against a real
 * server. Who the caller is, what the token and expiry checks answer, and how
 * role policies, session policies and the federated rule decide.
 */
import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import {
  CreateAccessKeyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  GetUserCommand,
  ListRolesCommand,
  ListUsersCommand,
  PutRolePolicyCommand,
  PutUserPolicyCommand,
  IAMClient,
} from "@aws-sdk/client-iam";
import { issueSession, type SessionSpec, type IssuedCredentials } from "../../src/sts/sessions.js";
import { ACCOUNT, failure, useServer } from "../server/harness.js";
import { policyOf, when } from "./helpers.js";

const srv = useServer();

const TRUST = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    {
      Effect: "Allow",
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
      Action: "sts:AssumeRole",
    },
  ],
});
const allow = (...actions: string[]) =>
  JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Action: actions, Resource: "*" }],
  });

async function issue(
  spec: Omit<SessionSpec, "accountId">,
  now = new Date(),
): Promise<IssuedCredentials> {
  const { store, services } = srv.server;
  return store.write(ACCOUNT, (tx) =>
    issueSession(tx, services.secrets, { accountId: ACCOUNT, ...spec }, now),
  );
}

function client(c: IssuedCredentials, token = c.SessionToken): IAMClient {
  return new IAMClient({
    region: "us-east-1",
    endpoint: srv.url,
    maxAttempts: 1,
    credentials: {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: token,
    },
  });
}

async function makeUser(name: string, policy?: string): Promise<string> {
  const iam = srv.iam();
  const made = await iam.send(new CreateUserCommand({ UserName: name }));
  if (policy !== undefined) {
    await iam.send(
      new PutUserPolicyCommand({ UserName: name, PolicyName: "p", PolicyDocument: policy }),
    );
  }
  return made.User?.UserId ?? "";
}

async function makeRole(name: string, policy: string): Promise<string> {
  const iam = srv.iam();
  const made = await iam.send(
    new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: TRUST }),
  );
  await iam.send(
    new PutRolePolicyCommand({ RoleName: name, PolicyName: "p", PolicyDocument: policy }),
  );
  return made.Role?.RoleId ?? "";
}

describe("temporary credentials as callers", () => {
  beforeEach(() => srv.reset());

  test("a user's session acts as the user; the token must match; expiry ends it", async () => {
    const userId = await makeUser("alice", allow("iam:GetUser"));
    // With MFA: IAM refuses GetSessionToken credentials without it (credential-limits.ts).
    const creds = await issue({ kind: "session", userId, mfaAt: new Date(), durationSeconds: 900 });
    assert.match(creds.AccessKeyId, /^ASIA[A-Z2-7]{16}$/);
    const me = await client(creds).send(new GetUserCommand({}));
    assert.equal(me.User?.Arn, `arn:aws:iam::${ACCOUNT}:user/alice`);

    assert.deepEqual(await failure(client(creds, "not-the-token").send(new GetUserCommand({}))), {
      name: "InvalidClientTokenId",
      message: "The security token included in the request is invalid.",
      status: 403,
    });
    const past = await issue(
      { kind: "session", userId, mfaAt: new Date(), durationSeconds: 900 },
      new Date(Date.now() - 3_600_000),
    );
    assert.deepEqual(await failure(client(past).send(new GetUserCommand({}))), {
      name: "ExpiredToken",
      message: "The security token included in the request is expired",
      status: 403,
    });
  });

  test("a long-term key sent with a session token is refused", async () => {
    const iam = srv.iam();
    await makeUser("bob", allow("iam:GetUser"));
    const key = await iam.send(new CreateAccessKeyCommand({ UserName: "bob" }));
    const withToken = new IAMClient({
      region: "us-east-1",
      endpoint: srv.url,
      maxAttempts: 1,
      credentials: {
        accessKeyId: key.AccessKey?.AccessKeyId ?? "",
        secretAccessKey: key.AccessKey?.SecretAccessKey ?? "",
        sessionToken: "anything",
      },
    });
    assert.equal(
      (await failure(withToken.send(new GetUserCommand({})))).name,
      "InvalidClientTokenId",
    );
  });

  test("a role session has its role's permissions, as the assumed-role ARN", async () => {
    const roleId = await makeRole("reader", allow("iam:ListUsers"));
    const creds = await issue({ kind: "role", roleId, name: "s1", durationSeconds: 900 });
    const iam = client(creds);
    await iam.send(new ListUsersCommand({}));
    assert.deepEqual(await failure(iam.send(new ListRolesCommand({}))), {
      name: "AccessDenied",
      message:
        `User: arn:aws:sts::${ACCOUNT}:assumed-role/reader/s1 is not authorized to perform: ` +
        `iam:ListRoles on resource: arn:aws:iam::${ACCOUNT}:role/ because no identity-based ` +
        "policy allows the iam:ListRoles action",
      status: 403,
    });
    // Without a user name, a role session cannot ask for "its" user.
    assert.equal((await failure(iam.send(new GetUserCommand({})))).name, "ValidationError");
  });

  test("session policies narrow a role session; IAM refuses federated users", async () => {
    const roleId = await makeRole("wide", allow("iam:ListUsers", "iam:ListRoles"));
    const narrowed = await issue({
      kind: "role",
      roleId,
      name: "narrow",
      policy: allow("iam:ListRoles"),
      durationSeconds: 900,
    });
    await client(narrowed).send(new ListRolesCommand({}));
    const denied = await failure(client(narrowed).send(new ListUsersCommand({})));
    assert.equal(denied.name, "AccessDenied");
    assert.match(denied.message, /because no session policy allows the iam:ListUsers action$/);

    const userId = await makeUser("carol", allow("iam:ListUsers"));
    // Federated users may call no IAM action, whatever their session policies allow (how the
    // policies decide for them: test/sts/federation-token.test.ts).
    const scoped = await issue({
      kind: "federated",
      userId,
      name: "fed2",
      policy: allow("iam:ListUsers"),
      durationSeconds: 900,
    });
    const refused = await failure(client(scoped).send(new ListUsersCommand({})));
    assert.equal(refused.name, "InvalidClientTokenId");
  });

  test("a session's condition keys: MFA, token issue time, principal tags", async () => {
    const roleId = await makeRole(
      "mfa-only",
      policyOf(
        when("Allow", "iam:ListUsers", { Bool: { "aws:MultiFactorAuthPresent": "true" } }),
        when("Allow", "iam:ListRoles", { StringEquals: { "aws:PrincipalTag/team": "blue" } }),
        when("Deny", "*", { DateLessThan: { "aws:TokenIssueTime": "2020-01-01T00:00:00Z" } }),
      ),
    );
    const plain = await issue({ kind: "role", roleId, name: "a", durationSeconds: 900 });
    assert.equal(
      (await failure(client(plain).send(new ListUsersCommand({})))).name,
      "AccessDenied",
    );
    assert.equal(
      (await failure(client(plain).send(new ListRolesCommand({})))).name,
      "AccessDenied",
    );
    const strong = await issue({
      kind: "role",
      roleId,
      name: "b",
      mfaAt: new Date(),
      tags: [{ Key: "Team", Value: "blue" }],
      durationSeconds: 900,
    });
    await client(strong).send(new ListUsersCommand({}));
    await client(strong).send(new ListRolesCommand({}));
  });
});
