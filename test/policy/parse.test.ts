import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { policyLength, validatePolicy, type ValidateOptions } from "../../src/policy/parse.js";
import type { Finding, PolicyKind, Position } from "../../src/policy/types.js";

const V = "2012-10-17";
const OK_STATEMENT = { Effect: "Allow", Action: "s3:ListBucket", Resource: "arn:aws:s3:::b" };
const TRUST_STATEMENT = {
  Effect: "Allow",
  Principal: { Service: "ec2.amazonaws.com" },
  Action: "sts:AssumeRole",
};

/** An identity statement with `extra` merged in. */
function doc(extra: Record<string, unknown>, version: string | null = V): unknown {
  const statement = { ...OK_STATEMENT, ...extra };
  return version === null ? { Statement: statement } : { Version: version, Statement: statement };
}

/** The Position of `offset`, counted independently of the parser. */
function at(text: string, offset: number): Position {
  const lines = text.slice(0, offset).split("\n");
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, offset };
}

function trust(extra: Record<string, unknown>): unknown {
  return { Version: V, Statement: { ...TRUST_STATEMENT, ...extra } };
}

function firstError(document: unknown, options: ValidateOptions): Finding | undefined {
  return validatePolicy(document, options).findings.find((f) => f.severity === "error");
}

interface Case {
  name: string;
  kind?: PolicyKind;
  document: unknown;
  message: string;
  code?: Finding["code"];
  options?: Partial<ValidateOptions>;
}

/**
 * Refused documents and the message AWS answers with, grouped by the AWS
 * documentation page of the rule. Texts seen from real AWS (issues, moto's
 * and localstack's AWS-checked tests) unless marked "unconfirmed".
 */
