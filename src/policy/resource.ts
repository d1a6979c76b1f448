/**
 * Resource and NotResource matching. An ARN pattern is matched part by part:
 * in the first five colon-separated parts `?` and `*` stay inside their part,
 * except that a `*` ending a part may run on past the colon (AWS: "If the *
 * wildcard is the last character of a resource ARN segment, it can expand to
 * match beyond the colon boundaries"); in the resource part (after the fifth
 * colon) `*` and `?` match any character, `/` and `:` included. Matching is
 * case-sensitive. Policy variables are filled in from the request context.
 */
import {
  parseTemplate,
  resolveTokens,
  variablesOf,
  type KeyName,
  type Resolver,
  type TemplatePart,
  type TemplateToken,
} from "./template.js";
import type { PolicyVersion } from "./types.js";
import { Filled } from "./filled.js";
import { compileGlob, ONE, SEG_ONE, SEG_STAR, STAR, type Glob, type Token } from "./wildcard.js";

export interface ResourcePattern {
  readonly text: string;
  /** True for "*": every resource. */
  readonly any: boolean;
  /** The variables the pattern refers to. */
  readonly variables: readonly KeyName[];
  /** Whether the resource `resource` matches, with variables filled in by `resolve`. */
  matches(resource: string, resolve: Resolver): boolean;
}

export function compileResourcePattern(
  text: string,
  version: PolicyVersion | undefined,
): ResourcePattern {
  const parts = parseTemplate(text, version);
  const variables = variablesOf(parts);
  if (text === "*") return { text, any: true, variables, matches: () => true };
  const tokens = arnTokens(parts);
  if (variables.length === 0) {
    const glob: Glob = compileGlob(tokens as Token[]);
    return { text, any: false, variables, matches: (resource) => glob.test(resource) };
  }
  // Variables: filled in, and the glob compiled again, only when their values change.
  const filled = new Filled<Glob>(tokens, (resolve) => {
    const resolved = resolveTokens(tokens, resolve);
    return resolved === undefined ? undefined : compileGlob(resolved);
  });
  return {
    text,
    any: false,
    variables,
    matches(resource, resolve) {
      const glob = filled.get(resolve);
      return glob !== undefined && glob.test(resource);
    },
  };
}

/**
 * Tokens of an ARN pattern: literal text, variables, and wildcards that are
 * segment-bound (SEG_*) or free (STAR/ONE) by where they stand. Colons inside a
 * variable's value do not count as part separators.
 */
function arnTokens(parts: readonly TemplatePart[]): TemplateToken[] {
  const out: TemplateToken[] = [];
  let colons = 0;
  // Characters of the pattern with their kind, to see what follows each `*`.
  const flat: (string | { wild: "*" | "?" } | TemplatePart)[] = [];
  for (const p of parts) {
    if (p.kind === "var") flat.push(p);
    else if (p.escaped) flat.push(p.text);
    else for (const ch of p.text) flat.push(ch === "*" || ch === "?" ? { wild: ch } : ch);
  }
  for (let i = 0; i < flat.length; i++) {
    const item = flat[i] as (typeof flat)[number];
    if (typeof item === "string") {
      appendText(out, item);
      if (item === ":") colons++;
    } else if ("wild" in item) {
      const inResource = colons >= 5;
      if (item.wild === "?") out.push(inResource ? ONE : SEG_ONE);
      else {
        const next = flat[i + 1];
        const endsPart = next === undefined || next === ":";
        out.push(inResource || endsPart ? STAR : SEG_STAR);
      }
    } else if (item.kind === "var") {
      out.push(item);
    }
  }
  return out;
}

function appendText(out: TemplateToken[], text: string): void {
  const last = out[out.length - 1];
  if (typeof last === "string") out[out.length - 1] = last + text;
  else out.push(text);
}
