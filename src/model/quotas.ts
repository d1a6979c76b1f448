/**
 * IAM's default quotas (IAM User Guide, "IAM and AWS STS quotas"), which of
 * them GetAccountSummary reports under which SummaryMap key, and the name IAM
 * puts in "Cannot exceed quota for <Name>: <value>" when one is reached.
 *
 * Summary values and keys are confirmed by a GetAccountSummary recording from
 * AWS (localstack's IAM test snapshots, 2026). LimitExceeded names are marked
 * where an AWS answer was seen; the others follow IAM's naming and are
 * unconfirmed.
 */

export interface Quotas {
  users: number;
  groups: number;
  roles: number;
  /** Customer managed policies in the account. */
  policies: number;
  instanceProfiles: number;
  serverCertificates: number;
  groupsPerUser: number;
  attachedPoliciesPerUser: number;
  attachedPoliciesPerGroup: number;
  attachedPoliciesPerRole: number;
  accessKeysPerUser: number;
  signingCertificatesPerUser: number;
  sshPublicKeysPerUser: number;
  mfaDevicesPerUser: number;
  versionsPerPolicy: number;
  /** Managed policy attachments across the account ("PolicyVersionsInUse"). */
  policyVersionsInUse: number;
  rolesPerInstanceProfile: number;
  tagsPerResource: number;
  openIdConnectProviders: number;
  samlProviders: number;
  clientIdsPerOpenIdConnectProvider: number;
  thumbprintsPerOpenIdConnectProvider: number;
  /** Characters, whitespace excluded, of all a user's inline policies together. */
  userPolicySize: number;
  groupPolicySize: number;
  rolePolicySize: number;
  /** Characters of one managed policy version. */
  policySize: number;
  /** Characters of a role's trust policy. */
  assumeRolePolicySize: number;
}

export type QuotaName = keyof Quotas;

export const DEFAULT_QUOTAS: Readonly<Quotas> = Object.freeze({
  users: 5000,
  groups: 300,
  roles: 1000,
  policies: 1500,
  instanceProfiles: 1000,
  serverCertificates: 20,
  groupsPerUser: 10,
  attachedPoliciesPerUser: 10,
  attachedPoliciesPerGroup: 10,
  attachedPoliciesPerRole: 10,
  accessKeysPerUser: 2,
  signingCertificatesPerUser: 2,
  sshPublicKeysPerUser: 5,
  mfaDevicesPerUser: 8,
  versionsPerPolicy: 5,
  policyVersionsInUse: 10000,
  rolesPerInstanceProfile: 1,
  tagsPerResource: 50,
  openIdConnectProviders: 100,
  samlProviders: 100,
  clientIdsPerOpenIdConnectProvider: 100,
  thumbprintsPerOpenIdConnectProvider: 5,
  userPolicySize: 2048,
  groupPolicySize: 5120,
  rolePolicySize: 10240,
  policySize: 6144,
  assumeRolePolicySize: 2048,
});

/** The GetAccountSummary SummaryMap key each reported quota goes under. */
export const SUMMARY_QUOTA_KEYS = {
  users: "UsersQuota",
  groups: "GroupsQuota",
  roles: "RolesQuota",
  policies: "PoliciesQuota",
  instanceProfiles: "InstanceProfilesQuota",
  serverCertificates: "ServerCertificatesQuota",
  groupsPerUser: "GroupsPerUserQuota",
  attachedPoliciesPerUser: "AttachedPoliciesPerUserQuota",
  attachedPoliciesPerGroup: "AttachedPoliciesPerGroupQuota",
  attachedPoliciesPerRole: "AttachedPoliciesPerRoleQuota",
  accessKeysPerUser: "AccessKeysPerUserQuota",
  signingCertificatesPerUser: "SigningCertificatesPerUserQuota",
  versionsPerPolicy: "VersionsPerPolicyQuota",
  policyVersionsInUse: "PolicyVersionsInUseQuota",
  userPolicySize: "UserPolicySizeQuota",
  groupPolicySize: "GroupPolicySizeQuota",
  rolePolicySize: "RolePolicySizeQuota",
  policySize: "PolicySizeQuota",
  assumeRolePolicySize: "AssumeRolePolicySizeQuota",
} as const satisfies Partial<Record<QuotaName, string>>;

/**
 * The SummaryMap's other keys: counts and flags the operations compute
 * (Users, Groups, Roles, Policies, InstanceProfiles, ServerCertificates,
 * Providers, MFADevices, MFADevicesInUse, PolicyVersionsInUse,
 * AccountMFAEnabled, AccountAccessKeysPresent, AccountPasswordPresent,
 * AccountSigningCertificatesPresent) and GlobalEndpointTokenVersion.
 */
