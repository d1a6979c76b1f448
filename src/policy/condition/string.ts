/**
 * String operators: StringEquals, StringEqualsIgnoreCase and StringLike (the
 * negated forms use the same matchers). Policy variables are filled in under
 * Version 2012-10-17; a value whose variable has no value and no default
 * matches nothing. Values without variables are prepared once: a literal, a
 * set of literals, or compiled globs; values with variables are filled in and
 * compiled again only when a variable's value changes.
 */
import {
  parseTemplate,
  resolveText,
  resolveTokens,
  templateTokens,
  variablesOf,
  type KeyName,
  type Resolver,
  type TemplatePart,
} from "../template.js";
import type { PolicyVersion } from "../types.js";
import { compileGlob, type Glob, type Token } from "../wildcard.js";
import type { CompiledValues, ValueMatcher } from "./compiled.js";
import { Filled } from "../filled.js";

export type StringKind = "equals" | "ignoreCase" | "like";

const NO_VARIABLES: Resolver = () => undefined;

export function compileString(
  kind: StringKind,
  values: readonly string[],
  version: PolicyVersion | undefined,
): CompiledValues {
  const variables: KeyName[] = [];
  const literal: TemplatePart[][] = [];
  const dynamic: TemplatePart[][] = [];
  for (const value of values) {
    const parts = parseTemplate(value, version);
    const vars = variablesOf(parts);
    variables.push(...vars);
    (vars.length === 0 ? literal : dynamic).push(parts);
  }
  const matcher =
    kind === "like" ? likeMatcher(literal, dynamic) : equalsMatcher(literal, dynamic, kind);
  return { matcher, variables };
}

function equalsMatcher(
  literal: readonly TemplatePart[][],
  dynamic: readonly TemplatePart[][],
  kind: "equals" | "ignoreCase",
): ValueMatcher {
  const fold = kind === "ignoreCase";
  const texts = new Set<string>();
  for (const parts of literal) {
    const text = resolveText(parts, NO_VARIABLES) ?? "";
    texts.add(fold ? text.toLowerCase() : text);
  }
  const [only] = texts;
  const single = texts.size === 1 ? only : undefined;
  const filled = dynamic.map(
    (parts) =>
      new Filled(parts, (resolve) => {
        const text = resolveText(parts, resolve);
        return fold ? text?.toLowerCase() : text;
      }),
  );
  let lastValue: string | undefined;
  let lastFolded = "";
  return {
    matches(value, resolve) {
      let v = value;
      if (fold) {
        if (value !== lastValue) {
          lastValue = value;
          lastFolded = value.toLowerCase();
        }
        v = lastFolded;
      }
      if (single !== undefined ? v === single : texts.has(v)) return true;
      for (let i = 0; i < filled.length; i++) {
        if ((filled[i] as Filled<string>).get(resolve) === v) return true;
      }
      return false;
    },
  };
}

function likeMatcher(
  literal: readonly TemplatePart[][],
  dynamic: readonly TemplatePart[][],
): ValueMatcher {
  const globs: Glob[] = literal.map((parts) => compileGlob(templateTokens(parts, true) as Token[]));
  const filled = dynamic.map((parts) => {
    const tokens = templateTokens(parts, true);
    return new Filled(tokens, (resolve) => {
      const resolved = resolveTokens(tokens, resolve);
      return resolved === undefined ? undefined : compileGlob(resolved);
    });
  });
  // One-entry memo for the globs without variables: a request repeats its value.
  let lastValue: string | undefined;
  let lastResult = false;
  return {
    matches(value, resolve) {
      if (globs.length > 0) {
        if (value !== lastValue) {
          lastValue = value;
          lastResult = false;
          for (let i = 0; i < globs.length && !lastResult; i++) {
            lastResult = (globs[i] as Glob).test(value);
          }
        }
        if (lastResult) return true;
      }
      for (let i = 0; i < filled.length; i++) {
        const glob = (filled[i] as Filled<Glob>).get(resolve);
        if (glob !== undefined && glob.test(value)) return true;
      }
      return false;
    },
  };
}
