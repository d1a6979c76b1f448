/**
 * A small, strict (RFC 8259) JSON parser that keeps the place of every value
 * and object key, and reports keys repeated inside one object (JSON.parse
 * silently keeps the last one). It never throws and never recurses deeper than
 * `maxDepth` levels of arrays and objects.
 */
import type { Position } from "./types.js";

interface NodeBase {
  /** Where the value starts (its first character). */
  start: Position;
  /** Just after the value's last character. */
  end: Position;
}

export interface JsonObject extends NodeBase {
  kind: "object";
  /** Every member in document order, repeated keys included. */
  members: JsonMember[];
}

export interface JsonMember {
  key: string;
  /** The key's opening quote, and just after its closing quote. */
  keyStart: Position;
  keyEnd: Position;
  value: JsonNode;
}

export interface JsonArray extends NodeBase {
  kind: "array";
  items: JsonNode[];
}

export interface JsonString extends NodeBase {
  kind: "string";
  value: string;
}

export interface JsonNumber extends NodeBase {
  kind: "number";
  value: number;
  /** The number exactly as written. */
  raw: string;
}

export interface JsonBoolean extends NodeBase {
  kind: "boolean";
  value: boolean;
}

export interface JsonNull extends NodeBase {
  kind: "null";
}

export type JsonNode = JsonObject | JsonArray | JsonString | JsonNumber | JsonBoolean | JsonNull;

export interface JsonSyntaxError {
  message: string;
  position: Position;
}

/** A key that appears a second (or later) time in the same object. */
export interface JsonDuplicateKey {
  key: string;
  start: Position;
  end: Position;
  /** Where the first occurrence of the key starts. */
  firstStart: Position;
}

export interface ParseJsonResult {
  /** The document's value; absent when there is a syntax error. */
  value?: JsonNode;
  error?: JsonSyntaxError;
  duplicates: JsonDuplicateKey[];
}

export interface ParseJsonOptions {
  /** Deepest nesting of arrays and objects accepted; 64 when not given. */
  maxDepth?: number;
}

export const DEFAULT_MAX_DEPTH = 64;

/** Parses `text` as one JSON value surrounded by optional whitespace. */
export function parseJson(text: string, options: ParseJsonOptions = {}): ParseJsonResult {
  const parser = new Parser(text, options.maxDepth ?? DEFAULT_MAX_DEPTH);
  try {
    return parser.parseDocument();
  } catch (cause) {
    if (cause instanceof StopParsing) {
      return { error: cause.error, duplicates: parser.duplicates };
    }
    // Not reachable by design; kept so that no input can make this throw.
    return {
      error: { message: "Internal parser error", position: parser.position() },
      duplicates: parser.duplicates,
    };
  }
}

/** The matching node of the first member named `key`, if any. */
export function memberValue(node: JsonObject, key: string): JsonNode | undefined {
  for (const member of node.members) if (member.key === key) return member.value;
  return undefined;
}

class StopParsing {
  constructor(readonly error: JsonSyntaxError) {}
}

