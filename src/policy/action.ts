/**
 * Action and NotAction matching: `service:Action` compared case-insensitively,
 * with `*` and `?`. Patterns are lower-cased and compiled once.
 */
import { compileGlob, globTokens, type Glob } from "./wildcard.js";

export interface ActionPattern {
  /** The pattern lower-cased, e.g. "s3:get*". */
  readonly text: string;
  /** The service part when it has no wildcard ("s3"), else undefined. */
  readonly service: string | undefined;
  /** True when the pattern has no wildcard at all. */
  readonly exact: boolean;
  readonly glob: Glob;
}

export function compileActionPattern(pattern: string): ActionPattern {
  const text = pattern.toLowerCase();
  const colon = text.indexOf(":");
  const servicePart = colon < 0 ? text : text.slice(0, colon);
  const wildService = servicePart.includes("*") || servicePart.includes("?");
  const tokens = globTokens(text);
  return {
    text,
    service: colon < 0 || wildService ? undefined : servicePart,
    exact: tokens.length === 1 && typeof tokens[0] === "string",
    glob: compileGlob(tokens),
  };
}

/** The lower-cased service prefix of a request's action ("" when it has none). */
export function serviceOf(actionLower: string): string {
  const colon = actionLower.indexOf(":");
  return colon < 0 ? "" : actionLower.slice(0, colon);
}
