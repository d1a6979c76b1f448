/**
 * Smithy `@pattern` values, applied the way AWS applies them.
 *
 * AWS's services match the whole value against their pattern (Java
 * `Matcher.matches()`), and their error messages print the pattern without
 * anchors: `[\w+=,.@-]+`. The Smithy models add `^…$` to those patterns, which
 * for an alternation like `^(\u002F)|(\u002F[\u0021-\u007E]+\u002F)$` does not
 * mean the same in ECMAScript. So an anchored pattern is matched as a whole
 * (`^(?:inner)$`) and reported as `inner`; an unanchored one is searched.
 */

export interface CompiledPattern {
  /** The pattern as AWS prints it in "Member must satisfy regular expression pattern: …". */
  text: string;
  test(value: string): boolean;
}

const cache = new Map<string, CompiledPattern>();

/** Characters that may follow a backslash in a regex with the `u` flag. */
const UNICODE_MODE_ESCAPES = /[\^$\\.*+?()[\]{}|/\-0-9a-zA-Z]/;

/** Drops backslashes before characters the `u` flag rejects as escapes (e.g. `\:`), keeping the character. */
function dropUselessEscapes(source: string): string {
  let out = "";
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const next = source[i + 1];
    if (c === "\\" && next !== undefined) {
      out += UNICODE_MODE_ESCAPES.test(next) ? c + next : next;
      i++;
    } else {
      out += c;
    }
  }
  return out;
}

function isAnchored(source: string): boolean {
  return (
    source.startsWith("^") && source.endsWith("$") && !source.endsWith("\\$") && source.length >= 2
  );
}

function build(pattern: string): CompiledPattern {
  const anchored = isAnchored(pattern);
  const text = anchored ? pattern.slice(1, -1) : pattern;
  const body = dropUselessEscapes(text);
  const regex = new RegExp(anchored ? `^(?:${body})$` : body, "u");
  return { text, test: (value) => regex.test(value) };
}

/** Compiles once per distinct pattern. Throws only on a pattern ECMAScript cannot express. */
export function compilePattern(pattern: string): CompiledPattern {
  let compiled = cache.get(pattern);
  if (!compiled) {
    compiled = build(pattern);
    cache.set(pattern, compiled);
  }
  return compiled;
}
