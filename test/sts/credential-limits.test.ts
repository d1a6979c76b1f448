/**
 * What temporary credentials may call whatever their policies allow, as AWS
 * documents it: GetSessionToken credentials no IAM without MFA and only
 * AssumeRole and GetCallerIdentity in STS; GetFederationToken credentials no
 * IAM and only GetCallerIdentity; role sessions neither GetSessionToken nor
 * GetFederationToken. The root user's sessions are bound as well.
 */
import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import {
  CreateRoleCommand,
  GetUserCommand,
  ListUsersCommand,
  PutRolePolicyCommand,
} from "@aws-sdk/client-iam";
import {
  DecodeAuthorizationMessageCommand,
  GetAccessKeyInfoCommand,
  GetCallerIdentityCommand,
  GetFederationTokenCommand,
  GetSessionTokenCommand,
  STSClient,
} from "@aws-sdk/client-sts";
import type { Action, Caller, CallerSession } from "../../src/iam/action.js";
import { IamError } from "../../src/model/errors.js";
import { checkTemporaryCredentials } from "../../src/sts/credential-limits.js";
import { ACCOUNT, ROOT_KEY, failure, useServer } from "../server/harness.js";
import {
  allow,
  iamClient,
  issueDirect,
  keysOf,
  stsClient,
  userWithKeys,
  type TempKeys,
} from "./helpers.js";

const srv = useServer();

const IAM_REFUSAL = {
  name: "InvalidClientTokenId",
  message: "The security token included in the request is invalid",
  status: 403,
};
const refusal = (action: string) => ({
  name: "AccessDenied",
  message: `Cannot call ${action} with session credentials`,
  status: 403,
});

/** The STS calls other than GetCallerIdentity, each answering what `expected` says. */
async function stsCalls(sts: STSClient): Promise<Record<string, string>> {
  const calls: Record<string, () => Promise<unknown>> = {
    GetSessionToken: () => sts.send(new GetSessionTokenCommand({})),
    GetFederationToken: () => sts.send(new GetFederationTokenCommand({ Name: "fed" })),
    GetAccessKeyInfo: () =>
      sts.send(new GetAccessKeyInfoCommand({ AccessKeyId: ROOT_KEY.accessKeyId })),
    DecodeAuthorizationMessage: () =>
      sts.send(new DecodeAuthorizationMessageCommand({ EncodedMessage: "x" })),
  };
  const out: Record<string, string> = {};
  for (const [name, call] of Object.entries(calls)) {
    try {
      await call();
      out[name] = "ok";
    } catch (err) {
      const e = err as { name: string; message: string };
      out[name] = e.message === refusal(name).message ? "refused" : e.name;
    }
  }
  return out;
}

