/**
 * Generates src/model/api/iam.json and sts.json from AWS's Smithy JSON models.
 *
 *   npx tsx scripts/gen-api-model.ts [models-dir]
 *
 * models-dir defaults to vendor/aws-models. The
 * output keeps only what the server needs: operations, input constraints,
 * output shapes and error codes. No documentation, examples or endpoint rules.
 * The generator fails on any Smithy trait it does not understand, so a model
 * update that changes the wire format cannot slip through silently.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";
import type { ApiModel, Member, Operation, Shape } from "../src/model/api/types.js";

interface SmithyRef {
  target: string;
}
interface SmithyMember extends SmithyRef {
  traits?: Record<string, unknown>;
}
interface SmithyShape {
  type: string;
  version?: string;
  members?: Record<string, SmithyMember>;
  member?: SmithyMember;
  key?: SmithyMember;
  value?: SmithyMember;
  input?: SmithyRef;
  output?: SmithyRef;
  errors?: SmithyRef[];
  operations?: SmithyRef[];
  traits?: Record<string, unknown>;
}
interface SmithyModel {
  shapes: Record<string, SmithyShape>;
}

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const defaultModelsDir = resolve(projectRoot, "vendor/aws-models");
export const outputDir = join(projectRoot, "src/model/api");

const SOURCES = [
  { file: "iam-2010-05-08.json", out: "iam.json" },
  { file: "sts-2011-06-15.json", out: "sts.json" },
];

/** Traits that carry nothing the server needs. */
const IGNORED_TRAITS = new Set([
  "smithy.api#documentation",
  "smithy.api#examples",
  "smithy.api#input",
  "smithy.api#output",
  "smithy.api#paginated",
  "smithy.api#suppress",
  "smithy.api#default",
  "smithy.api#deprecated",
  "smithy.api#title",
  "smithy.api#httpError",
  "smithy.waiters#waitable",
  "smithy.test#smokeTests",
]);

/** Traits read by the generator, by where they may appear. */
const SHAPE_TRAITS = new Set([
  "smithy.api#length",
  "smithy.api#pattern",
  "smithy.api#range",
  "smithy.api#sensitive",
  "smithy.api#error",
  "aws.protocols#awsQueryError",
]);
const MEMBER_TRAITS = new Set(["smithy.api#required", "smithy.api#enumValue"]);

const PRELUDE: Record<string, Shape> = {
  "smithy.api#String": { type: "string" },
  "smithy.api#Boolean": { type: "boolean" },
  "smithy.api#PrimitiveBoolean": { type: "boolean" },
  "smithy.api#Integer": { type: "integer" },
  "smithy.api#PrimitiveInteger": { type: "integer" },
  "smithy.api#Long": { type: "long" },
  "smithy.api#PrimitiveLong": { type: "long" },
  "smithy.api#Timestamp": { type: "timestamp" },
  "smithy.api#Blob": { type: "blob" },
};
const UNIT = "smithy.api#Unit";

function localName(id: string): string {
  const hash = id.indexOf("#");
  return hash < 0 ? id : id.slice(hash + 1);
}

function checkTraits(
  where: string,
  traits: Record<string, unknown> | undefined,
  allowed: Set<string>,
): void {
  for (const trait of Object.keys(traits ?? {})) {
    if (!IGNORED_TRAITS.has(trait) && !allowed.has(trait)) {
      throw new Error(`${where}: unsupported trait ${trait}`);
    }
  }
}

function numberField(value: unknown, field: string): number | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const n = (value as Record<string, unknown>)[field];
  return typeof n === "number" ? n : undefined;
}

