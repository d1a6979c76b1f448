/**
 * AssumeRoleWithWebIdentity against a real server and a real OpenID Connect
 * issuer on loopback (HTTPS with a CA made for the run, keys made in the
 * test): a good token traded for role credentials that work, the trust
 * policy's Federated principal and the provider's condition keys, tokens
 * refused with AWS's errors (wrong audience, bad signature, expired), the
 * request unsigned as the SDKs send it, the SDK's own web identity
 * credential providers (fromWebToken, fromTokenFile) using the answer
 * unchanged, and session tags from the token.
 */
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, beforeEach, describe, test } from "node:test";
import {
  CreateOpenIDConnectProviderCommand,
  IAMClient,
  ListUsersCommand,
} from "@aws-sdk/client-iam";
import {
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient,
  type AssumeRoleWithWebIdentityCommandInput,
} from "@aws-sdk/client-sts";
import { fromTokenFile, fromWebToken } from "@aws-sdk/credential-providers";
import { SignJWT } from "jose";
import { ACCOUNT, failure, useServer } from "../server/harness.js";
import { makeRole, permit, trust } from "./assume-role-helpers.js";
import { iamClient, keysOf, stsClient } from "./helpers.js";
import { makeSigningKey, startIssuer, type SigningKey, type TestIssuer } from "./oidc-issuer.js";

const srv = useServer();
const CLIENT = "sts.amazonaws.com";
const SUB = "repo:octo/app:ref:refs/heads/main";

let issuer: TestIssuer;
let providerArn: string;

before(async () => {
  issuer = await startIssuer();
});
after(() => issuer?.close());

/** A role trusting the issuer's provider for CLIENT and SUB, allowed to list users. */
async function setUp(): Promise<string> {
  await srv.reset();
  srv.server.services.identityProviderCa = [issuer.ca];
  const made = await srv
    .iam()
    .send(new CreateOpenIDConnectProviderCommand({ Url: issuer.url, ClientIDList: [CLIENT] }));
  providerArn = made.OpenIDConnectProviderArn ?? "";
  const role = await makeRole(
    srv,
    "ci",
    trust({ Federated: providerArn }, ["sts:AssumeRoleWithWebIdentity", "sts:TagSession"], {
      StringEquals: { [`${issuer.host}:aud`]: CLIENT },
      StringLike: { [`${issuer.host}:sub`]: "repo:octo/app:*" },
    }),
    {
      policy: permit("iam:ListUsers", "*", {
        StringEquals: { "aws:FederatedProvider": issuer.host },
      }),
    },
  );
  return role.arn;
}

/** An STS client with no credentials at all: the SDK sends the call unsigned. */
const anonymous = () =>
  new STSClient({
    region: "us-east-1",
    endpoint: srv.url,
    maxAttempts: 1,
    credentials: () => Promise.reject(new Error("no credentials should be needed")),
  });

const call = (input: AssumeRoleWithWebIdentityCommandInput) =>
  anonymous().send(new AssumeRoleWithWebIdentityCommand(input));

