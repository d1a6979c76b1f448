/**
 * IAM name and path rules beyond what the API model's patterns check.
 *
 * The model checks names against `[\w+=,.@-]+` and their lengths. Its path
 * pattern (`pathType`: `^(\u002F)|(\u002F[\u0021-\u007E]+\u002F)$`) binds the
 * anchors to the alternatives, so it accepts any text that starts with `/`;
 * IAM itself requires a path to begin and end with `/` and answers
 * ValidationError otherwise (errors.ts `invalidPath`). Paths may contain
 * empty segments (`/a//b/` is accepted by CreateVirtualMFADevice).
 */

/** `/` alone, or `/`, at least one printable ASCII character, and `/`. */
const PATH = /^\/(?:[\x21-\x7E]+\/)?$/;
/** The model's `policyPathType`: segments of `[A-Za-z0-9.,+@=_-]`, no empty segment. */
const POLICY_PATH = /^(?:\/[A-Za-z0-9.,+@=_-]+)*\/$/;
/** Friendly names of users, groups, roles, policies, instance profiles. */
const NAME = /^[\w+=,.@-]+$/;

export const MAX_PATH_LENGTH = 512;
export const DEFAULT_PATH = "/";

/** Whether a user, group, role, instance profile or MFA device path is valid. */
export function isValidPath(path: string): boolean {
  return path.length <= MAX_PATH_LENGTH && PATH.test(path);
}

/** Whether a managed policy path is valid (stricter: no empty segments, fewer characters). */
export function isValidPolicyPath(path: string): boolean {
  return path.length <= MAX_PATH_LENGTH && POLICY_PATH.test(path);
}

/** Whether a friendly name has IAM's characters and fits `max` (64 for users and roles, 128 otherwise). */
export function isValidName(name: string, max = 128): boolean {
  return name.length >= 1 && name.length <= max && NAME.test(name);
}

/**
 * The key under which a name is unique. IAM names are unique within an
 * account without regard to case ("Bob" and "BOB" cannot both exist) while
 * the stored name keeps its case. Names are ASCII, so ASCII lower-case is the
 * whole rule.
 */
export function nameKey(name: string): string {
  return name.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}

/** Whether two names collide in IAM's comparison. */
export function sameName(a: string, b: string): boolean {
  return a.length === b.length && nameKey(a) === nameKey(b);
}

/**
 * List* `PathPrefix`: a plain, case-sensitive string prefix of the path
 * (`/division` matches `/division_abc/`). No prefix, or `/`, matches every path.
 */
export function matchesPathPrefix(path: string, prefix: string | undefined): boolean {
  return prefix === undefined || path.startsWith(prefix);
}

/** Splits `division/sub/alice` (an ARN's resource after the type) into path `/division/sub/` and name. */
export function splitPathName(rest: string): { path: string; name: string } {
  const slash = rest.lastIndexOf("/");
  return { path: "/" + rest.slice(0, slash + 1), name: rest.slice(slash + 1) };
}
