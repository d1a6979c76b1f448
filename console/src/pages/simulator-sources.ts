/**
 * The policies a simulation reads, by the SourcePolicyId the simulator
 * answers with: a managed policy's name, `<user|group|role>_<entity>_<policy>`
 * for an inline policy, `PolicyInputList.N` for a pasted one. Each with its
 * document text as stored, which the matched statements' positions count in.
 */
import { callIam } from "../api";
import { entityWords, listAll, policyDocument, type EntityKind } from "../lists";

export interface SourcePolicy {
  id: string;
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
      title: `${p.PolicyName} (managed, attached to ${kind} ${name})`,
      text: await policyDocument(p.PolicyArn),
    });
  }
  return out;
}

/** A user's own policies and its groups'; a group's or a role's own. */
export async function principalPolicies(kind: EntityKind, name: string): Promise<SourcePolicy[]> {
  const own = await entityPolicies(kind, name);
  if (kind !== "user") return own;
  const groups = await listAll<{ GroupName: string }>("ListGroupsForUser", "Groups", {
    UserName: name,
  });
  for (const g of groups) own.push(...(await entityPolicies("group", g.GroupName)));
  return own;
}

/** The offset in `text` of a 1-based line and column. */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf("\n", offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + column - 1);
}
