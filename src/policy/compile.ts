/**
 * Compiling a set of policies once: every statement parsed and validated,
 * actions lower-cased, resources split into matchers, principals resolved,
 * condition operators bound, and statements indexed by action.
 */
import { compileActionPattern, type ActionPattern } from "./action.js";
import { compileCondition, type CompiledCondition } from "./condition/index.js";
import { ActionIndex, type SetCandidates } from "./index-by-action.js";
import { validatePolicy } from "./parse.js";
import { compilePrincipal, type PrincipalMatcher } from "./principal.js";
import { unreadablePolicyStatements } from "./compile-unreadable.js";
import { compileResourcePattern, type ResourcePattern } from "./resource.js";
import type { KeyName } from "./template.js";
import type { Finding, ParsedPolicy, ParsedStatement, PolicyKind, Position } from "./types.js";

/** A policy to compile: an id of the caller's choosing and the document (JSON text or value). */
export interface PolicyInput {
  id?: string;
  document: unknown;
}

/** The policies that apply to one principal (and, optionally, one resource). */
export interface PolicySetInput {
  identityPolicies?: readonly PolicyInput[];
  permissionsBoundaries?: readonly PolicyInput[];
  sessionPolicies?: readonly PolicyInput[];
  resourcePolicy?: PolicyInput;
  /** One list per level of the organization (root, OUs, account); each level needs an allow. */
  serviceControlPolicies?: readonly (readonly PolicyInput[])[];
}

export interface CompileOptions {
  /** How to validate the resource policy: "resource" (default) or "trust" (a role's trust policy). */
  resourcePolicyKind?: "resource" | "trust";
  /**
   * Without it, a policy that does not compile makes compile() throw
   * PolicyValidationError. With it, compile() calls it and goes on, the policy
   * standing for what compile-unreadable.ts says (it never allows; it denies
   * everything unless all its statements read as Allow). For stored policies,
   * which must never make a request fail.
   */
  onInvalid?: (error: PolicyValidationError) => void;
}

/** Which part of the evaluation a policy belongs to. */
export type PolicyType = "identity" | "permissionsBoundary" | "session" | "resource" | "scp";

export interface CompiledStatement {
  readonly policyId: string;
  readonly policyType: PolicyType;
  /** For SCPs, the 0-based level; otherwise 0. */
  readonly level: number;
  /** 0-based position of the policy in its list, and of the statement in its policy. */
  readonly policyIndex: number;
  readonly index: number;
  readonly sid: string | undefined;
  readonly allow: boolean;
  readonly actions: readonly ActionPattern[];
  readonly notAction: boolean;
  /** Undefined when the statement has no Resource element (trust policies). */
  readonly resources: readonly ResourcePattern[] | undefined;
  readonly anyResource: boolean;
  readonly notResource: boolean;
  readonly principal: PrincipalMatcher | undefined;
  readonly notPrincipal: boolean;
  readonly conditions: readonly CompiledCondition[];
  /** Context keys the statement reads: condition keys and variables. */
  readonly keys: readonly KeyName[];
  readonly start: Position;
  readonly end: Position;
}

/** The statements of one policy type (or of one SCP level). */
export interface StatementGroup {
  readonly type: PolicyType;
  readonly level: number;
  readonly statements: readonly CompiledStatement[];
  readonly index: ActionIndex;
}

export interface CompiledPolicySet {
  readonly identity: StatementGroup;
  /** Undefined when no permissions boundary is set. */
  readonly boundary: StatementGroup | undefined;
  /** Undefined when the request carries no session policy. */
  readonly session: StatementGroup | undefined;
  readonly resource: StatementGroup | undefined;
  readonly scpLevels: readonly StatementGroup[];
  /** Memo of the statements that apply to each action string seen (see index-by-action). */
  readonly actionCache: Map<string, SetCandidates>;
}

/** Thrown by compile for a document that is not a valid policy of its kind. */
export class PolicyValidationError extends Error {
  constructor(
    readonly policyId: string,
    readonly findings: readonly Finding[],
  ) {
    super(`policy ${policyId}: ${findings[0]?.message ?? "invalid policy"}`);
    this.name = "PolicyValidationError";
  }
}

