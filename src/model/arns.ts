/**
 * ARNs of IAM and STS entities (IAM User Guide, "IAM identifiers" › "IAM ARNs"):
 *
 *   arn:aws:iam::123456789012:root
 *   arn:aws:iam::123456789012:user/division_abc/subdivision_xyz/Bob
 *   arn:aws:iam::123456789012:policy/ManageCredentialsPermissions
 *   arn:aws:iam::aws:policy/job-function/ViewOnlyAccess        (AWS managed)
 *   arn:aws:iam::123456789012:mfa/Bob
 *   arn:aws:sts::123456789012:assumed-role/Accounting-Role/Mary
 *   arn:aws:sts::123456789012:federated-user/Bob
 *
 * IAM is global: the region is always empty. Paths begin and end with `/`
 * and sit between the resource type and the name, so `user` + `/a/b/` +
 * `Bob` is `user/a/b/Bob`. The partition is "aws" unless given.
 */
import { isValidName, isValidPolicyPath, splitPathName } from "./names.js";

export const DEFAULT_PARTITION = "aws";
/** The account part of an AWS managed policy's ARN. */
export const AWS_MANAGED_ACCOUNT = "aws";

/** The IAM resource types whose ARNs carry a path. */
export type PathResourceType =
  "user" | "group" | "role" | "policy" | "instance-profile" | "server-certificate" | "mfa";

function iam(partition: string, account: string, resource: string): string {
  return `arn:${partition}:iam::${account}:${resource}`;
}

function withPath(type: PathResourceType, path: string, name: string): string {
  return `${type}${path}${name}`;
}

export const rootArn = (account: string, partition = DEFAULT_PARTITION): string =>
  iam(partition, account, "root");

export const userArn = (account: string, name: string, path = "/", partition = DEFAULT_PARTITION) =>
  iam(partition, account, withPath("user", path, name));

export const groupArn = (
  account: string,
  name: string,
  path = "/",
  partition = DEFAULT_PARTITION,
) => iam(partition, account, withPath("group", path, name));

export const roleArn = (account: string, name: string, path = "/", partition = DEFAULT_PARTITION) =>
  iam(partition, account, withPath("role", path, name));

/** A customer managed policy's ARN; pass AWS_MANAGED_ACCOUNT for an AWS managed one. */
export const policyArn = (
  account: string,
  name: string,
  path = "/",
  partition = DEFAULT_PARTITION,
) => iam(partition, account, withPath("policy", path, name));

export const awsManagedPolicyArn = (name: string, path = "/", partition = DEFAULT_PARTITION) =>
  policyArn(AWS_MANAGED_ACCOUNT, name, path, partition);

export const instanceProfileArn = (
  account: string,
  name: string,
  path = "/",
  partition = DEFAULT_PARTITION,
) => iam(partition, account, withPath("instance-profile", path, name));

export const serverCertificateArn = (
  account: string,
  name: string,
  path = "/",
  partition = DEFAULT_PARTITION,
) => iam(partition, account, withPath("server-certificate", path, name));

/** A virtual MFA device's serial number (its ARN). */
export const mfaArn = (account: string, name: string, path = "/", partition = DEFAULT_PARTITION) =>
  iam(partition, account, withPath("mfa", path, name));

export const samlProviderArn = (account: string, name: string, partition = DEFAULT_PARTITION) =>
  iam(partition, account, `saml-provider/${name}`);

/** `url` without its scheme, as IAM stores it: `token.actions.githubusercontent.com`. */
export const oidcProviderArn = (account: string, url: string, partition = DEFAULT_PARTITION) =>
  iam(partition, account, `oidc-provider/${url.replace(/^https:\/\//i, "")}`);

/** The ARN STS returns for a role session (the role's path is not part of it). */
export const assumedRoleArn = (
  account: string,
  roleName: string,
  sessionName: string,
  partition = DEFAULT_PARTITION,
) => `arn:${partition}:sts::${account}:assumed-role/${roleName}/${sessionName}`;

export const federatedUserArn = (account: string, name: string, partition = DEFAULT_PARTITION) =>
  `arn:${partition}:sts::${account}:federated-user/${name}`;

