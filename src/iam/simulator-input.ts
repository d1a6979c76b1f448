/**
 * The policy simulator's inputs: policy documents validated as IAM validates
 * them, each labelled as AWS labels it in MatchedStatements, and the
 * ContextEntries turned into the engine's context values.
 */
import { isIP } from "node:net";
import { parseIamArn } from "../model/arns.js";
import {
  IamError,
  invalidContextValue,
  invalidResourceOwner,
  malformedPolicyDocument,
  tooManyBoundaryPolicies,
  validationError,
} from "../model/errors.js";
import { validatePolicy, type ParsedPolicy, type PolicyKind } from "../policy/index.js";
import { optList, type Input } from "./input.js";

/** AWS's SourcePolicyType values as the service sends them (not the model's enum). */
export type SourceType = "IAM Policy" | "Permissions Boundary Policy" | "Resource Policy";

/** One policy of a simulation, with the label AWS reports it by. */
export interface SourcePolicy {
  /** SourcePolicyId: PolicyInputList.1, ResourcePolicy, a managed policy's name, user_bob_Inline… */
  sourceId: string;
  sourceType: SourceType;
  policy: ParsedPolicy;
}

const KIND: Readonly<Record<SourceType, PolicyKind>> = {
  "IAM Policy": "identity",
  "Permissions Boundary Policy": "boundary",
  "Resource Policy": "resource",
};

/** Validates a document with IAM's rules for its kind; AWS's code and text for the first error. */
export function sourcePolicy(text: string, sourceId: string, sourceType: SourceType): SourcePolicy {
  const result = validatePolicy(text, {
    kind: KIND[sourceType],
    maxLength: 0,
    requireCurrentVersion: false,
  });
  const error = result.findings.find((f) => f.severity === "error");
  if (error !== undefined || result.policy === undefined) {
    const message = error?.message ?? "Syntax errors in policy.";
    if (error?.code === "ValidationError") throw validationError(message);
    if (error !== undefined && error.code !== "MalformedPolicyDocument") {
      throw new IamError(error.code, 400, message);
    }
    throw malformedPolicyDocument(message);
  }
  return { sourceId, sourceType, policy: result.policy };
}

/** PolicyInputList.N documents. */
export function inputPolicies(input: Input): SourcePolicy[] {
  return (optList<string>(input, "PolicyInputList") ?? []).map((text, i) =>
    sourcePolicy(text, `PolicyInputList.${i + 1}`, "IAM Policy"),
  );
}

/** PermissionsBoundaryPolicyInputList: at most one document. */
export function inputBoundary(input: Input): SourcePolicy | undefined {
  const list = optList<string>(input, "PermissionsBoundaryPolicyInputList") ?? [];
  if (list.length > 1) throw tooManyBoundaryPolicies();
  const text = list[0];
  return text === undefined
    ? undefined
    : sourcePolicy(text, "PermissionsBoundaryPolicyInputList.1", "Permissions Boundary Policy");
}

export function inputResourcePolicy(input: Input): SourcePolicy | undefined {
  const text = input.ResourcePolicy;
  return typeof text === "string"
    ? sourcePolicy(text, "ResourcePolicy", "Resource Policy")
    : undefined;
}

/** The account of ResourceOwner: a 12-digit account ID or `arn:<partition>:iam::<account>:root`. */
export function resourceOwnerAccount(owner: string | undefined): string | undefined {
  if (owner === undefined) return undefined;
  if (/^\d{12}$/.test(owner)) return owner;
  const m = /^arn:[a-z][a-z0-9-]*:iam::(\d{12}):root$/.exec(owner);
  if (m === null) throw invalidResourceOwner(owner);
  return m[1];
}

/** The IAM user a CallerArn names, or undefined when it names something else. */
export function isUserArn(arn: string): boolean {
  return parseIamArn(arn)?.type === "user";
}

interface ContextEntry {
  ContextKeyName?: unknown;
  ContextKeyValues?: unknown;
  ContextKeyType?: unknown;
}

const CHECKS: Readonly<Record<string, (value: string) => string | undefined>> = {
  string: (v) => v,
  numeric: (v) => (/^\s*-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(v) ? v.trim() : undefined),
  boolean: (v) => (/^(true|false)$/i.test(v) ? v.toLowerCase() : undefined),
  date: (v) => (/^\d+$/.test(v) || !Number.isNaN(Date.parse(v)) ? v : undefined),
  ip: (v) => {
    const [address = "", prefix, extra] = v.split("/");
    const family = isIP(address);
    if (family === 0 || extra !== undefined) return undefined;
    if (prefix === undefined) return v;
    const bits = /^\d{1,3}$/.test(prefix) ? Number(prefix) : -1;
    return bits >= 0 && bits <= (family === 4 ? 32 : 128) ? v : undefined;
  },
  binary: (v) => (/^[A-Za-z0-9+/]*={0,2}$/.test(v) && v.length % 4 === 0 ? v : undefined),
};

/**
 * The request context the ContextEntries give: a key of a list type (or with
 * several values) becomes a multivalued key, others a single value; values
 * are checked against their type. A later entry for the same key wins.
 */
export function contextEntries(input: Input): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const entry of optList<ContextEntry>(input, "ContextEntries") ?? []) {
    const name = entry.ContextKeyName;
    const values = Array.isArray(entry.ContextKeyValues)
      ? entry.ContextKeyValues.filter((v): v is string => typeof v === "string")
      : [];
    if (typeof name !== "string" || values.length === 0) continue;
    const type = typeof entry.ContextKeyType === "string" ? entry.ContextKeyType : "string";
    const list = type.endsWith("List");
    const check = CHECKS[list ? type.slice(0, -4) : type] ?? CHECKS.string;
    const checked = values.map((value) => {
      const ok = check?.(value);
      if (ok === undefined) throw invalidContextValue(name, type, value);
      return ok;
    });
    out[name] = list || checked.length > 1 ? checked : (checked[0] as string);
  }
  return out;
}
