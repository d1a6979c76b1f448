/**
 * Wildcard matching for the policy language: `*` (any run of characters) and
 * `?` (any one character). Patterns are compiled to token lists once; matching
 * never builds a regular expression.
 *
 * Tokens are literal strings, STAR and ONE. ARN patterns also use the
 * segment-bound forms SEG_STAR and SEG_ONE, which never match a colon.
 */

export const STAR = 0;
export const ONE = 1;
export const SEG_STAR = 2;
export const SEG_ONE = 3;
export type Wild = typeof STAR | typeof ONE | typeof SEG_STAR | typeof SEG_ONE;
export type Token = string | Wild;

/** Splits text into literal runs and STAR/ONE tokens at every `*` and `?`. */
export function globTokens(text: string, into: Token[] = []): Token[] {
  let run = "";
  for (const ch of text) {
    if (ch === "*" || ch === "?") {
      if (run !== "") pushLiteral(into, run);
      run = "";
      into.push(ch === "*" ? STAR : ONE);
    } else {
      run += ch;
    }
  }
  if (run !== "") pushLiteral(into, run);
  return into;
}

/** Appends a literal, merging it with a literal just before it. */
export function pushLiteral(tokens: Token[], text: string): void {
  if (text === "") return;
  const last = tokens.length - 1;
  const prev = tokens[last];
  if (typeof prev === "string") tokens[last] = prev + text;
  else tokens.push(text);
}

/** True when the tokens hold any wildcard. */
export function hasWildcard(tokens: readonly Token[]): boolean {
  return tokens.some((t) => typeof t !== "string");
}

/** True when the tokens hold a segment-bound wildcard. */
function hasSegmentWildcard(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t === SEG_STAR || t === SEG_ONE);
}

/**
 * Matches `s` against tokens. Uses the linear greedy algorithm when every
 * wildcard is unbounded, and a state-set walk when some are segment-bound.
 */
export function matchTokens(tokens: readonly Token[], s: string): boolean {
  return hasSegmentWildcard(tokens) ? matchBounded(tokens, s) : matchGreedy(tokens, s);
}

/**
 * Greedy matching with one backtrack point (the last `*`): O(len(s) * len(tokens))
 * at worst, and one pass for the usual shapes.
 */
export function matchGreedy(tokens: readonly Token[], s: string): boolean {
  const n = tokens.length;
  const len = s.length;
  let ti = 0;
  let si = 0;
  let starTi = -1;
  let starSi = 0;
  while (ti < n || si < len) {
    if (ti < n) {
      const tok = tokens[ti] as Token;
      if (tok === STAR) {
        starTi = ti++;
        starSi = si;
        continue;
      }
      if (tok === ONE) {
        if (si < len) {
          ti++;
          si++;
          continue;
        }
      } else if (typeof tok === "string" && s.startsWith(tok, si)) {
        ti++;
        si += tok.length;
        continue;
      }
    }
    if (starTi >= 0 && starSi < len) {
      si = ++starSi;
      ti = starTi + 1;
      continue;
    }
    return false;
  }
  return true;
}

/**
 * Matching with segment-bound wildcards: walks the string once, keeping the set
 * of token positions that can be reached. Literals are expanded per character.
 */
export function matchBounded(tokens: readonly Token[], s: string): boolean {
  return new BoundedMatcher(tokens).test(s);
}

/** A compiled segment-bound pattern; its state sets are allocated once and reused. */
class BoundedMatcher implements Glob {
  private readonly chars: Token[];
  private states: Uint8Array;
  private next: Uint8Array;

  constructor(tokens: readonly Token[]) {
    this.chars = expand(tokens);
    this.states = new Uint8Array(this.chars.length + 1);
    this.next = new Uint8Array(this.chars.length + 1);
  }

  test(s: string): boolean {
    const chars = this.chars;
    const n = chars.length;
    let states = this.states;
    let next = this.next;
    states.fill(0);
    states[0] = 1;
    closeOverStars(chars, states);
    for (let i = 0; i < s.length; i++) {
      const c = s[i] as string;
      next.fill(0);
      let any = false;
      for (let k = 0; k < n; k++) {
        if (states[k] === 0) continue;
        const t = chars[k] as Token;
        if (t === STAR || (t === SEG_STAR && c !== ":")) {
          next[k] = 1;
          any = true;
        } else if (t === ONE || (t === SEG_ONE && c !== ":") || t === c) {
          next[k + 1] = 1;
          any = true;
        }
      }
      if (!any) return false;
      closeOverStars(chars, next);
      [states, next] = [next, states];
    }
    return states[n] === 1;
  }
}

function closeOverStars(chars: readonly Token[], states: Uint8Array): void {
  for (let k = 0; k < chars.length; k++) {
    const t = chars[k];
    if (states[k] === 1 && (t === STAR || t === SEG_STAR)) states[k + 1] = 1;
  }
}

function expand(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    if (typeof t !== "string") out.push(t);
    else for (let i = 0; i < t.length; i++) out.push(t[i] as string);
  }
  return out;
}

/**
 * A compiled wildcard pattern over plain text (no variables): picks the
 * cheapest test for its shape once, at compile time.
 */
export interface Glob {
  test(s: string): boolean;
}

export function compileGlob(tokens: readonly Token[]): Glob {
  const n = tokens.length;
  const first = tokens[0];
  const last = tokens[n - 1];
  if (n === 0) return { test: (s) => s === "" };
  if (n === 1 && typeof first === "string") return { test: (s) => s === first };
  if (n === 1 && first === STAR) return { test: () => true };
  if (n === 2 && typeof first === "string" && last === STAR) {
    return { test: (s) => s.startsWith(first) };
  }
  if (n === 2 && first === STAR && typeof last === "string") {
    return { test: (s) => s.endsWith(last) };
  }
  if (hasSegmentWildcard(tokens)) return new BoundedMatcher(tokens);
  return { test: (s) => matchGreedy(tokens, s) };
}
