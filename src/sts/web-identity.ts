/**
 * Web identity tokens, as AssumeRoleWithWebIdentity checks them: an OpenID
 * Connect ID token (a JWT) from an issuer the account registered as an IAM
 * OIDC provider.
 *
 *   1. The token must be a JWS-signed JWT (RSA or EC; "none" and HMAC are
 *      refused), with an `iss`.
 *   2. The account's provider is the one whose url is `iss` without
 *      "https://" (exact, case-sensitive, as IAM keeps URLs).
 *   3. The signature is checked with a key of the issuer's JWKS, found through
 *      `<iss>/.well-known/openid-configuration` → `jwks_uri` (HTTPS only,
 *      5 s per fetch as AWS documents, discovery cached an hour, keys cached
 *      ten minutes and fetched again for an unknown `kid` after a cooldown).
 *   4. `exp` must be later than now; `nbf` and `iat` not later than now plus
 *      five minutes of clock skew; `sub` present; the audience — `aud`
 *      (a string or a list) or `azp` — one of the provider's client ids.
 *
 * The answers are STS's (src/model/errors.ts): InvalidIdentityToken for a
 * token that is not a JWT, an unknown issuer, keys that cannot be had
 * (unreachable issuer included: AWS answers this, not IDPCommunicationError),
 * a bad signature, a missing claim or a wrong audience; ExpiredTokenException
 * past `exp`.
 *
 * The database is read once, before any network: callers pass a reader (not
 * an open write transaction), or use `findWebIdentityProvider` inside their
 * own read and `verifyWithProvider` after it.
 */
import { request as httpsRequest } from "node:https";
import { rootCertificates } from "node:tls";
import {
  compactVerify,
  createRemoteJWKSet,
  customFetch,
  decodeJwt,
  decodeProtectedHeader,
  errors,
  type CryptoKey,
  type FetchImplementation,
  type JWTPayload,
  type ProtectedHeaderParameters,
  type RemoteJWKSet,
} from "jose";
import {
  identityTokenNotValidated,
  identityTokenNotYetValid,
  incorrectTokenAudience,
  missingTokenClaim,
  noOpenIdConnectProviderFor,
  notAValidJwt,
  verificationKeyUnavailable,
  webIdentityTokenExpired,
} from "../model/errors.js";
import { isStorableJson } from "../model/text.js";
import type { Database, Kysely, Transaction } from "../store/index.js";

type Db = Kysely<Database> | Transaction<Database>;

/** The JWS algorithms accepted: RSA and EC signatures (no "none", no shared secrets). */
export const WEB_IDENTITY_ALGORITHMS: readonly string[] = [
  "RS256",
  "RS384",
  "RS512",
  "PS256",
  "PS384",
  "PS512",
  "ES256",
  "ES384",
  "ES512",
];

const SCHEME = "https://";
/** AWS documents 5 seconds for the issuer to answer. */
const DEFAULT_TIMEOUT_MS = 5_000;
/** Allowed for `nbf` and `iat` ahead of our clock. */
const CLOCK_SKEW_SECONDS = 300;
/** Discovery documents and JWKS larger than this are refused. */
const MAX_RESPONSE_BYTES = 1024 * 1024;

/** A verified web identity: what AssumeRoleWithWebIdentity needs for the trust policy and its answer. */
export interface WebIdentity {
  /** arn:aws:iam::<acct>:oidc-provider/<url> (the trust policy's Federated principal). */
  providerArn: string;
  /** The provider's url, without "https://". */
  url: string;
  /** The token's `iss` as it is (the answer's Provider element). */
  issuer: string;
  claims: JWTPayload;
  /**
   * `<url>:sub`, `<url>:aud` (`azp` when the token has one, else the `aud`
   * that matched), `<url>:amr` when the token has it, `<url>:oaud` for
   * accounts.google.com, and `aws:FederatedProvider`: the url without
   * "https://" (what AWS puts there for an IAM OIDC provider, observed in
   * 2026, although its guide says the provider's ARN).
   */
  contextKeys: Record<string, string | string[]>;
  /** `sub` (SubjectFromWebIdentityToken). */
  subject: string;
  /** The client id the token was accepted for (the answer's Audience). */
  audience: string;
}

/** The account's provider for an issuer, as stored. */
export interface WebIdentityProvider {
  arn: string;
  url: string;
  clientIds: string[];
}

