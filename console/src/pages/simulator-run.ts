/**
 * What the simulator page sends: SimulatePrincipalPolicy when every policy
 * of the chosen user, group or role is included, SimulateCustomPolicy with
 * the included documents when some are left out (SimulatePrincipalPolicy
 * cannot leave any out) or when policies are pasted; every page of the
 * results; the context keys the policies use; and, when the server refuses
 * a document, which of the pasted ones it was.
 */
import { ApiFailure, callIam } from "../api";
import type { EntityKind } from "../lists";
import { conditionKeysOf, type SourcePolicy } from "./simulator-sources";

export type Mode = EntityKind | "custom";

export interface ContextValue {
  name: string;
  type: string;
  value: string;
}

/** The left side: whose policies, which of them, a pasted boundary. */
export interface Setup {
  mode: Mode;
  principal: { name: string; arn: string } | undefined;
  /** The chosen principal's policies as stored. */
  loaded: SourcePolicy[];
  /** Ids of loaded policies left out. */
  excluded: string[];
  /** Pasted identity policies (one per textarea, empty ones skipped). */
  pasted: string[];
  /** A pasted permissions boundary ("" for none). */
  boundary: string;
  /** False while the chosen principal's policies load. */
  ready: boolean;
}

/** The right side: what is asked, on what, in what context. */
export interface Request {
  actions: string[];
  resources: string[];
  resourcePolicy: string;
  callerArn: string;
  context: ContextValue[];
}

export interface Plan {
  action: "SimulatePrincipalPolicy" | "SimulateCustomPolicy";
  input: Record<string, unknown>;
  /** The policies sent, by the SourcePolicyId the answer names them with. */
  sources: SourcePolicy[];
}

/** Results per page: AWS's simulator pages them (Marker / IsTruncated). */
const PAGE = 100;

/** Words of a free-text list: one per line or separated by commas or spaces. */
export function words(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((t) => t.trim())
    .filter(Boolean);
}

function pastedPolicies(setup: Setup): SourcePolicy[] {
  return setup.pasted.flatMap((text, i) =>
    text.trim() === ""
      ? []
      : [{ id: "", type: "IAM Policy" as const, title: `Policy ${i + 1}`, text }],
  );
}

function pastedBoundary(setup: Setup): SourcePolicy | undefined {
  return setup.boundary.trim() === ""
    ? undefined
    : {
        id: "PermissionsBoundaryPolicyInputList.1",
        type: "Permissions Boundary Policy",
        title: "Permissions boundary (pasted)",
        text: setup.boundary,
      };
}

/** Whether the principal's own policies are simulated as stored (SimulatePrincipalPolicy). */
export function wholePrincipal(setup: Setup): boolean {
  return setup.mode !== "custom" && setup.excluded.length === 0;
}

function contextEntries(values: readonly ContextValue[]) {
  return values
    .filter((v) => v.value.trim() !== "")
    .map((v) => ({
      ContextKeyName: v.name,
      ContextKeyType: v.type,
      ContextKeyValues: v.type.endsWith("List")
        ? v.value
            .split(/[\n,]/)
            .map((x) => x.trim())
            .filter(Boolean)
        : [v.value.trim()],
    }));
}

export function plan(setup: Setup, request: Request): Plan {
  const common: Record<string, unknown> = { ActionNames: request.actions };
  if (request.resources.length > 0) common.ResourceArns = request.resources;
  const extra: SourcePolicy[] = [];
  if (request.resourcePolicy.trim() !== "") {
    common.ResourcePolicy = request.resourcePolicy;
    extra.push({
      id: "ResourcePolicy",
      type: "Resource Policy",
      title: "Resource policy",
      text: request.resourcePolicy,
    });
  }
  const entries = contextEntries(request.context);
  if (entries.length > 0) common.ContextEntries = entries;
  if (request.callerArn.trim() !== "") common.CallerArn = request.callerArn.trim();
  const pasted = pastedBoundary(setup);
  if (pasted !== undefined) common.PermissionsBoundaryPolicyInputList = [pasted.text];

  const kept = setup.loaded.filter((p) => !setup.excluded.includes(p.id));
  if (wholePrincipal(setup)) {
    const identity = kept.filter((p) => p.type === "IAM Policy");
    const stored = kept.filter((p) => p.type === "Permissions Boundary Policy");
    return {
      action: "SimulatePrincipalPolicy",
      input: { ...common, PolicySourceArn: setup.principal?.arn ?? "" },
      sources: [...identity, ...(pasted === undefined ? stored : [pasted]), ...extra],
    };
  }
  const identity = (
    setup.mode === "custom" ? pastedPolicies(setup) : kept.filter((p) => p.type === "IAM Policy")
  ).map((p, i) => ({ ...p, id: `PolicyInputList.${i + 1}` }));
  const storedBoundary = kept.find((p) => p.type === "Permissions Boundary Policy");
  const boundary =
    pasted ??
    (storedBoundary === undefined
      ? undefined
      : { ...storedBoundary, id: "PermissionsBoundaryPolicyInputList.1" });
  const input: Record<string, unknown> = {
    ...common,
    PolicyInputList: identity.map((p) => p.text),
  };
  if (boundary !== undefined) input.PermissionsBoundaryPolicyInputList = [boundary.text];
  // The user's own ARN as the caller, as SimulatePrincipalPolicy would use it.
  if (input.CallerArn === undefined && setup.mode === "user" && setup.principal !== undefined) {
    input.CallerArn = setup.principal.arn;
  }
  return {
    action: "SimulateCustomPolicy",
    input,
    sources: [...identity, ...(boundary === undefined ? [] : [boundary]), ...extra],
  };
}

