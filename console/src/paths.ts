/**
 * The console's paths. Those of pages still to come (users, groups, roles,
 * policies, identity providers, account settings, security credentials, the
 * simulator, the credential report) are reserved in PLANNED, so links to them
 * (the dashboard's) work now and lead to a page saying so.
 */
export const PATHS = {
  dashboard: "/console/",
  users: "/console/users",
  groups: "/console/groups",
  roles: "/console/roles",
  policies: "/console/policies",
  identityProviders: "/console/identity-providers",
  accountSettings: "/console/account-settings",
  securityCredentials: "/console/security-credentials",
  simulator: "/console/simulator",
  credentialReport: "/console/credential-report",
} as const;

/** Pages linked to already, built in later work. */
export const PLANNED: readonly { path: string; title: string }[] = [
  { path: PATHS.users, title: "Users" },
  { path: PATHS.groups, title: "User groups" },
  { path: PATHS.roles, title: "Roles" },
  { path: PATHS.policies, title: "Policies" },
  { path: PATHS.identityProviders, title: "Identity providers" },
  { path: PATHS.accountSettings, title: "Account settings" },
  { path: PATHS.securityCredentials, title: "Security credentials" },
  { path: PATHS.simulator, title: "Policy simulator" },
  { path: PATHS.credentialReport, title: "Credential report" },
];
