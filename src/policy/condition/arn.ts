/**
 * ARN operators: ArnEquals and ArnLike behave the same (as do ArnNotEquals and
 * ArnNotLike, by negation). Matching is case-sensitive and part by part: the
 * pattern and the request value are cut at their first five colons and each
 * part is matched on its own, so in the first five parts `*` and `?` never
 * match a colon, while the resource part (after the fifth colon) may hold
 * colons. A pattern with fewer than six parts matches only values with as many
 * parts. Unlike the Resource element, a `*` ending a part does not run on past
 * the colon (the IAM guide's ArnLike example). Policy variables are filled in
 * as literal text.
 *
 * This is the segment-bound (SEG_STAR/SEG_ONE) semantics of wildcard.ts, done
 * per part with plain globs: matchBounded allocates on every call, and this
 * runs on the hot path.
 */
import {
  parseTemplate,
  resolveTokens,
  variablesOf,
  type KeyName,
  type Resolver,
  type TemplatePart,
  type TemplateToken,
} from "../template.js";
import type { PolicyVersion } from "../types.js";
import { compileGlob, ONE, STAR, type Glob, type Token } from "../wildcard.js";
import type { CompiledValues, ValueMatcher } from "./compiled.js";
import { Filled } from "../filled.js";

const ANY = 0;
const LITERAL = 1;
const GLOB = 2;
const FILLED = 3;

/**
 * One step of matching an ARN pattern: a literal run (whole literal parts with
 * the colons between them, checked at once), or one part that is anything, a
 * glob, or a glob still to fill in. One shape for all kinds keeps the loop
 * monomorphic.
 */
class Step {
  constructor(
    readonly kind: typeof ANY | typeof LITERAL | typeof GLOB | typeof FILLED,
    readonly text: string,
    readonly glob: Glob | undefined,
    readonly filled: Filled<Glob> | undefined,
    /** For a part: it is the last part of the pattern. */
    readonly last: boolean,
  ) {}
}

/** A compiled pattern: its steps, and whether its last part is the resource part. */
interface Pattern {
  steps: Step[];
  sixParts: boolean;
}

export function compileArn(
  values: readonly string[],
  version: PolicyVersion | undefined,
): CompiledValues {
  const variables: KeyName[] = [];
  const exact = new Set<string>();
  const patterns: Pattern[] = [];
  for (const value of values) {
    const parts = parseTemplate(value, version);
    variables.push(...variablesOf(parts));
    const pattern = compilePattern(arnParts(parts));
    const only = pattern.steps[0];
    if (pattern.steps.length === 1 && only?.kind === LITERAL) exact.add(only.text);
    else patterns.push(pattern);
  }
  const fixed = patterns.filter((p) => !p.steps.some((step) => step.kind === FILLED));
  const filled = patterns.filter((p) => !fixed.includes(p));
  // One-entry memo for the patterns without variables: a request repeats its value.
  let lastValue: string | undefined;
  let lastResult = false;
  const matcher: ValueMatcher = {
    matches(value, resolve) {
      if (exact.has(value)) return true;
      if (fixed.length > 0) {
        if (value !== lastValue) {
          lastValue = value;
          lastResult = false;
          for (let i = 0; i < fixed.length; i++) {
            if (matchArn(fixed[i] as Pattern, value, resolve)) {
              lastResult = true;
              break;
            }
          }
        }
        if (lastResult) return true;
      }
      for (let i = 0; i < filled.length; i++) {
        if (matchArn(filled[i] as Pattern, value, resolve)) return true;
      }
      return false;
    },
  };
  return { matcher, variables };
}

function matchArn(pattern: Pattern, value: string, resolve: Resolver): boolean {
  const steps = pattern.steps;
  const length = value.length;
  let pos = 0;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as Step;
    const kind = step.kind;
    if (kind === LITERAL) {
      // indexOf at a position is faster than startsWith in V8.
      if (value.indexOf(step.text, pos) !== pos) return false;
      pos += step.text.length;
      continue;
    }
    let end: number;
    if (step.last) {
      end = length;
      if (!pattern.sixParts && value.indexOf(":", pos) >= 0) return false;
    } else {
      end = value.indexOf(":", pos);
      if (end < 0) return false;
    }
    if (kind !== ANY) {
      const glob = kind === GLOB ? step.glob : step.filled?.get(resolve);
      if (glob === undefined || !glob.test(value.slice(pos, end))) return false;
    }
    pos = end;
  }
  return pos === length;
}

/** Steps for the parts of a pattern: literal parts and separators merged into runs. */
function compilePattern(parts: readonly TemplateToken[][]): Pattern {
  const steps: Step[] = [];
  let run = "";
  const flush = (): void => {
    if (run !== "") steps.push(new Step(LITERAL, run, undefined, undefined, false));
    run = "";
  };
  parts.forEach((tokens, i) => {
    const last = i === parts.length - 1;
    const literal = literalText(tokens);
    if (literal !== undefined) run += literal;
    else {
      flush();
      steps.push(compilePart(tokens, last));
    }
    if (!last) run += ":";
  });
  flush();
  if (steps.length === 0) steps.push(new Step(LITERAL, "", undefined, undefined, false));
  return { steps, sixParts: parts.length === 6 };
}

function literalText(tokens: readonly TemplateToken[]): string | undefined {
  if (tokens.length === 0) return "";
  const first = tokens[0];
  return tokens.length === 1 && typeof first === "string" ? first : undefined;
}

function compilePart(tokens: TemplateToken[], last: boolean): Step {
  if (tokens.some((t) => typeof t === "object")) {
    const filled = new Filled(tokens, (resolve) => {
      const resolved = resolveTokens(tokens, resolve);
      return resolved === undefined ? undefined : compileGlob(resolved);
    });
    return new Step(FILLED, "", undefined, filled, last);
  }
  const plain = tokens as Token[];
  if (plain.every((t) => t === STAR)) return new Step(ANY, "", undefined, undefined, last);
  return new Step(GLOB, "", compileGlob(plain), undefined, last);
}

/** The pattern cut at its first five (unescaped, literal) colons, each part as tokens. */
export function arnParts(parts: readonly TemplatePart[]): TemplateToken[][] {
  const out: TemplateToken[][] = [[]];
  let current = out[0] as TemplateToken[];
  for (const p of parts) {
    if (p.kind === "var") current.push(p);
    else if (p.escaped) appendText(current, p.text);
    else {
      for (const ch of p.text) {
        if (ch === ":" && out.length < 6) {
          current = [];
          out.push(current);
        } else if (ch === "*") current.push(STAR);
        else if (ch === "?") current.push(ONE);
        else appendText(current, ch);
      }
    }
  }
  return out;
}

function appendText(out: TemplateToken[], text: string): void {
  const last = out[out.length - 1];
  if (typeof last === "string") out[out.length - 1] = last + text;
  else out.push(text);
}
