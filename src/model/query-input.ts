/**
 * Reads an AWS Query request's form parameters into an operation's input, as
 * the awsQuery protocol serializes it:
 *
 *   UserName=alice                       string, enum
 *   MaxItems=100                         integer, long
 *   PasswordResetRequired=true           boolean
 *   Tags.member.1.Key=k                  list of structures (1-based indices)
 *   ClientIDList.member.1=a              list of scalars; `ClientIDList=` is an empty list
 *   Attributes.entry.1.key=k             map (`.entry.N.key` / `.entry.N.value`)
 *   Parent.Child=x                       nested structure
 *   Since=2024-01-01T00:00:00Z           timestamp (ISO 8601), blob (base64)
 *
 * then validates it with AWS's rules and messages (validate-input.ts).
 * Parameters the input does not declare (Action, Version, signature fields,
 * anything unknown) are ignored. Never throws; the work is linear in the size
 * of the parameters and list indices are bounded.
 */
import { findOperation, shapeOf } from "./api/load.js";
import type {
  ApiModel,
  ListShape,
  MapShape,
  Operation,
  Shape,
  StructureShape,
} from "./api/types.js";
import { invalidAction, invalidParameterValue, type InputError } from "./input-error.js";
import { validateInput } from "./validate-input.js";

export type QueryParams = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

export type QueryInputResult =
  | { ok: true; operation: Operation; input: Record<string, unknown> }
  | { ok: false; error: InputError };

/** List and map indices above this are refused (the largest list in IAM/STS allows 200 elements). */
export const MAX_LIST_INDEX = 1000;
/** Keys with more dot-separated parts than this cannot name any input member and are ignored. */
const MAX_KEY_PARTS = 12;
const INT32 = { min: -2147483648, max: 2147483647 };
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})$/i;

/** The parameters as a tree on their dot-separated parts. */
interface Node {
  value?: string;
  children: Map<string, Node>;
}

function buildTree(params: QueryParams): Node {
  const root: Node = { children: new Map() };
  const entries: Iterable<[string, string]> =
    params instanceof Map ? params.entries() : Object.entries(params as Record<string, string>);
  for (const [key, value] of entries) {
    if (typeof key !== "string" || typeof value !== "string") continue;
    const parts = key.split(".", MAX_KEY_PARTS + 1);
    if (parts.length > MAX_KEY_PARTS) continue;
    let node = root;
    for (const part of parts) {
      let child = node.children.get(part);
      if (!child) {
        child = { children: new Map() };
        node.children.set(part, child);
      }
      node = child;
    }
    node.value = value;
  }
  return root;
}

class Malformed {
  constructor(readonly error: InputError) {}
}

class Reader {
  constructor(private readonly model: ApiModel) {}

  read(shapeName: string, node: Node, key: string): unknown {
    const shape = shapeOf(this.model, shapeName);
    switch (shape.type) {
      case "structure":
        return this.structure(shape, node, key);
      case "list":
        return this.list(shape, node, key);
      case "map":
        return this.map(shape, node, key);
      default:
        return node.value === undefined ? undefined : this.scalar(shape, node.value, key);
    }
  }

  structure(shape: StructureShape, node: Node, key: string): Record<string, unknown> | undefined {
    const out: Record<string, unknown> = {};
    let found = false;
    for (const [name, member] of Object.entries(shape.members)) {
      const child = node.children.get(name);
      if (!child) continue;
      const value = this.read(member.target, child, key === "" ? name : `${key}.${name}`);
      if (value !== undefined) {
        out[name] = value;
        found = true;
      }
    }
    return found || key === "" ? out : undefined;
  }

