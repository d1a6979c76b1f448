/**
 * Checks an operation's input against the constraints of the API model, the
 * way AWS's services do, and words each failure as they do:
 *
 *   Value 'x' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\w+=,.@-]*
 *   Value null at 'roleArn' failed to satisfy constraint: Member must not be null
 *   Value at 'tags.1.member.value' failed to satisfy constraint: …
 *
 * Paths use the member names with the first letter lower-cased
 * (`SAMLMetadataDocument` → `sAMLMetadataDocument`), list elements as
 * `name.N.member` (1-based). For each value: its pattern, length, range and
 * enum, in that order. Members are checked in the order AWS's validator
 * visits them (see `checkOrder`), not the model's.
 *
 * Whether the value is shown ("Value 'x' at") or left out ("Value at"):
 * IAM leaves it out for every member. Recorded (AWS, 2026, localstack's IAM
 * snapshots): path, versionId, url, tags, tags.N.member.key/value, tagKeys,
 * clientIDList, thumbprintList, minimumPasswordLength; policyArn both for a
 * short and a long ARN (2025 answers quoted by others) where a 2024 answer
 * still showed it. Older IAM answers showed values (e.g. roleName, 2019–2021):
 * AWS has since stopped. STS still shows them, except sensitive members.
 */
import { shapeOf } from "./api/load.js";
import { compilePattern } from "./api/pattern.js";
import type {
  ApiModel,
  ListShape,
  MapShape,
  Shape,
  StringShape,
  StructureShape,
} from "./api/types.js";
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

/** Services whose validation messages never show the value (see the file's comment). */
const VALUELESS_SERVICES = new Set(["iam"]);

/**
 * Lists of strings whose element AWS also declares "not null": its whole-list
 * message ends with "Member must not be null". Recorded (UntagPolicy's tagKeys);
 * clientIDList and thumbprintList (recorded) do not have it.
 */
const NON_NULL_ELEMENT_LISTS = new Set(["tagKeyListType"]);

/**
 * Paths (`Path`, `NewPath` of users, groups, roles, instance profiles, MFA
 * devices) are not held to the model's pattern here: IAM answers a path that
 * does not begin and end with "/" in words of its own (errors.ts
 * `invalidPath`, checked by the actions), after the model's length check.
 * Recorded (CreateVirtualMFADevice, AWS, 2026): "/invalid-path" and
 * "invalid-path/" answer IAM's words; a path of 514 characters
 * "Value at 'path' failed to satisfy constraint: Member must have length less
 * than or equal to 512".
 */
const OWN_PATH_CHECK = /(?:^|\.)(?:path|newPath)$/;
const PATTERN_RULE = "Member must satisfy regular expression pattern: ";

function javaHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

/**
 * The order in which AWS checks a structure's members: that of a Java
 * HashMap keyed by the members' path names (bucket by bucket, the model's
 * order within one). Recorded twice: UpdateAccountPasswordPolicy answers
 * minimumPasswordLength, passwordReusePrevention, maxPasswordAge;
 * CreateOpenIDConnectProvider clientIDList, thumbprintList, url — both what
 * such a map gives, neither the model's order.
 */
function checkOrder<T>(members: [string, T][]): [string, T][] {
  let buckets = 16;
  while (members.length > buckets * 0.75) buckets *= 2;
  const bucket = (name: string) => {
    const h = javaHash(memberPathName(name));
    return (h ^ (h >>> 16)) & (buckets - 1);
  };
  return members
    .map((m, i) => ({ m, i, b: bucket(m[0]) }))
    .sort((x, y) => x.b - y.b || x.i - y.i)
    .map((e) => e.m);
}

class Checker {
  readonly violations: string[] = [];
  malformed: InputError | undefined;

  private readonly showValues: boolean;

  constructor(private readonly model: ApiModel) {
    this.showValues = !VALUELESS_SERVICES.has(model.service.name);
  }

  private fail(
    path: string,
    shape: Shape,
    value: unknown,
    constraint: string,
    hidden = false,
  ): void {
    const shown =
      hidden || !this.showValues || isSensitive(shape) ? "Value" : `Value '${show(value)}'`;
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
          out.push(`${PATTERN_RULE}${compilePattern(shape.pattern).text}`);
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
        return this.structure(shape, value, path, depth);
      case "list":
        return this.list(shape, value, path, depth, shapeName);
      case "map":
        return this.map(shape, value, path);
      default: {
        let failed = this.scalarConstraints(shape, value, path);
        if (shapeName === "pathType" && OWN_PATH_CHECK.test(path)) {
          failed = failed?.filter((c) => !c.startsWith(PATTERN_RULE));
        }
        for (const constraint of failed ?? []) this.fail(path, shape, value, constraint);
      }
    }
  }

  structure(shape: StructureShape, value: unknown, path: string, depth: number): void {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      return this.wrongType(path, value, "a structure");
    }
    const record = value as Record<string, unknown>;
    for (const [key, member] of checkOrder(Object.entries(shape.members))) {
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

  private list(shape: ListShape, value: unknown, path: string, depth: number, name: string): void {
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
    const member = shapeOf(this.model, shape.member);
    if (member.type === "string") return this.stringList(member, value, path, name);
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

  /**
   * A list of strings is reported once, as a whole, when any element breaks
   * a rule, naming every rule of its element (recorded: tagKeys,
   * clientIDList, thumbprintList):
   * "Value at 'tagKeys' failed to satisfy constraint: Member must satisfy
   * constraint: [Member must have length less than or equal to 128, Member
   * must have length greater than or equal to 1, Member must satisfy regular
   * expression pattern: …, Member must not be null]".
   */
  private stringList(member: StringShape, value: unknown[], path: string, name: string): void {
    let broken = false;
    for (const element of value) {
      const failed = this.scalarConstraints(member, element, path);
      if (failed === undefined || this.malformed) return;
      if (failed.length > 0) broken = true;
    }
    if (!broken) return;
    const rules: string[] = [];
    if (member.max !== undefined)
      rules.push(`Member must have length less than or equal to ${member.max}`);
    if (member.min !== undefined)
      rules.push(`Member must have length greater than or equal to ${member.min}`);
    if (member.pattern !== undefined) {
      rules.push(
        `Member must satisfy regular expression pattern: ${compilePattern(member.pattern).text}`,
      );
    }
    if (NON_NULL_ELEMENT_LISTS.has(name)) rules.push("Member must not be null");
    this.fail(path, member, value, `Member must satisfy constraint: [${rules.join(", ")}]`);
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
  checker.structure(shape, input, "", 0);
  if (checker.malformed) return checker.malformed;
  return checker.violations.length > 0 ? validationError(checker.violations) : undefined;
}
