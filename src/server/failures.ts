/**
 * What a failed request answers: an ApiError as it is; the store's lost
 * database (away, restarting, our connection ended) as AWS's
 * ServiceUnavailable (503), so clients retry; anything else InternalFailure.
 */
import { serviceUnavailable, toApiError, type ApiError } from "../protocol/errors.js";
import { isConnectionLost } from "../store/index.js";

export function failureOf(err: unknown): ApiError {
  return isConnectionLost(err) ? serviceUnavailable() : toApiError(err);
}
