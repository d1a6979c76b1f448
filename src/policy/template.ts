/**
 * Policy variables: `${aws:username}`, `${aws:PrincipalTag/team, 'none'}` and
 * the escapes `${*}`, `${?}`, `${$}`. Only Version 2012-10-17 has them; under
 * 2008-10-17 (or no Version) the same text is literal.
 *
 * A template is parsed once into parts. At evaluation its variables are looked
 * up in the request context; a variable with no value (and no default) makes
 * the whole value match nothing.
 */
import type { PolicyVersion } from "./types.js";
import { globTokens, pushLiteral, type Token } from "./wildcard.js";

/** A condition key or variable name, kept as written and lower-cased for lookup. */
export interface KeyName {
  readonly name: string;
  readonly lower: string;
}

export function keyName(name: string): KeyName {
  return { name, lower: name.toLowerCase() };
}

export interface Variable {
  readonly kind: "var";
  readonly key: KeyName;
  readonly fallback?: string;
}

/** Literal text; `escaped` text came from `${*}` and the like and is never a wildcard. */
export interface Text {
  readonly kind: "text";
  readonly text: string;
  readonly escaped: boolean;
}

export type TemplatePart = Text | Variable;

const ESCAPES: Readonly<Record<string, string>> = { "*": "*", "?": "?", $: "$" };

/** Parses `text` into parts; without variables (old Version) it is one literal part. */
export function parseTemplate(text: string, version: PolicyVersion | undefined): TemplatePart[] {
  if (version !== "2012-10-17" || !text.includes("${")) {
    return text === "" ? [] : [{ kind: "text", text, escaped: false }];
  }
  const parts: TemplatePart[] = [];
  let i = 0;
  let run = "";
  while (i < text.length) {
    const open = text.indexOf("${", i);
    const close = open < 0 ? -1 : text.indexOf("}", open + 2);
    if (open < 0 || close < 0) {
      run += text.slice(i);
      break;
    }
    run += text.slice(i, open);
    const body = text.slice(open + 2, close);
    const escape = ESCAPES[body];
    const variable = escape === undefined ? parseVariable(body) : undefined;
    if (escape !== undefined) {
      if (run !== "") parts.push({ kind: "text", text: run, escaped: false });
      run = "";
      parts.push({ kind: "text", text: escape, escaped: true });
    } else if (variable !== undefined) {
      if (run !== "") parts.push({ kind: "text", text: run, escaped: false });
      run = "";
      parts.push(variable);
    } else {
      run += text.slice(open, close + 1);
    }
    i = close + 1;
  }
  if (run !== "") parts.push({ kind: "text", text: run, escaped: false });
  return parts;
}

/** `key` or `key, 'default'` (spaces around the comma allowed). */
function parseVariable(body: string): Variable | undefined {
  const comma = body.indexOf(",");
  const key = (comma < 0 ? body : body.slice(0, comma)).trim();
  if (!/^[A-Za-z0-9_.-]+:[^\s,'${}]+$/.test(key)) return undefined;
  if (comma < 0) return { kind: "var", key: keyName(key) };
  const fallback = /^\s*'([^']*)'\s*$/.exec(body.slice(comma + 1));
  if (fallback === null) return undefined;
  return { kind: "var", key: keyName(key), fallback: fallback[1] ?? "" };
}

export function hasVariables(parts: readonly TemplatePart[]): boolean {
  return parts.some((p) => p.kind === "var");
}

/** The variables a template refers to. */
export function variablesOf(parts: readonly TemplatePart[]): KeyName[] {
  const out: KeyName[] = [];
  for (const p of parts) if (p.kind === "var") out.push(p.key);
  return out;
}

/**
 * A token list in which variables are still to be filled in: literal strings,
 * wildcards, and Variable objects.
 */
export type TemplateToken = Token | Variable;

/**
 * Tokens of a template for matching. With `wildcards`, unescaped `*` and `?`
 * become wildcards; otherwise all text is literal (StringEquals and the like).
 */
export function templateTokens(
  parts: readonly TemplatePart[],
  wildcards: boolean,
): TemplateToken[] {
  const out: TemplateToken[] = [];
  for (const p of parts) {
    if (p.kind === "var") out.push(p);
    else if (wildcards && !p.escaped) appendTokens(out, globTokens(p.text));
    else appendLiteral(out, p.text);
  }
  return out;
}

function appendTokens(out: TemplateToken[], tokens: Token[]): void {
  for (const t of tokens) {
    if (typeof t === "string") appendLiteral(out, t);
    else out.push(t);
  }
}

function appendLiteral(out: TemplateToken[], text: string): void {
  const last = out[out.length - 1];
  if (typeof last === "string") out[out.length - 1] = last + text;
  else if (text !== "") out.push(text);
}

/** Looks up a variable's value; undefined when the request has no single value for it. */
export type Resolver = (key: KeyName) => string | undefined;

/**
 * Fills in the variables, giving plain tokens, or undefined when a variable has
 * no value and no default (the pattern then matches nothing).
 */
export function resolveTokens(
  tokens: readonly TemplateToken[],
  resolve: Resolver,
): Token[] | undefined {
  const out: Token[] = [];
  for (const t of tokens) {
    if (typeof t === "object") {
      const value = resolve(t.key) ?? t.fallback;
      if (value === undefined) return undefined;
      pushLiteral(out, value);
    } else if (typeof t === "string") {
      pushLiteral(out, t);
    } else {
      out.push(t);
    }
  }
  return out;
}

/** Fills in the variables of literal-only parts, giving the text or undefined. */
export function resolveText(parts: readonly TemplatePart[], resolve: Resolver): string | undefined {
  let out = "";
  for (const p of parts) {
    if (p.kind === "text") out += p.text;
    else {
      const value = resolve(p.key) ?? p.fallback;
      if (value === undefined) return undefined;
      out += value;
    }
  }
  return out;
}
