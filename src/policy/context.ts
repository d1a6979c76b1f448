/**
 * The request context as the evaluator reads it: condition keys looked up
 * case-insensitively, values normalised to text, and the keys a policy asked
 * for but the request lacked remembered for the explanation.
 */
import { describePrincipal, principalContextValue, type PrincipalInfo } from "./arn.js";
import type { KeyName } from "./template.js";

/** One value, or several for a multivalued key. */
export type ContextValue = string | readonly string[];

export class RequestContext {
  private readonly raw: Record<string, unknown>;
  private lowered: Map<string, unknown> | undefined;
  private info: PrincipalInfo | undefined;
  /** Keys asked for and not found, by lower-cased name (only when tracking). */
  readonly missing: Map<string, string> | undefined;

  constructor(
    raw: unknown,
    private readonly principal: unknown,
    trackMissing: boolean,
  ) {
    this.raw = isRecord(raw) ? raw : {};
    this.missing = trackMissing ? new Map() : undefined;
  }

  get principalInfo(): PrincipalInfo {
    this.info ??= describePrincipal(this.principal);
    return this.info;
  }

  /** The key's value, or undefined when the request has none (an empty list counts as none). */
  get(key: KeyName): ContextValue | undefined {
    // The key as the policy spells it is usually the request's spelling too. A
    // name from Object.prototype reads as a function or object: no value.
    const direct = this.raw[key.name];
    let value = direct === undefined ? undefined : normalise(direct);
    if (value === undefined) value = normalise(this.lookup(key));
    if (value === undefined) this.missing?.set(key.lower, key.name);
    return value;
  }

  /** A single value for a policy variable; multivalued keys have none. */
  readonly resolve = (key: KeyName): string | undefined => {
    const value = this.get(key);
    if (typeof value === "string") return value;
    return value !== undefined && value.length === 1 ? value[0] : undefined;
  };

  private lookup(key: KeyName): unknown {
    if (this.lowered === undefined) {
      this.lowered = new Map();
      for (const k of Object.keys(this.raw)) {
        const lower = k.toLowerCase();
        if (!this.lowered.has(lower)) this.lowered.set(lower, this.raw[k]);
      }
    }
    const found = this.lowered.get(key.lower);
    if (found !== undefined) return found;
    return principalContextValue(this.principalInfo, key.lower);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function scalar(value: unknown): string | undefined {
  switch (typeof value) {
    case "string":
      return value;
    case "number":
      return Number.isFinite(value) ? String(value) : undefined;
    case "boolean":
      return value ? "true" : "false";
    default:
      return undefined;
  }
}

function normalise(value: unknown): ContextValue | undefined {
  if (typeof value === "string") return value;
  if (!Array.isArray(value)) return scalar(value);
  if (value.length === 0) return undefined;
  if (value.every((v) => typeof v === "string")) return value as string[];
  const out: string[] = [];
  for (const v of value) {
    const s = scalar(v);
    if (s !== undefined) out.push(s);
  }
  return out.length === 0 ? undefined : out;
}