/** Every page of the simulation's results. */
export async function simulateAll<T>(p: Plan): Promise<T[]> {
  const out: T[] = [];
  let marker: string | undefined;
  do {
    const page = await callIam<{ EvaluationResults?: T[]; IsTruncated?: boolean; Marker?: string }>(
      p.action,
      { ...p.input, MaxItems: PAGE, ...(marker === undefined ? {} : { Marker: marker }) },
    );
    out.push(...(page.EvaluationResults ?? []));
    marker = page.IsTruncated === true ? page.Marker : undefined;
  } while (marker !== undefined);
  return out;
}

/** The context keys the policies use: the server reads the identity policies and boundary. */
export async function contextKeys(setup: Setup, request: Request): Promise<string[]> {
  const p = plan(setup, request);
  const documents = [
    ...((p.input.PolicyInputList as string[] | undefined) ?? []),
    ...((p.input.PermissionsBoundaryPolicyInputList as string[] | undefined) ?? []),
  ];
  let names: string[] = [];
  if (p.action === "SimulatePrincipalPolicy") {
    const got = await callIam<{ ContextKeyNames?: string[] }>("GetContextKeysForPrincipalPolicy", {
      PolicySourceArn: p.input.PolicySourceArn,
      ...(documents.length === 0 ? {} : { PolicyInputList: documents }),
    });
    names = got.ContextKeyNames ?? [];
  } else if (documents.length > 0) {
    const got = await callIam<{ ContextKeyNames?: string[] }>("GetContextKeysForCustomPolicy", {
      PolicyInputList: documents,
    });
    names = got.ContextKeyNames ?? [];
  }
  return mergeKeys(names, conditionKeysOf(request.resourcePolicy));
}

/** `a` then the keys of `b` not in it (condition keys compare without case). */
export function mergeKeys(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set(a.map((k) => k.toLowerCase()));
  return [...a, ...b.filter((k) => !seen.has(k.toLowerCase()) && seen.add(k.toLowerCase()))];
}

/**
 * The field a refusal belongs beside, with the error to show there: the
 * pasted document the server refuses on its own (each is checked alone with
 * GetContextKeysForCustomPolicy, its own refusal shown),
 * else the resource policy for a malformed document, the context key or
 * the caller an InvalidInput names; undefined when none is to blame.
 */
export async function blame(
  setup: Setup,
  request: Request,
  failure: ApiFailure,
): Promise<{ field: string; error: ApiFailure } | undefined> {
  const key = /for context key (\S+) of type/.exec(failure.message)?.[1];
  if (key !== undefined) return { field: `sim-key-${key}`, error: failure };
  if (/caller/i.test(failure.message)) return { field: "sim-caller", error: failure };
  const documents: [string, string][] = [];
  if (setup.mode === "custom") {
    setup.pasted.forEach((text, i) => {
      if (text.trim() !== "") documents.push([`sim-policy-${i + 1}`, text]);
    });
  }
  if (setup.boundary.trim() !== "") documents.push(["sim-boundary", setup.boundary]);
  for (const [field, text] of documents) {
    try {
      await callIam("GetContextKeysForCustomPolicy", { PolicyInputList: [text] });
    } catch (err) {
      if (err instanceof ApiFailure && err.code !== "AccessDenied") return { field, error: err };
    }
  }
  if (request.resourcePolicy.trim() !== "" && failure.code === "MalformedPolicyDocument") {
    return { field: "sim-resource-policy", error: failure };
  }
  return undefined;
}
