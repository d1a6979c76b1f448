/** One AWS managed policy, at its default version. */
export interface AwsManagedPolicy {
  readonly name: string;
  /** A stable id in AWS's form (ANPA + 17 characters); see scripts/gen-managed-policies.ts. */
  readonly id: string;
  readonly arn: string;
  /** "/", "/service-role/", "/aws-service-role/", "/job-function/", … */
  readonly path: string;
  readonly defaultVersionId: string;
  /** ISO 8601, as the source gives it (e.g. 2015-02-06T18:39:46.000Z). */
  readonly createDate: string;
  readonly updateDate: string;
  readonly isAttachable: boolean;
  readonly description?: string;
  /** The default version's document: minified JSON text, keys in their original order. */
  readonly document: string;
}

/** Where the catalogue came from, and how many policies it holds. */
export interface CatalogueInfo {
  readonly package: string;
  readonly version: string;
  readonly count: number;
}

/** The content of the committed file, before compression. */
export interface CatalogueFile {
  readonly format: typeof CATALOGUE_FORMAT;
  readonly source: { readonly package: string; readonly version: string };
  /** Sorted by name (UTF-16 code units). */
  readonly policies: readonly AwsManagedPolicy[];
}

export const CATALOGUE_FORMAT = 1;
/** Brotli-compressed JSON, beside this module in src/ and in dist/. */
export const CATALOGUE_FILE = "managed-policies.json.br";
