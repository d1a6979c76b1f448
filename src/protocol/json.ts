/**
 * The console's JSON form of an action's input and output, driven by the
 * same API model as the Query protocol:
 *
 *   input   {"UserName": "alice", "Tags": [{"Key": "team", "Value": "blue"}]}
 *           becomes the Query parameters UserName=alice, Tags.member.1.Key=team, …
 *           so it is read and validated by exactly the Query path (query-input.ts);
 *   output  the action's result with the output shape's members only: lists
 *           as arrays, maps as objects, timestamps ISO 8601 to the second, blobs
 *           base64, and policy documents as plain JSON text (not URL-encoded).
 *
 * Members the input does not declare are ignored, as the Query protocol
 * ignores unknown parameters.
 */
import { findOperation, shapeOf } from "../model/api/load.js";
import type { ApiModel, Operation } from "../model/api/types.js";
import { invalidAction, invalidParameterValue, type InputError } from "../model/input-error.js";
import { formatTimestamp } from "./xml-text.js";

class Mismatch {
  constructor(readonly error: InputError) {}
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 64 ? `${text.slice(0, 61)}...` : text;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

class Flattener {
  readonly params = new Map<string, string>();
  constructor(private readonly model: ApiModel) {}

  add(shapeName: string, value: unknown, key: string): void {
    if (value === undefined || value === null) return;
    const shape = shapeOf(this.model, shapeName);
    switch (shape.type) {
      case "structure":
        if (!isObject(value)) throw this.mismatch(key, value, "an object");
        for (const [name, member] of Object.entries(shape.members)) {
          if (Object.hasOwn(value, name)) {
            this.add(member.target, value[name], key === "" ? name : `${key}.${name}`);
          }
        }
        return;
      case "list":
        if (!Array.isArray(value)) throw this.mismatch(key, value, "an array");
        if (value.length === 0) this.params.set(key, "");
        value.forEach((item, i) =>
          this.add(shape.member, item, `${key}.${shape.memberName}.${i + 1}`),
        );
        return;
      case "map": {
        if (!isObject(value)) throw this.mismatch(key, value, "an object");
        const entries = Object.entries(value);
        if (entries.length === 0) this.params.set(key, "");
        entries.forEach(([k, v], i) => {
          this.params.set(`${key}.entry.${i + 1}.key`, k);
          this.add(shape.value, v, `${key}.entry.${i + 1}.value`);
        });
        return;
      }
      default:
        if (typeof value === "string") this.params.set(key, value);
        else if (typeof value === "boolean") this.params.set(key, value ? "true" : "false");
        else if (typeof value === "number" && Number.isFinite(value)) {
          this.params.set(key, String(value));
        } else throw this.mismatch(key, value, `a ${shape.type}`);
    }
  }

  private mismatch(key: string, value: unknown, expected: string): Mismatch {
    return new Mismatch(invalidParameterValue(key || "input", describe(value), expected));
  }
}

/** The Query parameters of a JSON input to `action`, or the error AWS would answer. */
export function jsonQueryParams(
  model: ApiModel,
  action: string,
  body: unknown,
): { ok: true; params: Map<string, string> } | { ok: false; error: InputError } {
  const operation = findOperation(model, action);
  if (operation === undefined) {
    return { ok: false, error: invalidAction(action, model.service.version) };
  }
  const flat = new Flattener(model);
  try {
    if (operation.input !== undefined) flat.add(operation.input, body ?? {}, "");
    else if (body !== undefined && !isObject(body)) {
      throw new Mismatch(invalidParameterValue("input", describe(body), "an object"));
    }
  } catch (e) {
    if (e instanceof Mismatch) return { ok: false, error: e.error };
    throw e;
  }
  return { ok: true, params: flat.params };
}

function outputValue(model: ApiModel, shapeName: string, value: unknown, at: string): unknown {
  const shape = shapeOf(model, shapeName);
  switch (shape.type) {
    case "structure": {
      if (typeof value !== "object" || value === null) throw mismatch(at, "an object", value);
      const record = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [name, member] of Object.entries(shape.members)) {
        const child = record[name];
        if (child === undefined || child === null) continue;
        out[name] = outputValue(model, member.target, child, `${at}.${name}`);
      }
      return out;
    }
    case "list":
      if (!Array.isArray(value)) throw mismatch(at, "an array", value);
      return (value as unknown[])
        .filter((item) => item !== undefined && item !== null)
        .map((item, i) => outputValue(model, shape.member, item, `${at}[${i}]`));
    case "map": {
      if (typeof value !== "object" || value === null) throw mismatch(at, "a map", value);
      const entries: Iterable<[unknown, unknown]> =
        value instanceof Map ? value.entries() : Object.entries(value);
      const out: Record<string, unknown> = {};
      for (const [k, v] of entries) {
        if (v === undefined || v === null) continue;
        out[String(k)] = outputValue(model, shape.value, v, `${at}.${String(k)}`);
      }
      return out;
    }
    case "timestamp":
      if (value instanceof Date || typeof value === "number" || typeof value === "string") {
        return formatTimestamp(value);
      }
      throw mismatch(at, "a Date", value);
    case "blob":
      if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
      if (typeof value === "string") return Buffer.from(value, "utf8").toString("base64");
      throw mismatch(at, "a Uint8Array", value);
    case "boolean":
      if (typeof value !== "boolean") throw mismatch(at, "a boolean", value);
      return value;
    case "integer":
    case "long":
      if (typeof value !== "number" || !Number.isFinite(value)) {
        throw mismatch(at, "a number", value);
      }
      return value;
    default:
      if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
        throw mismatch(at, "a string", value);
      }
      return String(value);
  }
}

function mismatch(at: string, expected: string, value: unknown): TypeError {
  const got = value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
  return new TypeError(`response member ${at}: expected ${expected}, got ${got}`);
}

/**
 * The JSON answer of a successful call of `operation`: its output's members
 * (an empty object for an operation without output). Throws a TypeError when
 * a value does not fit its shape (a bug, answered as InternalFailure).
 */
export function renderJsonResult(
  model: ApiModel,
  operation: Operation,
  output: object | undefined,
): Record<string, unknown> {
  if (operation.output === undefined || output === undefined) return {};
  return outputValue(model, operation.output, output, operation.name) as Record<string, unknown>;
}
