/**
 * One self-contained request line, as `gatehouse policy evaluate` reads it:
 * the request fields and the policies that apply, in one JSON object. Never
 * throws: a bad line gives `{ error }`.
 */
import {
  compile,
  PolicyValidationError,
  type CompiledPolicySet,
  type PolicyInput,
  type PolicySetInput,
} from "./compile.js";
import { evaluate, type Decision, type EvaluateOptions } from "./evaluate.js";

export type LineResult = Decision | { error: string };

/** The fields of a request line that hold its policies; the others are the request's. */
export const POLICY_FIELDS: ReadonlySet<string> = new Set([
  "identityPolicies",
  "permissionsBoundaries",
  "sessionPolicies",
  "resourcePolicy",
  "serviceControlPolicies",
]);

/** A line's policies compiled, or why they cannot be: depends on the policy fields alone. */
export type LinePolicies = CompiledPolicySet | { error: string };

export function evaluateLine(line: unknown, options: EvaluateOptions = {}): LineResult {
  return evaluateLineWith(line, compileLinePolicies, options);
}

/**
 * evaluateLine with the compiling step given: `policiesOf(req)` must answer
 * what compileLinePolicies(req) would (gatehouse policy evaluate answers it
 * from a cache keyed by the policy fields' text).
 */
export function evaluateLineWith(
  line: unknown,
  policiesOf: (req: Record<string, unknown>) => LinePolicies,
  options: EvaluateOptions,
): LineResult {
  try {
    if (typeof line !== "object" || line === null || Array.isArray(line)) {
      return { error: "a request must be a JSON object" };
    }
    const req = line as Record<string, unknown>;
    if (typeof req.action !== "string" || req.action === "") {
      return { error: 'a request needs an action (a string such as "s3:GetObject")' };
    }
    if (typeof req.resource !== "string" || req.resource === "") {
      return { error: 'a request needs a resource (an ARN or "*")' };
    }
    const compiled = policiesOf(req);
    if ("error" in compiled) return compiled;
    return evaluate(compiled, req as { action: string; resource: string }, options);
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

/** Compiles the policies of a request line (only its POLICY_FIELDS are read). Never throws. */
export function compileLinePolicies(req: Record<string, unknown>): LinePolicies {
  try {
    const policies = policySet(req);
    if ("error" in policies) return policies;
    return compile(policies);
  } catch (err) {
    if (err instanceof PolicyValidationError) return { error: err.message };
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

function policySet(req: Record<string, unknown>): PolicySetInput | { error: string } {
  const out: PolicySetInput = {};
  for (const field of ["identityPolicies", "permissionsBoundaries", "sessionPolicies"] as const) {
    const list = policyList(req[field], field);
    if ("error" in list) return list;
    if (list.policies !== undefined) out[field] = list.policies;
  }
  if (req.resourcePolicy !== undefined) {
    const one = policyInput(req.resourcePolicy, "resourcePolicy");
    if ("error" in one) return one;
    out.resourcePolicy = one;
  }
  const scps = req.serviceControlPolicies;
  if (scps !== undefined) {
    if (!Array.isArray(scps)) return { error: "serviceControlPolicies must be a list of lists" };
    const levels: PolicyInput[][] = [];
    for (const [i, level] of scps.entries()) {
      const list = policyList(level, `serviceControlPolicies[${i}]`);
      if ("error" in list) return list;
      levels.push(list.policies ?? []);
    }
    out.serviceControlPolicies = levels;
  }
  return out;
}

function policyList(
  value: unknown,
  field: string,
): { policies: PolicyInput[] | undefined } | { error: string } {
  if (value === undefined) return { policies: undefined };
  if (!Array.isArray(value)) return { error: `${field} must be a list of policies` };
  const policies: PolicyInput[] = [];
  for (const [i, item] of value.entries()) {
    const one = policyInput(item, `${field}[${i}]`);
    if ("error" in one) return one;
    policies.push(one);
  }
  return { policies };
}

function policyInput(value: unknown, field: string): PolicyInput | { error: string } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { error: `${field} must be an object with a document` };
  }
  const v = value as Record<string, unknown>;
  if (v.document === undefined) return { error: `${field} has no document` };
  if (v.id !== undefined && typeof v.id !== "string")
    return { error: `${field}.id must be a string` };
  return v.id === undefined ? { document: v.document } : { id: v.id, document: v.document };
}
