/**
 * Web identity tokens verified against a real store (a running server's, the
 * provider registered through the AWS SDK) and a real issuer on loopback
 * (HTTPS with a CA made for the run, keys made here): the claims and
 * condition keys of a good token, and AWS's codes and texts for a wrong
 * audience, a bad signature, an expired token, an unknown issuer, keys that
 * cannot be had, and tokens that are not signed JWTs.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import {
  AddClientIDToOpenIDConnectProviderCommand,
  CreateOpenIDConnectProviderCommand,
} from "@aws-sdk/client-iam";
import { SignJWT } from "jose";
import { IamError } from "../../src/model/errors.js";
import {
  IssuerKeyCache,
  verifyWebIdentityToken,
  type FetchLike,
  type VerifyOptions,
  type WebIdentity,
} from "../../src/sts/web-identity.js";
import { ACCOUNT, useServer } from "../server/harness.js";
import { makeSigningKey, startIssuer, type SigningKey, type TestIssuer } from "./oidc-issuer.js";

const srv = useServer();

const CLIENT = "sts.amazonaws.com";
const COULD_NOT_RETRIEVE =
  "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements";
const NOT_A_JWT =
  "The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)";

let issuer: TestIssuer;
let providerArn: string;

async function register(url: string, clientIds = [CLIENT]): Promise<string> {
  const out = await srv
    .iam()
    .send(new CreateOpenIDConnectProviderCommand({ Url: url, ClientIDList: clientIds }));
  return out.OpenIDConnectProviderArn ?? "";
}

before(async () => {
  issuer = await startIssuer();
  providerArn = await register(issuer.url);
});
after(() => issuer?.close());

/** The key the issuer signs with by default. */
const firstKey = () => issuer.keys[0] as SigningKey;

/** Verifies with the store's reader, trusting the issuer's CA, with a cache of the test's own. */
function verify(
  token: string,
  options: VerifyOptions = {},
  now = new Date(),
  account = ACCOUNT,
): Promise<WebIdentity> {
  return verifyWebIdentityToken(srv.server.store.db, account, token, now, {
    ca: issuer.ca,
    keys: new IssuerKeyCache(),
    ...options,
  });
}

async function refused(call: Promise<unknown>, code: string, message: string): Promise<void> {
  await assert.rejects(call, (err: unknown) => {
    assert.ok(err instanceof IamError, String(err));
    assert.deepEqual(
      { code: err.code, status: err.status, type: err.type, message: err.message },
      { code, status: 400, type: "Sender", message },
    );
    return true;
  });
}

const sub = "repo:octo/app:ref:refs/heads/main";