describe("the limits on temporary credentials", () => {
  let keys: TempKeys;

  beforeEach(async () => {
    await srv.reset();
    ({ keys } = await userWithKeys(srv, "ann", allow("*")));
  });

  test("GetSessionToken credentials: no IAM without MFA; in STS, GetCallerIdentity", async () => {
    const session = keysOf(
      (await stsClient(srv, keys).send(new GetSessionTokenCommand({}))).Credentials,
    );
    assert.deepEqual(
      await failure(iamClient(srv, session).send(new GetUserCommand({}))),
      IAM_REFUSAL,
    );
    const sts = stsClient(srv, session);
    assert.equal(
      (await sts.send(new GetCallerIdentityCommand({}))).Arn,
      `arn:aws:iam::${ACCOUNT}:user/ann`,
    );
    assert.deepEqual(await stsCalls(sts), {
      GetSessionToken: "refused",
      GetFederationToken: "refused",
      GetAccessKeyInfo: "refused",
      DecodeAuthorizationMessage: "refused",
    });
    // With MFA the same user's session may call IAM (test/sts/session-token.test.ts enrols a
    // device; here the session is stored with its MFA moment).
    const { userId } = await userWithKeys(srv, "bea", allow("iam:GetUser"));
    const strong = await issueDirect(srv, {
      kind: "session",
      userId,
      mfaAt: new Date(),
      durationSeconds: 900,
    });
    assert.equal((await iamClient(srv, strong).send(new GetUserCommand({}))).User?.UserName, "bea");
  });

  test("the root user's session is bound too, before its 'anything goes'", async () => {
    const session = keysOf((await srv.sts().send(new GetSessionTokenCommand({}))).Credentials);
    assert.deepEqual(
      await failure(iamClient(srv, session).send(new ListUsersCommand({}))),
      IAM_REFUSAL,
    );
    assert.deepEqual(
      await failure(stsClient(srv, session).send(new GetFederationTokenCommand({ Name: "x1" }))),
      refusal("GetFederationToken"),
    );
  });

  test("GetFederationToken credentials: no IAM at all; in STS, GetCallerIdentity alone", async () => {
    const fed = keysOf(
      (
        await stsClient(srv, keys).send(
          new GetFederationTokenCommand({ Name: "fed", Policy: allow("*") }),
        )
      ).Credentials,
    );
    assert.deepEqual(
      await failure(iamClient(srv, fed).send(new ListUsersCommand({}))),
      IAM_REFUSAL,
    );
    const sts = stsClient(srv, fed);
    assert.equal(
      (await sts.send(new GetCallerIdentityCommand({}))).Arn,
      `arn:aws:sts::${ACCOUNT}:federated-user/fed`,
    );
    assert.deepEqual(await stsCalls(sts), {
      GetSessionToken: "refused",
      GetFederationToken: "refused",
      GetAccessKeyInfo: "refused",
      DecodeAuthorizationMessage: "refused",
    });
  });

  test("role sessions: IAM by their policies; no GetSessionToken, no GetFederationToken", async () => {
    const trust = JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: { AWS: ACCOUNT }, Action: "sts:AssumeRole" }],
    });
    const iam = srv.iam();
    const role = await iam.send(
      new CreateRoleCommand({ RoleName: "ops", AssumeRolePolicyDocument: trust }),
    );
    await iam.send(
      new PutRolePolicyCommand({ RoleName: "ops", PolicyName: "p", PolicyDocument: allow("*") }),
    );
    const session = await issueDirect(srv, {
      kind: "role",
      roleId: role.Role?.RoleId ?? "",
      name: "s",
      durationSeconds: 900,
    });
    await iamClient(srv, session).send(new ListUsersCommand({}));
    assert.deepEqual(await stsCalls(stsClient(srv, session)), {
      GetSessionToken: "refused",
      GetFederationToken: "refused",
      GetAccessKeyInfo: "ok",
      DecodeAuthorizationMessage: "InvalidAuthorizationMessageException",
    });
  });
});

describe("checkTemporaryCredentials, action by action", () => {
  const action = (service: "iam" | "sts", name: string): Action => ({
    service,
    name,
    permission: `${service}:${name}`,
    writes: false,
    resource: () => undefined,
    run: () => Promise.resolve(undefined),
  });
  const session = (kind: CallerSession["kind"], mfa = false): Caller => {
    const s: CallerSession = {
      id: "ASIAEXAMPLEEXAMPLE00",
      kind,
      userId: null,
      issuedAt: "2026-01-01T00:00:00Z",
      expiresAt: "2027-01-01T00:00:00Z",
      chained: false,
      policyArns: [],
      tags: [],
      transitiveTagKeys: [],
      context: {},
    };
    if (mfa) s.mfaAt = "2026-01-01T00:00:00Z";
    return { accountId: ACCOUNT, kind: "user", arn: "arn", accessKeyId: s.id, session: s };
  };
  const code = (caller: Caller, a: Action): string => {
    try {
      checkTemporaryCredentials(caller, a);
      return "ok";
    } catch (err) {
      return err instanceof IamError ? err.code : "?";
    }
  };

  test("AssumeRole is open to GetSessionToken and role credentials, not to federated users", () => {
    const assumeRole = action("sts", "AssumeRole");
    assert.equal(code(session("session"), assumeRole), "ok");
    assert.equal(code(session("role"), assumeRole), "ok");
    assert.equal(code(session("federated"), assumeRole), "AccessDenied");
  });

  test("web identity and SAML take no credentials: never limited", () => {
    for (const kind of ["session", "federated", "role"] as const) {
      assert.equal(code(session(kind), action("sts", "AssumeRoleWithWebIdentity")), "ok");
      assert.equal(code(session(kind), action("sts", "AssumeRoleWithSAML")), "ok");
    }
  });

  test("IAM: MFA opens it to GetSessionToken credentials, never to federated users", () => {
    const listUsers = action("iam", "ListUsers");
    assert.equal(code(session("session"), listUsers), "InvalidClientTokenId");
    assert.equal(code(session("session", true), listUsers), "ok");
    assert.equal(code(session("federated", true), listUsers), "InvalidClientTokenId");
    assert.equal(code(session("role"), listUsers), "ok");
    const longTerm: Caller = { accountId: ACCOUNT, kind: "root", arn: "a", accessKeyId: "AKIA" };
    assert.equal(code(longTerm, action("sts", "GetSessionToken")), "ok");
  });
});
