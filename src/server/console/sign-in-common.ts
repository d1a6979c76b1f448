/**
 * What the sign-in steps share: the request's facts, counting a failure
 * (throttled: the answer is held longer with each failure; locked out past
 * the limit), refusing while locked, and issuing the session of the next step.
 */
import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { hashPassword, verifyPassword } from "../../auth/password.js";
import {
  createConsoleSession,
  deleteConsoleSession,
  type ConsoleStage,
  type IssuedConsoleSession,
} from "../../auth/console-sessions.js";
import {
  addressKey,
  clearFailures,
  lockedUntil,
  recordFailure,
  userKey,
} from "../../auth/sign-in-throttle.js";
import { isoTime } from "../../store/index.js";
import type { Services } from "../services.js";
import { signInFailed, signInLocked } from "./errors.js";
import { MAX_FAILURE_DELAY_MS, type ConsoleSettings } from "./settings.js";

export interface SignInRequest {
  services: Services;
  settings: ConsoleSettings;
  sourceIp: string;
  secure: boolean;
  now: Date;
}

export type NextStep = "done" | "mfa" | "new-password";

export interface StepResult {
  next: NextStep;
  /** Why a new password is needed. */
  reason?: "reset" | "expired";
  issued: IssuedConsoleSession;
}

/** The throttling keys of a sign-in: its user (by account and name, or root) and its address. */
export interface SignInKeys {
  /** The account the keys count under (its id, or the text given when no account has it). */
  account: string;
  user: string;
  address: string;
}

export function signInKeys(account: string, userName: string | undefined, ip: string): SignInKeys {
  return { account, user: userKey(account, userName), address: addressKey(ip) };
}

export async function refuseWhileLocked(req: SignInRequest, keys: SignInKeys): Promise<void> {
  const until = await req.services.store.read((db) =>
    lockedUntil(db, [keys.user, keys.address], req.now),
  );
  if (until !== undefined) throw signInLocked();
}

/**
 * Counts a failure under both keys, holds the answer a while (longer with
 * each failure so far), and throws the one failure every sign-in step
 * answers. A pending session is ended once its user is locked out.
 */
export async function fail(
  req: SignInRequest,
  keys: SignInKeys,
  pendingId?: string,
): Promise<never> {
  const { settings } = req;
  const lockoutSeconds = settings.lockoutSeconds;
  const [user, address] = await req.services.store.write(keys.account, async (tx) => {
    const counts = [
      await recordFailure(
        tx,
        keys.user,
        { max: settings.maxFailuresPerUser, lockoutSeconds },
        req.now,
      ),
      await recordFailure(
        tx,
        keys.address,
        { max: settings.maxFailuresPerAddress, lockoutSeconds },
        req.now,
      ),
    ] as const;
    if (pendingId !== undefined && counts[0] >= settings.maxFailuresPerUser) {
      await deleteConsoleSession(tx, pendingId);
    }
    return counts;
  });
  const delay = settings.failureDelayMs * Math.max(user, address);
  await sleep(Math.min(MAX_FAILURE_DELAY_MS, delay));
  throw signInFailed();
}

export async function clearUserFailures(req: SignInRequest, keys: SignInKeys): Promise<void> {
  await req.services.store.write(keys.account, (tx) => clearFailures(tx, keys.user));
}

let dummy: Promise<string> | undefined;

/**
 * Verifies `password` against a hash of nothing, so a sign-in for a user
 * that does not exist (or has no password) takes as long as one that does.
 */
export async function spendPasswordCheck(password: string): Promise<void> {
  dummy ??= hashPassword(randomBytes(16).toString("hex"));
  await verifyPassword(await dummy, password);
}

/** Whether the principal (userId null: the root user) has an MFA device enabled. */
export async function hasMfa(
  services: Services,
  accountId: string,
  userId: string | null,
): Promise<boolean> {
  const row = await services.store.read((db) => {
    let q = db
      .selectFrom("mfa_devices")
      .select("id")
      .where("account_id", "=", accountId)
      .where("enabled_at", "is not", null);
    q = userId === null ? q.where("root", "=", 1) : q.where("user_id", "=", userId);
    return q.executeTakeFirst();
  });
  return row !== undefined;
}

export interface SessionSpec {
  accountId: string;
  userId: string | null;
  mfaAt: string | null;
  /** When the sign-in began. */
  createdAt: Date;
  /** The pending session this step replaces. */
  replaces?: string;
}

/** Stores the session of the next step (replacing the pending one) and answers it. */
export async function issue(
  req: SignInRequest,
  spec: SessionSpec,
  next: NextStep,
  reason?: "reset" | "expired",
): Promise<StepResult> {
  const { settings, now } = req;
  const stage: ConsoleStage = next === "done" ? "active" : next;
  const end = spec.createdAt.getTime() + settings.lifetimeSeconds * 1000;
  const expiresAt = new Date(
    stage === "active" ? end : Math.min(end, now.getTime() + settings.pendingSeconds * 1000),
  );
  const issued = await req.services.store.write(spec.accountId, async (tx) => {
    if (spec.replaces !== undefined) await deleteConsoleSession(tx, spec.replaces);
    const session = await createConsoleSession(
      tx,
      {
        accountId: spec.accountId,
        userId: spec.userId,
        stage,
        mfaAt: spec.mfaAt,
        sourceIp: req.sourceIp,
        createdAt: spec.createdAt,
        expiresAt,
      },
      now,
    );
    // PasswordLastUsed: when the user's password last signed in to the console.
    if (stage === "active" && spec.userId !== null) {
      await tx
        .updateTable("users")
        .set({ password_last_used: isoTime(now) })
        .where("id", "=", spec.userId)
        .execute();
    }
    return session;
  });
  return { next, ...(reason === undefined ? {} : { reason }), issued };
}

/** A string field of a JSON body, at most `max` characters; undefined when absent or not one. */
export function field(
  body: Record<string, unknown>,
  name: string,
  max: number,
): string | undefined {
  const value = body[name];
  if (typeof value !== "string" || value.length === 0 || value.length > max) return undefined;
  return value;
}
