/**
 * Checks an operation's input against the constraints of the API model, the
 * way AWS's services do, and words each failure as they do:
 *
 *   Value 'x' at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\w+=,.@-]+
 *   Value null at 'roleArn' failed to satisfy constraint: Member must not be null
 *   Value 'a b' at 'tags.1.member.value' failed to satisfy constraint: …
 *
 * Paths use the member names with the first letter lower-cased
 * (`SAMLMetadataDocument` → `sAMLMetadataDocument`), list elements as
 * `name.N.member` (1-based). Constraints are checked in model order: members
 * as declared, then for each value its pattern, length, range and enum.
 */
import { shapeOf } from "./api/load.js";
import { compilePattern } from "./api/pattern.js";
import type { ApiModel, ListShape, MapShape, Shape, StructureShape } from "./api/types.js";
import { invalidParameterValue, validationError, type InputError } from "./input-error.js";

/** Nesting deeper than this is not followed (IAM and STS inputs nest three levels at most). */
const MAX_DEPTH = 16;

export function memberPathName(member: string): string {
  return member.charAt(0).toLowerCase() + member.slice(1);
}

function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 === s.length) n++;
    else {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      n++;
    }
  }
  return n;
}

/** The value as AWS prints it between the quotes (Java `toString` style for collections). */
function show(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(show).join(", ")}]`;
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array)
    return `java.nio.HeapByteBuffer[pos=0 lim=${value.length} cap=${value.length}]`;
  if (value instanceof Map)
    return `{${[...value].map(([k, v]) => `${show(k)}=${show(v)}`).join(", ")}}`;
  if (typeof value === "object" && value !== null) {
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}: ${show(v)}`)
      .join(", ")}}`;
  }
  return String(value);
}

function isSensitive(shape: Shape): boolean {
  return "sensitive" in shape && shape.sensitive === true;
}

/**
 * Shapes whose value AWS leaves out of the message ("Value at '…'") though
 * the model does not mark them sensitive. Recorded (UpdateAccountPasswordPolicy).
 */
const UNECHOED_SHAPES = new Set([
  "minimumPasswordLengthType",
  "maxPasswordAgeType",
  "passwordReusePreventionType",
]);

/**
 * Structures whose members AWS checks in another order than the model's.
 * Recorded (UpdateAccountPasswordPolicy): passwordReusePrevention before maxPasswordAge.
 */
const MEMBER_ORDER: Record<string, readonly string[]> = {
  UpdateAccountPasswordPolicyRequest: ["MinimumPasswordLength", "PasswordReusePrevention"],
};

function orderedMembers<T>(structure: string | undefined, members: [string, T][]): [string, T][] {
  const first = structure === undefined ? undefined : MEMBER_ORDER[structure];
  if (first === undefined) return members;
  const rank = (name: string) => (first.includes(name) ? first.indexOf(name) : first.length);
  return [...members].sort((a, b) => rank(a[0]) - rank(b[0]));
}

class Checker {
  readonly violations: string[] = [];
  malformed: InputError | undefined;

  constructor(private readonly model: ApiModel) {}

  private fail(
    path: string,
    shape: Shape,
    value: unknown,
    constraint: string,
    hidden = false,
  ): void {
    const shown = hidden || isSensitive(shape) ? "Value" : `Value '${show(value)}'`;
    this.violations.push(`${shown} at '${path}' failed to satisfy constraint: ${constraint}`);
  }

  private wrongType(path: string, value: unknown, expected: string): undefined {
    this.malformed ??= invalidParameterValue(path, show(value), expected);
    return undefined;
  }

  /** Constraint messages for a scalar value, without the "Value … at …" part. */
  private scalarConstraints(shape: Shape, value: unknown, path: string): string[] | undefined {
    const out: string[] = [];
    switch (shape.type) {
      case "string": {
        if (typeof value !== "string") return this.wrongType(path, value, "a string");
        if (shape.pattern !== undefined && !compilePattern(shape.pattern).test(value)) {
          out.push(
            `Member must satisfy regular expression pattern: ${compilePattern(shape.pattern).text}`,
          );
        }
        const length = codePoints(value);
        if (shape.min !== undefined && length < shape.min) {
          out.push(`Member must have length greater than or equal to ${shape.min}`);
        }
        if (shape.max !== undefined && length > shape.max) {
          out.push(`Member must have length less than or equal to ${shape.max}`);
        }
        return out;
      }
      case "enum":
        if (typeof value !== "string") return this.wrongType(path, value, "a string");
        if (!shape.values.includes(value))
          out.push(`Member must satisfy enum value set: [${shape.values.join(", ")}]`);
        return out;
      case "integer":
      case "long":
        if (typeof value !== "number" || !Number.isInteger(value)) {
          return this.wrongType(path, value, "an integer");
        }
        if (shape.min !== undefined && value < shape.min) {
          out.push(`Member must have value greater than or equal to ${shape.min}`);
        }
        if (shape.max !== undefined && value > shape.max) {
          out.push(`Member must have value less than or equal to ${shape.max}`);
        }
        return out;
      case "boolean":
        if (typeof value !== "boolean") this.wrongType(path, value, "a boolean");
        return out;
      case "timestamp":
        if (!(value instanceof Date) || Number.isNaN(value.getTime()))
          this.wrongType(path, value, "a timestamp");
        return out;
      case "blob":
        if (!(value instanceof Uint8Array))
          this.wrongType(path, value, "base64-encoded binary data");
        return out;
      default:
        return undefined;
    }
  }

  check(shapeName: string, value: unknown, path: string, depth: number): void {
    if (depth > MAX_DEPTH || this.malformed) return;
    const shape = shapeOf(this.model, shapeName);
    switch (shape.type) {
      case "structure":
        return this.structure(shape, value, path, depth, shapeName);
      case "list":
        return this.list(shape, value, path, depth);
      case "map":
        return this.map(shape, value, path);
      default: {
        const failed = this.scalarConstraints(shape, value, path);
        const hidden = UNECHOED_SHAPES.has(shapeName);
        for (const constraint of failed ?? []) this.fail(path, shape, value, constraint, hidden);
      }
    }
  }

  structure(
    shape: StructureShape,
    value: unknown,
    path: string,
    depth: number,
    name?: string,
  ): void {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      return this.wrongType(path, value, "a structure");
    }
    const record = value as Record<string, unknown>;
    for (const [key, member] of orderedMembers(name, Object.entries(shape.members))) {
      const memberPath = path === "" ? memberPathName(key) : `${path}.${memberPathName(key)}`;
      const memberValue = Object.hasOwn(record, key) ? record[key] : undefined;
      if (memberValue === undefined || memberValue === null) {
        if (member.required) {
          this.violations.push(
            `Value null at '${memberPath}' failed to satisfy constraint: Member must not be null`,
          );
        }
        continue;
      }
      this.check(member.target, memberValue, memberPath, depth + 1);
    }
  }

  private list(shape: ListShape, value: unknown, path: string, depth: number): void {
    if (!Array.isArray(value)) return this.wrongType(path, value, "a list");
    if (shape.min !== undefined && value.length < shape.min) {
      this.fail(
        path,
        shape,
        value,
        `Member must have length greater than or equal to ${shape.min}`,
      );
    }
    if (shape.max !== undefined && value.length > shape.max) {
      this.fail(path, shape, value, `Member must have length less than or equal to ${shape.max}`);
    }
    value.forEach((element: unknown, i) => {
      const elementPath = `${path}.${i + 1}.${shape.memberName}`;
      if (element === undefined || element === null) {
        this.violations.push(
          `Value null at '${elementPath}' failed to satisfy constraint: Member must not be null`,
        );
      } else {
        this.check(shape.member, element, elementPath, depth + 1);
      }
    });
  }

  /** Maps are reported as a whole, as AWS does: "Map value must satisfy constraint: [ … ]". */
  private map(shape: MapShape, value: unknown, path: string): void {
    if (!(value instanceof Map)) return this.wrongType(path, value, "a map");
    if (shape.min !== undefined && value.size < shape.min) {
      this.fail(
        path,
        shape,
        value,
        `Member must have length greater than or equal to ${shape.min}`,
      );
    }
    if (shape.max !== undefined && value.size > shape.max) {
      this.fail(path, shape, value, `Member must have length less than or equal to ${shape.max}`);
    }
    const keyShape = shapeOf(this.model, shape.key);
    const valueShape = shapeOf(this.model, shape.value);
    const keyFailures = new Set<string>();
    const valueFailures = new Set<string>();
    for (const [k, v] of value as Map<unknown, unknown>) {
      for (const c of this.scalarConstraints(keyShape, k, path) ?? []) keyFailures.add(c);
      for (const c of this.scalarConstraints(valueShape, v, path) ?? []) valueFailures.add(c);
    }
    if (keyFailures.size > 0) {
      this.fail(
        path,
        shape,
        value,
        `Map keys must satisfy constraint: [${[...keyFailures].join(", ")}]`,
      );
    }
    if (valueFailures.size > 0) {
      this.fail(
        path,
        shape,
        value,
        `Map value must satisfy constraint: [${[...valueFailures].join(", ")}]`,
      );
    }
  }
}

/**
 * Validates `input` (member names as in the model: `UserName`, `Tags`…)
 * against the structure `shapeName`. Returns the error AWS would answer, or
 * undefined when the input is valid. A value of the wrong JavaScript type is
 * reported as InvalidParameterValue (the Query parser never produces one).
 */
export function validateInput(
  model: ApiModel,
  shapeName: string,
  input: unknown,
): InputError | undefined {
  const checker = new Checker(model);
  const shape = shapeOf(model, shapeName);
  if (shape.type !== "structure") throw new Error(`shape ${shapeName} is not a structure`);
  checker.structure(shape, input, "", 0, shapeName);
  if (checker.malformed) return checker.malformed;
  return checker.violations.length > 0 ? validationError(checker.violations) : undefined;
}
