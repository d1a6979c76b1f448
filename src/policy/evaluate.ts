/**
 * Evaluating a request against a compiled policy set, with AWS's logic (IAM
 * User Guide, "Policy evaluation logic"):
 *
 * 1. An explicit deny in any applicable policy wins.
 * 2. Each level of service control policies must allow.
 * 3. The account root user, in its own account, is then allowed.
 * 4. Within one account, a resource-based policy that names the caller
 *    directly (or "*") allows on its own; one that names the caller's role
 *    stands in for the identity-based allow but stays subject to the
 *    permissions boundary and session policies; one that names the account
 *    delegates to the identity-based policies.
 * 5. Otherwise an identity-based policy must allow, and so must the
 *    permissions boundary (if set) and the session policies (if any).
 * 6. Across accounts both the resource-based policy and the caller's side
 *    (identity, boundary, session) must allow.
 * 7. The default is an implicit deny.
 */
import type { PrincipalInfo } from "./arn.js";
import type { CompiledPolicySet, CompiledStatement, PolicyType } from "./compile.js";
import { RequestContext } from "./context.js";
import { candidatesFor, type Candidates } from "./index-by-action.js";
import type { Grant } from "./principal.js";

/** A request, as the CLI reads it; every field is checked, none is trusted. */
export interface EvaluationRequest {
  action: unknown;
  resource: unknown;
  principal?: unknown;
  context?: unknown;
  resourceAccount?: unknown;
}

export type DecisionKind = "allowed" | "explicitDeny" | "implicitDeny";

export interface MatchedStatement {
  policyId: string;
  policyType: PolicyType;
  /** For service control policies: the 0-based level. */
  scpLevel?: number;
  sid?: string;
  statementIndex: number;
  effect: "Allow" | "Deny";
  /** Where the statement stands in the document text (1-based line and column). */
  start: { line: number; column: number };
  end: { line: number; column: number };
}

export interface Decision {
  decision: DecisionKind;
  /** The statements that decided it: the denies for explicitDeny, the allows for allowed. */
  matchedStatements: MatchedStatement[];
  /** Context keys the applicable statements read that the request did not give. */
  missingContextValues: string[];
  /** One sentence saying why. */
  reason: string;
  /**
   * For a deny: the kind of policy that decided it — the first that explicitly
   * denies, or the one whose missing allow made the implicit deny.
   */
  deniedBy?: PolicyType;
}

export interface EvaluateOptions {
  /** Build the explanation (matched statements, missing keys); default true. */
  explain?: boolean;
}

interface State {
  readonly ctx: RequestContext;
  readonly resource: string;
  readonly info: PrincipalInfo;
  /** AWS: a Deny with NotPrincipal always applies to a principal that has a boundary. */
  readonly hasBoundary: boolean;
}

export function evaluate(
  set: CompiledPolicySet,
  request: EvaluationRequest,
  options: EvaluateOptions = {},
): Decision {
  const explain = options.explain !== false;
  const req: Partial<EvaluationRequest> = isObject(request) ? request : {};
  const action = typeof req.action === "string" ? req.action : "";
  const resource = typeof req.resource === "string" ? req.resource : "";
  const ctx = new RequestContext(req.context, req.principal, explain);
  const st: State = {
    ctx,
    resource,
    info: ctx.principalInfo,
    hasBoundary: set.boundary !== undefined,
  };
  const c = candidatesFor(set, action);
  const out: CompiledStatement[] | undefined = explain ? [] : undefined;
  const finish = (
    decision: DecisionKind,
    reason: string,
    deniedBy?: PolicyType,
    matched?: CompiledStatement[],
  ) =>
    explain
      ? result(decision, reason, deniedBy, matched ?? [], missingKeys(c, ctx))
      : bare(decision, reason, deniedBy);

  // 1. Explicit deny anywhere; `deniedBy` is the first kind of policy that denies.
  const denies = out;
  let deniedBy: PolicyType | undefined;
  for (const level of c.scp) {
    if (deniedBy !== undefined && !explain) break;
    deniedBy = denyIn(level, "scp", st, denies, deniedBy);
  }
  if (deniedBy === undefined || explain)
    deniedBy = denyIn(c.resource, "resource", st, denies, deniedBy);
  if (deniedBy === undefined || explain)
    deniedBy = denyIn(c.identity, "identity", st, denies, deniedBy);
  if (deniedBy === undefined || explain) {
    deniedBy = denyIn(c.boundary, "permissionsBoundary", st, denies, deniedBy);
  }
  if (deniedBy === undefined || explain)
    deniedBy = denyIn(c.session, "session", st, denies, deniedBy);
  if (deniedBy !== undefined) {
    return finish("explicitDeny", "an applicable statement explicitly denies it", deniedBy, denies);
  }

  // 2. Service control policies: an allow at every level.
  const allows: CompiledStatement[] | undefined = explain ? [] : undefined;
  for (let i = 0; i < c.scp.length; i++) {
    if (scan((c.scp[i] as (typeof c.scp)[number]).allows, st, allows) === undefined) {
      return finish("implicitDeny", `no service control policy at level ${i} allows it`, "scp");
    }
  }

  const account = typeof req.resourceAccount === "string" ? req.resourceAccount : undefined;
  const sameAccount =
    account === undefined || st.info.account === undefined || account === st.info.account;
  const resourceGrant =
    set.resource === undefined ? undefined : scan(c.resource.allows, st, allows);

  // 3. The root user in its own account.
  if (st.info.type === "Account" && sameAccount) {
    return finish(
      "allowed",
      "the account root user has full access to its own account",
      undefined,
      allows,
    );
  }

  // 4. Same account: a direct grant in the resource-based policy is enough.
  if (sameAccount && resourceGrant === "direct") {
    if (explain) scanAll(c, st, allows);
    return finish("allowed", "the resource-based policy allows this principal", undefined, allows);
  }

  // 5 and 6.
  if (!sameAccount && resourceGrant === undefined) {
    return finish(
      "implicitDeny",
      "across accounts, the resource-based policy must allow it",
      "resource",
    );
  }
  if (st.info.type === "Account") {
    // Across accounts the root user's own side is its full access.
    return finish(
      "allowed",
      "the resource-based policy allows the other account",
      undefined,
      allows,
    );
  }
  const identityAllows = scan(c.identity.allows, st, allows) !== undefined;
  if (!identityAllows && !(sameAccount && resourceGrant === "role")) {
    return finish(
      "implicitDeny",
      sameAccount
        ? "no identity-based or resource-based policy allows it"
        : "across accounts, an identity-based policy must allow it as well",
      "identity",
    );
  }
  if (set.boundary !== undefined && scan(c.boundary.allows, st, allows) === undefined) {
    return finish(
      "implicitDeny",
      "the permissions boundary does not allow it",
      "permissionsBoundary",
    );
  }
  if (set.session !== undefined && scan(c.session.allows, st, allows) === undefined) {
    return finish("implicitDeny", "no session policy allows it", "session");
  }
  return finish(
    "allowed",
    resourceGrant === "role" && !identityAllows
      ? "the resource-based policy allows the principal's role"
      : "an identity-based policy allows it",
    undefined,
    allows,
  );
}

