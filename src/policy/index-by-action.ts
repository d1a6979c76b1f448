/**
 * Statements indexed by action: an exact action goes to a map keyed by the
 * lower-cased action, a wildcard action within one service to that service's
 * list, and wildcard services and NotAction statements to a list checked for
 * every action. Lookups by the request's action string are memoised.
 */
import { serviceOf } from "./action.js";
import type { CompiledPolicySet, CompiledStatement } from "./compile.js";

/** The statements of a group whose Action or NotAction element matches one action. */
export interface Candidates {
  readonly allows: readonly CompiledStatement[];
  readonly denies: readonly CompiledStatement[];
}

const EMPTY: Candidates = { allows: [], denies: [] };

export class ActionIndex {
  private readonly exact = new Map<string, CompiledStatement[]>();
  private readonly byService = new Map<string, CompiledStatement[]>();
  private readonly everyAction: CompiledStatement[] = [];

  constructor(statements: readonly CompiledStatement[]) {
    for (const s of statements) {
      if (s.notAction || s.actions.some((a) => a.service === undefined)) {
        this.everyAction.push(s);
        continue;
      }
      for (const a of s.actions) {
        const map = a.exact ? this.exact : this.byService;
        const key = a.exact ? a.text : (a.service as string);
        const list = map.get(key);
        if (list === undefined) map.set(key, [s]);
        else if (list[list.length - 1] !== s) list.push(s);
      }
    }
  }

  /** The statements that apply to `actionLower` (a lower-cased action), in document order. */
  lookup(actionLower: string): Candidates {
    const found = new Set<CompiledStatement>();
    for (const s of this.exact.get(actionLower) ?? []) found.add(s);
    for (const s of this.byService.get(serviceOf(actionLower)) ?? []) {
      if (actionMatches(s, actionLower)) found.add(s);
    }
    for (const s of this.everyAction) if (actionMatches(s, actionLower)) found.add(s);
    if (found.size === 0) return EMPTY;
    const ordered = [...found].sort(
      (a, b) => a.level - b.level || a.policyIndex - b.policyIndex || a.index - b.index,
    );
    return { allows: ordered.filter((s) => s.allow), denies: ordered.filter((s) => !s.allow) };
  }
}

/** Whether a statement's Action (or NotAction) element applies to the action. */
export function actionMatches(s: CompiledStatement, actionLower: string): boolean {
  let any = false;
  for (const a of s.actions) {
    if (a.glob.test(actionLower)) {
      any = true;
      break;
    }
  }
  return s.notAction ? !any : any;
}

/** The candidates of every group of a compiled set for one action. */
export interface SetCandidates {
  readonly identity: Candidates;
  readonly boundary: Candidates;
  readonly session: Candidates;
  readonly resource: Candidates;
  readonly scp: readonly Candidates[];
}

/** Distinct action strings remembered per compiled set before the memo starts over. */
const CACHE_LIMIT = 4096;

/** The statements that apply to `action`, memoised per compiled set and action string. */
export function candidatesFor(set: CompiledPolicySet, action: string): SetCandidates {
  const cached = set.actionCache.get(action);
  if (cached !== undefined) return cached;
  const lower = action.toLowerCase();
  const found: SetCandidates = {
    identity: set.identity.index.lookup(lower),
    boundary: set.boundary?.index.lookup(lower) ?? EMPTY,
    session: set.session?.index.lookup(lower) ?? EMPTY,
    resource: set.resource?.index.lookup(lower) ?? EMPTY,
    scp: set.scpLevels.map((g) => g.index.lookup(lower)),
  };
  if (set.actionCache.size >= CACHE_LIMIT) set.actionCache.clear();
  set.actionCache.set(action, found);
  return found;
}
