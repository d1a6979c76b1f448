/** The STS actions, by family; the server adds them to the IAM action table. */
import type { Action } from "../iam/action.js";

export const stsFamilies: readonly (readonly Action[])[] = [];
