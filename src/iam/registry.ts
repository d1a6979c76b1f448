/** The action table: every implemented action, by "service:Name". */
import type { Action } from "./action.js";
import { userActions } from "./users.js";

const families: readonly (readonly Action[])[] = [userActions];

export function actionTable(): ReadonlyMap<string, Action> {
  const table = new Map<string, Action>();
  for (const family of families) {
    for (const action of family) {
      const key = `${action.service}:${action.name}`;
      if (table.has(key)) throw new Error(`action ${key} is declared twice`);
      table.set(key, action);
    }
  }
  return table;
}
