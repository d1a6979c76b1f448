/** The console's paths: the pages' table (pages.tsx) and their links use these. */
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
