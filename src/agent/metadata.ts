/**
 * The instance metadata tree, as IMDS lays it out: directories list their
 * entries one a line (subdirectories with a trailing slash), leaves are text
 * or JSON. Only what the agent knows is there; the iam/ branch exists only
 * while the agent has role credentials to serve, as on an instance without a
 * role.
 */
import { arch, networkInterfaces } from "node:os";
import type { HeldCredentials } from "./credentials.js";
import type { InstanceIdentity } from "./state.js";

export interface MetadataView {
  identity: InstanceIdentity;
  credentials: HeldCredentials | undefined;
}

type Node = { listing: () => string[] | undefined } | { leaf: () => string | undefined };

/** The architecture as EC2 names it. */
function architecture(): string {
  const a = arch();
  if (a === "x64") return "x86_64";
  if (a === "ia32") return "i386";
  return a;
}

/** The first non-internal IPv4 address of this machine, or null. */
function privateIp(): string | null {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === "IPv4" && !address.internal) return address.address;
    }
  }
  return null;
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

function tree(view: MetadataView): Map<string, Node> {
  const { identity, credentials } = view;
  const nodes = new Map<string, Node>();
  const dir = (path: string, entries: () => string[] | undefined) =>
    nodes.set(path, { listing: entries });
  const leaf = (path: string, value: () => string | undefined) => nodes.set(path, { leaf: value });

  dir("", () => ["latest"]);
  dir("/latest", () => ["dynamic", "meta-data"]);
  dir("/latest/meta-data", () =>
    credentials === undefined
      ? ["instance-id", "placement/"]
      : ["iam/", "instance-id", "placement/"],
  );
  leaf("/latest/meta-data/instance-id", () => identity.instanceId);
  dir("/latest/meta-data/placement", () => ["availability-zone", "region"]);
  leaf("/latest/meta-data/placement/availability-zone", () => `${identity.region}a`);
  leaf("/latest/meta-data/placement/region", () => identity.region);
  dir("/latest/meta-data/iam", () =>
    credentials === undefined ? undefined : ["info", "security-credentials/"],
  );
  leaf("/latest/meta-data/iam/info", () => {
    if (credentials === undefined) return undefined;
    const info: Record<string, string> = { Code: "Success", LastUpdated: credentials.lastUpdated };
    if (credentials.instanceProfileArn !== undefined) {
      info.InstanceProfileArn = credentials.instanceProfileArn;
    }
    if (credentials.instanceProfileId !== undefined) {
      info.InstanceProfileId = credentials.instanceProfileId;
    }
    return json(info);
  });
  dir("/latest/meta-data/iam/security-credentials", () =>
    credentials === undefined ? undefined : [credentials.roleName],
  );
  if (credentials !== undefined) {
    leaf(`/latest/meta-data/iam/security-credentials/${credentials.roleName}`, () =>
      json({
        Code: "Success",
        LastUpdated: credentials.lastUpdated,
        Type: "AWS-HMAC",
        AccessKeyId: credentials.accessKeyId,
        SecretAccessKey: credentials.secretAccessKey,
        Token: credentials.sessionToken,
        Expiration: credentials.expiration,
      }),
    );
  }
  dir("/latest/dynamic", () => ["instance-identity/"]);
  dir("/latest/dynamic/instance-identity", () => ["document"]);
  leaf("/latest/dynamic/instance-identity/document", () =>
    json({
      accountId: identity.accountId,
      architecture: architecture(),
      availabilityZone: `${identity.region}a`,
      billingProducts: null,
      devpayProductCodes: null,
      marketplaceProductCodes: null,
      imageId: null,
      instanceId: identity.instanceId,
      instanceType: null,
      kernelId: null,
      pendingTime: identity.launchedAt,
      privateIp: privateIp(),
      ramdiskId: null,
      region: identity.region,
      version: "2017-09-30",
    }),
  );
  return nodes;
}

/**
 * The body at a metadata path ("/latest/meta-data/instance-id"), or undefined
 * for a path that is not there. A trailing slash is allowed on any path, as
 * clients ask for "placement/availability-zone/" too.
 */
export function readMetadata(view: MetadataView, path: string): string | undefined {
  const key = path.replace(/\/+$/, "");
  const node = tree(view).get(key);
  if (node === undefined) return undefined;
  if ("leaf" in node) return node.leaf();
  return node.listing()?.join("\n");
}
