/**
 * gatehouse/policy — AWS's policy language: validate, compile, evaluate,
 * explain. Pure: no I/O, no clock, no store.
 */
export {
  compile,
  PolicyValidationError,
  type CompileOptions,
  type CompiledPolicySet,
  type PolicyInput,
  type PolicySetInput,
  type PolicyType,
} from "./compile.js";
export {
  evaluate,
  type Decision,
  type DecisionKind,
  type EvaluateOptions,
  type EvaluationRequest,
  type MatchedStatement,
} from "./evaluate.js";
export {
  compileLinePolicies,
  evaluateLine,
  evaluateLineWith,
  POLICY_FIELDS,
  type LinePolicies,
  type LineResult,
} from "./request.js";
export { contextKeys } from "./context-keys.js";
export { invalidPrincipal } from "./parse-messages.js";
export {
  validatePolicy,
  policyLength,
  type ValidateOptions,
  type ValidationResult,
} from "./parse.js";
export type { Finding, ParsedPolicy, ParsedStatement, PolicyKind, Position } from "./types.js";
export { POLICY_KINDS } from "./types.js";
