/**
 * The errors IAM's operations answer, with AWS's codes, HTTP statuses and
 * message texts. Codes and statuses are from the API model's
 * `awsQueryError` traits (vendor/aws-models/iam-2010-05-08.json). Each
 * message says where its text was confirmed:
 *
 *   "recorded"  – an answer from AWS recorded in localstack's IAM test
 *                 snapshots (tests/aws/services/iam/*.snapshot.json, 2026),
 *   an issue    – a real AWS answer pasted in a public issue,
 *   "unconfirmed" – our best reading; no AWS answer was found.
 *
 * Rendered by the protocol layer as
 * `<ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>`.
 * SigV4 and token errors are the auth module's (src/auth/sigv4-errors.ts).
 */
import { LIMIT_EXCEEDED_NAMES, type LimitExceededQuota } from "./quotas.js";

export type ErrorType = "Sender" | "Receiver";

export class IamError extends Error {
  override name = "IamError";
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly type: ErrorType = status >= 500 ? "Receiver" : "Sender",
  ) {
    super(message);
  }
}

const noSuchEntity = (message: string) => new IamError("NoSuchEntity", 404, message);
const alreadyExists = (message: string) => new IamError("EntityAlreadyExists", 409, message);
const deleteConflict = (message: string) => new IamError("DeleteConflict", 409, message);
const limitExceeded = (message: string) => new IamError("LimitExceeded", 409, message);

// ---- NoSuchEntity (404) -------------------------------------------------

// Recorded (GetUser, UpdateUser, DeleteUser, CreateAccessKey, AddUserToGroup, EnableMFADevice…).
export const noSuchUser = (name: string) =>
  noSuchEntity(`The user with name ${name} cannot be found.`);
// Recorded (GetGroup, DeleteGroup, UpdateGroup, AddUserToGroup, RemoveUserFromGroup).
export const noSuchGroup = (name: string) =>
  noSuchEntity(`The group with name ${name} cannot be found.`);
// Recorded (GetRole, UpdateRole, DeleteRole, TagRole, PutRolePolicy, AddRoleToInstanceProfile…).
export const noSuchRole = (name: string) =>
  noSuchEntity(`The role with name ${name} cannot be found.`);
// Recorded (UpdateAccessKey with an unknown id).
export const noSuchAccessKey = (id: string) =>
  noSuchEntity(`The Access Key with id ${id} cannot be found.`);
// Unconfirmed by a recording; the same text in several emulators (fog, others), parallel to the group/role texts.
export const noSuchUserPolicy = (name: string) =>
  noSuchEntity(`The user policy with name ${name} cannot be found.`);
// Recorded (GetGroupPolicy).
export const noSuchGroupPolicy = (name: string) =>
  noSuchEntity(`The group policy with name ${name} cannot be found.`);
// Recorded (GetRolePolicy, DeleteRolePolicy).
export const noSuchRolePolicy = (name: string) =>
  noSuchEntity(`The role policy with name ${name} cannot be found.`);
// Recorded (Attach{User,Role}Policy with an ARN that names no policy).
export const policyNotAttachable = (arn: string) =>
  noSuchEntity(`Policy ${arn} does not exist or is not attachable.`);
// Recorded (Detach*Policy of a policy not attached; TagPolicy/UntagPolicy of an unknown policy).
export const policyNotFound = (arn: string) => noSuchEntity(`Policy ${arn} was not found.`);
// Recorded (GetPolicyVersion, DeletePolicyVersion, SetDefaultPolicyVersion; unknown policy or version).
export const noSuchPolicyVersion = (arn: string, versionId: string) =>
  noSuchEntity(`Policy ${arn} version ${versionId} does not exist or is not attachable.`);
// Recorded (CreateRole / PutRolePermissionsBoundary with an unknown boundary policy).
export const noSuchPermissionsBoundary = (arn: string) =>
  noSuchEntity(`Scope ARN: ${arn} does not exist or is not attachable.`);
// Recorded (GetLoginProfile, DeleteLoginProfile): "User" capitalised here.
export const noSuchLoginProfile = (userName: string) =>
  noSuchEntity(`Login Profile for User ${userName} cannot be found.`);
// Recorded (GetInstanceProfile, DeleteInstanceProfile, AddRoleToInstanceProfile, tags).
export const noSuchInstanceProfile = (name: string) =>
  noSuchEntity(`Instance Profile ${name} cannot be found.`);
