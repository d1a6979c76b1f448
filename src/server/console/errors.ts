/**
 * The console API's own refusals, in the same shape as AWS's errors (code,
 * status, message), so the page shows them as it shows an action's. A failed
 * sign-in says the same whatever failed: no user, no password, wrong
 * password, wrong code.
 */
import { ApiError } from "../../protocol/errors.js";

export const signInFailed = () =>
  new ApiError(
    "SignInFailed",
    401,
    "Your authentication information is incorrect. Please try again.",
  );

export const signInLocked = () =>
  new ApiError(
    "SignInLocked",
    429,
    "Too many failed sign-in attempts. Wait a few minutes, then try again.",
  );

export const passwordExpired = () =>
  new ApiError(
    "PasswordExpired",
    403,
    "Your password has expired, and only an administrator can set a new one.",
  );

export const notSignedIn = () => new ApiError("NotSignedIn", 401, "Sign in to use the console.");

export const sessionExpired = () =>
  new ApiError("SessionExpired", 401, "Your session has ended. Sign in again.");

export const csrfRefused = () =>
  new ApiError(
    "InvalidCsrfToken",
    403,
    "The request did not carry this session's CSRF token; reload the page.",
  );

export const crossOrigin = () =>
  new ApiError("CrossOriginRequest", 403, "The console API answers its own pages only.");

export const notJson = () =>
  new ApiError("UnsupportedMediaType", 415, "The console API takes application/json.");

export const badRequest = (message: string) => new ApiError("ValidationError", 400, message);

export const noSuchConsoleAction = (service: string) =>
  new ApiError("NotFound", 404, `The console calls IAM actions only, not ${service}.`);
