/** The instances API's actions (Gatehouse's own service); the server adds them to the action table. */
import type { Action } from "../iam/action.js";
import { replaceInstanceProfile, terminateInstance } from "./change.js";
import { describeInstances } from "./describe.js";
import { launchInstance } from "./launch.js";

export interface InstanceOptions {
  /** How long a launch token may be traded for the instance's identity (seconds; server option --launch-token-lifetime, 600 by default). */
  launchTokenSeconds: number;
}

export function instanceActions(options: InstanceOptions): readonly Action[] {
  return [
    launchInstance(options.launchTokenSeconds),
    describeInstances,
    terminateInstance,
    replaceInstanceProfile,
  ];
}