export const SUMMARY_COUNT_KEYS = [
  "Users",
  "Groups",
  "Roles",
  "Policies",
  "InstanceProfiles",
  "ServerCertificates",
  "Providers",
  "MFADevices",
  "MFADevicesInUse",
  "PolicyVersionsInUse",
  "AccountMFAEnabled",
  "AccountAccessKeysPresent",
  "AccountPasswordPresent",
  "AccountSigningCertificatesPresent",
  "GlobalEndpointTokenVersion",
] as const;

/** The quota entries of GetAccountSummary's SummaryMap. */
export function summaryQuotas(quotas: Readonly<Quotas>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, key] of Object.entries(SUMMARY_QUOTA_KEYS)) {
    out[key] = quotas[name as QuotaName];
  }
  return out;
}

/**
 * The name in "Cannot exceed quota for <Name>: <value>" (errors.ts
 * `quotaExceeded`). Quotas missing here are answered with their own texts:
 * versionsPerPolicy (`policyVersionLimit`), the inline policy sizes
 * (`inlinePolicySizeExceeded`) and thumbprintsPerOpenIdConnectProvider
 * (`tooManyThumbprints`, InvalidInput).
 */
export const LIMIT_EXCEEDED_NAMES = {
  users: "UsersPerAccount", // unconfirmed
  groups: "GroupsPerAccount", // unconfirmed
  roles: "RolesPerAccount", // unconfirmed
  policies: "PoliciesPerAccount", // unconfirmed
  instanceProfiles: "InstanceProfilesPerAccount", // confirmed: CreateInstanceProfile (ansible/workshops#1801)
  serverCertificates: "ServerCertificatesPerAccount", // unconfirmed
  groupsPerUser: "GroupsPerUser", // unconfirmed
  attachedPoliciesPerUser: "PoliciesPerUser", // confirmed: AttachUserPolicy (jenkins-x/terraform-aws-eks-jx#42)
  attachedPoliciesPerGroup: "PoliciesPerGroup", // unconfirmed (by analogy with User/Role)
  attachedPoliciesPerRole: "PoliciesPerRole", // confirmed: AttachRolePolicy (aws/eks-hybrid#741)
  accessKeysPerUser: "AccessKeysPerUser", // confirmed: CreateAccessKey (AWS recording, localstack)
  signingCertificatesPerUser: "SigningCertificatesPerUser", // unconfirmed
  sshPublicKeysPerUser: "SSHPublicKeysPerUser", // unconfirmed
  mfaDevicesPerUser: "MFADevicesPerUser", // unconfirmed
  policyVersionsInUse: "PolicyVersionsInUse", // unconfirmed
  rolesPerInstanceProfile: "InstanceSessionsPerInstanceProfile", // confirmed: AddRoleToInstanceProfile (AWS recording, localstack)
  tagsPerResource: "TagsPerResource", // unconfirmed
  openIdConnectProviders: "OpenIdConnectProvidersPerAccount", // confirmed: CreateOpenIDConnectProvider (kubernetes-sigs/secrets-store-csi-driver#634, eksctl-io/eksctl#4513)
  samlProviders: "SAMLProvidersPerAccount", // unconfirmed
  clientIdsPerOpenIdConnectProvider: "ClientIdsPerOpenIdConnectProvider", // confirmed: CreateOpenIDConnectProvider (AWS recording, localstack)
  policySize: "PolicySize", // confirmed: CreatePolicy/CreatePolicyVersion (terraform-aws-ecs#108)
  assumeRolePolicySize: "ACLSizePerRole", // confirmed: UpdateAssumeRolePolicy (kubeflow/dashboard#29)
} as const satisfies Partial<Record<QuotaName, string>>;

export type LimitExceededQuota = keyof typeof LIMIT_EXCEEDED_NAMES;

/** Raised for an invalid quota override; the message names the setting. */
export class QuotaConfigError extends Error {
  override name = "QuotaConfigError";
}

/**
 * The defaults with `overrides` applied. Each override must name a known
 * quota and be a positive safe integer (a number, or a string of digits as
 * read from the environment or a file). Throws QuotaConfigError otherwise.
 */
export function loadQuotas(overrides: Readonly<Record<string, unknown>> = {}): Readonly<Quotas> {
  const quotas: Quotas = { ...DEFAULT_QUOTAS };
  for (const [name, raw] of Object.entries(overrides)) {
    if (raw === undefined) continue;
    if (!Object.hasOwn(DEFAULT_QUOTAS, name)) {
      throw new QuotaConfigError(`Unknown quota "${name}".`);
    }
    const value = typeof raw === "string" && /^\d{1,16}$/.test(raw.trim()) ? Number(raw) : raw;
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) {
      throw new QuotaConfigError(
        `Quota "${name}" must be a positive integer, got ${describe(raw)}.`,
      );
    }
    quotas[name as QuotaName] = value;
  }
  return Object.freeze(quotas);
}

function describe(value: unknown): string {
  if (typeof value === "string")
    return JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value);
  if (typeof value === "number" || typeof value === "boolean" || value === null)
    return String(value);
  return typeof value;
}