describe("verifyWebIdentityToken", () => {
  test("a good token: claims, subject, audience and the provider's condition keys", async () => {
    const token = await issuer.sign({ sub, aud: CLIENT, amr: ["pwd", "mfa"], extra: "x" });
    const id = await verify(token);
    assert.equal(id.providerArn, providerArn);
    assert.equal(providerArn, `arn:aws:iam::${ACCOUNT}:oidc-provider/${issuer.host}`);
    assert.equal(id.url, issuer.host);
    assert.equal(id.issuer, issuer.url);
    assert.equal(id.subject, sub);
    assert.equal(id.audience, CLIENT);
    assert.equal(id.claims["extra"], "x");
    assert.deepEqual(id.contextKeys, {
      [`${issuer.host}:sub`]: sub,
      [`${issuer.host}:aud`]: CLIENT,
      [`${issuer.host}:amr`]: ["pwd", "mfa"],
      "aws:FederatedProvider": issuer.host,
    });
  });

  test("discovery and keys are fetched once and kept; a new kid fetches the keys again", async () => {
    const keys = new IssuerKeyCache({ cooldownMs: 0 });
    const before = {
      discovery: issuer.requests.get("/.well-known/openid-configuration") ?? 0,
      jwks: issuer.requests.get("/keys") ?? 0,
    };
    for (let i = 0; i < 3; i++) await verify(await issuer.sign({ sub, aud: CLIENT }), { keys });
    assert.equal(issuer.requests.get("/.well-known/openid-configuration"), before.discovery + 1);
    assert.equal(issuer.requests.get("/keys"), before.jwks + 1);

    // The issuer rotates in a new key: a token with its kid makes the keys be read again.
    const rotated = await makeSigningKey("ES256");
    issuer.keys.push(rotated);
    try {
      const id = await verify(await issuer.sign({ sub, aud: CLIENT }, { key: rotated }), { keys });
      assert.equal(id.subject, sub);
      assert.equal(issuer.requests.get("/keys"), before.jwks + 2);
    } finally {
      issuer.keys.pop();
    }
  });

  test("the audience: one of a list, or azp (which is then the aud condition key)", async () => {
    const listed = await verify(await issuer.sign({ sub, aud: ["other", CLIENT] }));
    assert.equal(listed.audience, CLIENT);
    assert.equal(listed.contextKeys[`${issuer.host}:aud`], CLIENT);
    const withAzp = await verify(await issuer.sign({ sub, aud: "web-client", azp: CLIENT }));
    assert.equal(withAzp.audience, CLIENT);
    assert.equal(withAzp.contextKeys[`${issuer.host}:aud`], CLIENT);
  });

  test("a wrong audience is InvalidIdentityToken: Incorrect token audience", async () => {
    await refused(
      verify(await issuer.sign({ sub, aud: "someone-else" })),
      "InvalidIdentityToken",
      "Incorrect token audience",
    );
    // A client id added to the provider later is accepted.
    await srv.iam().send(
      new AddClientIDToOpenIDConnectProviderCommand({
        OpenIDConnectProviderArn: providerArn,
        ClientID: "someone-else",
      }),
    );
    const id = await verify(await issuer.sign({ sub, aud: "someone-else" }));
    assert.equal(id.audience, "someone-else");
    await refused(
      verify(await issuer.sign({ sub })),
      "InvalidIdentityToken",
      "Missing a required claim: aud",
    );
  });

  test("a bad signature: another key under the issuer's kid, or a kid it does not publish", async () => {
    const stranger = await makeSigningKey();
    await refused(
      verify(await issuer.sign({ sub, aud: CLIENT }, { key: stranger, kid: firstKey().kid })),
      "InvalidIdentityToken",
      "The web identity token that was passed could not be validated by AWS. Get a new identity token from the identity provider and then retry the request.",
    );
    await refused(
      verify(await issuer.sign({ sub, aud: CLIENT }, { key: stranger })),
      "InvalidIdentityToken",
      COULD_NOT_RETRIEVE,
    );
    // A token altered after signing.
    const good = await issuer.sign({ sub, aud: CLIENT });
    const [head, , signature] = good.split(".");
    const forged = Buffer.from(
      JSON.stringify({ iss: issuer.url, sub: "root", aud: CLIENT, exp: 4e9 }),
    ).toString("base64url");
    await refused(
      verify(`${head}.${forged}.${signature}`),
      "InvalidIdentityToken",
      "The web identity token that was passed could not be validated by AWS. Get a new identity token from the identity provider and then retry the request.",
    );
  });

  test("past its exp: ExpiredTokenException with the times in seconds", async () => {
    const now = new Date("2026-11-28T12:00:00Z");
    const at = Math.floor(now.getTime() / 1000);
    const token = await issuer.sign({ sub, aud: CLIENT, iat: at - 600, exp: at - 60 });
    await refused(
      verify(token, {}, now),
      "ExpiredTokenException",
      `Token expired: current date/time ${at} must be before the expiration date/time ${at - 60}`,
    );
    // exp is exclusive; a token without one is refused.
    await refused(
      verify(await issuer.sign({ sub, aud: CLIENT, iat: at - 10, exp: at }), {}, now),
      "ExpiredTokenException",
      `Token expired: current date/time ${at} must be before the expiration date/time ${at}`,
    );
    const noExp = await new SignJWT({ iss: issuer.url, sub, aud: CLIENT })
      .setProtectedHeader({ alg: "RS256", kid: firstKey().kid })
      .sign(firstKey().privateKey);
    await refused(verify(noExp), "InvalidIdentityToken", "Missing a required claim: exp");
    // Issued (or valid) only in the future, beyond five minutes of skew.
    await refused(
      verify(await issuer.sign({ sub, aud: CLIENT, nbf: at + 3600, exp: at + 7200 }), {}, now),
      "InvalidIdentityToken",
      `Token not yet valid: current date/time ${at} must be after the not-before date/time ${at + 3600}`,
    );
    const skewed = await verify(
      await issuer.sign({ sub, aud: CLIENT, iat: at + 60, exp: at + 600 }),
      {},
      now,
    );
    assert.equal(skewed.subject, sub);
  });

  test("an issuer the account has not registered, before any network", async () => {
    const noNetwork: VerifyOptions = {
      fetch: () => Promise.reject(new Error("the network was used")),
    };
    const other = "https://unknown.example.com";
    const token = await new SignJWT({ iss: other, sub, aud: CLIENT, exp: 4e9 })
      .setProtectedHeader({ alg: "RS256", kid: "k" })
      .sign(firstKey().privateKey);
    await refused(
      verify(token, noNetwork),
      "InvalidIdentityToken",
      `No OpenIDConnect provider found in your account for ${other}`,
    );
    // Another account has no provider for this issuer; iss must match exactly.
    await refused(
      verify(await issuer.sign({ sub, aud: CLIENT }), noNetwork, new Date(), "210987654321"),
      "InvalidIdentityToken",
      `No OpenIDConnect provider found in your account for ${issuer.url}`,
    );
    await refused(
      verify(await issuer.sign({ sub, aud: CLIENT, iss: `${issuer.url}/` }), noNetwork),
      "InvalidIdentityToken",
      `No OpenIDConnect provider found in your account for ${issuer.url}/`,
    );
  });

  test("keys that cannot be had: JWKS failing, issuer down, untrusted TLS, too slow", async () => {
    const token = await issuer.sign({ sub, aud: CLIENT });
    issuer.jwksStatus = 503;
    try {
      await refused(verify(token), "InvalidIdentityToken", COULD_NOT_RETRIEVE);
    } finally {
      issuer.jwksStatus = undefined;
    }
    // Without the issuer's CA, its certificate is not trusted.
    await refused(verify(token, { ca: undefined }), "InvalidIdentityToken", COULD_NOT_RETRIEVE);
    // An issuer that answered nothing within the timeout.
    const stalled: FetchLike = (_url, init) =>
      new Promise<Response>((_resolve, reject) =>
        init.signal.addEventListener("abort", () => reject(init.signal.reason)),
      );
    await refused(
      verify(token, { fetch: stalled, timeoutMs: 100 }),
      "InvalidIdentityToken",
      COULD_NOT_RETRIEVE,
    );
    // A registered issuer that is gone.
    const gone = await startIssuer({ path: "/tenant" });
    await register(gone.url);
    const orphan = await gone.sign({ sub, aud: CLIENT });
    await gone.close();
    await refused(verify(orphan, { ca: gone.ca }), "InvalidIdentityToken", COULD_NOT_RETRIEVE);
  });

  test("an issuer with a path, its keys found through its own discovery document", async () => {
    const tenant = await startIssuer({ path: "/realms/main" });
    try {
      const arn = await register(tenant.url, ["app"]);
      const id = await verify(await tenant.sign({ sub: "u-1", aud: "app" }), { ca: tenant.ca });
      assert.equal(id.providerArn, arn);
      assert.equal(id.url, tenant.host);
      assert.ok(tenant.host.endsWith("/realms/main"));
      assert.deepEqual(id.contextKeys[`${tenant.host}:sub`], "u-1");
    } finally {
      await tenant.close();
    }
  });

  test("not a signed JWT: garbage, unsigned, HMAC, no iss, no sub", async () => {
    for (const token of ["not-a-jwt", "a.b.c", "a.b", ""]) {
      await refused(verify(token), "InvalidIdentityToken", NOT_A_JWT);
    }
    const claims = Buffer.from(
      JSON.stringify({ iss: issuer.url, sub, aud: CLIENT, exp: 4e9 }),
    ).toString("base64url");
    const none = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${claims}.`;
    await refused(verify(none), "InvalidIdentityToken", NOT_A_JWT);
    const hmac = await new SignJWT({ iss: issuer.url, sub, aud: CLIENT, exp: 4e9 })
      .setProtectedHeader({ alg: "HS256" })
      .sign(new TextEncoder().encode("a shared secret of enough length!"));
    await refused(verify(hmac), "InvalidIdentityToken", NOT_A_JWT);
    const noIss = await new SignJWT({ sub, aud: CLIENT, exp: 4e9 })
      .setProtectedHeader({ alg: "RS256" })
      .sign(firstKey().privateKey);
    await refused(verify(noIss), "InvalidIdentityToken", "Missing a required claim: iss");
    await refused(
      verify(await issuer.sign({ aud: CLIENT })),
      "InvalidIdentityToken",
      "Missing a required claim: sub",
    );
  });
});