const REFUSED: Record<string, Case[]> = {
  "reference_policies_grammar.md": [
    {
      name: "not JSON",
      document: "This is not a json document",
      message: "Syntax errors in policy.",
    },
    {
      name: "trailing comma",
      document: '{"Version":"2012-10-17",}',
      message: "Syntax errors in policy.",
    },
    { name: "JSON null", document: "null", message: "Syntax errors in policy." },
    { name: "an array", document: [OK_STATEMENT], message: "Syntax errors in policy." },
    { name: "no Statement", document: { Version: V }, message: "Syntax errors in policy." },
    {
      name: "empty Statement array",
      document: { Version: V, Statement: [] },
      message: "Syntax errors in policy.",
    },
    {
      name: "a string statement",
      document: { Version: V, Statement: ["afd"] },
      message: "Syntax errors in policy.",
    },
    {
      name: "unknown top element",
      document: { Version: V, Statement: OK_STATEMENT, "Extra field": "value" },
      message: "Syntax errors in policy.",
    },
    {
      name: "unknown statement element",
      document: doc({ "Extra field": "value" }),
      message: "Syntax errors in policy.",
    },
    {
      name: "Id as an array",
      document: { Version: V, Id: ["x"], Statement: OK_STATEMENT },
      message: "Syntax errors in policy.",
    },
    {
      name: "Id as an object",
      document: { Version: V, Id: {}, Statement: OK_STATEMENT },
      message: "Syntax errors in policy.",
    },
    {
      name: "no Effect",
      document: { Version: V, Statement: { Action: "s3:ListBucket", Resource: "*" } },
      message: "Syntax errors in policy.",
    },
    {
      name: "Effect not Allow or Deny",
      document: doc({ Effect: "invalid" }),
      message: "Syntax errors in policy.",
    },
    {
      name: "Resource as an object",
      document: doc({ Resource: { a: "arn:aws:s3:::b" } }),
      message: "Syntax errors in policy.",
    },
    {
      name: "an object in Resource",
      document: doc({ Resource: ["adfdf", {}] }),
      message: "Syntax errors in policy.",
    },
    {
      name: "Resource and NotResource",
      document: doc({ NotResource: [] }),
      message: "Syntax errors in policy.",
    },
    {
      name: "an array in Action",
      document: doc({ Action: [[]] }),
      message: "Syntax errors in policy.",
    },
    {
      name: "Action and NotAction",
      document: doc({ NotAction: "s3:Get" }),
      message: "Syntax errors in policy.",
    },
    {
      name: "Action as an object",
      document: doc({ Action: {} }),
      message: "Syntax errors in policy.",
    },
    { name: "Sid as an object", document: doc({ Sid: {} }), message: "Syntax errors in policy." },
    { name: "Sid as an array", document: doc({ Sid: [] }), message: "Syntax errors in policy." },
    {
      name: "Condition as an array",
      document: doc({ Condition: [] }),
      message: "Syntax errors in policy.",
    },
    {
      name: "Condition as a string",
      document: doc({ Condition: "a" }),
      message: "Syntax errors in policy.",
    },
    {
      name: "operator block as a string",
      document: doc({ Condition: { a: "b" } }),
      message: "Syntax errors in policy.",
    },
    {
      name: "operator block as an array",
      document: doc({ Condition: { DateGreaterThan: [] } }),
      message: "Syntax errors in policy.",
    },
    {
      name: "condition value as an object",
      document: doc({ Condition: { DateGreaterThan: { a: {} } } }),
      message: "Syntax errors in policy.",
    },
    {
      name: "condition value null (unconfirmed)",
      document: doc({ Condition: { StringEquals: { a: null } } }),
      message: "Syntax errors in policy.",
    },
    {
      name: "unknown operator",
      document: doc({ Condition: { x: { a: "1" } } }),
      message: "Syntax errors in policy.",
    },
    {
      name: "operator with two colons",
      document: doc({ Condition: { "ForAnyValue::StringEqualsIfExists": { a: "asf" } } }),
      message: "Syntax errors in policy.",
    },
    {
      name: "NullIfExists (unconfirmed)",
      document: doc({ Condition: { NullIfExists: { a: "true" } } }),
      message: "Syntax errors in policy.",
    },
    {
      name: "duplicate key in a statement (unconfirmed)",
      document:
        '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Effect":"Deny","Action":"s3:*","Resource":"*"}}',
      message: "Syntax errors in policy.",
    },
    {
      name: "Principal and NotPrincipal (unconfirmed)",
      kind: "resource",
      document: doc({ Principal: "*", NotPrincipal: { AWS: "123456789012" } }),
      message: "Syntax errors in policy.",
    },
    {
      name: "unknown principal type (unconfirmed)",
      kind: "resource",
      document: doc({ Principal: { Group: "x" } }),
      message: "Syntax errors in policy.",
    },
    {
      name: "nesting deeper than 64",
      document: `{"Version":${"[".repeat(70)}${"]".repeat(70)}}`,
      message: "Syntax errors in policy.",
    },
  ],
  "reference_policies_elements_version.md": [
    {
      name: "unknown Version",
      document: doc({}, "2013-10-17"),
      message: "Syntax errors in policy.",
    },
    {
      name: "no Version in a managed policy",
      document: doc({}, null),
      message: "Policy document must be version 2012-10-17 or greater.",
    },
    {
      name: "2008-10-17 in a managed policy",
      document: doc({}, "2008-10-17"),
      message: "Policy document must be version 2012-10-17 or greater.",
    },
    {
      name: "version before legacy parsing",
      document: doc({ Effect: "denY" }, null),
      message: "Policy document must be version 2012-10-17 or greater.",
    },
    {
      name: "version before unique Sids",
      document: {
        Statement: [
          { ...OK_STATEMENT, Sid: "a" },
          { ...OK_STATEMENT, Sid: "a" },
        ],
      },
      message: "Policy document must be version 2012-10-17 or greater.",
    },
  ],
  "reference_policies_elements_effect.md (legacy parser)": [
    {
      name: "Effect in the wrong case",
      document: doc({ Effect: "denY" }),
      message: "The policy failed legacy parsing",
    },
    {
      name: "legacy parsing before unique Sids",
      document: {
        Version: V,
        Statement: [
          { ...OK_STATEMENT, Sid: "sdf", Effect: "aLLow" },
          { Sid: "sdf", Effect: "Allow" },
        ],
      },
      message: "The policy failed legacy parsing",
    },
    {
      name: "Date value not a date",
      document: doc({ Condition: { DateGreaterThan: { a: "sdfdsf" } } }),
      message: "The policy failed legacy parsing",
    },
    {
      name: "Date month 13",
      document: doc({ Condition: { DateLessThanEquals: { a: "234-13" } } }),
      message: "The policy failed legacy parsing",
    },
    {
      name: "Date zone of one digit",
      document: doc({ Condition: { DateLessThanEquals: { a: "2016-12-13t2:00:00.593194+1" } } }),
      message: "The policy failed legacy parsing",
    },
    {
      name: "epoch beyond a long",
      document: doc({ Condition: { DateLessThan: { a: "9223372036854775808" } } }),
      message: "The policy failed legacy parsing",
    },
    {
      name: "short ARN with an empty part",
      document: doc({ Resource: "arn:aws:s3::example_bucket" }),
      message: "The policy failed legacy parsing",
    },
    {
      name: "NotResource short ARN",
      document: doc({ Resource: undefined, NotResource: "arn:aws:s3::b" }),
      message: "The policy failed legacy parsing",
    },
    {
      name: "empty service",
      document: doc({ Resource: "arn:aws::::example_bucket" }),
      message: "The policy failed legacy parsing",
    },
    {
      name: "ARN with three colons",
      document: doc({ Resource: "arn:aws::fdsasf" }),
      message: "The policy failed legacy parsing",
    },
  ],
  "reference_policies_elements_sid.md": [
    {
      name: "duplicate Sid",
      document: {
        Version: V,
        Statement: [
          { ...OK_STATEMENT, Sid: "sdf" },
          { Sid: "sdf", Effect: "Allow" },
        ],
      },
      message: "Statement IDs (SID) in a single policy must be unique.",
    },
    {
      name: "Sid with a dash",
      document: doc({ Sid: "autogenerated-id" }),
      message:
        "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*",
    },
    {
      name: "Sid with spaces in an SCP (unconfirmed)",
      kind: "scp",
      document: doc({ Sid: "Deny all" }),
      message:
        "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*",
    },
  ],
  "reference_policies_elements_action.md": [
    {
      name: "no Action",
      document: { Version: V, Statement: { Effect: "Allow", Resource: "*" } },
      message: "Policy statement must contain actions.",
    },
    {
      name: "empty Action",
      document: doc({ Action: [] }),
      message: "Policy statement must contain actions.",
    },
    {
      name: "nothing but Effect",
      document: { Version: V, Statement: { Effect: "Allow" } },
      message: "Policy statement must contain actions.",
    },
    {
      name: "second statement without Action",
      document: { Version: V, Statement: [{ Effect: "Deny" }, OK_STATEMENT] },
      message: "Policy statement must contain actions.",
    },
    {
      name: "no vendor",
      document: doc({ Action: "invalid" }),
      message: "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.",
    },
    {
      name: "empty NotAction",
      document: doc({ Action: undefined, NotAction: "" }),
      message: "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.",
    },
    {
      name: "vendor with a space",
      document: doc({ Action: "a a:ListBucket" }),
      message: "Vendor a a is not valid",
    },
    {
      name: "two colons",
      document: doc({ Action: "s3:List:Bucket" }),
      message: "Actions/Condition can contain only one colon.",
    },
    {
      name: "two colons in a second statement",
      document: {
        Version: V,
        Statement: [
          { ...OK_STATEMENT, Action: "s3s:ListBucket" },
          { ...OK_STATEMENT, Action: "s:3s:ListBucket" },
        ],
      },
      message: "Actions/Condition can contain only one colon.",
    },
  ],
  "reference_policies_elements_resource.md": [
    {
      name: "no Resource",
      document: { Version: V, Statement: { Effect: "Allow", Action: "s3:ListBucket" } },
      message: "Policy statement must contain resources.",
    },
    {
      name: "empty Resource",
      document: doc({ Resource: [] }),
      message: "Policy statement must contain resources.",
    },
    {
      name: "resources before action vendor",
      document: { Version: V, Statement: { Effect: "Allow", Action: "invalid" } },
      message: "Policy statement must contain resources.",
    },
    {
      name: "not an ARN",
      document: doc({ Resource: "invalid resource" }),
      message: 'Resource invalid resource must be in ARN format or "*".',
    },
    {
      name: "empty resource",
      document: doc({ Resource: "" }),
      message: 'Resource  must be in ARN format or "*".',
    },
    {
      name: "not an ARN in a list",
      document: doc({ Resource: ["adf"] }),
      message: 'Resource adf must be in ARN format or "*".',
    },
    {
      name: "resource before action colon",
      document: doc({ Action: "s:3:ListBucket", Resource: "sdfsadf" }),
      message: 'Resource sdfsadf must be in ARN format or "*".',
    },
    {
      name: "bad partition, short",
      document: doc({ Resource: "a:bsdfdsafsad" }),
      message: 'Partition "bsdfdsafsad" is not valid for resource "arn:bsdfdsafsad:*:*:*:*".',
    },
    {
      name: "bad partition, service only",
      document: doc({ Resource: "a:b:cadfsdf" }),
      message: 'Partition "b" is not valid for resource "arn:b:cadfsdf:*:*:*".',
    },
    {
      name: "bad partition, long",
      document: doc({ Resource: "a:b:c:d:e:f:g:h" }),
      message: 'Partition "b" is not valid for resource "arn:b:c:d:e:f:g:h".',
    },
    {
      name: "missing arn prefix",
      document: doc({ Resource: "aws:s3:::example_bucket" }),
      message: 'Partition "s3" is not valid for resource "arn:s3:::example_bucket:*".',
    },
    {
      name: "IAM reports the last error of a list, in reverse sorted order",
      document: doc({
        Resource: ["arn:error:s3:::example_bucket", "arn:error:s3::example_bucket"],
      }),
      message: 'Partition "error" is not valid for resource "arn:error:s3:::example_bucket".',
    },
    {
      name: "no service",
      document: doc({ Resource: "arn:aws" }),
      message: "Resource vendor must be fully qualified and cannot contain regexes.",
    },
    {
      name: "IAM path",
      document: doc({ Resource: "arn:aws:iam:::example_bucket" }),
      message:
        'IAM resource path must either be "*", root, or start with user/, federated-user/, role/, group/, instance-profile/, mfa/, server-certificate/, policy/, sms-mfa/, saml-provider/, oidc-provider/, report/, access-report/.',
    },
    {
      name: "IAM region",
      document: doc({ Resource: "arn:aws:iam:us-east-1::example_bucket" }),
      message:
        "IAM resource arn:aws:iam:us-east-1::example_bucket cannot contain region information.",
    },
    {
      name: "S3 region",
      document: doc({ Resource: "arn:aws:s3:us-east-1::example_bucket" }),
      message: "Resource arn:aws:s3:us-east-1::example_bucket can not contain region information.",
    },
  ],
  "reference_policies_elements_principal.md": [
    {
      name: "Principal in an identity policy",
      document: doc({ Principal: "*" }),
      message: "Policy document should not specify a principal.",
    },
    {
      name: "NotPrincipal in an identity policy (unconfirmed)",
      document: doc({ NotPrincipal: { AWS: "123456789012" } }),
      message: "Policy document should not specify a principal.",
    },
    {
      name: "Principal in a boundary (unconfirmed)",
      kind: "boundary",
      document: doc({ Principal: "*" }),
      message: "Policy document should not specify a principal.",
    },
    {
      name: "Principal in a session policy (unconfirmed)",
      kind: "session",
      document: doc({ Principal: "*" }),
      message: "Policy document should not specify a principal.",
    },
    {
      name: "Principal in an SCP (unconfirmed)",
      kind: "scp",
      document: doc({ Principal: "*" }),
      message: "Policy document should not specify a principal.",
    },
    {
      name: "no Principal in a resource policy",
      kind: "resource",
      document: doc({}),
      message: "Missing required field Principal",
    },
    {
      name: "no Principal in a trust policy (unconfirmed)",
      kind: "trust",
      document: trust({ Principal: undefined }),
      message: "Missing required field Principal",
    },
    {
      name: "empty principal list",
      kind: "trust",
      document: trust({ Principal: { AWS: [] } }),
      message:
        "Invalid principal in policy: com.amazon.balsa.error.InvalidPolicyException: The passed in policy has a statement with no principals!",
    },
    {
      name: "wildcard inside an ARN",
      kind: "trust",
      document: trust({ Principal: { AWS: "arn:aws:iam::123456789012:role/*" } }),
      message: 'Invalid principal in policy: "AWS":"arn:aws:iam::123456789012:role/*"',
    },
    {
      name: "group ARN (unconfirmed)",
      kind: "resource",
      document: doc({ Principal: { AWS: "arn:aws:iam::123456789012:group/g" } }),
      message: 'Invalid principal in policy: "AWS":"arn:aws:iam::123456789012:group/g"',
    },
    {
      name: "service not a service name",
      kind: "trust",
      document: trust({ Principal: { Service: "ec2" } }),
      message: 'Invalid principal in policy: "SERVICE":"ec2"',
    },
    {
      name: "service wildcard",
      kind: "trust",
      document: trust({ Principal: { Service: "*" } }),
      message: 'Invalid principal in policy: "SERVICE":"*"',
    },
    {
      name: "federated wildcard (label unconfirmed)",
      kind: "trust",
      document: trust({
        Principal: { Federated: "arn:aws:iam::123456789012:saml-provider/*" },
        Action: "sts:AssumeRoleWithSAML",
      }),
      message:
        'Invalid principal in policy: "FEDERATED":"arn:aws:iam::123456789012:saml-provider/*"',
    },
  ],
  "id_roles_terms-and-concepts.md (trust policies)": [
    {
      name: "not JSON",
      kind: "trust",
      document: "assume-role-policy.json",
      message: "This policy contains invalid Json",
    },
    {
      name: "Resource",
      kind: "trust",
      document: trust({ Resource: "*" }),
      message: "Has prohibited field Resource",
    },
    {
      name: "NotResource (unconfirmed)",
      kind: "trust",
      document: trust({ NotResource: "*" }),
      message: "Has prohibited field Resource",
    },
    {
      name: "non-STS action",
      kind: "trust",
      document: trust({ Action: "s3:GetObject" }),
      message: "AssumeRole policy may only specify STS AssumeRole actions.",
    },
    {
      name: "wildcard action (unconfirmed)",
      kind: "trust",
      document: trust({ Action: "*" }),
      message: "AssumeRole policy may only specify STS AssumeRole actions.",
    },
    {
      name: "sts:* (unconfirmed)",
      kind: "trust",
      document: trust({ Action: "sts:*" }),
      message: "AssumeRole policy may only specify STS AssumeRole actions.",
    },
    {
      name: "NotAction (unconfirmed)",
      kind: "trust",
      document: trust({ Action: undefined, NotAction: "sts:AssumeRole" }),
      message: "AssumeRole policy may only specify STS AssumeRole actions.",
    },
    {
      name: "no actions",
      kind: "trust",
      document: trust({ Action: [] }),
      message: "Policy statement must contain actions.",
    },
  ],
  "reference_policies_elements_condition_operators.md": [
    {
      name: "operator in the wrong case",
      document: doc({ Condition: { stringEquals: { "aws:username": "a" } } }),
      message: "Invalid Condition type : stringEquals",
    },
    {
      name: "set operator in the wrong case (unconfirmed)",
      document: doc({ Condition: { "forAnyValue:StringEquals": { "aws:TagKeys": "a" } } }),
      message: "Invalid Condition type : forAnyValue:StringEquals",
    },
  ],
  "reference_iam-quotas.md": [
    {
      name: "managed policy over 6,144",
      document: doc({ Resource: `arn:aws:s3:::${"b".repeat(6144)}` }),
      message: "Cannot exceed quota for PolicySize: 6144",
      code: "LimitExceeded",
    },
    {
      name: "trust policy over 2,048",
      kind: "trust",
      document: trust({
        Principal: {
          AWS: Array.from({ length: 80 }, (_, i) => `arn:aws:iam::123456789012:role/r${i}`),
        },
      }),
      message: "Cannot exceed quota for ACLSizePerRole: 2048",
      code: "LimitExceeded",
    },
    {
      name: "a limit given by the caller",
      document: doc({}),
      options: { maxLength: 20 },
      message: "Cannot exceed quota for PolicySize: 20",
      code: "LimitExceeded",
    },
  ],
  "API_AssumeRole.md (session policies)": [
    {
      name: "over 2,048 characters, whitespace included",
      kind: "session",
      document: JSON.stringify(doc({}), null, 2) + " ".repeat(2048),
      message: `1 validation error detected: Value '${JSON.stringify(doc({}), null, 2) + " ".repeat(2048)}' at 'policy' failed to satisfy constraint: Member must have length less than or equal to 2048`,
      code: "ValidationError",
    },
  ],
  "orgs_reference_limits.md (SCPs)": [
    {
      name: "over 5,120 characters, whitespace included",
      kind: "scp",
      document: JSON.stringify(doc({}), null, 2) + " ".repeat(5120),
      message: "You have exceeded the maximum policy size.",
      code: "ConstraintViolationException",
    },
    {
      name: "SCP without Resource",
      kind: "scp",
      document: { Version: V, Statement: { Effect: "Deny", Action: "s3:*" } },
      message: "Policy statement must contain resources.",
    },
  ],
  "API_CreatePolicy.md (PolicyDocument pattern)": [
    {
      name: "character beyond U+00FF",
      document:
        '{"Version":"2012-10-17","Statement":{"Sid":"\u0100","Effect":"Allow","Action":"s3:*","Resource":"*"}}',
      message:
        '1 validation error detected: Value \'{"Version":"2012-10-17","Statement":{"Sid":"\u0100","Effect":"Allow","Action":"s3:*","Resource":"*"}}\' at \'policyDocument\' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+',
      code: "ValidationError",
    },
    {
      name: "empty document",
      document: "",
      message:
        "1 validation error detected: Value '' at 'policyDocument' failed to satisfy constraint: Member must have length greater than or equal to 1",
      code: "ValidationError",
    },
  ],
};

