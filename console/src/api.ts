/**
 * The console's calls to its server: JSON over POST under /console/api/, the
 * session in an HttpOnly cookie the browser sends by itself, and the
 * session's CSRF token in a header on every call. Failures come back as AWS
 * errors (code and message), thrown as `ApiFailure`.
 */

export interface SessionInfo {
  accountId: string;
  alias?: string;
  principal: { type: "root" | "user"; arn: string; userName?: string };
  mfa: boolean;
  signedInAt: string;
  expiresAt: string;
  idleTimeoutSeconds: number;
  csrfToken: string;
}

/** What sign-in asks for next. */
export interface SignInStep {
  next: "done" | "mfa" | "new-password";
  reason?: "reset" | "expired";
  csrfToken: string;
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = code;
  }
}

export const CSRF_HEADER = "x-csrf-token";

let csrfToken: string | undefined;
/** Why a call found no session: it ended (timed out, signed out elsewhere), or there was none. */
export type SignedOutReason = "SessionExpired" | "NotSignedIn";
const signedOutListeners = new Set<(reason: SignedOutReason) => void>();

export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Called when a call finds the session gone (expired, signed out elsewhere). */
export function onSignedOut(listener: (reason: SignedOutReason) => void): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

async function request<T>(
  method: "GET" | "POST",
  path: string,
  body?: unknown,
  notify = true,
): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (method === "POST") headers["content-type"] = "application/json";
  if (csrfToken !== undefined) headers[CSRF_HEADER] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      ...(method === "POST" ? { body: JSON.stringify(body ?? {}) } : {}),
    });
  } catch {
    throw new ApiFailure(0, "NetworkError", "The Gatehouse server could not be reached.");
  }
  const data = (await response.json().catch(() => undefined)) as
    { error?: { code?: string; message?: string } } | undefined;
  if (!response.ok) {
    const code = data?.error?.code ?? `HTTP${response.status}`;
    const message = data?.error?.message ?? `The server answered ${response.status}.`;
    if (notify && (code === "SessionExpired" || code === "NotSignedIn")) {
      for (const listener of signedOutListeners) listener(code);
    }
    throw new ApiFailure(response.status, code, message);
  }
  return data as T;
}

/** The signed-in session, or undefined when there is none. */
export async function getSession(): Promise<SessionInfo | undefined> {
  try {
    const session = await request<SessionInfo>("GET", "/console/api/session", undefined, false);
    setCsrfToken(session.csrfToken);
    return session;
  } catch (err) {
    if (err instanceof ApiFailure && err.status === 401) return undefined;
    throw err;
  }
}

async function step(path: string, body: unknown): Promise<SignInStep> {
  const next = await request<SignInStep>("POST", path, body);
  setCsrfToken(next.csrfToken);
  return next;
}

export function signIn(body: {
  account: string;
  root: boolean;
  userName?: string;
  password: string;
}): Promise<SignInStep> {
  setCsrfToken(undefined);
  return step("/console/api/signin", body);
}

export function submitMfaCode(code: string): Promise<SignInStep> {
  return step("/console/api/signin/mfa", { code });
}

export function submitNewPassword(oldPassword: string, newPassword: string): Promise<SignInStep> {
  return step("/console/api/signin/new-password", { oldPassword, newPassword });
}

export async function signOut(): Promise<void> {
  try {
    await request("POST", "/console/api/signout");
  } finally {
    setCsrfToken(undefined);
  }
}

/**
 * Calls an IAM action with the signed-in principal's permissions, e.g.
 * `callIam("ListUsers", { MaxItems: 100 })`. The input and output are the
 * action's, as AWS's API reference names their members.
 */
export function callIam<T = Record<string, unknown>>(
  action: string,
  input: Record<string, unknown> = {},
): Promise<T> {
  return request<T>("POST", `/console/api/call/iam/${encodeURIComponent(action)}`, input);
}