  /** The children `1`, `2`, … of a node, in index order; gaps are closed up. */
  private indexed(node: Node | undefined, key: string): Node[] {
    if (!node) return [];
    const items: [number, Node][] = [];
    for (const [part, child] of node.children) {
      if (!/^[1-9]\d*$/.test(part)) continue;
      const index = part.length > 9 ? Infinity : Number(part);
      if (index > MAX_LIST_INDEX) {
        throw new Malformed(
          invalidParameterValue(
            `${key}.${part}`,
            child.value ?? "",
            `indexed from 1 to ${MAX_LIST_INDEX}`,
          ),
        );
      }
      items.push([index, child]);
    }
    return items.sort((a, b) => a[0] - b[0]).map(([, child]) => child);
  }

  private list(shape: ListShape, node: Node, key: string): unknown[] | undefined {
    const members = node.children.get(shape.memberName);
    if (!members) return node.value === undefined ? undefined : [];
    const listKey = `${key}.${shape.memberName}`;
    return this.indexed(members, listKey).map((child, i) =>
      this.read(shape.member, child, `${listKey}.${i + 1}`),
    );
  }

  private map(shape: MapShape, node: Node, key: string): Map<unknown, unknown> | undefined {
    const entries = node.children.get("entry");
    if (!entries) return node.value === undefined ? undefined : new Map();
    const out = new Map<unknown, unknown>();
    this.indexed(entries, `${key}.entry`).forEach((child, i) => {
      const entryKey = `${key}.entry.${i + 1}`;
      const k = child.children.get("key");
      if (k?.value === undefined) return;
      const v = child.children.get("value");
      out.set(
        this.read(shape.key, k, `${entryKey}.key`),
        v ? this.read(shape.value, v, `${entryKey}.value`) : undefined,
      );
    });
    return out;
  }

  private scalar(shape: Shape, text: string, key: string): unknown {
    switch (shape.type) {
      case "integer":
      case "long": {
        const n = /^[+-]?\d{1,19}$/.test(text) ? Number(text) : NaN;
        const [min, max] =
          shape.type === "integer"
            ? [INT32.min, INT32.max]
            : [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
        if (!Number.isInteger(n) || n < min || n > max)
          throw new Malformed(invalidParameterValue(key, text, "an integer"));
        return n;
      }
      case "boolean": {
        const lower = text.toLowerCase();
        if (lower !== "true" && lower !== "false")
          throw new Malformed(invalidParameterValue(key, text, "true or false"));
        return lower === "true";
      }
      case "timestamp": {
        const time = ISO_8601.test(text) ? Date.parse(text) : NaN;
        if (Number.isNaN(time))
          throw new Malformed(invalidParameterValue(key, text, "an ISO 8601 timestamp"));
        return new Date(time);
      }
      case "blob":
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text))
          throw new Malformed(invalidParameterValue(key, text, "base64-encoded"));
        return new Uint8Array(Buffer.from(text, "base64"));
      default:
        return text;
    }
  }
}

/** Reads the input of `operation` from `params` without validating it. */
export function readQueryInput(
  model: ApiModel,
  operation: Operation,
  params: QueryParams,
): { ok: true; input: Record<string, unknown> } | { ok: false; error: InputError } {
  if (operation.input === undefined) return { ok: true, input: {} };
  const shape = shapeOf(model, operation.input);
  if (shape.type !== "structure") throw new Error(`input ${operation.input} is not a structure`);
  try {
    return { ok: true, input: new Reader(model).structure(shape, buildTree(params), "") ?? {} };
  } catch (e) {
    if (e instanceof Malformed) return { ok: false, error: e.error };
    throw e;
  }
}

/**
 * Reads and validates the input of the action named `action` (the request's
 * `Action` parameter). Returns the typed input — lists as arrays, maps as
 * Maps, numbers, booleans, Dates — or the error AWS answers.
 */
export function parseQueryInput(
  model: ApiModel,
  action: string,
  params: QueryParams,
): QueryInputResult {
  const operation = findOperation(model, action);
  if (!operation) return { ok: false, error: invalidAction(action, model.service.version) };
  const read = readQueryInput(model, operation, params);
  if (!read.ok) return read;
  const error =
    operation.input === undefined ? undefined : validateInput(model, operation.input, read.input);
  return error ? { ok: false, error } : { ok: true, operation, input: read.input };
}
