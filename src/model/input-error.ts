/**
 * The errors AWS's Query APIs (IAM, STS) answer when a request's parameters
 * do not fit the operation's input. Rendered by the protocol layer as
 * `<ErrorResponse><Error><Type>Sender</Type><Code>…</Code><Message>…</Message>`.
 */

export interface InputError {
  code: string;
  httpStatus: number;
  message: string;
}

/** At most this many constraint messages are listed; the count still says how many there were. */
export const MAX_LISTED_VIOLATIONS = 100;

/**
 * `1 validation error detected: Value 'x' at 'userName' failed to satisfy
 * constraint: Member must …` — several joined by "; ", in the order found.
 */
export function validationError(violations: readonly string[]): InputError {
  const n = violations.length;
  const listed = violations.slice(0, MAX_LISTED_VIOLATIONS).join("; ");
  return {
    code: "ValidationError",
    httpStatus: 400,
    message: `${n} validation error${n === 1 ? "" : "s"} detected: ${listed}`,
  };
}

/**
 * A parameter whose text cannot be read as its type (`MaxItems=abc`), or a
 * list index out of bounds. AWS's exact answer for this is unconfirmed; the
 * code is IAM's documented common error for "an invalid or out-of-range value
 * was supplied for the input parameter".
 */
export function invalidParameterValue(
  parameter: string,
  value: string,
  expected: string,
): InputError {
  return {
    code: "InvalidParameterValue",
    httpStatus: 400,
    message: `Value '${value}' for parameter ${parameter} is invalid. It must be ${expected}.`,
  };
}

/** An `Action` the service does not have. */
export function invalidAction(action: string, version: string): InputError {
  return {
    code: "InvalidAction",
    httpStatus: 400,
    message: `Could not find operation ${action} for version ${version}`,
  };
}
