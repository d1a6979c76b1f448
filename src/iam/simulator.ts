/**
 * The IAM policy simulator: SimulatePrincipalPolicy, SimulateCustomPolicy,
 * GetContextKeysForPrincipalPolicy, GetContextKeysForCustomPolicy. Decisions
 * come from the policy engine the server enforces with (simulator-eval.ts),
 * over the same policies (principal-policies.ts) and the same principal and
 * resource context keys. Nothing here writes.
 */
import { callerMustBeUser, invalidMarker } from "../model/errors.js";
import { contextKeys } from "../policy/index.js";
import type { Action, OperationContext } from "./action.js";
import { optInt, optList, optStr, str, type Input } from "./input.js";
import { decodeMarker, DEFAULT_MAX_ITEMS, encodeMarker } from "./pagination.js";
import { simulate, type Simulation } from "./simulator-eval.js";
import {
  contextEntries,
  inputBoundary,
  inputPolicies,
  inputResourcePolicy,
  isUserArn,
  resourceOwnerAccount,
  type SourcePolicy,
} from "./simulator-input.js";
import { callerContext, resourceContexts, sourceEntity } from "./simulator-principal.js";

/** The inputs both Simulate actions share, read and checked. */
function common(input: Input) {
  const callerArn = optStr(input, "CallerArn");
  if (callerArn !== undefined && !isUserArn(callerArn)) throw callerMustBeUser();
  return {
    policies: inputPolicies(input),
    boundary: inputBoundary(input),
    resourcePolicy: inputResourcePolicy(input),
    callerArn,
    resourceOwner: resourceOwnerAccount(optStr(input, "ResourceOwner")),
    context: contextEntries(input),
    actions: optList<string>(input, "ActionNames") ?? [],
    resources: optList<string>(input, "ResourceArns"),
  };
}

/** The stored context for the caller and the resources, as enforcement adds it. */
async function storedContext(
  ctx: OperationContext,
  caller: string | undefined,
  resources: readonly string[] | undefined,
) {
  const account = ctx.caller.accountId;
  return ctx.store.read(async (db) => ({
    caller: await callerContext(db, account, caller),
    resources: await resourceContexts(db, account, resources ?? []),
  }));
}

/** One page of the results; the marker carries the offset of the next result. */
function paged(results: Record<string, unknown>[], input: Input): Record<string, unknown> {
  const key = decodeMarker(optStr(input, "Marker"), 1);
  const from = key === undefined ? 0 : Number(key[0]);
  if (!Number.isSafeInteger(from) || from < 0 || from > results.length) throw invalidMarker();
  const limit = optInt(input, "MaxItems") ?? DEFAULT_MAX_ITEMS;
  const items = results.slice(from, from + limit);
  const next = from + items.length;
  return next < results.length
    ? { EvaluationResults: items, IsTruncated: true, Marker: encodeMarker([String(next)]) }
    : { EvaluationResults: items, IsTruncated: false };
}

async function run(
  ctx: OperationContext,
  input: Input,
  base: Omit<Simulation, "context" | "resourceContext">,
  context: Simulation["context"],
): Promise<Record<string, unknown>> {
  const stored = await storedContext(ctx, base.caller, base.resources);
  const results = simulate({
    ...base,
    context: { ...stored.caller, ...context },
    resourceContext: (arn) => stored.resources.get(arn),
  });
  return paged(results, input);
}

const simulatePrincipalPolicy: Action = {
  service: "iam",
  name: "SimulatePrincipalPolicy",
  permission: "iam:SimulatePrincipalPolicy",
  writes: false,
  resource: (input) => str(input, "PolicySourceArn"),
  async run(ctx, input) {
    const c = common(input);
    const entity = await ctx.store.read((db) =>
      sourceEntity(db, ctx.caller.accountId, str(input, "PolicySourceArn"), ctx.partition),
    );
    const ownCaller = entity.type === "user" ? entity.arn : undefined;
    if (c.resourcePolicy !== undefined && c.callerArn === undefined && ownCaller === undefined) {
      throw callerMustBeUser();
    }
    const caller = c.callerArn ?? ownCaller ?? (entity.type === "role" ? entity.arn : undefined);
    return run(
      ctx,
      input,
      {
        identity: [...entity.identity, ...c.policies],
        boundary: c.boundary ?? entity.boundary,
        resourcePolicy: c.resourcePolicy,
        actions: c.actions,
        resources: c.resources,
        caller,
        resourceOwner: c.resourceOwner,
      },
      c.context,
    );
  },
};

const simulateCustomPolicy: Action = {
  service: "iam",
  name: "SimulateCustomPolicy",
  permission: "iam:SimulateCustomPolicy",
  writes: false,
  resource: () => "*",
  async run(ctx, input) {
    const c = common(input);
    if (c.resourcePolicy !== undefined && c.callerArn === undefined) throw callerMustBeUser();
    return run(
      ctx,
      input,
      {
        identity: c.policies,
        boundary: c.boundary,
        resourcePolicy: c.resourcePolicy,
        actions: c.actions,
        resources: c.resources,
        caller: c.callerArn,
        resourceOwner: c.resourceOwner,
      },
      c.context,
    );
  },
};

function keysOf(policies: readonly SourcePolicy[]): Record<string, unknown> {
  return { ContextKeyNames: contextKeys(policies.map((p) => p.policy)) };
}

const getContextKeysForPrincipalPolicy: Action = {
  service: "iam",
  name: "GetContextKeysForPrincipalPolicy",
  permission: "iam:GetContextKeysForPrincipalPolicy",
  writes: false,
  resource: (input) => str(input, "PolicySourceArn"),
  async run(ctx, input) {
    const extra = inputPolicies(input);
    const entity = await ctx.store.read((db) =>
      sourceEntity(db, ctx.caller.accountId, str(input, "PolicySourceArn"), ctx.partition),
    );
    return keysOf([...entity.identity, ...extra]);
  },
};

const getContextKeysForCustomPolicy: Action = {
  service: "iam",
  name: "GetContextKeysForCustomPolicy",
  permission: "iam:GetContextKeysForCustomPolicy",
  writes: false,
  resource: () => "*",
  async run(_ctx, input) {
    return keysOf(inputPolicies(input));
  },
};

export const simulatorActions: readonly Action[] = [
  simulatePrincipalPolicy,
  simulateCustomPolicy,
  getContextKeysForPrincipalPolicy,
  getContextKeysForCustomPolicy,
];
