/**
 * The errors STS answers for session credentials: GetSessionToken,
 * GetFederationToken, the limits AWS puts on what temporary credentials may
 * call, session policies and tags, GetAccessKeyInfo and
 * DecodeAuthorizationMessage. Codes and statuses are from the STS API model
 * (src/model/api/sts.json) or AWS's common errors; each message says where
 * its text was confirmed, or "unconfirmed". (The web identity errors are in
 * errors.ts.)
 */
import { IamError } from "./errors.js";

// ---- MFA (GetSessionToken; AssumeRole answers the same) -------------------------
// A wrong, replayed or foreign code or device: errors.ts mfaCodeInvalid, mfaDeviceNotAssociated.

// Unconfirmed: SerialNumber without TokenCode, or TokenCode without SerialNumber.
export const mfaPairRequired = () =>
  new IamError(
    "AccessDenied",
    403,
    "MultiFactorAuthentication failed, must provide both MFA serial number and one time pass code.",
  );

// ---- What temporary credentials may call -------------------------------------------

/**
 * Confirmed for GetSessionToken (aws/aws-sdk-js#3670, aws/aws-sdk-php#1876, apache/hadoop#4705:
 * AccessDenied, 403, with role and session credentials) and GetFederationToken
 * (hashicorp/vault#4108, fwdcloudsec/granted#151). The other STS actions refused to session
 * credentials (DecodeAuthorizationMessage, GetAccessKeyInfo, AssumeRole for a federated user)
 * answer the same form: unconfirmed.
 */
export const cannotCallWithSessionCredentials = (action: string) =>
  new IamError("AccessDenied", 403, `Cannot call ${action} with session credentials`);
/**
 * IAM called with GetSessionToken credentials without MFA: InvalidClientTokenId, 403, and no
 * final period (IAM's raw answer in aws/aws-cli#8918; cloudyr/aws.iam#15, 99designs/aws-vault#15
 * and #1056). IAM called by a federated user (GetFederationToken credentials) answers the same:
 * unconfirmed.
 */
export const sessionCredentialsRefusedByIam = () =>
  new IamError(
    "InvalidClientTokenId",
    403,
    "The security token included in the request is invalid",
  );

// ---- Session policies and session tags ------------------------------------------------

/**
 * PackedPolicyTooLarge, 400 (the model). Both texts are AWS's, from the knowledge center
 * article "iam-role-aws-sts-error" and real answers: the tags' one in
 * aws/containers-roadmap#2413 and aws-actions/configure-aws-credentials#1803.
 */
export const packedPolicyTooLarge = (percent: number) =>
  new IamError(
    "PackedPolicyTooLarge",
    400,
    `Packed policy consumes ${percent}% of allotted space, please use smaller policy.`,
  );
export const packedTagsTooLarge = (percent: number) =>
  new IamError(
    "PackedPolicyTooLarge",
    400,
    `Packed size of session tags consumes ${percent}% of allotted space.`,
  );
/**
 * More than the 10 managed session policies AWS documents ("You can provide up to 10 managed
 * policy ARNs"); the model has no bound, so STS checks it itself. Unconfirmed: the wording of
 * AWS's model constraint messages.
 */
export const tooManySessionPolicyArns = (shown: string, max: number) =>
  new IamError(
    "ValidationError",
    400,
    `1 validation error detected: Value '${shown}' at 'policyArns' failed to satisfy constraint: ` +
      `Member must have length less than or equal to ${max}`,
  );
// Unconfirmed: a PolicyArns member that is not a managed policy's ARN (IAM's "ARN … is not valid.").
export const invalidSessionPolicyArn = (arn: string) =>
  new IamError("ValidationError", 400, `ARN ${arn} is not valid.`);
// Unconfirmed for STS: IAM's text for tags whose keys differ only in case (errors.ts).
export const duplicateSessionTagKeys = () =>
  new IamError(
    "ValidationError",
    400,
    "Duplicate tag keys found. Please note that Tag keys are case insensitive.",
  );
// Unconfirmed for STS: IAM's text for a tag key beginning with "aws:" (tags.ts).
export const reservedSessionTagKey = () =>
  new IamError(
    "ValidationError",
    400,
    "User-defined tag keys can't start with 'aws:', as this prefix is reserved for AWS.",
  );

// ---- GetAccessKeyInfo, DecodeAuthorizationMessage -------------------------------------

/**
 * GetAccessKeyInfo of a key this server never issued (or deleted): AWS documents only that
 * "providing a deleted access key might return an error that the key doesn't exist". The code is
 * AWS's common error for that ("The X.509 certificate or AWS access key ID provided does not
 * exist in our records.", 403); the text is that description: unconfirmed as a live answer.
 */
export const accessKeyNotFound = () =>
  new IamError(
    "InvalidClientTokenId",
    403,
    "The X.509 certificate or AWS access key ID provided does not exist in our records.",
  );
/**
 * InvalidAuthorizationMessageException, 400 (the model, which describes it as a message that
 * "was invalid … contains invalid characters, such as line breaks, or … has expired").
 * Unconfirmed: the text.
 */
export const invalidAuthorizationMessage = () =>
  new IamError(
    "InvalidAuthorizationMessageException",
    400,
    "The encoded authorization message is invalid or has expired.",
  );
