/**
 * Resource ARN checks, and the "legacy parser" checks IAM still runs: the
 * format errors carry the offending resource in their text; the legacy ones
 * all answer "The policy failed legacy parsing".
 */
import {
  IAM_RESOURCE_PATH,
  IAM_RESOURCE_PATH_STARTS,
  RESOURCE_VENDOR,
  iamRegion,
  notArnFormat,
  partitionNotValid,
  s3Region,
} from "./parse-messages.js";

export const PARTITIONS: ReadonlySet<string> = new Set([
  "aws",
  "aws-cn",
  "aws-us-gov",
  "aws-iso",
  "aws-iso-b",
  "aws-iso-e",
  "aws-iso-f",
  "aws-eusc",
]);

/** Splits at the first `sep`: [before, found, after], like Python's str.partition. */
function partition(text: string, sep: string): [string, boolean, string] {
  const at = text.indexOf(sep);
  return at < 0 ? [text, false, ""] : [text.slice(0, at), true, text.slice(at + sep.length)];
}

/** The format error IAM reports for one Resource/NotResource value, or undefined. */
export function resourceFormatError(resource: string): string | undefined {
  if (resource === "*") return undefined;
  const [, hasColon, afterArn] = partition(resource, ":");
  if (!hasColon) return notArnFormat(resource);
  const [partitionName, hasService, afterPartition] = partition(afterArn, ":");
  if (partitionName !== "*" && !PARTITIONS.has(partitionName)) {
    // IAM rebuilds the resource with "*" for the parts that are missing.
    const parts = afterPartition.split(":");
    const service = parts[0] !== "" || parts.length > 1 ? (parts[0] ?? "*") : "*";
    const region = parts[1] ?? "*";
    const account = parts[2] ?? "*";
    const rest = parts.length > 3 ? parts.slice(3).join(":") : "*";
    return partitionNotValid(
      partitionName,
      `arn:${partitionName}:${service}:${region}:${account}:${rest}`,
    );
  }
  if (!hasService) return RESOURCE_VENDOR;
  const [service, , afterService] = partition(afterPartition, ":");
  const [, , afterRegion] = partition(afterService, ":");
  const [account, , resourceId] = partition(afterRegion, ":");
  const hasRegion = !afterService.startsWith(":");
  if (service === "iam" && hasRegion) return iamRegion(resource);
  // Buckets and objects (no account part) have no region; access points, Access
  // Grants, batch jobs and the like do (AWS's CloudFront and SageMaker managed
  // policies name `arn:aws:s3:*:*:access-grants/...`).
  if (service === "s3" && hasRegion && account === "" && !resourceId.startsWith("accesspoint/")) {
    return s3Region(resource);
  }
  if (service === "iam" && resourceId !== "root" && resourceId !== "*") {
    if (!IAM_RESOURCE_PATH_STARTS.some((start) => resourceId.startsWith(start))) {
      return IAM_RESOURCE_PATH;
    }
  }
  return undefined;
}

/** False when the legacy parser refuses the resource: a short ARN with an empty part. */
export function legacyResourceOk(resource: string): boolean {
  if (resource === "*") return true;
  const colons = resource.split(":").length - 1;
  if (colons < 5 && resource.includes("::")) return false;
  const service = resource.split(":")[2];
  return service !== undefined && service !== "";
}