export function compile(input: PolicySetInput, options: CompileOptions = {}): CompiledPolicySet {
  const resourceKind = options.resourcePolicyKind ?? "resource";
  const onInvalid = options.onInvalid;
  return {
    identity: group("identity", 0, "identity", input.identityPolicies ?? [], onInvalid),
    boundary: optionalGroup(
      "permissionsBoundary",
      "boundary",
      input.permissionsBoundaries,
      onInvalid,
    ),
    session: optionalGroup("session", "session", input.sessionPolicies, onInvalid),
    resource:
      input.resourcePolicy === undefined
        ? undefined
        : group("resource", 0, resourceKind, [input.resourcePolicy], onInvalid),
    scpLevels: (input.serviceControlPolicies ?? []).map((level, i) =>
      group("scp", i, "scp", level, onInvalid),
    ),
    actionCache: new Map(),
  };
}

type OnInvalid = CompileOptions["onInvalid"];

function optionalGroup(
  type: PolicyType,
  kind: PolicyKind,
  policies: readonly PolicyInput[] | undefined,
  onInvalid: OnInvalid,
): StatementGroup | undefined {
  return policies === undefined || policies.length === 0
    ? undefined
    : group(type, 0, kind, policies, onInvalid);
}

function group(
  type: PolicyType,
  level: number,
  kind: PolicyKind,
  policies: readonly PolicyInput[],
  onInvalid: OnInvalid,
): StatementGroup {
  const statements: CompiledStatement[] = [];
  policies.forEach((input, policyIndex) => {
    const id = input.id ?? `${type}[${policyIndex}]`;
    const owner = { id, type, level, policyIndex };
    try {
      statements.push(...compilePolicy(input.document, kind, owner));
    } catch (err) {
      if (!(err instanceof PolicyValidationError) || onInvalid === undefined) throw err;
      onInvalid(err);
      statements.push(...unreadablePolicyStatements(input.document, { ...owner, kind }));
    }
  });
  return { type, level, statements, index: new ActionIndex(statements) };
}

/** All the statements of one policy, or PolicyValidationError. */
function compilePolicy(document: unknown, kind: PolicyKind, owner: Owner): CompiledStatement[] {
  const parsed = parsePolicy(owner.id, document, kind);
  return parsed.statements.map((s) => compileStatement(s, parsed, owner));
}

/** Parses and validates one document, throwing PolicyValidationError when it has errors. */
export function parsePolicy(id: string, document: unknown, kind: PolicyKind): ParsedPolicy {
  const result = validatePolicy(document, { kind, maxLength: 0, requireCurrentVersion: false });
  const errors = result.findings.filter((f) => f.severity === "error");
  if (result.policy === undefined || errors.length > 0) {
    throw new PolicyValidationError(id, errors.length > 0 ? errors : result.findings);
  }
  return result.policy;
}

interface Owner {
  id: string;
  type: PolicyType;
  level: number;
  policyIndex: number;
}

function compileStatement(
  s: ParsedStatement,
  policy: ParsedPolicy,
  owner: Owner,
): CompiledStatement {
  const version = policy.version;
  const actionList = s.action ?? s.notAction ?? [];
  const resourceList = s.resource ?? s.notResource;
  const resources = resourceList?.map((r) => compileResourcePattern(r, version));
  const conditions = s.conditions.map((clause) => {
    const compiled = compileCondition(clause, version);
    if (!("error" in compiled)) return compiled;
    throw new PolicyValidationError(owner.id, [
      {
        severity: "error",
        code: "MalformedPolicyDocument",
        message: compiled.error,
        start: s.start,
        end: s.end,
        statementIndex: s.index,
      },
    ]);
  });
  const keys = uniqueKeys([
    ...conditions.flatMap((c) => c.keys),
    ...(resources ?? []).flatMap((r) => r.variables),
  ]);
  const principalSpec = s.principal ?? s.notPrincipal;
  return {
    policyId: owner.id,
    policyType: owner.type,
    level: owner.level,
    policyIndex: owner.policyIndex,
    index: s.index,
    sid: s.sid,
    allow: s.effect === "Allow",
    actions: actionList.map(compileActionPattern),
    notAction: s.notAction !== undefined,
    resources,
    anyResource: s.resource !== undefined && resources?.some((r) => r.any) === true,
    notResource: s.notResource !== undefined,
    principal: principalSpec === undefined ? undefined : compilePrincipal(principalSpec),
    notPrincipal: s.notPrincipal !== undefined,
    conditions,
    keys,
    start: s.start,
    end: s.end,
  };
}

function uniqueKeys(keys: readonly KeyName[]): KeyName[] {
  const seen = new Map<string, KeyName>();
  for (const k of keys) if (!seen.has(k.lower)) seen.set(k.lower, k);
  return [...seen.values()];
}