export interface IamArn {
  partition: string;
  account: string;
  type: PathResourceType;
  path: string;
  name: string;
}

const IAM_ARN = /^arn:([a-z][a-z0-9-]*):iam::(\d{12}|aws):([a-z-]+)\/(.*)$/;
const PATH_TYPES: ReadonlySet<string> = new Set<PathResourceType>([
  "user",
  "group",
  "role",
  "policy",
  "instance-profile",
  "server-certificate",
  "mfa",
]);

/**
 * Splits an IAM ARN with a path into its parts, or undefined when it is not
 * one. Checks the shape only (printable ASCII, a non-empty name, no empty
 * path segment at the start); policy ARNs get AWS's stricter check in
 * `parsePolicyArn`.
 */
export function parseIamArn(arn: string): IamArn | undefined {
  const m = IAM_ARN.exec(arn);
  if (!m) return undefined;
  const [, partition, account, type, rest] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
  ];
  if (!PATH_TYPES.has(type)) return undefined;
  if (account === AWS_MANAGED_ACCOUNT && type !== "policy") return undefined;
  if (!/^[\x21-\x7E]+$/.test(rest) || rest.startsWith("/") || rest.endsWith("/")) return undefined;
  const { path, name } = splitPathName(rest);
  return { partition, account, type: type as PathResourceType, path, name };
}

export interface PolicyArnParts {
  partition: string;
  /** 12-digit account, or "aws" for an AWS managed policy. */
  account: string;
  path: string;
  name: string;
}

/**
 * A managed policy's ARN as IAM accepts it in `PolicyArn` and
 * `PermissionsBoundary`: `arn:<partition>:iam::<account|aws>:policy<path><name>`
 * with the model's `policyPathType` for the path and a policy name of 1–128
 * `[\w+=,.@-]`. Anything else is answered "ARN <arn> is not valid."
 * (errors.ts `invalidArn`): confirmed for `longpolicynamebutnoarn` and
 * `arn:aws:iam::111111111111:not_a_policy/invalid` (AWS recordings in
 * localstack's IAM tests); for `arn:aws:iam::aws:policy/` (no name) the same
 * follows from the rule but is unconfirmed.
 */
export function parsePolicyArn(arn: string): PolicyArnParts | undefined {
  const parts = parseIamArn(arn);
  if (!parts || parts.type !== "policy") return undefined;
  if (!isValidPolicyPath(parts.path) || !isValidName(parts.name, 128)) return undefined;
  return { partition: parts.partition, account: parts.account, path: parts.path, name: parts.name };
}

export function isAwsManagedPolicyArn(arn: string): boolean {
  return parsePolicyArn(arn)?.account === AWS_MANAGED_ACCOUNT;
}

export interface StsArn {
  partition: string;
  account: string;
  type: "assumed-role" | "federated-user";
  /** Role name (assumed-role) or federated user name. */
  name: string;
  /** Session name, for an assumed role. */
  session?: string;
}

/** Splits an STS assumed-role or federated-user ARN, or undefined. */
export function parseStsArn(arn: string): StsArn | undefined {
  const m = /^arn:([a-z][a-z0-9-]*):sts::(\d{12}):(assumed-role|federated-user)\/(.+)$/.exec(arn);
  if (!m) return undefined;
  const [, partition, account, type, rest] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
  ];
  if (type === "federated-user") {
    return rest.includes("/") ? undefined : { partition, account, type, name: rest };
  }
  const slash = rest.indexOf("/");
  if (slash <= 0 || slash === rest.length - 1 || rest.indexOf("/", slash + 1) >= 0)
    return undefined;
  return {
    partition,
    account,
    type: "assumed-role",
    name: rest.slice(0, slash),
    session: rest.slice(slash + 1),
  };
}

/** An instance's ARN (workload credentials), as EC2 forms it: `arn:aws:ec2:<region>:<acct>:instance/i-…`. */
export const instanceArn = (
  account: string,
  region: string,
  id: string,
  partition = DEFAULT_PARTITION,
) => `arn:${partition}:ec2:${region}:${account}:instance/${id}`;
