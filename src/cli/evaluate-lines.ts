/**
 * `gatehouse policy evaluate`, one line at a time: a request line in, its
 * answer (JSON text) out. Lines that repeat the same policy documents (an
 * access log evaluated against a fixed set of policies) reuse the compiled
 * set: each policy field's text, exactly as it stands in the line, is known
 * from an earlier line, so the line is not parsed as a whole; only its
 * request fields are. The answer is the one a fresh compile gives, byte for
 * byte; any line the quick reading is unsure of goes the plain way
 * (JSON.parse, evaluateLine).
 */
import {
  compileLinePolicies,
  evaluateLine,
  evaluateLineWith,
  POLICY_FIELDS,
  type LinePolicies,
} from "../policy/index.js";

/** The answer to one line, as today: parsed whole, its policies compiled afresh. */
export function answerLine(line: string, n: number, explain: boolean): string {
  let request: unknown;
  try {
    request = JSON.parse(line);
  } catch (err) {
    return JSON.stringify({ error: `line ${n}: not valid JSON: ${(err as Error).message}` });
  }
  return JSON.stringify(evaluateLine(request, { explain }));
}

/** A policy field's text seen before, with its id and parsed value. */
interface KnownText {
  text: string;
  id: number;
  value: unknown;
}

const FIELDS = [...POLICY_FIELDS];

/** The request fields of a line and which policy texts it holds. */
interface SplitLine {
  request: Record<string, unknown>;
  /** One entry per field of FIELDS, undefined when absent. */
  texts: (KnownText | undefined)[];
}

export class CachedLineAnswers {
  readonly #explain: boolean;
  readonly #maxTexts: number;
  readonly #maxSets: number;
  /** Per policy field, the texts seen, most recent first. */
  readonly #texts = new Map<string, KnownText[]>(FIELDS.map((f) => [f, []]));
  /** Compiled sets by the ids of their texts, least recently used first. */
  readonly #sets = new Map<string, LinePolicies>();
  #nextId = 0;

  constructor(explain: boolean, maxTexts = 32, maxSets = 256) {
    this.#explain = explain;
    this.#maxTexts = maxTexts;
    this.#maxSets = maxSets;
  }

  answer(line: string, n: number): string {
    const split = this.#split(line);
    if (split === undefined) return answerLine(line, n, this.#explain);
    const result = evaluateLineWith(split.request, () => this.#policies(split.texts), {
      explain: this.#explain,
    });
    return JSON.stringify(result);
  }

  #policies(texts: readonly (KnownText | undefined)[]): LinePolicies {
    let key = "";
    for (const t of texts) key += t === undefined ? "-," : `${t.id},`;
    const cached = this.#sets.get(key);
    if (cached !== undefined) {
      if (this.#sets.size > 1) {
        this.#sets.delete(key);
        this.#sets.set(key, cached);
      }
      return cached;
    }
    const fields: Record<string, unknown> = {};
    texts.forEach((t, i) => {
      if (t !== undefined) fields[FIELDS[i] as string] = t.value;
    });
    const compiled = compileLinePolicies(fields);
    this.#sets.set(key, compiled);
    if (this.#sets.size > this.#maxSets) {
      this.#sets.delete(this.#sets.keys().next().value as string);
    }
    return compiled;
  }

  /** Reads the line's top-level members; undefined whenever it is not plainly well formed. */
  #split(line: string): SplitLine | undefined {
    let i = skipSpace(line, 0);
    if (line.charCodeAt(i) !== 0x7b) return undefined;
    i = skipSpace(line, i + 1);
    const members: string[] = [];
    const texts: (KnownText | undefined)[] = FIELDS.map(() => undefined);
    const seen = new Set<string>();
    if (line.charCodeAt(i) === 0x7d) {
      i++;
    } else {
      for (;;) {
        if (line.charCodeAt(i) !== 0x22) return undefined;
        const keyEnd = line.indexOf('"', i + 1);
        if (keyEnd < 0) return undefined;
        const key = line.slice(i + 1, keyEnd);
        if (key.includes("\\") || key === "__proto__" || seen.has(key)) return undefined;
        seen.add(key);
        const memberStart = i;
        i = skipSpace(line, keyEnd + 1);
        if (line.charCodeAt(i) !== 0x3a) return undefined;
        i = skipSpace(line, i + 1);
        const field = FIELDS.indexOf(key);
        if (field >= 0) {
          const known = this.#known(key, line, i);
          if (known === undefined) return undefined;
          texts[field] = known;
          i += known.text.length;
        } else {
          const end = skipValue(line, i);
          if (end < 0) return undefined;
          members.push(line.slice(memberStart, end));
          i = end;
        }
        i = skipSpace(line, i);
        const c = line.charCodeAt(i);
        if (c === 0x2c) {
          i = skipSpace(line, i + 1);
          continue;
        }
        if (c !== 0x7d) return undefined;
        i++;
        break;
      }
    }
    if (skipSpace(line, i) !== line.length) return undefined;
    let request: unknown;
    try {
      request = JSON.parse(`{${members.join(",")}}`);
    } catch {
      return undefined;
    }
    return { request: request as Record<string, unknown>, texts };
  }

  /** The known text of `field` that starts at `at`, learning it when it is new. */
  #known(field: string, line: string, at: number): KnownText | undefined {
    const list = this.#texts.get(field) as KnownText[];
    for (let k = 0; k < list.length; k++) {
      const t = list[k] as KnownText;
      // A JSON array or object ends where its brackets balance: no longer text starts the same way.
      // (A slice compared whole: much quicker than startsWith for long texts.)
      if (line.slice(at, at + t.text.length) === t.text) {
        if (k > 0) {
          list.splice(k, 1);
          list.unshift(t);
        }
        return t;
      }
    }
    const end = skipValue(line, at);
    if (end < 0) return undefined;
    const text = line.slice(at, end);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return undefined;
    }
    // Only arrays and objects: their text cannot be the start of a longer value.
    if (typeof value !== "object" || value === null) return undefined;
    const known = { text, id: this.#nextId++, value };
    list.unshift(known);
    if (list.length > this.#maxTexts) list.pop();
    return known;
  }
}

function skipSpace(s: string, i: number): number {
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
    i++;
  }
  return i;
}

/** Where the string starting at `i` (its opening quote) ends, or -1. */
function skipString(s: string, i: number): number {
  let from = i + 1;
  for (;;) {
    const q = s.indexOf('"', from);
    if (q < 0) return -1;
    let backslashes = 0;
    for (let b = q - 1; b > i && s.charCodeAt(b) === 0x5c; b--) backslashes++;
    if (backslashes % 2 === 0) return q + 1;
    from = q + 1;
  }
}

/** Where the JSON value starting at `i` ends (not checked: JSON.parse checks it), or -1. */
function skipValue(s: string, i: number): number {
  const first = s.charCodeAt(i);
  if (first === 0x22) return skipString(s, i);
  if (first === 0x7b || first === 0x5b) {
    let depth = 0;
    for (let j = i; j < s.length; j++) {
      const c = s.charCodeAt(j);
      if (c === 0x22) {
        const end = skipString(s, j);
        if (end < 0) return -1;
        j = end - 1;
      } else if (c === 0x7b || c === 0x5b) {
        depth++;
      } else if (c === 0x7d || c === 0x5d) {
        depth--;
        if (depth === 0) return j + 1;
      }
    }
    return -1;
  }
  let j = i;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c === 0x2c || c === 0x7d || c === 0x5d || c === 0x20 || c === 0x09 || c === 0x0a) break;
    if (c === 0x0d) break;
    j++;
  }
  return j === i ? -1 : j;
}
