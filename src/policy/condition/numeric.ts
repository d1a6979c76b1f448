/**
 * Numeric operators, and the ordered comparison they share with the date
 * operators. Policy values are parsed once; a value that is not a number
 * never matches (IAM stores it). A request value is parsed by hand (optional
 * sign, digits, optional fraction and exponent; no spaces, hex or Infinity),
 * with a one-entry memo per clause.
 */
import type { CompiledValues, ValueMatcher } from "./compiled.js";
import { NEVER } from "./compiled.js";

/** Equals, and the four orderings of request value against policy value. */
export type Order = "eq" | "lt" | "le" | "gt" | "ge";

/** Parses request text into a number, or undefined. */
export type Parse = (text: string) => number | undefined;

export function compileNumeric(order: Order, values: readonly string[]): CompiledValues {
  const numbers: number[] = [];
  for (const v of values) {
    const n = parseNumber(v);
    if (n !== undefined) numbers.push(n);
  }
  return { matcher: orderedMatcher(order, numbers, parseNumber), variables: [] };
}

/**
 * A matcher comparing a parsed request value with numeric policy values: any
 * equal (eq), or below the largest / above the smallest for the orderings.
 */
export function orderedMatcher(
  order: Order,
  numbers: readonly number[],
  parse: Parse,
): ValueMatcher {
  if (numbers.length === 0) return NEVER;
  const max = Math.max(...numbers);
  const min = Math.min(...numbers);
  const list = [...new Set(numbers)];
  let lastText: string | undefined;
  let lastValue: number | undefined;
  return {
    matches(text) {
      let x: number | undefined;
      if (text === lastText) x = lastValue;
      else {
        x = parse(text);
        lastText = text;
        lastValue = x;
      }
      if (x === undefined) return false;
      switch (order) {
        case "lt":
          return x < max;
        case "le":
          return x <= max;
        case "gt":
          return x > min;
        case "ge":
          return x >= min;
        default:
          for (let i = 0; i < list.length; i++) if (list[i] === x) return true;
          return false;
      }
    },
  };
}

/** An integer or decimal, with optional sign and exponent, else undefined. */
export function parseNumber(text: string): number | undefined {
  const n = text.length;
  let i = 0;
  if (i < n && (text[i] === "+" || text[i] === "-")) i++;
  let end = skipDigits(text, i);
  let digits = end - i;
  i = end;
  if (i < n && text[i] === ".") {
    end = skipDigits(text, i + 1);
    digits += end - i - 1;
    i = end;
  }
  if (digits === 0) return undefined;
  if (i < n && (text[i] === "e" || text[i] === "E")) {
    i++;
    if (i < n && (text[i] === "+" || text[i] === "-")) i++;
    end = skipDigits(text, i);
    if (end === i) return undefined;
    i = end;
  }
  if (i !== n) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** The index of the first non-digit at or after `from`. */
export function skipDigits(text: string, from: number): number {
  let i = from;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