/** Accepted documents, with the kind they are accepted as. */
const ACCEPTED: {
  name: string;
  kind?: PolicyKind;
  document: unknown;
  options?: Partial<ValidateOptions>;
}[] = [
  { name: "list of one resource", document: doc({ Resource: ["arn:aws:s3:::example_bucket"] }) },
  { name: "action name with spaces", document: doc({ Action: "iam: asdf safdsf af " }) },
  {
    name: "resource list with *",
    document: doc({ Resource: ["arn:aws:s3:::example_bucket", "*"] }),
  },
  { name: "Action *", document: doc({ Action: "*" }) },
  {
    name: "dates",
    document: doc({
      Condition: {
        DateGreaterThan: { "aws:CurrentTime": "2017-07-01T00:00:00Z" },
        DateLessThan: { "aws:CurrentTime": "2017-12-31T23:59:59Z" },
      },
    }),
  },
  { name: "IAM user ARN", document: doc({ Resource: "arn:aws:iam:::user/example_bucket" }) },
  {
    name: "unknown service in ARN",
    document: doc({ Resource: "arn:aws:invalid-service:us-east-1::example_bucket" }),
  },
  { name: "ARN with no region or account parts", document: doc({ Resource: "arn:aws:fdsasf" }) },
  { name: "empty Condition", document: doc({ Condition: {} }) },
  { name: "unknown operator with an empty block", document: doc({ Condition: { x: {}, y: {} } }) },
  { name: "empty value list", document: doc({ Condition: { DateGreaterThan: { a: [] } } }) },
  { name: "short date", document: doc({ Condition: { DateGreaterThan: { a: "01T" } } }) },
  {
    name: "date with zone",
    document: doc({ Condition: { DateLessThanEquals: { a: "2016-12-13T21:20:37.593194+00:00" } } }),
  },
  {
    name: "negative epoch year",
    document: doc({ Condition: { DateLessThan: { a: "-292275054" } } }),
  },
  {
    name: "IfExists and set operators",
    document: doc({
      Condition: {
        "ForAnyValue:StringEqualsIfExists": { a: "asf" },
        BoolIfExists: { "aws:MultiFactorAuthPresent": false },
      },
    }),
  },
  {
    name: "numbers and booleans as values",
    document: doc({
      Condition: {
        NumericLessThanEquals: { "s3:max-keys": 10 },
        Bool: { "aws:SecureTransport": true },
      },
    }),
  },
  {
    name: "NotAction and NotResource",
    document: doc({
      Action: undefined,
      NotAction: "s3:ListBucket",
      Resource: undefined,
      NotResource: "*",
    }),
  },
  { name: "policy variables", document: doc({ Resource: "arn:aws:iam::*:user/${aws:username}" }) },
  {
    name: "two empty Sids",
    document: {
      Version: V,
      Statement: [
        { ...OK_STATEMENT, Sid: "" },
        { ...OK_STATEMENT, Sid: "" },
      ],
    },
  },
  {
    name: "vendor with dash and dot",
    document: doc({ Action: ["s3-s:ListBucket", "s3.s:ListBucket"] }),
  },
  {
    name: "Version absent in an inline policy",
    document: doc({}, null),
    options: { requireCurrentVersion: false },
  },
  {
    name: "Version 2008-10-17 in an inline policy",
    document: doc({}, "2008-10-17"),
    options: { requireCurrentVersion: false },
  },
  { name: "trust policy", kind: "trust", document: trust({}) },
  { name: "trust policy without Version", kind: "trust", document: { Statement: TRUST_STATEMENT } },
  {
    name: "trust policy with every assume action",
    kind: "trust",
    document: trust({
      Principal: {
        AWS: [
          "123456789012",
          "arn:aws:iam::123456789012:root",
          "arn:aws:sts::123456789012:assumed-role/r/s",
          "*",
        ],
      },
      Action: [
        "sts:AssumeRole",
        "sts:TagSession",
        "sts:SetSourceIdentity",
        "sts:SetContext",
        "STS:assumerole",
      ],
    }),
  },
  {
    name: "web identity",
    kind: "trust",
    document: trust({
      Principal: {
        Federated: [
          "cognito-identity.amazonaws.com",
          "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com",
        ],
      },
      Action: "sts:AssumeRoleWithWebIdentity",
    }),
  },
  {
    name: "bucket policy",
    kind: "resource",
    document: doc({
      Sid: "Public read",
      Principal: "*",
      Condition: { StringEquals: { "aws:PrincipalOrgID": "o-123" } },
    }),
  },
  {
    name: "canonical user",
    kind: "resource",
    document: doc({ Principal: { CanonicalUser: "a".repeat(64) } }),
  },
  { name: "session policy", kind: "session", document: doc({}) },
  {
    name: "SCP with Deny and NotAction",
    kind: "scp",
    document: { Version: V, Statement: { Effect: "Deny", NotAction: ["iam:*"], Resource: "*" } },
  },
  { name: "boundary", kind: "boundary", document: doc({}) },
  {
    name: "limit 0 turns the size check off",
    document: doc({ Resource: `arn:aws:s3:::${"b".repeat(7000)}` }),
    options: { maxLength: 0 },
  },
];