/** A fetch-like function: what discovery and the JWKS are read with. */
export type FetchLike = (
  url: string,
  init: { method: "GET"; headers: Headers; redirect: "manual"; signal: AbortSignal },
) => Promise<Response>;

export interface VerifyOptions {
  /** Reads the discovery document and the JWKS (default: HTTPS with Node's CAs and `ca`). */
  fetch?: typeof fetch | FetchLike;
  /** Further CA certificates (PEM) trusted for issuers, besides Node's own. */
  ca?: string | readonly string[];
  /** Per fetch; default 5000. */
  timeoutMs?: number;
  /** The issuers' keys (default: one cache shared by the process). */
  keys?: IssuerKeyCache;
}

/** A token's parts, read without checking anything but their form. */
export interface ParsedToken {
  header: ProtectedHeaderParameters;
  claims: JWTPayload;
  issuer: string;
}

/** Reads a token's header and claims; InvalidIdentityToken when it is not a signed JWT with an iss. */
export function parseWebIdentityToken(token: string): ParsedToken {
  if (token.split(".").length !== 3) throw notAValidJwt();
  let header: ProtectedHeaderParameters;
  let claims: JWTPayload;
  try {
    header = decodeProtectedHeader(token);
    claims = decodeJwt(token);
  } catch {
    throw notAValidJwt();
  }
  if (typeof header.alg !== "string" || !WEB_IDENTITY_ALGORITHMS.includes(header.alg)) {
    throw notAValidJwt();
  }
  // Claims are looked up and kept (issuer, subject): none may be anything but text.
  if (!isStorableJson(header) || !isStorableJson(claims)) throw notAValidJwt();
  if (claims.iss === undefined) throw missingTokenClaim("iss");
  if (typeof claims.iss !== "string") throw notAValidJwt();
  return { header, claims, issuer: claims.iss };
}

