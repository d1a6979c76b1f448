/**
 * The shape of principal values (reference_policies_elements_principal.md).
 * Only the form is checked here: whether an account, role or user exists is
 * the server's business. Wildcards are allowed only as the whole value "*"
 * of an AWS principal.
 */
import { PARTITIONS } from "./parse-resource.js";

/** How IAM names each principal type in "Invalid principal in policy" messages. */
export const PRINCIPAL_TYPE_LABELS: Readonly<Record<string, string>> = {
  AWS: "AWS",
  Service: "SERVICE",
  Federated: "FEDERATED",
  CanonicalUser: "CANONICAL_USER",
};

const ACCOUNT = /^\d{12}$/;
const ARN = /^arn:([^:]+):(iam|sts)::(\d{12}|aws):(.+)$/;
const SERVICE = /^[a-z0-9][a-z0-9.-]*\.(amazonaws\.com|amazonaws\.com\.cn|amazon\.com)$/;
const HOST = /^[A-Za-z0-9][A-Za-z0-9.-]*\.[A-Za-z]{2,}(\/[!-~]*)?$/;
const CANONICAL_USER = /^[0-9a-f]{64}$/i;

function hasWildcard(value: string): boolean {
  return value.includes("*") || value.includes("?");
}

function awsArnOk(value: string): boolean {
  const match = ARN.exec(value);
  if (match === null) return false;
  const [, partition = "", service, , resource = ""] = match;
  if (!PARTITIONS.has(partition)) return false;
  if (service === "iam") {
    return resource === "root" || /^(user|role)\/.+/.test(resource);
  }
  return /^assumed-role\/[^/]+\/.+$/.test(resource) || /^federated-user\/.+$/.test(resource);
}

function federatedArnOk(value: string): boolean {
  const match = ARN.exec(value);
  if (match === null) return false;
  const [, partition = "", service, , resource = ""] = match;
  return (
    PARTITIONS.has(partition) &&
    service === "iam" &&
    /^(saml-provider|oidc-provider)\/.+/.test(resource)
  );
}

/** True when `value` has the form of a principal of `type`. */
export function principalValueOk(type: string, value: string): boolean {
  switch (type) {
    case "AWS":
      if (value === "*") return true;
      if (hasWildcard(value)) return false;
      return ACCOUNT.test(value) || awsArnOk(value);
    case "Service":
      return !hasWildcard(value) && SERVICE.test(value);
    case "Federated":
      if (hasWildcard(value)) return false;
      return value.startsWith("arn:") ? federatedArnOk(value) : HOST.test(value);
    case "CanonicalUser":
      return CANONICAL_USER.test(value);
    default:
      return false;
  }
}