const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class Parser {
  private offset = 0;
  private line = 1;
  private lineStart = 0;
  readonly duplicates: JsonDuplicateKey[] = [];

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  position(): Position {
    return { line: this.line, column: this.offset - this.lineStart + 1, offset: this.offset };
  }

  parseDocument(): ParseJsonResult {
    this.skipWhitespace();
    const value = this.parseValue(0);
    this.skipWhitespace();
    if (this.offset < this.text.length) this.fail("Unexpected data after the JSON value");
    return { value, duplicates: this.duplicates };
  }

  private fail(message: string): never {
    throw new StopParsing({ message, position: this.position() });
  }

  private skipWhitespace(): void {
    const text = this.text;
    while (this.offset < text.length) {
      const c = text.charCodeAt(this.offset);
      if (c === 0x20 || c === 0x09) {
        this.offset++;
      } else if (c === 0x0a) {
        this.offset++;
        this.newLine();
      } else if (c === 0x0d) {
        this.offset++;
        if (text.charCodeAt(this.offset) === 0x0a) this.offset++;
        this.newLine();
      } else {
        return;
      }
    }
  }

  private newLine(): void {
    this.line++;
    this.lineStart = this.offset;
  }

  private parseValue(depth: number): JsonNode {
    const c = this.text[this.offset];
    switch (c) {
      case "{":
        return this.parseObject(depth + 1);
      case "[":
        return this.parseArray(depth + 1);
      case '"':
        return this.parseString();
      case "t":
      case "f": {
        const value = c === "t";
        const [start, end] = this.parseLiteral(value ? "true" : "false");
        return { kind: "boolean", value, start, end };
      }
      case "n": {
        const [start, end] = this.parseLiteral("null");
        return { kind: "null", start, end };
      }
      case undefined:
        return this.fail("Unexpected end of input");
      default:
        if (c === "-" || (c >= "0" && c <= "9")) return this.parseNumber();
        return this.fail(`Unexpected character ${JSON.stringify(c)}`);
    }
  }

  private enter(depth: number): void {
    if (depth > this.maxDepth) this.fail(`Nesting deeper than ${this.maxDepth} levels`);
  }

  private parseObject(depth: number): JsonObject {
    this.enter(depth);
    const start = this.position();
    this.offset++;
    const members: JsonMember[] = [];
    const seen = new Map<string, Position>();
    this.skipWhitespace();
    if (this.text[this.offset] === "}") {
      this.offset++;
      return { kind: "object", members, start, end: this.position() };
    }
    for (;;) {
      if (this.text[this.offset] !== '"') this.fail("Expected a string key");
      const keyNode = this.parseString();
      const first = seen.get(keyNode.value);
      if (first === undefined) {
        seen.set(keyNode.value, keyNode.start);
      } else {
        this.duplicates.push({
          key: keyNode.value,
          start: keyNode.start,
          end: keyNode.end,
          firstStart: first,
        });
      }
      this.skipWhitespace();
      if (this.text[this.offset] !== ":") this.fail("Expected ':' after a key");
      this.offset++;
      this.skipWhitespace();
      const value = this.parseValue(depth);
      members.push({ key: keyNode.value, keyStart: keyNode.start, keyEnd: keyNode.end, value });
      this.skipWhitespace();
      const next = this.text[this.offset];
      if (next === ",") {
        this.offset++;
        this.skipWhitespace();
      } else if (next === "}") {
        this.offset++;
        return { kind: "object", members, start, end: this.position() };
      } else {
        this.fail("Expected ',' or '}' in an object");
      }
    }
  }

  private parseArray(depth: number): JsonArray {
    this.enter(depth);
    const start = this.position();
    this.offset++;
    const items: JsonNode[] = [];
    this.skipWhitespace();
    if (this.text[this.offset] === "]") {
      this.offset++;
      return { kind: "array", items, start, end: this.position() };
    }
    for (;;) {
      items.push(this.parseValue(depth));
      this.skipWhitespace();
      const next = this.text[this.offset];
      if (next === ",") {
        this.offset++;
        this.skipWhitespace();
      } else if (next === "]") {
        this.offset++;
        return { kind: "array", items, start, end: this.position() };
      } else {
        this.fail("Expected ',' or ']' in an array");
      }
    }
  }

  private parseString(): JsonString {
    const text = this.text;
    const start = this.position();
    this.offset++;
    let value = "";
    let runStart = this.offset;
    for (;;) {
      if (this.offset >= text.length) this.fail("Unterminated string");
      const c = text.charCodeAt(this.offset);
      if (c === 0x22) {
        value += text.slice(runStart, this.offset);
        this.offset++;
        return { kind: "string", value, start, end: this.position() };
      }
      if (c < 0x20) this.fail("Control character in a string");
      if (c !== 0x5c) {
        this.offset++;
        continue;
      }
      value += text.slice(runStart, this.offset);
      const escape = text[this.offset + 1];
      if (escape === "u") {
        const hex = text.slice(this.offset + 2, this.offset + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail("Invalid \\u escape");
        value += String.fromCharCode(parseInt(hex, 16));
        this.offset += 6;
      } else {
        const replacement = escape === undefined ? undefined : ESCAPES[escape];
        if (replacement === undefined) this.fail("Invalid escape in a string");
        value += replacement;
        this.offset += 2;
      }
      runStart = this.offset;
    }
  }

  private parseNumber(): JsonNumber {
    const start = this.position();
    NUMBER.lastIndex = this.offset;
    const match = NUMBER.exec(this.text);
    if (match === null) this.fail("Invalid number");
    const raw = match[0];
    this.offset += raw.length;
    return { kind: "number", value: Number(raw), raw, start, end: this.position() };
  }

  private parseLiteral(word: string): [Position, Position] {
    if (!this.text.startsWith(word, this.offset)) this.fail("Invalid literal");
    const start = this.position();
    this.offset += word.length;
    return [start, this.position()];
  }
}