// Recorded (RemoveRoleFromInstanceProfile of a role not in it).
export const roleNotInInstanceProfile = (roleName: string, profileName: string) =>
  noSuchEntity(`Role ${roleName} in Instance Profile ${profileName} cannot be found.`);
// Recorded (DeactivateMFADevice, DeleteVirtualMFADevice).
export const noSuchMfaDevice = (serialNumber: string) =>
  noSuchEntity(`MFA Device with serial number ${serialNumber} does not exist.`);
// Unconfirmed (moto's text).
export const noSuchServerCertificate = (name: string) =>
  noSuchEntity(`The Server Certificate with name ${name} cannot be found.`);
// Recorded (GetAccountPasswordPolicy without a policy).
export const noSuchPasswordPolicy = (account: string) =>
  noSuchEntity(`The Password Policy with domain name ${account} cannot be found.`);
// Recorded (DeleteAccountPasswordPolicy without a policy): another text than Get's.
export const noPasswordPolicyToDelete = () =>
  noSuchEntity("The account policy with name PasswordPolicy cannot be found.");
// Unconfirmed (DeleteAccountAlias of an alias the account does not have).
export const noSuchAccountAlias = (alias: string) =>
  noSuchEntity(`The account alias ${alias} cannot be found.`);

// ---- EntityAlreadyExists (409) -----------------------------------------
// AddUserToGroup and RemoveUserFromGroup are idempotent in AWS (recorded: adding
// twice and removing a non-member both answer 200), so neither has an error here.

// Recorded (CreateUser; also UpdateUser to a taken name, by the group parallel).
export const userExists = (name: string) => alreadyExists(`User with name ${name} already exists.`);
// Recorded (CreateGroup, UpdateGroup to a taken name).
export const groupExists = (name: string) =>
  alreadyExists(`Group with name ${name} already exists.`);
// Recorded (CreateRole).
export const roleExists = (name: string) => alreadyExists(`Role with name ${name} already exists.`);
// Recorded (CreatePolicy).
export const policyExists = (name: string) =>
  alreadyExists(`A policy called ${name} already exists. Duplicate names are not allowed.`);
// Recorded (CreateInstanceProfile).
export const instanceProfileExists = (name: string) =>
  alreadyExists(`Instance Profile ${name} already exists.`);
// Recorded (CreateLoginProfile): "user" in lower case here, unlike noSuchLoginProfile.
export const loginProfileExists = (userName: string) =>
  alreadyExists(`Login Profile for user ${userName} already exists.`);
// Recorded (CreateVirtualMFADevice with a taken path and name).
export const mfaDeviceExists = () => alreadyExists("MFA device already exists.");
// Recorded (EnableMFADevice of a device already assigned).
export const mfaDeviceInUse = () => alreadyExists("MFA Device is already in use.");
// Issues: awslabs/aws-deployment-framework#465, ekristen/aws-nuke#697 (CreateAccountAlias, taken alias).
export const accountAliasExists = (alias: string) =>
  alreadyExists(`The account alias ${alias} already exists.`);

// ---- DeleteConflict (409) ------------------------------------------------

// Issue: aws-controllers-k8s/community#2229 (DeleteUser).
export const mustDeleteAccessKeys = () =>
  deleteConflict("Cannot delete entity, must delete access keys first.");
// Recorded (DeleteUser, DeleteRole with inline policies; DeleteGroup by the same rule).
export const mustDeletePolicies = () =>
  deleteConflict("Cannot delete entity, must delete policies first.");
// Recorded (DeleteUser, DeleteRole with attached policies); issue cloud-custodian#7484 (DeleteGroup).
export const mustDetachPolicies = () =>
  deleteConflict("Cannot delete entity, must detach all policies first.");
// Issue: mozilla-services/userplex#17 (DeleteUser of a group member); DeleteGroup with members answers the same.
export const mustRemoveUsersFromGroup = () =>
  deleteConflict("Cannot delete entity, must remove users from group first.");
// Issues: cloud-custodian#1663, terraform-provider-aws#1130 (DeleteUser with a password).
export const mustDeleteLoginProfile = () =>
  deleteConflict("Cannot delete entity, must delete login profile first.");
// Issue: rebuy-de/aws-nuke#281 (DeleteUser with an MFA device).
export const mustDeleteMfaDevice = () =>
  deleteConflict("Cannot delete entity, must delete MFA device first.");