/** The kind of policy that denies so far: `sofar`, else `type` when one of the group's denies applies. */
function denyIn(
  group: Candidates,
  type: PolicyType,
  st: State,
  out: CompiledStatement[] | undefined,
  sofar: PolicyType | undefined,
): PolicyType | undefined {
  if (group.denies.length === 0) return sofar;
  return scan(group.denies, st, out) !== undefined ? (sofar ?? type) : sofar;
}

/** In explain mode, the allows of the groups not scanned on the way to a decision. */
function scanAll(
  c: ReturnType<typeof candidatesFor>,
  st: State,
  allows: CompiledStatement[] | undefined,
): void {
  scan(c.identity.allows, st, allows);
  scan(c.boundary.allows, st, allows);
  scan(c.session.allows, st, allows);
}

/**
 * The strongest grant among the statements that match, or undefined. Without
 * `out` it stops at the first direct match; with `out` it collects them all.
 */
function scan(
  list: readonly CompiledStatement[],
  st: State,
  out: CompiledStatement[] | undefined,
): Grant | undefined {
  let best: Grant | undefined;
  for (const s of list) {
    const grant = matchStatement(s, st);
    if (grant === undefined) continue;
    if (out !== undefined) out.push(s);
    else if (grant === "direct") return grant;
    if (best === undefined || rank(grant) > rank(best)) best = grant;
  }
  return best;
}

function rank(g: Grant): number {
  return g === "direct" ? 3 : g === "role" ? 2 : 1;
}

/** Whether a statement (already known to match the action) applies, and how it names the principal. */
function matchStatement(s: CompiledStatement, st: State): Grant | undefined {
  if (s.resources !== undefined && !(s.anyResource && !s.notResource)) {
    let hit = false;
    for (const r of s.resources) {
      if (r.matches(st.resource, st.ctx.resolve)) {
        hit = true;
        break;
      }
    }
    if (hit === s.notResource) return undefined;
  }
  let grant: Grant = "direct";
  if (s.principal !== undefined) {
    if (s.notPrincipal) {
      const quirk = !s.allow && st.hasBoundary;
      if (!quirk && s.principal.lists(st.info)) return undefined;
    } else {
      const g = s.principal.match(st.info);
      if (g === undefined) return undefined;
      grant = g;
    }
  }
  for (const cond of s.conditions) if (!cond.test(st.ctx)) return undefined;
  return grant;
}

function missingKeys(c: ReturnType<typeof candidatesFor>, ctx: RequestContext): string[] {
  const groups = [c.identity, c.boundary, c.session, c.resource, ...c.scp];
  for (const g of groups) {
    for (const s of g.denies) for (const k of s.keys) ctx.get(k);
    for (const s of g.allows) for (const k of s.keys) ctx.get(k);
  }
  return [...(ctx.missing?.values() ?? [])].sort((a, b) =>
    a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0,
  );
}

function bare(decision: DecisionKind, reason: string, deniedBy: PolicyType | undefined): Decision {
  const d: Decision = { decision, matchedStatements: [], missingContextValues: [], reason };
  if (deniedBy !== undefined) d.deniedBy = deniedBy;
  return d;
}

function result(
  decision: DecisionKind,
  reason: string,
  deniedBy: PolicyType | undefined,
  matched: readonly CompiledStatement[],
  missing: string[],
): Decision {
  const d: Decision = {
    decision,
    matchedStatements: matched.length === 0 ? [] : dedupe(matched).map(describe),
    missingContextValues: missing,
    reason,
  };
  if (deniedBy !== undefined) d.deniedBy = deniedBy;
  return d;
}

function dedupe(list: readonly CompiledStatement[]): CompiledStatement[] {
  return [...new Set(list)];
}

function describe(s: CompiledStatement): MatchedStatement {
  const m: MatchedStatement = {
    policyId: s.policyId,
    policyType: s.policyType,
    statementIndex: s.index,
    effect: s.allow ? "Allow" : "Deny",
    start: { line: s.start.line, column: s.start.column },
    end: { line: s.end.line, column: s.end.column },
  };
  if (s.policyType === "scp") m.scpLevel = s.level;
  if (s.sid !== undefined) m.sid = s.sid;
  return m;
}

function isObject(value: unknown): value is Partial<EvaluationRequest> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