describe("validatePolicy refuses what AWS refuses, with AWS's message first", () => {
  for (const [page, cases] of Object.entries(REFUSED)) {
    describe(page, () => {
      for (const c of cases) {
        it(c.name, () => {
          const options: ValidateOptions = { kind: c.kind ?? "identity", ...c.options };
          const result = validatePolicy(c.document, options);
          assert.equal(result.policy, undefined);
          const first = result.findings[0];
          assert.ok(first, "expected a finding");
          assert.equal(first.message, c.message);
          assert.equal(first.code, c.code ?? "MalformedPolicyDocument");
          assert.equal(first.severity, "error");
        });
      }
    });
  }
});

describe("validatePolicy accepts what AWS accepts", () => {
  for (const c of ACCEPTED) {
    it(c.name, () => {
      const result = validatePolicy(c.document, { kind: c.kind ?? "identity", ...c.options });
      assert.deepEqual(result.findings, []);
      assert.ok(result.policy);
    });
  }
});

describe("validatePolicy output", () => {
  it("gives the parsed policy, its statements and their places", () => {
    const text = [
      "{",
      '  "Version": "2012-10-17",',
      '  "Id": "P1",',
      '  "Statement": [',
      '    {"Sid": "A", "Effect": "Deny", "Action": "s3:*", "NotResource": ["arn:aws:s3:::b", "*"],',
      '     "Condition": {"ForAllValues:StringLike": {"aws:TagKeys": ["a*", 1, false]}}},',
      '    {"Effect": "Allow", "NotAction": ["iam:*"], "Resource": "*"}',
      "  ]",
      "}",
    ].join("\n");
    const { policy, findings } = validatePolicy(text, { kind: "identity" });
    assert.deepEqual(findings, []);
    assert.ok(policy);
    assert.equal(policy.text, text);
    assert.equal(policy.version, "2012-10-17");
    assert.equal(policy.id, "P1");
    const [first, second] = policy.statements;
    assert.deepEqual(first, {
      index: 0,
      sid: "A",
      effect: "Deny",
      action: ["s3:*"],
      notResource: ["arn:aws:s3:::b", "*"],
      conditions: [
        { operator: "ForAllValues:StringLike", key: "aws:TagKeys", values: ["a*", "1", "false"] },
      ],
      start: at(text, text.indexOf('{"Sid"')),
      end: at(text, text.indexOf("}}},") + 3),
    });
    assert.deepEqual(first?.start.line, 5);
    assert.deepEqual(first?.end.line, 6);
    assert.deepEqual(second?.notAction, ["iam:*"]);
    assert.deepEqual(second?.start, at(text, text.lastIndexOf('{"Effect"')));
    assert.deepEqual(second?.end, at(text, text.indexOf('"*"}') + 4));
  });

  it("takes a statement given as one object", () => {
    const text =
      '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*"}}';
    const statement = validatePolicy(text, { kind: "identity" }).policy?.statements[0];
    assert.deepEqual(statement?.start, { line: 1, column: 37, offset: 36 });
    assert.deepEqual(statement?.end, { line: 1, column: 86, offset: 85 });
  });

  it("gives principals as written", () => {
    const { policy } = validatePolicy(
      {
        Statement: [
          {
            ...TRUST_STATEMENT,
            Principal: { AWS: ["123456789012"], Service: "ec2.amazonaws.com" },
          },
          { ...TRUST_STATEMENT, Principal: "*" },
        ],
      },
      { kind: "trust" },
    );
    assert.deepEqual(policy?.statements[0]?.principal, {
      AWS: ["123456789012"],
      Service: ["ec2.amazonaws.com"],
    });
    assert.equal(policy?.statements[1]?.principal, "*");
    assert.equal(policy?.version, undefined);
  });

  it("reports positions against JSON.stringify(value, null, 2) for a JS value", () => {
    const value = {
      Version: V,
      Statement: { Effect: "Allow", Action: "s3:Get:Object", Resource: "*" },
    };
    const result = validatePolicy(value, { kind: "identity" });
    const finding = result.findings[0];
    const text = JSON.stringify(value, null, 2);
    assert.equal(finding?.message, "Actions/Condition can contain only one colon.");
    assert.equal(text.slice(finding?.start?.offset, finding?.end?.offset), '"s3:Get:Object"');
    assert.deepEqual(finding?.start, at(text, text.indexOf('"s3:Get:Object"')));
    assert.equal(finding?.start?.line, 5);
    assert.equal(finding?.statementIndex, 0);
  });

  it("points at the second of two duplicate keys", () => {
    const text =
      '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*","Action":"s3:*"}}';
    const finding = validatePolicy(text, { kind: "identity" }).findings[0];
    assert.equal(finding?.message, "Syntax errors in policy.");
    assert.equal(text.slice(finding?.start?.offset, finding?.end?.offset), '"Action"');
    assert.equal(finding?.start?.offset, 85);
  });

  it("points at an unknown element", () => {
    const text =
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"},{"Effect":"Allow","Actions":"s3:*","Resource":"*"}]}';
    const finding = validatePolicy(text, { kind: "identity" }).findings[0];
    assert.equal(text.slice(finding?.start?.offset, finding?.end?.offset), '"Actions"');
    assert.equal(finding?.statementIndex, 1);
  });

  it("points at a JSON syntax error", () => {
    const text = '{\n  "Version": "2012-10-17",\n  "Statement": [,]\n}';
    const finding = validatePolicy(text, { kind: "identity" }).findings[0];
    assert.deepEqual(finding?.start, at(text, text.indexOf(",]")));
    assert.deepEqual(finding?.start, { line: 3, column: 17, offset: 45 });
  });

  it("points at the first character outside the allowed set", () => {
    const text = '{"Version":"2012-10-17",\n"Id":"\u2603"}';
    const finding = validatePolicy(text, { kind: "identity" }).findings[0];
    assert.equal(finding?.code, "ValidationError");
    assert.deepEqual(finding?.start, { line: 2, column: 7, offset: 31 });
    assert.deepEqual(finding?.start, at(text, text.indexOf("\u2603")));
  });

  it("reports further errors after the first", () => {
    const result = validatePolicy(
      {
        Version: V,
        Statement: [
          { Sid: "a-b", Effect: "Allow", Action: "s3", Resource: "bucket" },
          { Effect: "Allow", Action: "x:y:z", Resource: "*" },
        ],
      },
      { kind: "identity" },
    );
    assert.deepEqual(
      result.findings.map((f) => [f.message, f.statementIndex]),
      [
        [
          "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*",
          0,
        ],
        ['Resource bucket must be in ARN format or "*".', 0],
        ["Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.", 0],
        ["Actions/Condition can contain only one colon.", 1],
      ],
    );
  });

  it("puts the size finding first, then the language ones", () => {
    const result = validatePolicy(
      doc({ Action: "x", Resource: `arn:aws:s3:::${"b".repeat(7000)}` }),
      { kind: "identity" },
    );
    assert.deepEqual(
      result.findings.map((f) => f.code),
      ["LimitExceeded", "MalformedPolicyDocument"],
    );
  });

  it("has no size limit for resource policies unless one is given", () => {
    const big = doc({ Principal: "*", Resource: `arn:aws:s3:::${"b".repeat(30_000)}` });
    assert.ok(validatePolicy(big, { kind: "resource" }).policy);
    assert.equal(
      firstError(big, { kind: "resource", maxLength: 20_480 })?.message,
      "Cannot exceed quota for PolicySize: 20480",
    );
  });

  it("counts the whitespace-free length for IAM quotas", () => {
    const compact = JSON.stringify(doc({ Resource: `arn:aws:s3:::${"b".repeat(6000)}` }));
    assert.ok(policyLength(compact) <= 6144);
    const spaced = compact.replace(/,/g, ",\n        ");
    assert.ok(validatePolicy(spaced, { kind: "identity" }).policy);
  });
});

