/** The action table: every implemented action, by "service:Name". */
import type { Action } from "./action.js";
import { accessKeysActions } from "./access-keys.js";
import { accountAliasActions } from "./account-aliases.js";
import { accountActions } from "./account.js";
import { attachmentsActions } from "./attachments.js";
import { authorizationDetailsActions } from "./authorization-details.js";
import { credentialReportActions } from "./credential-report.js";
import { groupsActions } from "./groups.js";
import { inlinePoliciesActions } from "./inline-policies.js";
import { loginProfileActions } from "./login-profiles.js";
import { managedPoliciesActions } from "./managed-policies.js";
import { mfaDeviceActions } from "./mfa-devices.js";
import { oidcProviderActions } from "./oidc-providers.js";
import { passwordPolicyActions } from "./password-policy.js";
import { roleActions } from "./roles.js";
import { simulatorActions } from "./simulator.js";
import { userActions } from "./users.js";

const families: readonly (readonly Action[])[] = [
  userActions,
  groupsActions,
  managedPoliciesActions,
  attachmentsActions,
  inlinePoliciesActions,
  accessKeysActions,
  accountActions,
  authorizationDetailsActions,
  credentialReportActions,
  loginProfileActions,
  passwordPolicyActions,
  accountAliasActions,
  roleActions,
  simulatorActions,
  mfaDeviceActions,
  oidcProviderActions,
];

/** The IAM actions, with `more` families (STS's, from src/sts/registry.ts) added by the caller. */
export function actionTable(
  more: readonly (readonly Action[])[] = [],
): ReadonlyMap<string, Action> {
  const table = new Map<string, Action>();
  for (const family of [...families, ...more]) {
    for (const action of family) {
      const key = `${action.service}:${action.name}`;
      if (table.has(key)) throw new Error(`action ${key} is declared twice`);
      table.set(key, action);
    }
  }
  return table;
}
