/**
 * Successful Query responses, driven by the operation's output shape:
 *
 *   <GetUserResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
 *     <GetUserResult>
 *       <User>
 *         <Path>/</Path>
 *         …
 *       </User>
 *     </GetUserResult>
 *     <ResponseMetadata>
 *       <RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId>
 *     </ResponseMetadata>
 *   </GetUserResponse>
 *
 * Laid out as IAM and STS send it: no XML declaration, two-space indent, one
 * element a line, a final newline. Members come in the model's order (AWS's
 * own order differs between operations; no client depends on it); absent
 * (undefined or null) members are left out. Lists are `<member>` elements,
 * maps `<entry><key/><value/></entry>`, timestamps whole-second ISO 8601 UTC,
 * blobs base64, and strings of the shape `policyDocumentType` URL-encoded.
 * Plain string building: no DOM, nothing parsed per call.
 */
import { shapeOf } from "../model/api/load.js";
import type {
  ApiModel,
  ListShape,
  MapShape,
  Operation,
  StructureShape,
} from "../model/api/types.js";
import { encodePolicyDocument, escapeXml, formatTimestamp } from "./xml-text.js";

/** IAM's shape for policy documents, which it returns URL-encoded. */
export const POLICY_DOCUMENT_SHAPE = "policyDocumentType";

const INDENT: string[] = [];
function indent(depth: number): string {
  let pad = INDENT[depth];
  if (pad === undefined) {
    pad = "  ".repeat(depth);
    INDENT[depth] = pad;
  }
  return pad;
}

class Writer {
  out = "";
  constructor(private readonly model: ApiModel) {}

  /** Writes each present member of `value` as an element at `depth`; returns whether any was. */
  members(shape: StructureShape, value: object, depth: number): boolean {
    const record = value as Record<string, unknown>;
    let wrote = false;
    for (const name in shape.members) {
      const child = record[name];
      if (child === undefined || child === null) continue;
      this.element(name, (shape.members[name] as { target: string }).target, child, depth);
      wrote = true;
    }
    return wrote;
  }

  element(tag: string, shapeName: string, value: unknown, depth: number): void {
    const shape = shapeOf(this.model, shapeName);
    const pad = indent(depth);
    switch (shape.type) {
      case "structure": {
        if (typeof value !== "object" || value === null) throw mismatch(tag, "an object", value);
        const open = this.out.length;
        this.out += `${pad}<${tag}>\n`;
        if (this.members(shape, value, depth + 1)) this.out += `${pad}</${tag}>\n`;
        else this.out = this.out.slice(0, open) + `${pad}<${tag}/>\n`;
        return;
      }
      case "list":
        return this.list(tag, shape, value, depth);
      case "map":
        return this.map(tag, shape, value, depth);
      default: {
        const text = this.scalar(tag, shapeName, shape.type, value);
        this.out += `${pad}<${tag}>${text}</${tag}>\n`;
      }
    }
  }

  private list(tag: string, shape: ListShape, value: unknown, depth: number): void {
    if (!Array.isArray(value)) throw mismatch(tag, "an array", value);
    const pad = indent(depth);
    if (value.length === 0) {
      this.out += `${pad}<${tag}/>\n`;
      return;
    }
    this.out += `${pad}<${tag}>\n`;
    for (const item of value as unknown[]) {
      if (item === undefined || item === null) continue;
      this.element(shape.memberName, shape.member, item, depth + 1);
    }
    this.out += `${pad}</${tag}>\n`;
  }

  private map(tag: string, shape: MapShape, value: unknown, depth: number): void {
    if (typeof value !== "object" || value === null)
      throw mismatch(tag, "a Map or an object", value);
    const entries: Iterable<[unknown, unknown]> =
      value instanceof Map ? value.entries() : Object.entries(value);
    const pad = indent(depth);
    const inner = indent(depth + 1);
    const open = this.out.length;
    this.out += `${pad}<${tag}>\n`;
    let wrote = false;
    for (const [key, item] of entries) {
      if (item === undefined || item === null) continue;
      this.out += `${inner}<entry>\n`;
      this.element("key", shape.key, key, depth + 2);
      this.element("value", shape.value, item, depth + 2);
      this.out += `${inner}</entry>\n`;
      wrote = true;
    }
    if (wrote) this.out += `${pad}</${tag}>\n`;
    else this.out = this.out.slice(0, open) + `${pad}<${tag}/>\n`;
  }

  private scalar(tag: string, shapeName: string, type: string, value: unknown): string {
    switch (type) {
      case "timestamp":
        if (value instanceof Date || typeof value === "number" || typeof value === "string")
          return formatTimestamp(value);
        throw mismatch(tag, "a Date", value);
      case "boolean":
        if (typeof value !== "boolean") throw mismatch(tag, "a boolean", value);
        return value ? "true" : "false";
      case "integer":
      case "long":
        if (typeof value !== "number" || !Number.isFinite(value))
          throw mismatch(tag, "a number", value);
        return String(value);
      case "blob":
        if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
        if (typeof value === "string") return Buffer.from(value, "utf8").toString("base64");
        throw mismatch(tag, "a Uint8Array", value);
      default: {
        if (typeof value !== "string") {
          if (typeof value !== "number" && typeof value !== "boolean")
            throw mismatch(tag, "a string", value);
        }
        const text = String(value);
        return escapeXml(shapeName === POLICY_DOCUMENT_SHAPE ? encodePolicyDocument(text) : text);
      }
    }
  }
}

function mismatch(tag: string, expected: string, value: unknown): TypeError {
  const got = value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
  return new TypeError(`response member ${tag}: expected ${expected}, got ${got}`);
}

/**
 * The response document for a successful call of `operation`. `output` is the
 * operation's result keyed by member name (ignored for an operation without
 * output). Throws a TypeError when a value does not fit its shape (a bug in
 * the operation, to be answered as InternalFailure).
 */
export function renderResult(
  model: ApiModel,
  operation: Operation,
  output: object | undefined,
  requestId: string,
): string {
  const root = `${operation.name}Response`;
  const writer = new Writer(model);
  writer.out = `<${root} xmlns="${model.service.xmlNamespace}">\n`;
  if (operation.output !== undefined) {
    const wrapper = operation.resultWrapper ?? `${operation.name}Result`;
    const shape = shapeOf(model, operation.output);
    if (shape.type !== "structure")
      throw new Error(`output ${operation.output} is not a structure`);
    const open = writer.out.length;
    writer.out += `  <${wrapper}>\n`;
    if (output && writer.members(shape, output, 2)) writer.out += `  </${wrapper}>\n`;
    else writer.out = writer.out.slice(0, open) + `  <${wrapper}/>\n`;
  }
  return (
    writer.out +
    "  <ResponseMetadata>\n" +
    `    <RequestId>${escapeXml(requestId)}</RequestId>\n` +
    "  </ResponseMetadata>\n" +
    `</${root}>\n`
  );
}
