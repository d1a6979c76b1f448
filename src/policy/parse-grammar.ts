/**
 * The grammar stage of validation: the element names and value shapes of
 * reference_policies_grammar.md. Whatever breaks it is reported through
 * `report` (IAM answers "Syntax errors in policy."); what fits is gathered
 * into a DocumentModel for the later stages.
 */
import type { JsonMember, JsonNode, JsonObject, JsonString } from "./json.js";
import { parseOperatorName } from "./condition/operator-name.js";

/** A place to report: a node or a key. */
export interface Span {
  start: JsonNode["start"];
  end: JsonNode["end"];
}

export type Report = (span: Span, statementIndex?: number) => void;

/** A string-or-array-of-strings element (Action, Resource…). */
export interface StringListModel {
  member: JsonMember;
  items: JsonString[];
}

export interface PrincipalEntry {
  /** AWS, Service, Federated or CanonicalUser. */
  type: string;
  values: JsonString[];
}

export interface PrincipalModel {
  member: JsonMember;
  star: boolean;
  entries: PrincipalEntry[];
}

export interface ConditionModel {
  operator: string;
  operatorMember: JsonMember;
  key: string;
  values: { text: string; node: JsonNode }[];
}

export interface StatementModel {
  index: number;
  node: JsonObject;
  sid?: JsonString;
  /** Present only when it is Allow or Deny in some letter case. */
  effect?: JsonString;
  action?: StringListModel;
  notAction?: StringListModel;
  resource?: StringListModel;
  notResource?: StringListModel;
  principal?: PrincipalModel;
  notPrincipal?: PrincipalModel;
  conditions: ConditionModel[];
}

export interface DocumentModel {
  version?: JsonString;
  id?: JsonString;
  statements: StatementModel[];
}

const TOP_ELEMENTS = new Set(["Version", "Id", "Statement"]);
const STATEMENT_ELEMENTS = new Set([
  "Sid",
  "Effect",
  "Action",
  "NotAction",
  "Resource",
  "NotResource",
  "Principal",
  "NotPrincipal",
  "Condition",
]);
export const PRINCIPAL_TYPES = new Set(["AWS", "Service", "Federated", "CanonicalUser"]);
const VERSIONS = new Set(["2012-10-17", "2008-10-17"]);
const EXCLUSIVE_PAIRS = [
  ["Action", "NotAction"],
  ["Resource", "NotResource"],
  ["Principal", "NotPrincipal"],
] as const;

function keySpan(member: JsonMember): Span {
  return { start: member.keyStart, end: member.keyEnd };
}

/** The first member of each name; later repeats are reported as duplicate keys by the JSON stage. */
function firstMembers(node: JsonObject): Map<string, JsonMember> {
  const members = new Map<string, JsonMember>();
  for (const member of node.members) if (!members.has(member.key)) members.set(member.key, member);
  return members;
}

export function readDocument(root: JsonNode, report: Report): DocumentModel {
  const model: DocumentModel = { statements: [] };
  if (root.kind !== "object") {
    report(root);
    return model;
  }
  const members = firstMembers(root);
  for (const member of root.members) if (!TOP_ELEMENTS.has(member.key)) report(keySpan(member));

  const version = members.get("Version");
  if (version !== undefined) {
    if (version.value.kind === "string" && VERSIONS.has(version.value.value)) {
      model.version = version.value;
    } else {
      report(version.value);
    }
  }
  const id = members.get("Id");
  if (id !== undefined) {
    if (id.value.kind === "string") model.id = id.value;
    else report(id.value);
  }

  const statement = members.get("Statement");
  if (statement === undefined) {
    report(root);
    return model;
  }
  const value = statement.value;
  if (value.kind === "object") {
    model.statements.push(readStatement(value, 0, report));
  } else if (value.kind === "array" && value.items.length > 0) {
    value.items.forEach((item, index) => {
      if (item.kind === "object") model.statements.push(readStatement(item, index, report));
      else report(item, index);
    });
  } else {
    report(value);
  }
  return model;
}