// Recorded (DeleteRole of a role in an instance profile; DeleteInstanceProfile with a role).
export const mustRemoveRolesFromInstanceProfile = () =>
  deleteConflict("Cannot delete entity, must remove roles from instance profile first.");
// Issues: rebuy-de/aws-nuke#470, ucopacme/aws-orgs#69 (DeleteUser with SSH keys, signing
// certificates or service-specific credentials).
export const mustRemoveReferencedObjects = () =>
  deleteConflict("Cannot delete entity, must remove referenced objects first.");
// Issues: terraform-aws-modules/terraform-aws-eks#3132, serverless/components#312 (DeletePolicy).
export const policyAttachedToEntities = () =>
  deleteConflict("Cannot delete a policy attached to entities.");
// Recorded (DeletePolicyVersion of the default version).
export const cannotDeleteDefaultVersion = () =>
  deleteConflict("Cannot delete the default version of a policy.");

// ---- LimitExceeded (409) ---------------------------------------------------

/** "Cannot exceed quota for <Name>: <value>" — the format is confirmed; per-quota names in quotas.ts. */
export const quotaExceeded = (quota: LimitExceededQuota, value: number) =>
  limitExceeded(`Cannot exceed quota for ${LIMIT_EXCEEDED_NAMES[quota]}: ${value}`);
// Recorded (CreatePolicyVersion at the limit).
export const policyVersionLimit = (max: number) =>
  limitExceeded(
    `A managed policy can have up to ${max} versions. ` +
      "Before you create a new version, you must delete an existing version.",
  );
/**
 * Put{User,Group,Role}Policy past the entity's total inline size. Confirmed
 * for user (danvk/mapsnap#483) and role (aws/aws-cdk#12403); group by analogy.
 */
export const inlinePolicySizeExceeded = (
  max: number,
  entity: "user" | "group" | "role",
  name: string,
) => limitExceeded(`Maximum policy size of ${max} bytes exceeded for ${entity} ${name}`);

// ---- InvalidInput / ValidationError (400) ----------------------------------

export const invalidInput = (message: string) => new IamError("InvalidInput", 400, message);
export const validationError = (message: string) => new IamError("ValidationError", 400, message);

/**
 * "ARN <arn> is not valid." Recorded with InvalidInput for a
 * PermissionsBoundary and, in 2026, with ValidationError for Attach*Policy's
 * PolicyArn (a 2023 recording of the same call had InvalidInput).
 */
export const invalidArn = (
  arn: string,
  code: "InvalidInput" | "ValidationError" = "InvalidInput",
) => new IamError(code, 400, `ARN ${arn} is not valid.`);
// Recorded (CreateVirtualMFADevice with a path not beginning or ending with "/").
export const invalidPath = () =>
  validationError(
    "The specified value for path is invalid. " +
      "It must begin and end with / and contain only alphanumeric characters and/or / characters.",
  );
// Recorded (ListVirtualMFADevices with a bad Marker).
export const invalidMarker = () => validationError("Invalid Marker.");
// Recorded (DeleteAccessKey without UserName, called by a role).
export const userNameRequired = () =>
  validationError("Must specify userName when calling with non-User credentials");
// CreateLoginProfile without Password (only an AssumeRoot session may omit it). Unconfirmed:
// the generic "must not be null" wording of AWS's validation errors.
export const passwordRequired = () =>
  validationError(
    "1 validation error detected: Value null at 'password' failed to satisfy constraint: Member must not be null",
  );
/**
 * Recorded: roles and their tag calls answer the long form; policies (2026)
 * the short "Duplicate tag keys found." — `withCaseNote` picks.
 */
export const duplicateTagKeys = (withCaseNote = true) =>
  invalidInput(
    withCaseNote
      ? "Duplicate tag keys found. Please note that Tag keys are case insensitive."
      : "Duplicate tag keys found.",
  );

// The policy simulator (Simulate*Policy, GetContextKeysFor*Policy).
// Issue: newrelic/newrelic-lambda-cli#96 (an assumed-role ARN as PolicySourceArn).
export const invalidEntityArn = (arn: string) =>
  invalidInput(`Invalid Entity Arn: ${arn} does not clearly define entity type and name.`);
// A published write-up of a real answer (PolicySourceArn in another account); not an issue.
export const policySourceOtherAccount = (callerAccount: string, account: string) =>
  invalidInput(
    `Invalid Policy Source Arn: caller's account ${callerAccount} does not have access to policies in account ${account}`,
  );
