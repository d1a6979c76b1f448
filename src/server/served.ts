/**
 * What the server serves: the one action table `startServer` builds, and,
 * against AWS's own API models, the operations it does not implement yet
 * (they answer NotImplemented). `gatehouse serve --help` prints it.
 */
import { actionTable } from "../iam/registry.js";
import { instanceActions } from "../instances/registry.js";
import type { Action } from "../iam/action.js";
import { iamModel, stsModel } from "../model/api/load.js";
import { stsFamilies } from "../sts/registry.js";

export function serverActions(launchTokenSeconds: number): ReadonlyMap<string, Action> {
  return actionTable([...stsFamilies, instanceActions({ launchTokenSeconds })]);
}

export interface Coverage {
  service: "iam" | "sts";
  operations: number;
  missing: string[];
}

/** For IAM and STS: how many operations AWS's model has, and which Gatehouse lacks. */
export function coverage(actions: ReadonlyMap<string, Action>): Coverage[] {
  return [iamModel, stsModel].map((model) => {
    const service = model === iamModel ? "iam" : "sts";
    const names = Object.keys(model.operations).sort();
    return {
      service,
      operations: names.length,
      missing: names.filter((name) => !actions.has(`${service}:${name}`)),
    };
  });
}