function readStatement(node: JsonObject, index: number, report: Report): StatementModel {
  const say = (span: Span): void => report(span, index);
  const statement: StatementModel = { index, node, conditions: [] };
  const members = firstMembers(node);
  for (const member of node.members) if (!STATEMENT_ELEMENTS.has(member.key)) say(keySpan(member));
  for (const [a, b] of EXCLUSIVE_PAIRS) {
    const second = members.get(b);
    if (members.has(a) && second !== undefined) say(keySpan(second));
  }

  const sid = members.get("Sid");
  if (sid !== undefined) {
    if (sid.value.kind === "string") statement.sid = sid.value;
    else say(sid.value);
  }

  const effect = members.get("Effect");
  if (effect === undefined) {
    say(node);
  } else if (effect.value.kind === "string" && /^(allow|deny)$/i.test(effect.value.value)) {
    statement.effect = effect.value;
  } else {
    say(effect.value);
  }

  statement.action = readStringList(members.get("Action"), say);
  statement.notAction = readStringList(members.get("NotAction"), say);
  statement.resource = readStringList(members.get("Resource"), say);
  statement.notResource = readStringList(members.get("NotResource"), say);
  statement.principal = readPrincipal(members.get("Principal"), say);
  statement.notPrincipal = readPrincipal(members.get("NotPrincipal"), say);

  const condition = members.get("Condition");
  if (condition !== undefined) statement.conditions = readCondition(condition.value, say);
  return statement;
}

function readStringList(
  member: JsonMember | undefined,
  say: (span: Span) => void,
): StringListModel | undefined {
  if (member === undefined) return undefined;
  const value = member.value;
  if (value.kind === "string") return { member, items: [value] };
  if (value.kind !== "array") {
    say(value);
    return undefined;
  }
  const items: JsonString[] = [];
  let ok = true;
  for (const item of value.items) {
    if (item.kind === "string") {
      items.push(item);
    } else {
      say(item);
      ok = false;
    }
  }
  return ok ? { member, items } : undefined;
}

function readPrincipal(
  member: JsonMember | undefined,
  say: (span: Span) => void,
): PrincipalModel | undefined {
  if (member === undefined) return undefined;
  const value = member.value;
  if (value.kind === "string") {
    if (value.value === "*") return { member, star: true, entries: [] };
    say(value);
    return undefined;
  }
  if (value.kind !== "object") {
    say(value);
    return undefined;
  }
  const entries: PrincipalEntry[] = [];
  let ok = true;
  for (const entry of value.members) {
    if (!PRINCIPAL_TYPES.has(entry.key)) {
      say(keySpan(entry));
      ok = false;
      continue;
    }
    const list = readStringList(entry, say);
    if (list === undefined) ok = false;
    else entries.push({ type: entry.key, values: list.items });
  }
  return ok ? { member, star: false, entries } : undefined;
}

function readCondition(node: JsonNode, say: (span: Span) => void): ConditionModel[] {
  if (node.kind !== "object") {
    say(node);
    return [];
  }
  const clauses: ConditionModel[] = [];
  for (const operatorMember of node.members) {
    const block = operatorMember.value;
    if (block.kind !== "object") {
      say(block);
      continue;
    }
    // IAM ignores an empty block, whatever its operator; a block with keys needs a known operator.
    if (block.members.length === 0) continue;
    if (parseOperatorName(operatorMember.key) === undefined) {
      say(keySpan(operatorMember));
      continue;
    }
    for (const keyMember of block.members) {
      const values = readConditionValues(keyMember.value, say);
      if (values !== undefined) {
        clauses.push({ operator: operatorMember.key, operatorMember, key: keyMember.key, values });
      }
    }
  }
  return clauses;
}

function scalarText(node: JsonNode): string | undefined {
  switch (node.kind) {
    case "string":
      return node.value;
    case "number":
      return node.raw;
    case "boolean":
      return node.value ? "true" : "false";
    default:
      return undefined;
  }
}

function readConditionValues(
  node: JsonNode,
  say: (span: Span) => void,
): { text: string; node: JsonNode }[] | undefined {
  const single = scalarText(node);
  if (single !== undefined) return [{ text: single, node }];
  if (node.kind !== "array") {
    say(node);
    return undefined;
  }
  const values: { text: string; node: JsonNode }[] = [];
  let ok = true;
  for (const item of node.items) {
    const text = scalarText(item);
    if (text === undefined) {
      say(item);
      ok = false;
    } else {
      values.push({ text, node: item });
    }
  }
  return ok ? values : undefined;
}
