/**
 * The context keys a policy reads, as IAM's GetContextKeysForCustomPolicy and
 * GetContextKeysForPrincipalPolicy list them: the policy variables in
 * Resource and NotResource (`${aws:username}`), the keys of the Condition
 * blocks and the variables in their values, in document order, each once
 * (names compare case-insensitively; the first spelling is kept). Variables
 * exist only under Version 2012-10-17 (AWS CLI examples list `aws:username`
 * from a Resource before `aws:CurrentTime` from a Condition).
 */
import { parseTemplate } from "./template.js";
import type { ParsedPolicy } from "./types.js";

/** The distinct context keys of the given (validated) policies, in order of appearance. */
export function contextKeys(policies: readonly ParsedPolicy[]): string[] {
  const seen = new Map<string, string>();
  const add = (name: string) => {
    const lower = name.toLowerCase();
    if (!seen.has(lower)) seen.set(lower, name);
  };
  for (const policy of policies) {
    const variables = (text: string) => {
      for (const part of parseTemplate(text, policy.version)) {
        if (part.kind === "var") add(part.key.name);
      }
    };
    for (const statement of policy.statements) {
      for (const resource of statement.resource ?? statement.notResource ?? []) variables(resource);
      for (const clause of statement.conditions) {
        add(clause.key);
        for (const value of clause.values) variables(value);
      }
    }
  }
  return [...seen.values()];
}
