/**
 * Where AWS says a statement stands in its document (MatchedStatements'
 * StartPosition and EndPosition, 1-based line and column). The end is just
 * after the statement's "}". The start is where AWS's parser stood before
 * reading the statement: just after the "[" for the first statement of an
 * array, just after the previous statement's "}" for the others, and just
 * after the "{" of a statement given as a single object. Read off AWS's own
 * examples: AdministratorAccess (Line 3, Column 17 to Line 8, Column 6), the
 * API reference's "Statement":{…} (Line 3, Column 16 to Line 7, Column 4),
 * compact documents (Column 38 after `{"Version":"2012-10-17","Statement":[`)
 * and a second statement starting at the previous one's end column.
 */
import type { ParsedPolicy } from "../policy/index.js";

export interface Place {
  Line: number;
  Column: number;
}

export interface StatementPosition {
  start: Place;
  end: Place;
}

/** The AWS positions of each statement of a policy, by statement index. */
export function statementPositions(policy: ParsedPolicy): StatementPosition[] {
  const text = policy.text;
  return policy.statements.map((s) => ({
    start: placeAt(text, startOffset(text, s.start.offset)),
    end: { Line: s.end.line, Column: s.end.column },
  }));
}

function isSpace(c: string | undefined): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\r";
}

function startOffset(text: string, open: number): number {
  let i = open - 1;
  while (i >= 0 && isSpace(text[i])) i--;
  if (text[i] === "[") return i + 1;
  if (text[i] === ",") {
    i--;
    while (i >= 0 && isSpace(text[i])) i--;
    return i + 1;
  }
  return open + 1;
}

/** Line and column of an offset, counting line breaks as the policy parser does (\n, \r\n, \r). */
export function placeAt(text: string, offset: number): Place {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      lineStart = i + 1;
    } else if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      line++;
      lineStart = i + 1;
    }
  }
  return { Line: line, Column: offset - lineStart + 1 };
}