// A real answer in a blog (ScottLogic, 2025: a ResourcePolicy with a role as PolicySourceArn);
// also used, unconfirmed, for a CallerArn that is not a user's and a ResourcePolicy without one.
export const callerMustBeUser = () =>
  invalidInput("Invalid caller - Caller must be an IAM user in this context.");
// Issue: boto/botocore#1346 (AWS's own wording, "a valid as").
export const invalidResourceOwner = (owner: string) =>
  invalidInput(`'${owner}' is not a valid as a Resource Owner.`);
// Unconfirmed (an emulator's text; AWS documents that only one boundary may be given).
export const tooManyBoundaryPolicies = () =>
  invalidInput("The list of Permissions Boundary policies cannot exceed 1 items.");
// Unconfirmed: a ContextEntries value that does not fit its ContextKeyType.
export const invalidContextValue = (name: string, type: string, value: string) =>
  invalidInput(`Invalid value '${value}' for context key ${name} of type ${type}.`);

// ---- Other codes -------------------------------------------------------------

/** The policy module supplies the text (e.g. recorded "Syntax errors in policy."). */
export const malformedPolicyDocument = (message: string) =>
  new IamError("MalformedPolicyDocument", 400, message);
// Issues: rebuy-de/aws-nuke#441, gruntwork-io/cloud-nuke#880 — no final period.
export const protectedRole = (roleName: string) =>
  new IamError(
    "UnmodifiableEntity",
    400,
    `Cannot perform the operation on the protected role '${roleName}' - this role is only modifiable by AWS`,
  );
// Recorded (GetCredentialReport before any report): 410, and no message at all
// (the error carries Type and Code only); the protocol layer leaves out an empty Message.
export const reportNotPresent = () => new IamError("ReportNotPresent", 410, "");
// Code and status from the model; no message by analogy with ReportNotPresent (unconfirmed).
export const reportExpired = () => new IamError("ReportExpired", 410, "");
// Issue: rebuy-de/aws-nuke#750 (EntityTemporarilyUnmodifiable, 409).
export const loginProfileBeingCreated = (userName: string) =>
  new IamError(
    "EntityTemporarilyUnmodifiable",
    409,
    `Login Profile for User ${userName} cannot be modified while login profile is being created.`,
  );
// Code and status from the model; text unconfirmed.
export const policyNotAttachableType = (arn: string) =>
  new IamError("PolicyNotAttachable", 400, `Policy ${arn} is not attachable.`);
// Issue: aws/aws-cdk#6131 (AttachRolePolicy of an aws-service-role/ policy, 400).
export const serviceRolePolicyNotAttachable = () =>
  new IamError(
    "PolicyNotAttachable",
    400,
    "Cannot attach a Service Role Policy to a Customer Role.",
  );
/**
 * The first sentence is AWS's (issue gree/subiam#3; ansible's iam module
 * matches it); AWS answered it alone for a reused password (blog
 * edunham.net, 2017). The failed rules after it are ours (unconfirmed).
 */
export const passwordPolicyViolation = (detail?: string) =>
  new IamError(
    "PasswordPolicyViolation",
    400,
    "Password does not conform to the account password policy." + (detail ? ` ${detail}` : ""),
  );
// EnableMFADevice, ResyncMFADevice with wrong (or already used) codes. Code and status from
// the model (403); the text as AWS users quote it (console and CLI write-ups of failed
// enrolments); the final period as an AWS-compatible IAM writes it (unconfirmed).
export const invalidAuthenticationCode = () =>
  new IamError("InvalidAuthenticationCode", 403, "Authentication code for device is not valid.");
// Unconfirmed: DeleteVirtualMFADevice of a device still enabled (AWS's DeleteConflict wording).
export const mfaDeviceStillEnabled = () =>
  deleteConflict("Cannot delete entity, must deactivate MFA device first.");
// STS (GetSessionToken, AssumeRole with SerialNumber and TokenCode). A wrong or reused code:
// issues and scripts quoting AWS (the trailing space is AWS's, e.g. a CLI transcript of
// AssumeRole and code matching the message exactly).
export const mfaCodeInvalid = () =>
  new IamError(
    "AccessDenied",
    403,
    "MultiFactorAuthentication failed with invalid MFA one time pass code. ",
  );
