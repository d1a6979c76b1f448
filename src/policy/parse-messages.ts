/**
 * The texts AWS answers with when it refuses a policy document. Each is
 * written here once, with where it was seen (see test/policy/parse.test.ts for
 * the cases). Keep them byte for byte: clients match on them.
 */

export const SYNTAX_ERRORS = "Syntax errors in policy.";
/** CreateRole / UpdateAssumeRolePolicy answer this instead of SYNTAX_ERRORS when the text is not JSON. */
export const INVALID_JSON = "This policy contains invalid Json";
export const VERSION_TOO_OLD = "Policy document must be version 2012-10-17 or greater.";
export const LEGACY_PARSING = "The policy failed legacy parsing";
export const MUST_CONTAIN_ACTIONS = "Policy statement must contain actions.";
export const MUST_CONTAIN_RESOURCES = "Policy statement must contain resources.";
export const NO_VENDOR =
  "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.";
export const ONE_COLON = "Actions/Condition can contain only one colon.";
export const SID_NOT_UNIQUE = "Statement IDs (SID) in a single policy must be unique.";
export const SID_NOT_ALPHANUMERIC =
  "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*";
export const RESOURCE_VENDOR =
  "Resource vendor must be fully qualified and cannot contain regexes.";
export const NO_PRINCIPAL_ALLOWED = "Policy document should not specify a principal.";
export const PROHIBITED_RESOURCE = "Has prohibited field Resource";
export const TRUST_ACTIONS = "AssumeRole policy may only specify STS AssumeRole actions.";
export const MISSING_PRINCIPAL = "Missing required field Principal";
export const EMPTY_PRINCIPAL =
  "Invalid principal in policy: com.amazon.balsa.error.InvalidPolicyException: The passed in policy has a statement with no principals!";

export const IAM_RESOURCE_PATH_STARTS = [
  "user/",
  "federated-user/",
  "role/",
  "group/",
  "instance-profile/",
  "mfa/",
  "server-certificate/",
  "policy/",
  "sms-mfa/",
  "saml-provider/",
  "oidc-provider/",
  "report/",
  "access-report/",
] as const;

export const IAM_RESOURCE_PATH = `IAM resource path must either be "*", root, or start with ${IAM_RESOURCE_PATH_STARTS.join(", ")}.`;

export function vendorNotValid(vendor: string): string {
  return `Vendor ${vendor} is not valid`;
}

export function notArnFormat(resource: string): string {
  return `Resource ${resource} must be in ARN format or "*".`;
}

export function partitionNotValid(partition: string, resource: string): string {
  return `Partition "${partition}" is not valid for resource "${resource}".`;
}

export function iamRegion(resource: string): string {
  return `IAM resource ${resource} cannot contain region information.`;
}

export function s3Region(resource: string): string {
  return `Resource ${resource} can not contain region information.`;
}

export function invalidConditionType(operator: string): string {
  return `Invalid Condition type : ${operator}`;
}

/** `type` as IAM spells it in this message: AWS, SERVICE, FEDERATED, CANONICAL_USER. */
export function invalidPrincipal(type: string, value: string): string {
  return `Invalid principal in policy: "${type}":"${value}"`;
}

export function quotaExceeded(quota: string, limit: number): string {
  return `Cannot exceed quota for ${quota}: ${limit}`;
}

/** Organizations (ConstraintViolationException, reason POLICY_CONTENT_LIMIT_EXCEEDED). */
export const SCP_TOO_LARGE = "You have exceeded the maximum policy size.";

/** The AWS Query protocol's text for a request parameter that breaks its model constraint. */
export function constraintViolation(value: string, parameter: string, constraint: string): string {
  return `1 validation error detected: Value '${value}' at '${parameter}' failed to satisfy constraint: ${constraint}`;
}

export const POLICY_PATTERN = "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+";
