/**
 * The generated IAM and STS API models, and Gatehouse's own (gatehouse.json,
 * written by hand in the same format: the instances API), with lookups. The
 * JSON is imported (not read from disk) so that `tsc` copies it into dist/
 * beside this module.
 */
import iamJson from "./iam.json" with { type: "json" };
import stsJson from "./sts.json" with { type: "json" };
import gatehouseJson from "./gatehouse.json" with { type: "json" };
import type { ApiModel, ErrorInfo, Operation, Shape, StructureShape } from "./types.js";

export type ServiceName = "iam" | "sts" | "gatehouse";

function asApiModel(json: unknown, name: ServiceName): ApiModel {
  const model = json as Partial<ApiModel> | null;
  if (
    model?.service?.name !== name ||
    typeof model.operations !== "object" ||
    typeof model.shapes !== "object"
  ) {
    throw new Error(`src/model/api/${name}.json is not an API model`);
  }
  return model as ApiModel;
}

export const iamModel: ApiModel = asApiModel(iamJson, "iam");
export const stsModel: ApiModel = asApiModel(stsJson, "sts");
export const gatehouseModel: ApiModel = asApiModel(gatehouseJson, "gatehouse");

const models: Record<ServiceName, ApiModel> = {
  iam: iamModel,
  sts: stsModel,
  gatehouse: gatehouseModel,
};

export function apiModel(service: ServiceName): ApiModel {
  return models[service];
}

/** The operation by its action name (`CreateUser`), or undefined for an unknown action. */
export function findOperation(model: ApiModel, action: string): Operation | undefined {
  return Object.hasOwn(model.operations, action) ? model.operations[action] : undefined;
}

/** The shape by name; throws if the model does not define it (a generator bug). */
export function shapeOf(model: ApiModel, name: string): Shape {
  const shape = Object.hasOwn(model.shapes, name) ? model.shapes[name] : undefined;
  if (!shape) throw new Error(`API model ${model.service.name} has no shape ${name}`);
  return shape;
}

export function structureOf(model: ApiModel, name: string): StructureShape {
  const shape = shapeOf(model, name);
  if (shape.type !== "structure") throw new Error(`shape ${name} is not a structure`);
  return shape;
}

/** The error shapes an operation declares, by awsQuery error code (`NoSuchEntity`). */
export function operationErrors(model: ApiModel, operation: Operation): Map<string, ErrorInfo> {
  const errors = new Map<string, ErrorInfo>();
  for (const name of operation.errors) {
    const info = structureOf(model, name).error;
    if (info) errors.set(info.code, info);
  }
  return errors;
}

/** Every error shape of the service, by awsQuery error code. */
export function serviceErrors(model: ApiModel): Map<string, ErrorInfo> {
  const errors = new Map<string, ErrorInfo>();
  for (const shape of Object.values(model.shapes)) {
    if (shape.type === "structure" && shape.error) errors.set(shape.error.code, shape.error);
  }
  return errors;
}