// A serial that is no enabled device of the caller: issues aws/aws-cli#6325 and
// broamski/aws-mfa#46 (a user ARN given as the serial); two spaces after "code.".
export const mfaDeviceNotAssociated = () =>
  new IamError(
    "AccessDenied",
    403,
    "MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.",
  );
// Code and status from the model; AWS CLI docs: ChangePassword by the root user. Text unconfirmed.
export const invalidUserType = () =>
  new IamError("InvalidUserType", 400, "Only IAM users can change their own password.");
// ChangePassword with a wrong OldPassword. Unconfirmed: an emulator's text (dalibo/cornac).
export const wrongOldPassword = () =>
  new IamError(
    "AccessDenied",
    403,
    "Either the new password does not conform to the account password policy or the old password was incorrect.",
  );
// Code and status from the model; text unconfirmed.
export const concurrentModification = () =>
  new IamError(
    "ConcurrentModification",
    409,
    "Multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.",
  );
/** 500, Type Receiver. The text is ours: never a stack trace or internal detail. */
export const serviceFailure = (
  message = "The request processing has failed because of an unknown error.",
) => new IamError("ServiceFailure", 500, message, "Receiver");

// ---- OpenID Connect providers ------------------------------------------------
// "Recorded" here: localstack's tests/aws/services/iam/test_iam_oidc.snapshot.json (AWS, 2026).

// Recorded (GetOpenIDConnectProvider of an unknown ARN). The other actions on one provider
// (client ids, thumbprint, tags) answer the same, unconfirmed.
export const noSuchOpenIdConnectProvider = (arn: string) =>
  noSuchEntity(`OpenIDConnect Provider not found for arn ${arn}`);
// Recorded (DeleteOpenIDConnectProvider of a deleted provider): another text than Get's, and
// an error although the API reference calls the action idempotent.
export const noOpenIdConnectProviderToDelete = (arn: string) =>
  noSuchEntity(`OpenId connect Provider ${arn} cannot be found.`);
// Recorded (CreateOpenIDConnectProvider twice with one URL; the URL as given, https:// included).
export const openIdConnectProviderExists = (url: string) =>
  alreadyExists(`Provider with url ${url} already exists.`);
// Recorded (CreateOpenIDConnectProvider with the Url "example.org"): ValidationError, not
// InvalidInput. Used, unconfirmed, for the other URLs refused (query, fragment, no host…).
export const invalidOpenIdConnectProviderUrl = () =>
  validationError("Invalid Open ID Connect Provider URL");
// Recorded (six thumbprints): "fewer than 5" although five are allowed (the quota, 5).
export const tooManyThumbprints = (max: number) =>
  invalidInput(`Thumbprint list must contain fewer than ${max} entries.`);
// Unconfirmed: a thumbprint of 40 characters that are not all hexadecimal digits.
export const invalidThumbprint = (thumbprint: string) =>
  invalidInput(`Thumbprint ${thumbprint} is not a valid thumbprint.`);
// Recorded (TagOpenIDConnectProvider of a provider with 50 tags).
export const openIdConnectProviderTagLimit = () =>
  limitExceeded("The number of tags has reached the maximum limit.");

// ---- STS: web identity tokens (AssumeRoleWithWebIdentity) ------------------------
// Codes and statuses from the STS model (InvalidIdentityToken 400, ExpiredTokenException 400).

const invalidIdentityToken = (message: string) =>
  new IamError("InvalidIdentityToken", 400, message);
// Issues: mozilla-iam/mozilla-aws-cli#127 (the full XML answer),
// kubernetes-sigs/aws-load-balancer-controller#2315: the token's iss as it is.
export const noOpenIdConnectProviderFor = (issuer: string) =>
  invalidIdentityToken(`No OpenIDConnect provider found in your account for ${issuer}`);
// Issues: awslabs/amazon-eks-irsa-cfn#18, guardian/cdk#1944, aws/aws-sdk-net#3071.
export const incorrectTokenAudience = () => invalidIdentityToken("Incorrect token audience");
// Issue: aws/aws-sdk-ruby#2698 ("Missing a required claim: aud"); other claims by analogy.
export const missingTokenClaim = (claim: string) =>
  invalidIdentityToken(`Missing a required claim: ${claim}`);
// Recorded in a Vault log against AWS STS, and in a Cognito troubleshooting note (a token
// that is not a JWT, or one not signed with RSA).
export const notAValidJwt = () =>
  invalidIdentityToken(
    "The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)",
  );
