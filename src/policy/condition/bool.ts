/**
 * Bool: "true" or "false", compared without regard to case. A policy value
 * that is neither never matches; so does a request value that is neither.
 * Policy variables are allowed (the operators page says so for Boolean).
 */
import {
  parseTemplate,
  resolveText,
  variablesOf,
  type KeyName,
  type TemplatePart,
} from "../template.js";
import type { PolicyVersion } from "../types.js";
import type { CompiledValues } from "./compiled.js";

export function compileBool(
  values: readonly string[],
  version: PolicyVersion | undefined,
): CompiledValues {
  let wantTrue = false;
  let wantFalse = false;
  const dynamic: TemplatePart[][] = [];
  const variables: KeyName[] = [];
  for (const value of values) {
    const parts = parseTemplate(value, version);
    const vars = variablesOf(parts);
    if (vars.length > 0) {
      variables.push(...vars);
      dynamic.push(parts);
      continue;
    }
    const b = parseBool(value);
    if (b === true) wantTrue = true;
    else if (b === false) wantFalse = true;
  }
  return {
    variables,
    matcher: {
      matches(text, resolve) {
        const b = parseBool(text);
        if (b === undefined) return false;
        if (b ? wantTrue : wantFalse) return true;
        for (let i = 0; i < dynamic.length; i++) {
          const resolved = resolveText(dynamic[i] as TemplatePart[], resolve);
          if (resolved !== undefined && parseBool(resolved) === b) return true;
        }
        return false;
      },
    },
  };
}

export function parseBool(text: string): boolean | undefined {
  if (text === "true") return true;
  if (text === "false") return false;
  if (text.length !== 4 && text.length !== 5) return undefined;
  const lower = text.toLowerCase();
  return lower === "true" ? true : lower === "false" ? false : undefined;
}
