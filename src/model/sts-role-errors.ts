/**
 * The errors of the AssumeRole family (AssumeRole, AssumeRoleWithWebIdentity,
 * AssumeRoleWithSAML), with AWS's codes, HTTP statuses and texts. Each says
 * where its text was confirmed:
 *
 *   "recorded" – an answer from AWS recorded in localstack's STS test
 *                snapshots (tests/aws/services/sts/test_sts.snapshot.json, 2025),
 *   an issue   – a real AWS answer pasted in a public issue,
 *   "unconfirmed" – our best reading; no AWS answer was found.
 *
 * The MFA errors are errors.ts's (mfaCodeInvalid, mfaDeviceNotAssociated),
 * shared with GetSessionToken; the packed-size ones are sts-errors.ts's.
 */
import { accessDenied, IamError } from "./errors.js";

/**
 * Recorded: a RoleArn that is not an ARN at all, or one without a partition,
 * service or resource ("nothing-valid-in-here is invalid", "arn:a:a::aaaaaaaaaa: is invalid").
 */
export const invalidRoleArn = (arn: string) =>
  new IamError("ValidationError", 400, `${arn} is invalid`);

/**
 * Issues: Netflix/security_monkey#1026, kubeflow/testing#961, cloudposse/
 * terraform-aws-vpc-peering-multi-account#106 (2025) — the root user's
 * credentials calling AssumeRole, with the final period.
 */
export const rootCannotAssumeRoles = () =>
  new IamError("AccessDenied", 403, "Roles may not be assumed by root accounts.");

/**
 * AssumeRole refused, for the role's ARN as the request gave it: AWS says
 * nothing about which policy decided, and answers the same for a role that
 * does not exist. Issues: aws-solutions/instance-scheduler-on-aws#558 (2024),
 * nccgroup/aws-inventory#34, amzn/selling-partner-api-models#2523 (a user's
 * ARN as RoleArn, echoed as the resource). sts:TagSession in the same form:
 * issues with GitHub Actions and Karpenter answers; sts:SetSourceIdentity:
 * noqdev/iambic#357, MaterializeInc/materialize#37427.
 */
export const notAuthorizedToAssume = (principal: string, permission: string, roleArn: string) =>
  accessDenied({ principal, action: permission, resource: roleArn });

/**
 * AssumeRoleWithWebIdentity (and AssumeRoleWithSAML) refused by the trust
 * policy: aws/aws-sdk-js-v3#6225, aws/aws-sdk-net#1522, aws-amplify/
 * aws-sdk-android#9 (web identity); aws/aws-sdk-net#744 (SAML). For
 * sts:TagSession and sts:SetSourceIdentity the same form: unconfirmed.
 */
export const notAuthorizedFederated = (permission: string) =>
  new IamError("AccessDenied", 403, `Not authorized to perform ${permission}`);

/** Issues: kreuzwerker/awsu#27, aws-azure-login/aws-azure-login#93 (AssumeRole), GuildEducationInc/aws-jumpcloud#48 (AssumeRoleWithSAML). */
export const durationOverRoleMaximum = () =>
  new IamError(
    "ValidationError",
    400,
    "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
  );

/**
 * Issues: 99designs/aws-vault#263, aws/eks-anywhere#9485 (2025), and
 * mmmorris1975/aws-runas#11 — which shows AWS counts GetSessionToken
 * credentials too, not only role sessions.
 */
export const durationOverChainingLimit = () =>
  new IamError(
    "ValidationError",
    400,
    "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.",
  );

const invalidParameterValue = (message: string) =>
  new IamError("InvalidParameterValue", 400, message);

/** Recorded (two Tags whose keys differ only in case). */
export const duplicateSessionTagKeys = () =>
  invalidParameterValue(
    "Duplicate tag keys found. Please note that Tag keys are case insensitive.",
  );

/** Recorded (a TransitiveTagKeys member that names none of the Tags; keys compare case-insensitively). */
export const transitiveKeyNotInTags = () =>
  invalidParameterValue("The specified transitive tag key must be included in the requested tags.");

/** Recorded (a role session passing a Tag whose key is one of its own transitive tags', any case). */
export const transitiveTagConflict = () =>
  invalidParameterValue(
    "One of the specified transitive tag keys can't be set because it conflicts with a transitive tag key from the calling session.",
  );
