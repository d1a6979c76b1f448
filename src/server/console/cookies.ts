/**
 * The console's session cookie: HttpOnly (no script reads it), SameSite=Strict
 * (no other site's page sends it), Secure over TLS, and only for the console
 * API's paths. No Max-Age: it ends with the browser session, and the server
 * ends it sooner by its own timeouts.
 */
export const SESSION_COOKIE = "gatehouse_console";
const COOKIE_PATH = "/console/api";

export function sessionCookie(token: string, secure: boolean): string {
  return [
    `${SESSION_COOKIE}=${token}`,
    `Path=${COOKIE_PATH}`,
    "HttpOnly",
    "SameSite=Strict",
    ...(secure ? ["Secure"] : []),
  ].join("; ");
}

export function clearedCookie(secure: boolean): string {
  return [
    `${SESSION_COOKIE}=`,
    `Path=${COOKIE_PATH}`,
    "Max-Age=0",
    "HttpOnly",
    "SameSite=Strict",
    ...(secure ? ["Secure"] : []),
  ].join("; ");
}

/** The session token in a Cookie header, or undefined. */
export function sessionToken(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0 || part.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    const value = part.slice(eq + 1).trim();
    // Tokens are base64url: anything else is no token of ours.
    return /^[A-Za-z0-9_-]{16,128}$/.test(value) ? value : undefined;
  }
  return undefined;
}
