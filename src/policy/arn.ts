/**
 * ARNs and principals: splitting an ARN into its six parts, and telling what
 * kind of principal a request's principal string names.
 */

export interface Arn {
  partition: string;
  service: string;
  region: string;
  account: string;
  /** Everything after the fifth colon, colons included. */
  resource: string;
}

/** Splits `arn:partition:service:region:account:resource`, or undefined when not an ARN. */
export function parseArn(text: string): Arn | undefined {
  if (!text.startsWith("arn:")) return undefined;
  const parts: string[] = [];
  let from = 4;
  for (let i = 0; i < 4; i++) {
    const colon = text.indexOf(":", from);
    if (colon < 0) return undefined;
    parts.push(text.slice(from, colon));
    from = colon + 1;
  }
  const [partition, service, region, account] = parts as [string, string, string, string];
  return { partition, service, region, account, resource: text.slice(from) };
}

export type PrincipalType =
  | "Account"
  | "User"
  | "Role"
  | "AssumedRole"
  | "FederatedUser"
  | "Service"
  | "Federated"
  | "Anonymous"
  | "Other";

/** What a request's principal is, with the parts that principal matching needs. */
export interface PrincipalInfo {
  /** The principal as given ("" for anonymous). */
  text: string;
  type: PrincipalType;
  partition?: string;
  account?: string;
  /** User name, role name (for a role or an assumed role), or federated user name. */
  name?: string;
  /** For an assumed role: the session name. */
  session?: string;
}

const ANONYMOUS: PrincipalInfo = { text: "", type: "Anonymous" };

/** Principals seen recently: a request's principal repeats, and describing it parses an ARN. */
const described = new Map<string, PrincipalInfo>();
const DESCRIBED_LIMIT = 4096;

export function describePrincipal(principal: unknown): PrincipalInfo {
  if (typeof principal !== "string" || principal === "" || principal === "*") return ANONYMOUS;
  let info = described.get(principal);
  if (info === undefined) {
    info = Object.freeze(describe(principal));
    if (described.size >= DESCRIBED_LIMIT) described.clear();
    described.set(principal, info);
  }
  return info;
}

function describe(principal: string): PrincipalInfo {
  const arn = parseArn(principal);
  if (arn === undefined) {
    if (/^\d{12}$/.test(principal)) return { text: principal, type: "Account", account: principal };
    if (principal.endsWith(".amazonaws.com") || principal.endsWith(".amazonaws.com.cn")) {
      return { text: principal, type: "Service" };
    }
    return { text: principal, type: "Federated" };
  }
  const base = { text: principal, partition: arn.partition, account: arn.account };
  const res = arn.resource;
  if (arn.service === "iam") {
    if (res === "root") return { ...base, type: "Account" };
    if (res.startsWith("user/")) return { ...base, type: "User", name: lastSegment(res) };
    if (res.startsWith("role/")) return { ...base, type: "Role", name: lastSegment(res) };
    if (res.startsWith("saml-provider/") || res.startsWith("oidc-provider/")) {
      return { ...base, type: "Federated" };
    }
  }
  if (arn.service === "sts") {
    if (res.startsWith("assumed-role/")) {
      const [, role, ...session] = res.split("/");
      return { ...base, type: "AssumedRole", name: role ?? "", session: session.join("/") };
    }
    if (res.startsWith("federated-user/")) {
      return { ...base, type: "FederatedUser", name: res.slice("federated-user/".length) };
    }
  }
  return { ...base, type: "Other" };
}

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** The global condition keys AWS sets from the principal, when the request did not give them. */
export function principalContextValue(info: PrincipalInfo, lowerKey: string): string | undefined {
  switch (lowerKey) {
    case "aws:principalaccount":
      return info.account;
    case "aws:principalarn":
      if (info.type === "AssumedRole") {
        return `arn:${info.partition}:iam::${info.account}:role/${info.name}`;
      }
      return info.type === "Anonymous" || info.type === "Service" ? undefined : info.text;
    case "aws:principaltype":
      return info.type === "Anonymous" || info.type === "Service" || info.type === "Other"
        ? undefined
        : info.type;
    case "aws:username":
      return info.type === "User" ? info.name : undefined;
    default:
      return undefined;
  }
}