describe("policyLength", () => {
  it("leaves out spaces, tabs and line breaks wherever they are", () => {
    assert.equal(policyLength(""), 0);
    assert.equal(policyLength(' { "a b" :\t1 }\r\n'), 8);
    assert.equal(policyLength("\u00e9\u00a0x"), 3);
  });
});

describe("validatePolicy never throws", () => {
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  const odd: unknown[] = [
    undefined,
    null,
    0,
    -1.5,
    NaN,
    true,
    "",
    " ",
    "{}",
    "[]",
    "null",
    "{".repeat(100_000),
    "[".repeat(100_000) + "]".repeat(100_000),
    '"' + "x".repeat(1_000_000) + '"',
    "x".repeat(1_000_000),
    [],
    [1, 2],
    {},
    { Statement: null },
    { Statement: [null, 1, "a", [], {}] },
    {
      Version: 2012,
      Statement: { Effect: 1, Action: [null], Resource: [1], Condition: { StringEquals: [] } },
    },
    { Statement: { Effect: "Allow", Principal: { AWS: [null] }, Action: "sts:AssumeRole" } },
    { Statement: { Effect: "Allow", Principal: 5, Action: "sts:AssumeRole" } },
    {
      Statement: {
        Effect: "Allow",
        Condition: { DateEquals: { a: [1, true, "t", "-", "--", "1-2-3-4"] } },
      },
    },
    { toJSON: () => undefined },
    {
      toJSON: () => {
        throw new Error("no");
      },
    },
    cyclic,
    10n,
    Symbol("s"),
    () => 1,
    new Map([["a", 1]]),
    new Date(0),
    Object.create(null),
  ];
  for (const kind of ["identity", "resource", "trust", "boundary", "session", "scp"] as const) {
    it(`for odd inputs as ${kind}`, () => {
      for (const input of odd) {
        const result = validatePolicy(input, { kind });
        assert.ok(Array.isArray(result.findings));
        assert.equal(
          result.policy === undefined,
          result.findings.some((f) => f.severity === "error"),
        );
      }
    });
  }

  it("for odd options", () => {
    const options = [
      undefined,
      null,
      {},
      { kind: "nope" },
      { kind: "toString" },
      { kind: "identity", maxLength: -1 },
      { kind: "identity", maxLength: NaN },
    ];
    for (const option of options) {
      assert.doesNotThrow(() => validatePolicy(doc({}), option as unknown as ValidateOptions));
    }
  });

  it("for random bytes", () => {
    let seed = 11;
    const alphabet =
      '{}[]":,0123456789-.*etrufalsn VersionStatementEffectAllowDenyActionResourcePrincipalCondition\\';
    for (let round = 0; round < 1000; round++) {
      let text = '{"Version":"2012-10-17","Statement":';
      for (let i = 0; i < 40; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += alphabet[seed % alphabet.length];
      }
      assert.doesNotThrow(() => validatePolicy(text, { kind: "trust" }));
    }
  });
});
