/**
 * The SigV4 failures, with the codes, HTTP statuses and message texts IAM and
 * STS answer. Where a text could not be confirmed for IAM/STS the comment says
 * so. No message ever carries a secret key or a signature we computed.
 */

export interface SigV4Failure {
  ok: false;
  /** AWS error code, e.g. "SignatureDoesNotMatch". */
  code: string;
  message: string;
  /** HTTP status to answer with. */
  status: number;
  /**
   * For SignatureDoesNotMatch on a computed signature: what we signed. STS
   * appends these to its message ("The Canonical String for this request
   * should have been ..."); the caller decides whether to show or log them.
   */
  detail?: { canonicalRequest: string; stringToSign: string };
}

function fail(code: string, status: number, message: string): SigV4Failure {
  return { ok: false, code, status, message };
}

/** Hides the value of "Signature=" in an echoed Authorization header. */
function redact(authorization: string): string {
  return authorization.replace(/(Signature=)[^,\s]*/gi, "$1<redacted>");
}

// Confirmed: STS ErrorResponse (Sender), HTTP 403.
export const missingAuthenticationToken = (): SigV4Failure =>
  fail("MissingAuthenticationToken", 403, "Request is missing Authentication Token");

// Confirmed: STS/IAM, HTTP 403, with the final period.
export const invalidClientTokenId = (): SigV4Failure =>
  fail("InvalidClientTokenId", 403, "The security token included in the request is invalid.");

// Temporary credentials past their expiration: AWS's common error ExpiredToken,
// HTTP 403, as the AWS CLI shows it ("An error occurred (ExpiredToken) ...: The
// security token included in the request is expired"), without a final period.
// (STS's modelled ExpiredTokenException, 400, is for expired identity tokens.)
export const expiredToken = (): SigV4Failure =>
  fail("ExpiredToken", 403, "The security token included in the request is expired");

// Confirmed: STS/IAM, HTTP 403.
export const signatureDoesNotMatch = (detail?: SigV4Failure["detail"]): SigV4Failure => ({
  ...fail(
    "SignatureDoesNotMatch",
    403,
    "The request signature we calculated does not match the signature you provided. " +
      "Check your AWS Secret Access Key and signing method. " +
      "Consult the service documentation for details.",
  ),
  ...(detail ? { detail } : {}),
});

// Confirmed (IncompleteSignature, 400): the "requires ... parameter" sentences
// and the "Authorization=<header>" tail (API Gateway, SES, CloudFront answers).
export function authorizationMissing(
  parts: readonly string[],
  authorization: string,
): SigV4Failure {
  const sentences = parts.map((part) =>
    part === "date"
      ? "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."
      : `Authorization header requires '${part}' parameter.`,
  );
  return fail(
    "IncompleteSignature",
    400,
    `${sentences.join(" ")} Authorization=${redact(authorization)}`,
  );
}

// Confirmed: STS, IncompleteSignature 400.
export const notKeyValuePair = (piece: string, authorization: string): SigV4Failure =>
  fail(
    "IncompleteSignature",
    400,
    `'${redact(piece)}' not a valid key=value pair (missing equal-sign) in Authorization header: ` +
      `'${redact(authorization)}'.`,
  );

// Text as the AWS signature emulations use it; code/status unconfirmed for IAM/STS.
export const unsupportedAlgorithm = (algorithm: string): SigV4Failure =>
  fail("IncompleteSignature", 400, `Unsupported AWS 'algorithm': '${algorithm}'.`);

// Confirmed text (AWS query-protocol emulations of DynamoDB/Kinesis), IncompleteSignature 400.
export const queryMissing = (params: readonly string[]): SigV4Failure =>
  fail(
    "IncompleteSignature",
    400,
    params.map((p) => `AWS query-string parameters must include '${p}'. `).join("") +
      "Re-examine the query-string parameters.",
  );

// Unconfirmed for IAM/STS (an AWS signature library's text).
export const credentialShape = (credential: string): SigV4Failure =>
  fail(
    "IncompleteSignature",
    400,
    "Credential must have exactly 5 slash-delimited elements, " +
      `e.g. keyid/date/region/service/term, got '${credential}'`,
  );

