/**
 * An OpenID Connect issuer for tests: HTTPS on 127.0.0.1 (a certificate made
 * for the run, tls-cert.ts), serving its discovery document and JWKS, with
 * signing keys made here (jose) and `sign(claims)` to issue tokens.
 *
 *   GET <path>/.well-known/openid-configuration → { issuer, jwks_uri, … }
 *   GET <path>/keys                             → { keys: [public JWKs] }
 *
 * `url` is the issuer (https://127.0.0.1:<port><path>). `jwksStatus` makes the
 * JWKS answer an error; `requests` counts what was asked.
 */
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import {
  exportJWK,
  generateKeyPair,
  SignJWT,
  type CryptoKey,
  type JWK,
  type JWTPayload,
} from "jose";
import { makeTestCertificates } from "./tls-cert.js";

export interface SigningKey {
  kid: string;
  alg: string;
  privateKey: CryptoKey;
  jwk: JWK;
}

export interface SignOptions {
  /** Another key than the issuer's first (e.g. one it does not publish). */
  key?: SigningKey;
  /** The header's kid, when it should differ from the key's. */
  kid?: string;
}

export interface TestIssuer {
  /** https://127.0.0.1:<port><path>: the iss of its tokens. */
  readonly url: string;
  /** The url without "https://", as IAM keeps it. */
  readonly host: string;
  /** The CA certificate (PEM) to trust for it. */
  readonly ca: string;
  /** The keys published in the JWKS (the first signs by default). */
  readonly keys: SigningKey[];
  /** Requests received, by path. */
  readonly requests: Map<string, number>;
  /** When set, the JWKS answers this status and no keys. */
  jwksStatus: number | undefined;
  /** Signs `claims` (iss, iat and exp added unless given). */
  sign(claims: JWTPayload, options?: SignOptions): Promise<string>;
  close(): Promise<void>;
}

let next = 0;

/** A key made for a test, published or not. */
export async function makeSigningKey(alg = "RS256"): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const kid = `key-${++next}`;
  const jwk = { ...(await exportJWK(publicKey)), kid, alg, use: "sig" };
  return { kid, alg, privateKey, jwk };
}

export async function startIssuer(options: { path?: string } = {}): Promise<TestIssuer> {
  const path = options.path ?? "";
  const tls = makeTestCertificates();
  const keys = [await makeSigningKey()];
  const requests = new Map<string, number>();
  let url = "";
  const state = { jwksStatus: undefined as number | undefined };

  const server: Server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    const at = (req.url ?? "").split("?")[0] ?? "";
    requests.set(at, (requests.get(at) ?? 0) + 1);
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.method !== "GET") return json(405, {});
    if (at === `${path}/.well-known/openid-configuration`) {
      return json(200, {
        issuer: url,
        jwks_uri: `${url}/keys`,
        response_types_supported: ["id_token"],
        subject_types_supported: ["public"],
        id_token_signing_alg_values_supported: ["RS256", "ES256"],
      });
    }
    if (at === `${path}/keys`) {
      if (state.jwksStatus !== undefined) return json(state.jwksStatus, { error: "unavailable" });
      return json(200, { keys: keys.map((k) => k.jwk) });
    }
    return json(404, {});
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  url = `https://127.0.0.1:${port}${path}`;

  return {
    url,
    host: url.slice("https://".length),
    ca: tls.ca,
    keys,
    requests,
    get jwksStatus() {
      return state.jwksStatus;
    },
    set jwksStatus(status: number | undefined) {
      state.jwksStatus = status;
    },
    async sign(claims, signOptions = {}) {
      const key = signOptions.key ?? (keys[0] as SigningKey);
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ iss: url, iat: now, exp: now + 300, ...claims })
        .setProtectedHeader({ alg: key.alg, kid: signOptions.kid ?? key.kid, typ: "JWT" })
        .sign(key.privateKey);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
