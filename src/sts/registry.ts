/** The STS actions, by family; the server adds them to the IAM action table. */
import type { Action } from "../iam/action.js";
import { accessKeyInfoActions } from "./access-key-info.js";
import { assumeRoleActions } from "./assume-role.js";
import { authorizationMessageActions } from "./authorization-message.js";
import { callerIdentityActions } from "./caller-identity.js";
import { federationTokenActions } from "./federation-token.js";
import { sessionTokenActions } from "./session-token.js";
import { webIdentityRoleActions } from "./web-identity-role.js";

export const stsFamilies: readonly (readonly Action[])[] = [
  callerIdentityActions,
  sessionTokenActions,
  federationTokenActions,
  accessKeyInfoActions,
  authorizationMessageActions,
  assumeRoleActions,
  webIdentityRoleActions,
];