function stringList(text: string): string[] {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** The account's provider for `issuer`; InvalidIdentityToken "No OpenIDConnect provider found…" otherwise. */
export async function findWebIdentityProvider(
  db: Db,
  accountId: string,
  issuer: string,
): Promise<WebIdentityProvider> {
  const url = issuer.startsWith(SCHEME) ? issuer.slice(SCHEME.length) : undefined;
  const row =
    url === undefined || url === ""
      ? undefined
      : await db
          .selectFrom("oidc_providers")
          .select(["arn", "url", "client_ids"])
          .where("account_id", "=", accountId)
          .where("url", "=", url)
          .executeTakeFirst();
  if (row === undefined) throw noOpenIdConnectProviderFor(issuer);
  return { arn: row.arn, url: row.url, clientIds: stringList(row.client_ids) };
}

/**
 * Verifies a web identity token for `accountId` at `now`: the provider from
 * the database first, then the issuer's keys over the network.
 */
export async function verifyWebIdentityToken(
  db: Db,
  accountId: string,
  token: string,
  now: Date,
  options: VerifyOptions = {},
): Promise<WebIdentity> {
  const parsed = parseWebIdentityToken(token);
  const provider = await findWebIdentityProvider(db, accountId, parsed.issuer);
  return verifyWithProvider(provider, token, now, options);
}

/** The network half: the signature with the issuer's keys, then the claims. */
export async function verifyWithProvider(
  provider: WebIdentityProvider,
  token: string,
  now: Date,
  options: VerifyOptions = {},
): Promise<WebIdentity> {
  const { header, claims, issuer } = parseWebIdentityToken(token);
  if (issuer !== `${SCHEME}${provider.url}`) throw noOpenIdConnectProviderFor(issuer);
  const keys = options.keys ?? sharedKeys;
  const fetchImpl = (options.fetch as FetchLike | undefined) ?? httpsFetch(options.ca);
  const key = await keys.keyFor(issuer, header, token, fetchImpl, options.timeoutMs);
  try {
    await compactVerify(token, key, { algorithms: [...WEB_IDENTITY_ALGORITHMS] });
  } catch (err) {
    if (err instanceof errors.JWSSignatureVerificationFailed) throw identityTokenNotValidated();
    if (err instanceof errors.JOSEError) throw notAValidJwt();
    throw err;
  }
  return checkClaims(provider, issuer, claims, now);
}

function checkClaims(
  provider: WebIdentityProvider,
  issuer: string,
  claims: JWTPayload,
  now: Date,
): WebIdentity {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const exp = numericClaim(claims, "exp", true) as number;
  if (nowSeconds >= exp) throw webIdentityTokenExpired(nowSeconds, Math.floor(exp));
  for (const name of ["nbf", "iat"] as const) {
    const at = numericClaim(claims, name, false);
    if (at !== undefined && at > nowSeconds + CLOCK_SKEW_SECONDS) {
      throw identityTokenNotYetValid(nowSeconds, Math.floor(at));
    }
  }

  const auds = audiences(claims.aud);
  const azp = typeof claims.azp === "string" ? claims.azp : undefined;
  if (auds.length === 0 && azp === undefined) throw missingTokenClaim("aud");
  const clients = new Set(provider.clientIds);
  const matched = azp !== undefined && clients.has(azp) ? azp : auds.find((a) => clients.has(a));
  if (matched === undefined) throw incorrectTokenAudience();

  if (claims.sub === undefined) throw missingTokenClaim("sub");
  if (typeof claims.sub !== "string") throw notAValidJwt();

  const url = provider.url;
  const contextKeys: Record<string, string | string[]> = {
    [`${url}:sub`]: claims.sub,
    [`${url}:aud`]: azp ?? matched,
    "aws:FederatedProvider": url,
  };
  const amr = claims["amr"];
  if (typeof amr === "string") contextKeys[`${url}:amr`] = [amr];
  else if (Array.isArray(amr) && amr.every((v) => typeof v === "string"))
    contextKeys[`${url}:amr`] = amr as string[];
  if (url === "accounts.google.com" && auds.length > 0) {
    contextKeys[`${url}:oaud`] = auds.length === 1 ? (auds[0] as string) : auds;
  }
  return {
    providerArn: provider.arn,
    url,
    issuer,
    claims,
    contextKeys,
    subject: claims.sub,
    audience: matched,
  };
}

function numericClaim(
  claims: JWTPayload,
  name: "exp" | "nbf" | "iat",
  required: boolean,
): number | undefined {
  const value = claims[name];
  if (value === undefined) {
    if (required) throw missingTokenClaim(name);
    return undefined;
  }
  if (typeof value !== "number" || !Number.isFinite(value)) throw notAValidJwt();
  return value;
}

function audiences(aud: unknown): string[] {
  if (typeof aud === "string") return [aud];
  if (Array.isArray(aud)) return aud.filter((a): a is string => typeof a === "string");
  return [];
}

// ---- The issuers' keys ----------------------------------------------------------

interface IssuerEntry {
  fetch: FetchLike;
  jwks: RemoteJWKSet;
  discoveredAt: number;
}

export interface IssuerKeyCacheOptions {
  /** How long an issuer's jwks_uri is kept; default one hour. */
  discoveryTtlMs?: number;
  /** How long keys are kept; default ten minutes. */
  keysMaxAgeMs?: number;
  /** After a fetch, how long an unknown kid waits before keys are fetched again; default 30 s. */
  cooldownMs?: number;
}

/**
 * Each issuer's JWKS, found through its discovery document and kept (by
 * jose's remote key set). An issuer whose keys could not be fetched is
 * forgotten, so the next token discovers it again.
 */
export class IssuerKeyCache {
  private readonly issuers = new Map<string, Promise<IssuerEntry>>();
  private readonly discoveryTtlMs: number;
  private readonly keysMaxAgeMs: number;
  private readonly cooldownMs: number;

  constructor(options: IssuerKeyCacheOptions = {}) {
    this.discoveryTtlMs = options.discoveryTtlMs ?? 3_600_000;
    this.keysMaxAgeMs = options.keysMaxAgeMs ?? 600_000;
    this.cooldownMs = options.cooldownMs ?? 30_000;
  }

  /** Forgets every issuer. */
  clear(): void {
    this.issuers.clear();
  }

  /** The key that verifies `token`; InvalidIdentityToken "Couldn't retrieve verification key…" otherwise. */
  async keyFor(
    issuer: string,
    header: ProtectedHeaderParameters,
    token: string,
    fetchImpl: FetchLike,
    timeoutMs = DEFAULT_TIMEOUT_MS,
  ): Promise<CryptoKey> {
    let pending = this.issuers.get(issuer);
    if (pending !== undefined) {
      const entry = await pending.catch(() => undefined);
      if (
        entry === undefined ||
        entry.fetch !== fetchImpl ||
        Date.now() - entry.discoveredAt > this.discoveryTtlMs
      ) {
        if (this.issuers.get(issuer) === pending) this.issuers.delete(issuer);
        pending = undefined;
      }
    }
    if (pending === undefined) {
      pending = this.discover(issuer, fetchImpl, timeoutMs);
      this.issuers.set(issuer, pending);
    }
    const current = pending;
    const forget = () => {
      if (this.issuers.get(issuer) === current) this.issuers.delete(issuer);
    };
    let entry: IssuerEntry;
    try {
      entry = await current;
    } catch {
      forget();
      throw verificationKeyUnavailable();
    }
    const [protectedHeader = "", payload = "", signature = ""] = token.split(".");
    try {
      return await entry.jwks(header, { protected: protectedHeader, payload, signature });
    } catch (err) {
      const noKey =
        err instanceof errors.JWKSNoMatchingKey || err instanceof errors.JWKSMultipleMatchingKeys;
      if (!noKey) forget();
      throw verificationKeyUnavailable();
    }
  }

  private async discover(
    issuer: string,
    fetchImpl: FetchLike,
    timeoutMs: number,
  ): Promise<IssuerEntry> {
    const base = issuer.endsWith("/") ? issuer.slice(0, -1) : issuer;
    const discovery = await readJson(
      fetchImpl,
      `${base}/.well-known/openid-configuration`,
      timeoutMs,
    );
    const jwksUri =
      typeof discovery === "object" && discovery !== null
        ? (discovery as Record<string, unknown>)["jwks_uri"]
        : undefined;
    if (typeof jwksUri !== "string" || !jwksUri.startsWith(SCHEME)) {
      throw new Error(`${issuer}: no https jwks_uri in the discovery document`);
    }
    const jwks = createRemoteJWKSet(new URL(jwksUri), {
      timeoutDuration: timeoutMs,
      cooldownDuration: this.cooldownMs,
      cacheMaxAge: this.keysMaxAgeMs,
      [customFetch]: fetchImpl as FetchImplementation,
    });
    return { fetch: fetchImpl, jwks, discoveredAt: Date.now() };
  }
}

const sharedKeys = new IssuerKeyCache();

async function readJson(fetchImpl: FetchLike, url: string, timeoutMs: number): Promise<unknown> {
  const response = await fetchImpl(url, {
    method: "GET",
    headers: new Headers({ accept: "application/json" }),
    redirect: "manual",
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

// ---- HTTPS ------------------------------------------------------------------------

const fetchers = new Map<string, FetchLike>();

/**
 * A fetch over node:https trusting Node's CAs and `ca`: HTTPS only, no
 * redirects followed, bodies over 1 MiB refused. One function per CA set,
 * so the key cache can tell issuers' fetchers apart.
 */
export function httpsFetch(ca?: string | readonly string[]): FetchLike {
  const extra = ca === undefined ? [] : typeof ca === "string" ? [ca] : [...ca];
  const id = extra.join("\n");
  let fetcher = fetchers.get(id);
  if (fetcher === undefined) {
    const trusted = extra.length === 0 ? undefined : [...rootCertificates, ...extra];
    fetcher = (url, init) => httpsGet(url, init, trusted);
    fetchers.set(id, fetcher);
  }
  return fetcher;
}

function httpsGet(
  url: string,
  init: Parameters<FetchLike>[1],
  ca: string[] | undefined,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    if (target.protocol !== "https:") {
      reject(new TypeError(`${url}: only https is fetched`));
      return;
    }
    const headers: Record<string, string> = {};
    init.headers.forEach((value, name) => (headers[name] = value));
    const req = httpsRequest(target, { method: "GET", headers, ca, signal: init.signal }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_RESPONSE_BYTES) req.destroy(new Error(`${url}: response too large`));
        else chunks.push(chunk);
      });
      res.on("end", () => {
        const status = res.statusCode ?? 502;
        const body = [204, 205, 304].includes(status) ? null : Buffer.concat(chunks);
        const out = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          if (typeof value === "string") out.set(name, value);
        }
        resolve(new Response(body, { status, headers: out }));
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}
