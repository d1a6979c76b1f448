/**
 * What a policy that does not compile stands for when the caller asks
 * compile() to go on (CompileOptions.onInvalid): a stored document written by
 * an older version, or edited in the database. Gatehouse refuses such a
 * document at write time, so this is a last line, and it fails closed:
 *
 * - it never allows anything;
 * - a document whose statements all read as `"Effect": "Allow"` is left out
 *   (the principal keeps what its other policies allow);
 * - any other (a Deny statement, an effect that cannot be read, text that is
 *   not a policy at all) denies every action on every resource, since the
 *   deny it may hold cannot be read to be narrowed.
 *
 * A limiting group (permissions boundary, session policies, an SCP level)
 * stays in place even when all its policies are left out, so it allows
 * nothing rather than vanishing.
 */
import { compileActionPattern } from "./action.js";
import type { CompiledStatement, PolicyType } from "./compile.js";
import { parseJson } from "./json.js";
import { readDocument } from "./parse-grammar.js";
import { compilePrincipal } from "./principal.js";
import { compileResourcePattern } from "./resource.js";
import type { PolicyKind, Position } from "./types.js";

export interface UnreadableOwner {
  id: string;
  type: PolicyType;
  level: number;
  policyIndex: number;
  kind: PolicyKind;
}

/** The statements an unreadable policy compiles to: none, or one that denies everything. */
export function unreadablePolicyStatements(
  document: unknown,
  owner: UnreadableOwner,
): CompiledStatement[] {
  return onlyAllows(document) ? [] : [denyEverything(owner)];
}

function onlyAllows(document: unknown): boolean {
  let text: string | undefined;
  try {
    text = typeof document === "string" ? document : JSON.stringify(document);
  } catch {
    return false;
  }
  if (typeof text !== "string") return false;
  const parsed = parseJson(text);
  const root = parsed.value;
  if (root === undefined || parsed.duplicates.length > 0) return false;
  const model = readDocument(root, () => undefined);
  const statementCount = countStatements(root);
  return (
    model.statements.length === statementCount &&
    statementCount > 0 &&
    model.statements.every((s) => s.effect?.value === "Allow")
  );
}

/** How many statements the document holds, readable or not. */
function countStatements(root: NonNullable<ReturnType<typeof parseJson>["value"]>): number {
  if (root.kind !== "object") return 0;
  const member = root.members.find((m) => m.key === "Statement");
  if (member === undefined) return 0;
  const value = member.value;
  return value.kind === "array" ? value.items.length : 1;
}

const START: Position = { line: 1, column: 1, offset: 0 };

function denyEverything(owner: UnreadableOwner): CompiledStatement {
  const principalKind = owner.kind === "resource" || owner.kind === "trust";
  return {
    policyId: owner.id,
    policyType: owner.type,
    level: owner.level,
    policyIndex: owner.policyIndex,
    index: 0,
    sid: undefined,
    allow: false,
    actions: [compileActionPattern("*")],
    notAction: false,
    resources: [compileResourcePattern("*", "2012-10-17")],
    anyResource: true,
    notResource: false,
    principal: principalKind ? compilePrincipal("*") : undefined,
    notPrincipal: false,
    conditions: [],
    keys: [],
    start: START,
    end: START,
  };
}
