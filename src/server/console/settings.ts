/** The console's settings, from the server's configuration (see config.ts for each option). */
import type { ServerConfig } from "../config.js";
import { DEFAULT_CONSOLE_DIR } from "./static.js";

export interface ConsoleSettings {
  /** Where the built console is: dist/console/ unless a test says otherwise. */
  dir: string;
  idleTimeoutSeconds: number;
  lifetimeSeconds: number;
  /** A sign-in's further steps (MFA code, new password) must be done within this. */
  pendingSeconds: number;
  maxFailuresPerUser: number;
  maxFailuresPerAddress: number;
  lockoutSeconds: number;
  failureDelayMs: number;
}

/** Five minutes for the MFA code and the new password, as long as AWS's sign-in gives. */
const PENDING_SECONDS = 300;
/** A failed sign-in is never held longer than this. */
export const MAX_FAILURE_DELAY_MS = 2000;

export function consoleSettings(config: ServerConfig, dir = DEFAULT_CONSOLE_DIR): ConsoleSettings {
  return {
    dir,
    idleTimeoutSeconds: config.consoleIdleTimeout,
    lifetimeSeconds: config.consoleSessionLifetime,
    pendingSeconds: Math.min(PENDING_SECONDS, config.consoleSessionLifetime),
    maxFailuresPerUser: config.signInMaxFailures,
    maxFailuresPerAddress: config.signInMaxFailuresPerAddress,
    lockoutSeconds: config.signInLockout,
    failureDelayMs: config.signInFailureDelay,
  };
}
