/**
 * The catalogue file's encoding: JSON text, brotli-compressed at a fixed
 * quality (no timestamps in the format, so equal input gives equal bytes on a
 * given zlib build).
 */
import { brotliCompressSync, brotliDecompressSync, constants } from "node:zlib";
import { CATALOGUE_FORMAT, type AwsManagedPolicy, type CatalogueFile } from "./types.js";

export function encodeCatalogue(file: CatalogueFile): Buffer {
  const text = Buffer.from(JSON.stringify(file), "utf8");
  return brotliCompressSync(text, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_LGWIN]: 22,
      [constants.BROTLI_PARAM_SIZE_HINT]: text.length,
    },
  });
}

/** The JSON text inside an encoded catalogue. */
export function catalogueText(bytes: Uint8Array): string {
  return brotliDecompressSync(bytes).toString("utf8");
}

export function decodeCatalogue(bytes: Uint8Array): CatalogueFile {
  const value: unknown = JSON.parse(catalogueText(bytes));
  if (!isCatalogueFile(value)) {
    throw new Error("the AWS managed policy catalogue is not in the expected format");
  }
  return value;
}

function isCatalogueFile(value: unknown): value is CatalogueFile {
  if (!isObject(value) || value.format !== CATALOGUE_FORMAT) return false;
  const { source, policies } = value;
  return (
    isObject(source) &&
    typeof source.package === "string" &&
    typeof source.version === "string" &&
    Array.isArray(policies) &&
    policies.every(isPolicy)
  );
}

const STRING_FIELDS = [
  "name",
  "id",
  "arn",
  "path",
  "defaultVersionId",
  "createDate",
  "updateDate",
  "document",
] as const;

function isPolicy(value: unknown): value is AwsManagedPolicy {
  return (
    isObject(value) &&
    STRING_FIELDS.every((field) => typeof value[field] === "string") &&
    typeof value.isAttachable === "boolean" &&
    (value.description === undefined || typeof value.description === "string")
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