function withBounds<T extends object>(shape: T, trait: unknown): T {
  const min = numberField(trait, "min");
  const max = numberField(trait, "max");
  return { ...shape, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

class Converter {
  readonly shapes = new Map<string, Shape>();
  private readonly idByName = new Map<string, string>();

  constructor(private readonly model: SmithyModel) {}

  /** Converts the shape (and everything it references) and returns its local name. */
  ref(id: string): string {
    const name = localName(id);
    const known = this.idByName.get(name);
    if (known !== undefined) {
      if (known !== id) throw new Error(`shape name collision: ${known} and ${id}`);
      return name;
    }
    this.idByName.set(name, id);
    const prelude = PRELUDE[id];
    if (prelude) {
      this.shapes.set(name, prelude);
      return name;
    }
    const source = this.model.shapes[id];
    if (!source) throw new Error(`unknown shape ${id}`);
    this.shapes.set(name, this.convert(id, source));
    return name;
  }

  private convert(id: string, s: SmithyShape): Shape {
    const t = s.traits ?? {};
    checkTraits(id, t, SHAPE_TRAITS);
    const sensitive = "smithy.api#sensitive" in t ? { sensitive: true } : {};
    switch (s.type) {
      case "string": {
        const pattern = t["smithy.api#pattern"];
        return withBounds(
          { type: "string", ...(typeof pattern === "string" ? { pattern } : {}), ...sensitive },
          t["smithy.api#length"],
        );
      }
      case "enum":
        return { type: "enum", values: this.enumValues(id, s), ...sensitive };
      case "integer":
      case "long":
        return withBounds({ type: s.type }, t["smithy.api#range"]);
      case "boolean":
      case "timestamp":
        return { type: s.type };
      case "blob":
        return { type: "blob", ...sensitive };
      case "list": {
        if (!s.member) throw new Error(`${id}: list without member`);
        checkTraits(`${id}$member`, s.member.traits, new Set());
        return withBounds(
          { type: "list", member: this.ref(s.member.target), memberName: "member" },
          t["smithy.api#length"],
        );
      }
      case "map": {
        if (!s.key || !s.value) throw new Error(`${id}: map without key or value`);
        checkTraits(`${id}$key`, s.key.traits, new Set());
        checkTraits(`${id}$value`, s.value.traits, new Set());
        return withBounds(
          { type: "map", key: this.ref(s.key.target), value: this.ref(s.value.target) },
          t["smithy.api#length"],
        );
      }
      case "structure":
        return { type: "structure", members: this.members(id, s), ...this.errorInfo(id, s) };
      default:
        throw new Error(`${id}: unsupported shape type ${s.type}`);
    }
  }

  private enumValues(id: string, s: SmithyShape): string[] {
    return Object.entries(s.members ?? {}).map(([name, m]) => {
      checkTraits(`${id}$${name}`, m.traits, MEMBER_TRAITS);
      const value = m.traits?.["smithy.api#enumValue"];
      return typeof value === "string" ? value : name;
    });
  }

  private members(id: string, s: SmithyShape): Record<string, Member> {
    const members: Record<string, Member> = {};
    for (const [name, m] of Object.entries(s.members ?? {})) {
      checkTraits(`${id}$${name}`, m.traits, MEMBER_TRAITS);
      const required = m.traits !== undefined && "smithy.api#required" in m.traits;
      members[name] = { target: this.ref(m.target), ...(required ? { required: true } : {}) };
    }
    return members;
  }

  private errorInfo(
    id: string,
    s: SmithyShape,
  ): Pick<Extract<Shape, { type: "structure" }>, "error"> {
    const t = s.traits ?? {};
    const fault = t["smithy.api#error"];
    if (fault === undefined) return {};
    if (fault !== "client" && fault !== "server") throw new Error(`${id}: bad error trait`);
    const query = t["aws.protocols#awsQueryError"];
    const queryCode =
      typeof query === "object" && query !== null
        ? (query as Record<string, unknown>)["code"]
        : undefined;
    const httpStatus =
      numberField(query, "httpResponseCode") ??
      (typeof t["smithy.api#httpError"] === "number" ? t["smithy.api#httpError"] : undefined) ??
      (fault === "client" ? 400 : 500);
    return {
      error: { code: typeof queryCode === "string" ? queryCode : localName(id), httpStatus, fault },
    };
  }
}

function sorted<T>(map: Map<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of [...map.keys()].sort()) out[key] = map.get(key) as T;
  return out;
}

export function generate(model: SmithyModel): ApiModel {
  const entries = Object.entries(model.shapes);
  const service = entries.find(([, s]) => s.type === "service");
  if (!service) throw new Error("no service shape");
  const [serviceId, svc] = service;
  const t = svc.traits ?? {};
  if (!("aws.protocols#awsQuery" in t)) throw new Error(`${serviceId}: not an awsQuery service`);
  const api = t["aws.api#service"] as { sdkId?: unknown } | undefined;
  const sigv4 = t["aws.auth#sigv4"] as { name?: unknown } | undefined;
  const ns = t["smithy.api#xmlNamespace"] as { uri?: unknown } | undefined;
  if (
    typeof api?.sdkId !== "string" ||
    typeof sigv4?.name !== "string" ||
    typeof ns?.uri !== "string" ||
    !svc.version
  ) {
    throw new Error(`${serviceId}: missing service traits`);
  }

  const converter = new Converter(model);
  const operations = new Map<string, Operation>();
  for (const { target } of svc.operations ?? []) {
    const op = model.shapes[target];
    if (op?.type !== "operation") throw new Error(`${target}: not an operation`);
    checkTraits(target, op.traits, new Set());
    const name = localName(target);
    const input = op.input && op.input.target !== UNIT ? converter.ref(op.input.target) : undefined;
    const output =
      op.output && op.output.target !== UNIT ? converter.ref(op.output.target) : undefined;
    operations.set(name, {
      name,
      ...(input === undefined ? {} : { input }),
      ...(output === undefined ? {} : { output, resultWrapper: `${name}Result` }),
      errors: (op.errors ?? []).map((e) => converter.ref(e.target)).sort(),
    });
  }
  return {
    service: { name: sigv4.name, sdkId: api.sdkId, version: svc.version, xmlNamespace: ns.uri },
    operations: sorted(operations),
    shapes: sorted(converter.shapes),
  };
}

/**
 * JSON with one line per operation and per shape, then passed through the
 * project's Prettier settings (which expands only the lines too long to fit),
 * so `prettier --check` accepts the generated files as they are.
 */
export async function formatModel(model: ApiModel, path: string): Promise<string> {
  const table = (record: Record<string, unknown>): string =>
    Object.entries(record)
      .map(([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`)
      .join(",\n");
  const text = [
    "{",
    `  "service": ${JSON.stringify(model.service)},`,
    `  "operations": {\n${table(model.operations)}\n  },`,
    `  "shapes": {\n${table(model.shapes)}\n  }`,
    "}",
    "",
  ].join("\n");
  const options = (await resolveConfig(path)) ?? {};
  return format(text, { ...options, parser: "json", filepath: path });
}

/** The generated files' text by file name ("iam.json", "sts.json"). */
export async function generateFiles(modelsDir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const { file, out } of SOURCES) {
    const model = JSON.parse(readFileSync(join(modelsDir, file), "utf8")) as SmithyModel;
    files.set(out, await formatModel(generate(model), join(outputDir, out)));
  }
  return files;
}

async function main(): Promise<void> {
  const modelsDir = resolve(process.argv[2] ?? defaultModelsDir);
  for (const [name, text] of await generateFiles(modelsDir)) {
    writeFileSync(join(outputDir, name), text);
    console.log(`wrote src/model/api/${name} (${text.length} bytes)`);
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
