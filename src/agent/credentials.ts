/**
 * The role credentials the agent currently serves, or none (before the first
 * answer, after the server refused the instance, or once they expired).
 */
import type { RoleCredentials } from "./server-client.js";
import { isoSeconds } from "./time.js";

export interface HeldCredentials extends RoleCredentials {
  /** When the agent received them (IMDS's LastUpdated). */
  lastUpdated: string;
}

export class CredentialHolder {
  private held: HeldCredentials | undefined;

  constructor(private readonly now: () => number = Date.now) {}

  set(credentials: RoleCredentials, receivedAtMs: number): void {
    this.held = { ...credentials, lastUpdated: isoSeconds(receivedAtMs) };
  }

  clear(): void {
    this.held = undefined;
  }

  /** The credentials to serve now: none once they have expired. */
  current(): HeldCredentials | undefined {
    const held = this.held;
    if (held === undefined) return undefined;
    if (Date.parse(held.expiration) <= this.now()) return undefined;
    return held;
  }
}