// Issues: awslabs/aws-sdk-rust#827, aws/aws-sdk-js-v3#3052 (discovery or JWKS unreachable),
// aws/amazon-eks-pod-identity-webhook#12 (no key in the JWKS fits the token). Two spaces
// after the comma, as AWS sends it. AWS answers this, not IDPCommunicationError, when the
// issuer cannot be reached (AWS re:Post "iam-sts-invalididentitytoken": > 5 s, firewalls).
export const verificationKeyUnavailable = () =>
  invalidIdentityToken(
    "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements",
  );
// Unconfirmed: a token whose signature does not verify with the issuer's key; the text is the
// STS API reference's description of InvalidIdentityToken.
export const identityTokenNotValidated = () =>
  invalidIdentityToken(
    "The web identity token that was passed could not be validated by AWS. Get a new identity token from the identity provider and then retry the request.",
  );
// Unconfirmed: nbf or iat later than now (beyond the clock skew allowed), worded like the expiry.
export const identityTokenNotYetValid = (now: number, notBefore: number) =>
  invalidIdentityToken(
    `Token not yet valid: current date/time ${now} must be after the not-before date/time ${notBefore}`,
  );
/**
 * A web identity token past its exp, in seconds since the epoch. Issue
 * aws/aws-sdk-java-v2#5709 (2024); a 2021 answer (awslabs/aws-orbit-workbench#707)
 * had no space before the second number.
 */
export const webIdentityTokenExpired = (now: number, expiry: number) =>
  new IamError(
    "ExpiredTokenException",
    400,
    `Token expired: current date/time ${now} must be before the expiration date/time ${expiry}`,
  );

// ---- AccessDenied (403) -------------------------------------------------------

/**
 * Which policy type decided a denial. The phrases are AWS's, from the IAM
 * User Guide "Troubleshooting access denied error messages":
 * `because no <type> allows the <action> action` (implicit) and
 * `with an explicit deny in <a|an> <type>` (explicit), where <type> is
 * "identity-based policy", "permissions boundary", "session policy",
 * "service control policy", "resource-based policy", "VPC endpoint policy".
 * The guide notes a service control policy is always reported as an
 * explicit deny, even when the denial is implicit.
 */
export type DenyingPolicy =
  | "identity-based"
  | "permissions-boundary"
  | "session"
  | "service-control"
  | "resource-based"
  | "vpc-endpoint";

const POLICY_PHRASE: Record<DenyingPolicy, string> = {
  "identity-based": "identity-based policy",
  "permissions-boundary": "permissions boundary",
  session: "session policy",
  "service-control": "service control policy",
  "resource-based": "resource-based policy",
  "vpc-endpoint": "VPC endpoint policy",
};

export interface AccessDeniedDetail {
  /** The caller's ARN. */
  principal: string;
  /** `iam:CreateUser`. */
  action: string;
  /** The resource ARN; omitted when the action has none. */
  resource?: string;
  /** Why, when known; without it the message ends after the resource. */
  deniedBy?: { policy: DenyingPolicy; explicit: boolean };
}

/**
 * `User: <principal> is not authorized to perform: <action> on resource:
 * <resource> because no identity-based policy allows the <action> action`
 * (guide, confirmed by AWS answers in issues), or `… with an explicit deny in
 * an identity-based policy`. No final period.
 */
export function accessDenied(detail: AccessDeniedDetail): IamError {
  let message = `User: ${detail.principal} is not authorized to perform: ${detail.action}`;
  if (detail.resource !== undefined) message += ` on resource: ${detail.resource}`;
  const by = detail.deniedBy;
  if (by) {
    const phrase = POLICY_PHRASE[by.policy];
    if (by.explicit || by.policy === "service-control") {
      message += ` with an explicit deny in ${/^[aeiou]/i.test(phrase) ? "an" : "a"} ${phrase}`;
    } else {
      message += ` because no ${phrase} allows the ${detail.action} action`;
    }
  }
  return new IamError("AccessDenied", 403, message);
}

/**
 * Recorded (GetAccessKeyLastUsed for an access key id that does not exist):
 * IAM answers AccessDenied, not NoSuchEntity, and this message has no colon
 * after "perform".
 */
export const accessKeyLastUsedDenied = (principal: string, accessKeyId: string) =>
  new IamError(
    "AccessDenied",
    403,
    `User: ${principal} is not authorized to perform iam:GetAccessKeyLastUsed on resource: access key ${accessKeyId}`,
  );
