/** What the request pipeline works with: one object, built at startup. */
import type { SecretBox } from "../auth/secret-box.js";
import type { Action } from "../iam/action.js";
import type { Quotas } from "../model/quotas.js";
import type { Store } from "../store/index.js";
import type { AuthCache } from "./auth-cache.js";

export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface Services {
  store: Store;
  secrets: SecretBox;
  quotas: Readonly<Quotas>;
  authCache: AuthCache;
  /** Actions by "service:Name", e.g. "iam:CreateUser". */
  actions: ReadonlyMap<string, Action>;
  partition: string;
  clock: () => Date;
  logger: Logger;
  /**
   * Further CA certificates (PEM) trusted for OpenID Connect issuers
   * (AssumeRoleWithWebIdentity fetches their keys over HTTPS); tests set
   * their loopback issuer's.
   */
  identityProviderCa?: readonly string[];
}
