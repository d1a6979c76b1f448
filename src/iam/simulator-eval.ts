/**
 * Running a simulation through the same policy engine the server enforces
 * with, and answering in AWS's shapes: one EvaluationResult per action and
 * resource (AWS API reference examples), with ResourceSpecificResults and an
 * EvalDecisionDetails when ResourceArns were given, and a
 * PermissionsBoundaryDecisionDetail when a boundary applies.
 */
import { malformedPolicyDocument } from "../model/errors.js";
import {
  compile,
  evaluate,
  PolicyValidationError,
  type CompiledPolicySet,
  type DecisionKind,
  type MatchedStatement,
  type PolicyInput,
} from "../policy/index.js";
import type { SourcePolicy, SourceType } from "./simulator-input.js";
import { statementPositions, type StatementPosition } from "./simulator-positions.js";

type Context = Record<string, string | string[]>;

export interface Simulation {
  identity: readonly SourcePolicy[];
  boundary: SourcePolicy | undefined;
  resourcePolicy: SourcePolicy | undefined;
  actions: readonly string[];
  /** ResourceArns; undefined when not given (the simulation is on "*"). */
  resources: readonly string[] | undefined;
  /** The simulated caller's ARN (undefined: no principal). */
  caller: string | undefined;
  context: Context;
  /** Context keys a resource adds (its tags), as enforcement adds them. */
  resourceContext?: (arn: string) => Context | undefined;
  /** ResourceOwner's account: the owner of a resource whose ARN names none. */
  resourceOwner: string | undefined;
}

interface Compiled {
  all: CompiledPolicySet;
  identity: CompiledPolicySet;
  boundary: CompiledPolicySet | undefined;
  resource: CompiledPolicySet | undefined;
  labels: Map<string, { source: SourcePolicy; positions: StatementPosition[] }>;
}

function compileAll(sim: Simulation): Compiled {
  const labels = new Map<string, { source: SourcePolicy; positions: StatementPosition[] }>();
  const input = (source: SourcePolicy, n: number): PolicyInput => {
    const id = `${n}`;
    labels.set(id, { source, positions: statementPositions(source.policy) });
    return { id, document: source.policy.text };
  };
  let n = 0;
  const identity = sim.identity.map((p) => input(p, n++));
  const boundary = sim.boundary === undefined ? [] : [input(sim.boundary, n++)];
  const resource = sim.resourcePolicy === undefined ? undefined : input(sim.resourcePolicy, n++);
  try {
    return {
      all: compile({
        identityPolicies: identity,
        permissionsBoundaries: boundary,
        resourcePolicy: resource,
      }),
      identity: compile({ identityPolicies: identity }),
      boundary: boundary.length === 0 ? undefined : compile({ identityPolicies: boundary }),
      resource: resource === undefined ? undefined : compile({ resourcePolicy: resource }),
      labels,
    };
  } catch (err) {
    if (err instanceof PolicyValidationError) {
      throw malformedPolicyDocument(err.findings[0]?.message ?? "Syntax errors in policy.");
    }
    throw err;
  }
}

/** Every EvaluationResult of the simulation, in action-then-resource order. */
export function simulate(sim: Simulation): Record<string, unknown>[] {
  const compiled = compileAll(sim);
  const out: Record<string, unknown>[] = [];
  for (const action of sim.actions) {
    for (const resource of sim.resources ?? ["*"]) {
      out.push(evaluateOne(sim, compiled, action, resource));
    }
  }
  return out;
}

function evaluateOne(
  sim: Simulation,
  c: Compiled,
  action: string,
  resource: string,
): Record<string, unknown> {
  const context = { ...(sim.resourceContext?.(resource) ?? {}), ...sim.context };
  const account = resourceAccount(resource) ?? sim.resourceOwner;
  const request = { action, resource, principal: sim.caller, context, resourceAccount: account };
  const sameAccount = { action, resource, principal: sim.caller, context };
  const decision = evaluate(c.all, request, { explain: true });
  const matched = decision.matchedStatements.map((m) => statement(c, m));
  const boundary =
    c.boundary === undefined
      ? undefined
      : {
          AllowedByPermissionsBoundary:
            evaluate(c.boundary, sameAccount, { explain: false }).decision === "allowed",
        };
  const own = callerAccount(sim.caller);
  const crossAccount = account !== undefined && own !== undefined && account !== own;
  const details = crossAccount ? decisionDetails(c, sameAccount) : {};
  const result: Record<string, unknown> = {
    EvalActionName: action,
    EvalResourceName: resource,
    EvalDecision: decision.decision,
    MatchedStatements: matched,
    MissingContextValues: decision.missingContextValues,
  };
  if (boundary !== undefined) result.PermissionsBoundaryDecisionDetail = boundary;
  if (sim.resources !== undefined) {
    result.EvalDecisionDetails = details;
    const specific: Record<string, unknown> = {
      EvalResourceName: resource,
      EvalResourceDecision: decision.decision,
      MatchedStatements: matched,
      MissingContextValues: decision.missingContextValues,
    };
    if (crossAccount) specific.EvalDecisionDetails = details;
    if (boundary !== undefined) specific.PermissionsBoundaryDecisionDetail = boundary;
    result.ResourceSpecificResults = [specific];
  }
  return result;
}

/** For a cross-account simulation: each kind of policy's own decision. */
function decisionDetails(
  c: Compiled,
  request: Parameters<typeof evaluate>[1],
): Partial<Record<SourceType, DecisionKind>> {
  const alone = (set: CompiledPolicySet): DecisionKind =>
    evaluate(set, request, { explain: false }).decision;
  const out: Partial<Record<SourceType, DecisionKind>> = { "IAM Policy": alone(c.identity) };
  if (c.resource !== undefined) out["Resource Policy"] = alone(c.resource);
  if (c.boundary !== undefined) out["Permissions Boundary Policy"] = alone(c.boundary);
  return out;
}

function statement(c: Compiled, m: MatchedStatement): Record<string, unknown> {
  const label = c.labels.get(m.policyId);
  const position = label?.positions[m.statementIndex];
  return {
    SourcePolicyId: label?.source.sourceId ?? m.policyId,
    SourcePolicyType: label?.source.sourceType ?? "IAM Policy",
    StartPosition: position?.start ?? { Line: m.start.line, Column: m.start.column },
    EndPosition: position?.end ?? { Line: m.end.line, Column: m.end.column },
  };
}

/** The account field of a resource ARN, when it has one. */
function resourceAccount(resource: string): string | undefined {
  const parts = resource.split(":");
  const account = parts.length >= 6 ? parts[4] : undefined;
  return account !== undefined && /^\d{12}$/.test(account) ? account : undefined;
}

function callerAccount(caller: string | undefined): string | undefined {
  return caller === undefined ? undefined : resourceAccount(caller);
}
