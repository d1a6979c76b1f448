/**
 * The compact API model generated from AWS's Smithy models by
 * scripts/gen-api-model.ts: one file per service, shapes referenced by name.
 */

export interface ApiModel {
  service: ServiceInfo;
  /** By operation name, e.g. "CreateUser". */
  operations: Record<string, Operation>;
  /** By shape name without namespace, e.g. "userNameType". */
  shapes: Record<string, Shape>;
}

export interface ServiceInfo {
  /** "iam" or "sts": the signing name. */
  name: string;
  sdkId: string;
  /** The API version, e.g. "2010-05-08". */
  version: string;
  /** The namespace of every XML response, e.g. "https://iam.amazonaws.com/doc/2010-05-08/". */
  xmlNamespace: string;
}

export interface Operation {
  name: string;
  /** Name of the input structure shape; absent when the operation takes no parameters. */
  input?: string;
  /** Name of the output structure shape; absent when the operation returns nothing. */
  output?: string;
  /** The awsQuery result element, `<Name>Result`; present when there is an output. */
  resultWrapper?: string;
  /** Names of the error structure shapes the operation declares (sorted). */
  errors: string[];
}

export type Shape =
  | StringShape
  | EnumShape
  | NumberShape
  | BooleanShape
  | TimestampShape
  | BlobShape
  | ListShape
  | MapShape
  | StructureShape;

export interface StringShape {
  type: "string";
  /** Length in Unicode code points. */
  min?: number;
  max?: number;
  /** The Smithy pattern, verbatim (see pattern.ts for how it is applied). */
  pattern?: string;
  sensitive?: boolean;
}

export interface EnumShape {
  type: "enum";
  values: string[];
  sensitive?: boolean;
}

export interface NumberShape {
  type: "integer" | "long";
  min?: number;
  max?: number;
}

export interface BooleanShape {
  type: "boolean";
}

export interface TimestampShape {
  type: "timestamp";
}

export interface BlobShape {
  type: "blob";
  sensitive?: boolean;
}

export interface ListShape {
  type: "list";
  member: string;
  /** Element name in Query keys and XML: "member" unless the model says otherwise. */
  memberName: string;
  min?: number;
  max?: number;
}

export interface MapShape {
  type: "map";
  key: string;
  value: string;
  min?: number;
  max?: number;
}

export interface StructureShape {
  type: "structure";
  /** In model order, which is also the order AWS reports validation errors in. */
  members: Record<string, Member>;
  /** Present on error shapes. */
  error?: ErrorInfo;
}

export interface Member {
  target: string;
  required?: boolean;
}

export interface ErrorInfo {
  /** The awsQuery error code, e.g. "NoSuchEntity". */
  code: string;
  httpStatus: number;
  fault: "client" | "server";
}