// Unconfirmed for IAM/STS (an AWS signature library's text).
export const badDateFormat = (date: string): SigV4Failure =>
  fail(
    "IncompleteSignature",
    400,
    `Date must be in ISO-8601 'basic format'. Got '${date}'. See http://en.wikipedia.org/wiki/ISO_8601`,
  );

// Confirmed (SignatureDoesNotMatch 403): "'Host' or ':authority' must be a 'SignedHeader' ...".
export const hostNotSigned = (): SigV4Failure =>
  fail(
    "SignatureDoesNotMatch",
    403,
    "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
  );

/**
 * Credential scope problems, joined into one message as AWS does. Region:
 * confirmed for STS ("Credential should be scoped to a valid region, not ''.",
 * SignatureDoesNotMatch 403); service, terminator and date texts from the AWS
 * troubleshooting guide.
 */
export const scopeMismatch = (problems: readonly string[]): SigV4Failure =>
  fail("SignatureDoesNotMatch", 403, problems.join(" "));

export const scopeRegion = (region: string): string =>
  `Credential should be scoped to a valid region, not '${region}'.`;
export const scopeService = (service: string): string =>
  `Credential should be scoped to correct service: '${service}'.`;
export const scopeTerminator = (terminator: string): string =>
  `Credential should be scoped with a valid terminator: 'aws4_request', not '${terminator}'.`;
export const scopeDate = (scopeDay: string, requestDay: string, amzDate: string): string =>
  "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: " +
  `'${scopeDay}' != '${requestDay}', from '${amzDate}'.`;

// Confirmed: STS AssumeRole/GetCallerIdentity, SignatureDoesNotMatch 403.
export const signatureExpired = (signed: string, limit: string, now: string, minutes: string) =>
  fail(
    "SignatureDoesNotMatch",
    403,
    `Signature expired: ${signed} is now earlier than ${limit} (${now} - ${minutes} min.)`,
  );

// Text confirmed by the AWS troubleshooting guide; code as for "Signature expired".
export const signatureNotYetCurrent = (
  signed: string,
  limit: string,
  now: string,
  minutes: string,
) =>
  fail(
    "SignatureDoesNotMatch",
    403,
    `Signature not yet current: ${signed} is still later than ${limit} (${now} + ${minutes} min.)`,
  );

// RequestExpired/400 is AWS's documented common error for an expired presigned
// URL; the message text is S3's and unconfirmed for IAM/STS.
export const requestExpired = (): SigV4Failure =>
  fail("RequestExpired", 400, "Request has expired.");

// Unconfirmed for IAM/STS: S3's AuthorizationQueryParametersError texts, under IncompleteSignature.
export const badExpires = (value: string): SigV4Failure => {
  const seconds = /^-?\d{1,12}$/.test(value) ? Number(value) : NaN;
  return fail(
    "IncompleteSignature",
    400,
    seconds > 604800
      ? "X-Amz-Expires must be less than a week (in seconds) that is 604800"
      : seconds < 0
        ? "X-Amz-Expires must be non-negative"
        : `X-Amz-Expires must be a whole number of seconds from 1 to 604800, got '${value}'`,
  );
};

// Unconfirmed for IAM/STS: S3's "Only one auth mechanism allowed" text.
export const twoMechanisms = (): SigV4Failure =>
  fail(
    "IncompleteSignature",
    400,
    "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter " +
      "or the Authorization header should be specified",
  );

// Confirmed code/status from the AWS common errors (MalformedQueryString, 404); text unconfirmed.
export const malformedQuery = (escape: string): SigV4Failure =>
  fail("MalformedQueryString", 404, `Illegal hex character in escape % pattern: ${escape}`);

// S3's code and text (XAmzContentSHA256Mismatch, 400); IAM/STS do not document one.
export const payloadHashMismatch = (): SigV4Failure =>
  fail(
    "XAmzContentSHA256Mismatch",
    400,
    "The provided 'x-amz-content-sha256' header does not match what was computed.",
  );

// Our own text: IAM and STS carry the action in the body, so it must be signed.
export const unsignedPayloadRefused = (value: string): SigV4Failure =>
  fail(
    "IncompleteSignature",
    400,
    `x-amz-content-sha256 '${value}' is not accepted here: the payload must be signed ` +
      "(UNSIGNED-PAYLOAD only for a presigned request without a body).",
  );
