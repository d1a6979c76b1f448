/**
 * What the sign-in steps share: the request's facts, counting an attempt
 * before it is checked (refused while locked out; a failure's answer held
 * longer with each failure), and issuing the session of the next step.
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
  LockedOut,
  releaseAttempt,
  reserveAttempt,
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

/** An attempt counted before its check: the counts so far, under the user and the address. */
export interface Reservation {
  keys: SignInKeys;
  user: number;
  address: number;
}

function throttled(settings: ConsoleSettings, keys: SignInKeys) {
  const lockoutSeconds = settings.lockoutSeconds;
  return {
    user: { key: keys.user, rule: { max: settings.maxFailuresPerUser, lockoutSeconds } },
    address: { key: keys.address, rule: { max: settings.maxFailuresPerAddress, lockoutSeconds } },
  };
}

/**
 * Counts the attempt under both keys before anything is checked, in one
 * transaction, or refuses it (nothing counted) while either key is locked
 * out: however many attempts run at once, on however many nodes, at most
 * the limit's worth are ever checked.
 */
export async function reserve(req: SignInRequest, keys: SignInKeys): Promise<Reservation> {
  const { user, address } = throttled(req.settings, keys);
  try {
    // Attempt counts are read from the store each time, never kept: nothing to announce.
    const [userCount, addressCount] = await req.services.store.write(
      keys.account,
      (tx) => reserveAttempt(tx, [user, address], req.now),
      { quiet: true },
    );
    return { keys, user: userCount ?? 0, address: addressCount ?? 0 };
  } catch (err) {
    if (err instanceof LockedOut) throw signInLocked();
    throw err;
  }
}

/**
 * The reserved attempt failed (it is counted already): holds the answer a
 * while (longer with each failure so far), and throws the one failure every
 * sign-in step answers. A pending session is ended once its user is locked out.
 */
export async function fail(
  req: SignInRequest,
  reservation: Reservation,
  pendingId?: string,
): Promise<never> {
  const { settings } = req;
  if (pendingId !== undefined && reservation.user >= settings.maxFailuresPerUser) {
    await req.services.store.write(reservation.keys.account, (tx) =>
      deleteConsoleSession(tx, pendingId),
    );
  }
  const delay = settings.failureDelayMs * Math.max(reservation.user, reservation.address);
  await sleep(Math.min(MAX_FAILURE_DELAY_MS, delay));
  throw signInFailed();
}

/** The reserved attempt succeeded: the user's count is cleared, the address's gets it back. */
export async function succeed(req: SignInRequest, reservation: Reservation): Promise<void> {
  const { keys } = reservation;
  const { address } = throttled(req.settings, keys);
  await req.services.store.write(keys.account, (tx) => releaseAttempt(tx, keys.user, address), {
    quiet: true,
  });
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
