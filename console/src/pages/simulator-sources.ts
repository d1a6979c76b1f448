/**
 * The policies a simulation reads, by the SourcePolicyId the simulator
 * answers with (src/iam/simulator-principal.ts and simulator-input.ts): a
 * managed policy's name (the part of its ARN after the last "/"),
 * `<user|group|role>_<entity>_<policy>` for an inline policy,
 * `PolicyInputList.N`, `PermissionsBoundaryPolicyInputList.1` and
 * `ResourcePolicy` for documents given in the request. Each with its
 * document text exactly as stored: MatchedStatements' line/column positions
 * count in that text.
 */
import { callIam } from "../api";
import { entityWords, listAll, policyDocument, type EntityKind } from "../lists";

export type SourceType = "IAM Policy" | "Permissions Boundary Policy" | "Resource Policy";

export interface SourcePolicy {
  id: string;
  type: SourceType;
  title: string;
  text: string;
}

async function entityPolicies(kind: EntityKind, name: string): Promise<SourcePolicy[]> {
  const { member, stem } = entityWords(kind);
  const who = { [member]: name };
  const out: SourcePolicy[] = [];
  for (const policyName of await listAll<string>(`List${stem}Policies`, "PolicyNames", who)) {
    const got = await callIam<{ PolicyDocument?: string }>(`Get${stem}Policy`, {
      ...who,
      PolicyName: policyName,
    });
    out.push({
      id: `${kind}_${name}_${policyName}`,
      type: "IAM Policy",
      title: `${policyName} (inline, ${kind} ${name})`,
      text: got.PolicyDocument ?? "",
    });
  }
  const attached = await listAll<{ PolicyArn: string; PolicyName: string }>(
    `ListAttached${stem}Policies`,
    "AttachedPolicies",
    who,
  );
  for (const p of attached) {
    out.push({
      id: p.PolicyName,
      type: "IAM Policy",
      title: `${p.PolicyName} (managed, attached to ${kind} ${name})`,
      text: await policyDocument(p.PolicyArn),
    });
  }
  return out;
}

/** A user's or role's permissions boundary, when it has one. */
async function storedBoundary(kind: EntityKind, name: string): Promise<SourcePolicy[]> {
  if (kind === "group") return [];
  const { member, stem } = entityWords(kind);
  const got = await callIam<
    Record<string, { PermissionsBoundary?: { PermissionsBoundaryArn?: string } }>
  >(`Get${stem}`, { [member]: name });
  const arn = got[stem]?.PermissionsBoundary?.PermissionsBoundaryArn;
  if (arn === undefined) return [];
  const policyName = arn.slice(arn.lastIndexOf("/") + 1);
  return [
    {
      id: policyName,
      type: "Permissions Boundary Policy",
      title: `${policyName} (permissions boundary of ${kind} ${name})`,
      text: await policyDocument(arn),
    },
  ];
}

/** A user's own policies, its groups' and its boundary; a group's or a role's own. */
export async function principalPolicies(kind: EntityKind, name: string): Promise<SourcePolicy[]> {
  const own = await entityPolicies(kind, name);
  if (kind === "user") {
    const groups = await listAll<{ GroupName: string }>("ListGroupsForUser", "Groups", {
      UserName: name,
    });
    for (const g of groups) own.push(...(await entityPolicies("group", g.GroupName)));
  }
  return [...own, ...(await storedBoundary(kind, name))];
}

/** The offset in `text` of a 1-based line and column (line breaks: \n, \r\n, \r, as the server counts). */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const lf = text.indexOf("\n", offset);
    const cr = text.indexOf("\r", offset);
    if (lf < 0 && cr < 0) return text.length;
    if (cr >= 0 && (lf < 0 || cr < lf)) offset = text[cr + 1] === "\n" ? cr + 2 : cr + 1;
    else offset = lf + 1;
  }
  return Math.min(text.length, offset + column - 1);
}

/** The condition keys a document's statements name (for a resource policy, read here). */
export function conditionKeysOf(text: string): string[] {
  const keys = new Set<string>();
  try {
    const doc = JSON.parse(text) as { Statement?: unknown };
    const statements = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
    for (const s of statements as { Condition?: Record<string, Record<string, unknown>> }[]) {
      for (const block of Object.values(s?.Condition ?? {})) {
        for (const key of Object.keys(block ?? {})) keys.add(key);
      }
    }
  } catch {
    // The server says what is wrong with it when the simulation runs.
  }
  return [...keys];
}