describe("AssumeRoleWithWebIdentity", () => {
  let roleArn = "";
  beforeEach(async () => {
    roleArn = await setUp();
  });

  test("a good token: role credentials that work, and AWS's answer", async () => {
    const token = await issuer.sign({ sub: SUB, aud: CLIENT });
    const before = Date.now();
    const out = await call({
      RoleArn: roleArn,
      RoleSessionName: "build-42",
      WebIdentityToken: token,
    });
    assert.equal(out.SubjectFromWebIdentityToken, SUB);
    assert.equal(out.Audience, CLIENT);
    assert.equal(out.Provider, providerArn);
    assert.equal(out.AssumedRoleUser?.Arn, `arn:aws:sts::${ACCOUNT}:assumed-role/ci/build-42`);
    assert.match(out.AssumedRoleUser?.AssumedRoleId ?? "", /^AROA[A-Z0-9]+:build-42$/);
    assert.equal(out.PackedPolicySize, undefined);
    const lifetime = ((out.Credentials?.Expiration?.getTime() ?? 0) - before) / 1000;
    assert.ok(Math.abs(lifetime - 3600) <= 3, `${lifetime} s`);
    const keys = keysOf(out.Credentials);
    const me = await stsClient(srv, keys).send(new GetCallerIdentityCommand({}));
    assert.equal(me.Arn, out.AssumedRoleUser?.Arn);
    // The role's policy asks for aws:FederatedProvider: the session's requests carry it.
    await iamClient(srv, keys).send(new ListUsersCommand({}));
  });

  test("the request needs no signature at all", async () => {
    const token = await issuer.sign({ sub: SUB, aud: CLIENT });
    const body = new URLSearchParams({
      Action: "AssumeRoleWithWebIdentity",
      Version: "2011-06-15",
      RoleArn: roleArn,
      RoleSessionName: "raw",
      WebIdentityToken: token,
    });
    const res = await fetch(`${srv.url}/`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: body.toString(),
    });
    const text = await res.text();
    assert.equal(res.status, 200, text);
    assert.match(text, /<AssumeRoleWithWebIdentityResult>/);
    // Any other action unsigned is still refused.
    const other = await fetch(`${srv.url}/`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "Action=GetCallerIdentity&Version=2011-06-15",
    });
    assert.equal(other.status, 403);
    assert.match(await other.text(), /<Code>MissingAuthenticationToken<\/Code>/);
    const saml = await fetch(`${srv.url}/`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        Action: "AssumeRoleWithSAML",
        Version: "2011-06-15",
        RoleArn: roleArn,
        PrincipalArn: `arn:aws:iam::${ACCOUNT}:saml-provider/corp`,
        SAMLAssertion: "x".repeat(8),
      }).toString(),
    });
    assert.equal(saml.status, 501);
    assert.match(await saml.text(), /<Code>NotImplemented<\/Code>/);
  });

  test("the trust policy decides: the provider's keys, and a role that trusts someone else", async () => {
    const otherSub = await issuer.sign({ sub: "repo:evil/app:ref:refs/heads/main", aud: CLIENT });
    const refused = {
      name: "AccessDenied",
      message: "Not authorized to perform sts:AssumeRoleWithWebIdentity",
      status: 403,
    };
    assert.deepEqual(
      await failure(call({ RoleArn: roleArn, RoleSessionName: "s1", WebIdentityToken: otherSub })),
      refused,
    );
    const good = await issuer.sign({ sub: SUB, aud: CLIENT });
    const accountOnly = await makeRole(srv, "for-users", trust({ AWS: ACCOUNT }));
    for (const arn of [accountOnly.arn, `arn:aws:iam::${ACCOUNT}:role/missing`]) {
      assert.deepEqual(
        await failure(call({ RoleArn: arn, RoleSessionName: "s1", WebIdentityToken: good })),
        refused,
      );
    }
  });

  test("tokens refused with AWS's errors: wrong audience, bad signature, expired", async () => {
    const invalid = (message: string) => ({
      name: "InvalidIdentityTokenException",
      message,
      status: 400,
    });
    const base = { RoleArn: roleArn, RoleSessionName: "s1" };
    const wrongAudience = await issuer.sign({ sub: SUB, aud: "someone-else" });
    assert.deepEqual(
      await failure(call({ ...base, WebIdentityToken: wrongAudience })),
      invalid("Incorrect token audience"),
    );
    // Signed by another key under the issuer's key id: the signature does not verify.
    const stranger: SigningKey = await makeSigningKey();
    const forged = await issuer.sign(
      { sub: SUB, aud: CLIENT },
      { key: stranger, kid: (issuer.keys[0] as SigningKey).kid },
    );
    assert.deepEqual(
      await failure(call({ ...base, WebIdentityToken: forged })),
      invalid(
        "The web identity token that was passed could not be validated by AWS. Get a new identity token from the identity provider and then retry the request.",
      ),
    );
    const now = Math.floor(Date.now() / 1000);
    const expired = await issuer.sign({ sub: SUB, aud: CLIENT, iat: now - 600, exp: now - 60 });
    const late = await failure(call({ ...base, WebIdentityToken: expired }));
    // The SDK names the modelled error (wire code ExpiredTokenException).
    assert.equal(late.name, "ExpiredTokenException");
    assert.equal(late.status, 400);
    assert.match(
      late.message,
      /^Token expired: current date\/time \d+ must be before the expiration date\/time \d+$/,
    );
    // A token from an issuer the account did not register.
    const unknown = await new SignJWT({ sub: SUB, aud: CLIENT })
      .setProtectedHeader({ alg: "RS256", kid: stranger.kid })
      .setIssuer("https://idp.example.com")
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(stranger.privateKey);
    assert.deepEqual(
      await failure(call({ ...base, WebIdentityToken: unknown })),
      invalid("No OpenIDConnect provider found in your account for https://idp.example.com"),
    );
  });

  test("DurationSeconds, session policies and the role's MaxSessionDuration", async () => {
    const token = await issuer.sign({ sub: SUB, aud: CLIENT });
    const base = { RoleArn: roleArn, RoleSessionName: "s1", WebIdentityToken: token };
    assert.deepEqual(await failure(call({ ...base, DurationSeconds: 7200 })), {
      name: "ValidationError",
      message: "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
      status: 400,
    });
    const out = await call({ ...base, DurationSeconds: 900, Policy: permit("iam:ListRoles") });
    assert.ok((out.PackedPolicySize ?? 0) >= 1);
    const denied = await failure(
      iamClient(srv, keysOf(out.Credentials)).send(new ListUsersCommand({})),
    );
    assert.match(denied.message, /because no session policy allows the iam:ListUsers action$/);
  });

  test("session tags from the token's https://aws.amazon.com/tags claim", async () => {
    const tagged = await makeRole(
      srv,
      "tagged",
      trust({ Federated: providerArn }, ["sts:AssumeRoleWithWebIdentity", "sts:TagSession"]),
      {
        policy: permit("iam:ListUsers", "*", { StringEquals: { "aws:PrincipalTag/team": "blue" } }),
      },
    );
    const token = await issuer.sign({
      sub: SUB,
      aud: CLIENT,
      "https://aws.amazon.com/tags": {
        principal_tags: { team: ["blue"] },
        transitive_tag_keys: ["team"],
      },
    });
    const out = await call({ RoleArn: tagged.arn, RoleSessionName: "s1", WebIdentityToken: token });
    assert.ok((out.PackedPolicySize ?? 0) >= 1);
    await iamClient(srv, keysOf(out.Credentials)).send(new ListUsersCommand({}));
    // A role whose trust policy does not allow sts:TagSession refuses tagged tokens.
    const untaggable = await makeRole(
      srv,
      "untaggable",
      trust({ Federated: providerArn }, "sts:AssumeRoleWithWebIdentity"),
    );
    assert.deepEqual(
      await failure(
        call({ RoleArn: untaggable.arn, RoleSessionName: "s1", WebIdentityToken: token }),
      ),
      { name: "AccessDenied", message: "Not authorized to perform sts:TagSession", status: 403 },
    );
  });

  test("the SDK's credential providers use the answer unchanged", async () => {
    const clientConfig = { endpoint: srv.url, region: "us-east-1", maxAttempts: 1 };
    const token = await issuer.sign({ sub: SUB, aud: CLIENT });
    const viaToken = new IAMClient({
      ...clientConfig,
      credentials: fromWebToken({
        roleArn,
        roleSessionName: "sdk-web-token",
        webIdentityToken: token,
        clientConfig,
      }),
    });
    await viaToken.send(new ListUsersCommand({}));

    const dir = mkdtempSync(join(tmpdir(), "gatehouse-web-identity-"));
    const file = join(dir, "token");
    writeFileSync(file, await issuer.sign({ sub: SUB, aud: CLIENT }));
    const viaFile = new STSClient({
      ...clientConfig,
      credentials: fromTokenFile({
        webIdentityTokenFile: file,
        roleArn,
        roleSessionName: "sdk-token-file",
        clientConfig,
      }),
    });
    const me = await viaFile.send(new GetCallerIdentityCommand({}));
    assert.equal(me.Arn, `arn:aws:sts::${ACCOUNT}:assumed-role/ci/sdk-token-file`);
  });
});
