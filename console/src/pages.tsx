/**
 * The console's pages: one entry each, with the path pattern it answers and
 * whether it shows in the navigation. A new page is a component under
 * pages/ and a line here.
 */
import type { ReactNode } from "react";
import { PATHS } from "./paths";
import { Dashboard } from "./pages/dashboard";
import { GroupPage } from "./pages/group-detail";
import { CreateGroupPage, GroupsPage } from "./pages/groups";
import { CreateUsersPage } from "./pages/user-create";
import { UserPage } from "./pages/user-detail";
import { UsersPage } from "./pages/users";
import { AccountSettingsPage } from "./pages/account-settings";
import { CredentialReportPage } from "./pages/credential-report";
import { IdentityProvidersPage } from "./pages/identity-providers";
import { PoliciesPage } from "./pages/policies";
import { CreatePolicyPage } from "./pages/policy-create";
import { PolicyPage } from "./pages/policy-detail";
import { PolicyGeneratorPage } from "./pages/policy-generator";
import { CreateRolePage } from "./pages/role-create";
import { RolePage } from "./pages/role-detail";
import { RolesPage } from "./pages/roles";
import { SecurityCredentialsPage } from "./pages/security-credentials";
import { SimulatorPage } from "./pages/simulator";

export interface ConsolePage {
  /** e.g. "/console/users/:name" */
  path: string;
  title: string;
  /** Shown in the navigation (pages about one entity are not). */
  nav: boolean;
  render(params: Record<string, string>): ReactNode;
}

export const PAGES: readonly ConsolePage[] = [
  { path: "/console/", title: "Dashboard", nav: true, render: () => <Dashboard /> },
  { path: PATHS.users, title: "Users", nav: true, render: () => <UsersPage /> },
  {
    path: `${PATHS.users}/create`,
    title: "Create users",
    nav: false,
    render: () => <CreateUsersPage />,
  },
  {
    path: `${PATHS.users}/:name`,
    title: "User",
    nav: false,
    render: (p) => <UserPage key={p.name} name={p.name ?? ""} />,
  },
  { path: PATHS.groups, title: "User groups", nav: true, render: () => <GroupsPage /> },
  {
    path: `${PATHS.groups}/create`,
    title: "Create group",
    nav: false,
    render: () => <CreateGroupPage />,
  },
  {
    path: `${PATHS.groups}/:name`,
    title: "Group",
    nav: false,
    render: (p) => <GroupPage key={p.name} name={p.name ?? ""} />,
  },
  { path: PATHS.roles, title: "Roles", nav: true, render: () => <RolesPage /> },
  {
    path: `${PATHS.roles}/create`,
    title: "Create role",
    nav: false,
    render: () => <CreateRolePage />,
  },
  {
    path: `${PATHS.roles}/:name`,
    title: "Role",
    nav: false,
    render: (p) => <RolePage key={p.name} name={p.name ?? ""} />,
  },
  { path: PATHS.policies, title: "Policies", nav: true, render: () => <PoliciesPage /> },
  {
    path: `${PATHS.policies}/create`,
    title: "Create policy",
    nav: false,
    render: () => <CreatePolicyPage />,
  },
  {
    path: `${PATHS.policies}/generator`,
    title: "Policy generator",
    nav: false,
    render: () => <PolicyGeneratorPage />,
  },
  {
    path: `${PATHS.policies}/:arn`,
    title: "Policy",
    nav: false,
    render: (p) => <PolicyPage key={p.arn} arn={p.arn ?? ""} />,
  },
  {
    path: PATHS.identityProviders,
    title: "Identity providers",
    nav: true,
    render: () => <IdentityProvidersPage />,
  },
  {
    path: PATHS.accountSettings,
    title: "Account settings",
    nav: true,
    render: () => <AccountSettingsPage />,
  },
  {
    path: PATHS.securityCredentials,
    title: "Security credentials",
    nav: true,
    render: () => <SecurityCredentialsPage />,
  },
  { path: PATHS.simulator, title: "Policy simulator", nav: true, render: () => <SimulatorPage /> },
  {
    path: PATHS.credentialReport,
    title: "Credential report",
    nav: true,
    render: () => <CredentialReportPage />,
  },
];
