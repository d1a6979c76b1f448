/**
 * The checks IAM runs after the grammar, one function per stage, in the
 * order IAM runs them (IAM stops at the first failing stage; we report them
 * all, the first stage's first).
 */
import type { JsonMember, JsonObject } from "./json.js";
import type { PolicyKind, PolicyVersion } from "./types.js";
import type { DocumentModel, Span, StatementModel, StringListModel } from "./parse-grammar.js";
import { parseOperatorName } from "./condition/operator-name.js";
import { parsePolicyDate } from "./condition/date.js";
import { compileCondition } from "./condition/index.js";
import { legacyResourceOk, resourceFormatError } from "./parse-resource.js";
import { PRINCIPAL_TYPE_LABELS, principalValueOk } from "./parse-principal.js";
import * as m from "./parse-messages.js";

export type Add = (message: string, span?: Span, statementIndex?: number) => void;

export interface CheckContext {
  kind: PolicyKind;
  root: JsonObject;
  model: DocumentModel;
  add: Add;
}

function keySpan(member: JsonMember): Span {
  return { start: member.keyStart, end: member.keyEnd };
}

function findMember(node: JsonObject, key: string): JsonMember | undefined {
  return node.members.find((member) => member.key === key);
}

/** Kinds whose statements may not name a principal. */
const NO_PRINCIPAL_KINDS: ReadonlySet<PolicyKind> = new Set([
  "identity",
  "boundary",
  "session",
  "scp",
]);

export function checkPrincipalProhibited(ctx: CheckContext): void {
  if (!NO_PRINCIPAL_KINDS.has(ctx.kind)) return;
  for (const statement of ctx.model.statements) {
    for (const key of ["Principal", "NotPrincipal"]) {
      const member = findMember(statement.node, key);
      if (member !== undefined) ctx.add(m.NO_PRINCIPAL_ALLOWED, keySpan(member), statement.index);
    }
  }
}

export function checkVersion(ctx: CheckContext): void {
  const member = findMember(ctx.root, "Version");
  if (member === undefined) {
    ctx.add(m.VERSION_TOO_OLD, ctx.root);
  } else if (ctx.model.version?.value === "2008-10-17") {
    ctx.add(m.VERSION_TOO_OLD, member.value);
  }
}

/** Resource format errors, kept for their own stage; the legacy parser runs beside them. */
export interface ResourceErrors {
  /** In the order IAM meets them. IAM reports the last one. */
  list: { message: string; span: Span; statementIndex: number }[];
}

export function checkLegacy(ctx: CheckContext): ResourceErrors {
  for (const statement of ctx.model.statements) {
    const effect = statement.effect;
    if (effect !== undefined && effect.value !== "Allow" && effect.value !== "Deny") {
      ctx.add(m.LEGACY_PARSING, effect, statement.index);
    }
    for (const clause of statement.conditions) {
      if (!parseOperatorName(clause.operator)?.base.startsWith("Date")) continue;
      for (const value of clause.values) {
        if (parsePolicyDate(value.text) === undefined)
          ctx.add(m.LEGACY_PARSING, value.node, statement.index);
      }
    }
  }
  const errors: ResourceErrors = { list: [] };
  for (const key of ["resource", "notResource"] as const) {
    for (const statement of ctx.model.statements) {
      const list = statement[key];
      if (list === undefined) continue;
      // IAM visits a list's resources in reverse sorted order; a later error replaces an earlier one.
      const items = [...list.items].sort((a, b) =>
        a.value < b.value ? 1 : a.value > b.value ? -1 : 0,
      );
      for (const item of items) {
        const message = resourceFormatError(item.value);
        if (message !== undefined) {
          errors.list.push({ message, span: item, statementIndex: statement.index });
        }
      }
      if (errors.list.length > 0) continue;
      for (const item of list.items) {
        if (!legacyResourceOk(item.value)) ctx.add(m.LEGACY_PARSING, item, statement.index);
      }
    }
  }
  return errors;
}

const SID = /^[0-9A-Za-z]*$/;

export function checkSids(ctx: CheckContext): void {
  if (ctx.kind !== "resource") {
    for (const statement of ctx.model.statements) {
      const sid = statement.sid;
      if (sid !== undefined && !SID.test(sid.value)) {
        ctx.add(m.SID_NOT_ALPHANUMERIC, sid, statement.index);
      }
    }
  }
  const seen = new Set<string>();
  for (const statement of ctx.model.statements) {
    const sid = statement.sid;
    if (sid === undefined || sid.value === "") continue;
    if (seen.has(sid.value)) ctx.add(m.SID_NOT_UNIQUE, sid, statement.index);
    seen.add(sid.value);
  }
}

/** Present, and not an empty array. An element that broke the grammar counts as present. */
function present(
  statement: StatementModel,
  key: string,
  list: StringListModel | undefined,
): boolean {
  const member = findMember(statement.node, key);
  if (member === undefined) return false;
  return list === undefined || list.member.value.kind !== "array" || list.items.length > 0;
}

function checkPresent(
  ctx: CheckContext,
  message: string,
  pick: (s: StatementModel) => [StringListModel | undefined, StringListModel | undefined],
  keys: [string, string],
): void {
  for (const statement of ctx.model.statements) {
    const [list, notList] = pick(statement);
    if (!present(statement, keys[0], list) && !present(statement, keys[1], notList)) {
      ctx.add(message, statement.node, statement.index);
    }
  }
}

export function checkActionsPresent(ctx: CheckContext): void {
  checkPresent(ctx, m.MUST_CONTAIN_ACTIONS, (s) => [s.action, s.notAction], [
    "Action",
    "NotAction",
  ]);
}

export function checkResourcesPresent(ctx: CheckContext): void {
  if (ctx.kind === "trust") return;
  checkPresent(ctx, m.MUST_CONTAIN_RESOURCES, (s) => [s.resource, s.notResource], [
    "Resource",
    "NotResource",
  ]);
}

export function reportResourceErrors(ctx: CheckContext, errors: ResourceErrors): void {
  const chosen = errors.list[errors.list.length - 1];
  if (chosen === undefined) return;
  ctx.add(chosen.message, chosen.span, chosen.statementIndex);
  for (const error of errors.list) {
    if (error !== chosen) ctx.add(error.message, error.span, error.statementIndex);
  }
}

function actionPrefixError(action: string): string | undefined {
  const parts = action.split(":");
  const vendor = parts[0] ?? "";
  if (parts.length === 1 && vendor !== "*") return m.NO_VENDOR;
  if (parts.length > 2) return m.ONE_COLON;
  if (vendor !== "*" && /[^a-zA-Z0-9\-.]/.test(vendor)) return m.vendorNotValid(vendor);
  return undefined;
}

export function checkActionPrefixes(ctx: CheckContext): void {
  for (const key of ["action", "notAction"] as const) {
    for (const statement of ctx.model.statements) {
      for (const item of statement[key]?.items ?? []) {
        const message = actionPrefixError(item.value);
        if (message !== undefined) ctx.add(message, item, statement.index);
      }
    }
  }
}

/** Operator names pass the grammar in any letter case; IAM then wants them exactly as documented. */
export function checkOperatorCase(ctx: CheckContext): void {
  for (const statement of ctx.model.statements) {
    const seen = new Set<JsonMember>();
    for (const clause of statement.conditions) {
      if (seen.has(clause.operatorMember)) continue;
      seen.add(clause.operatorMember);
      const name = parseOperatorName(clause.operator);
      if (name === undefined) continue;
      const canonical =
        (name.set === undefined ? "" : `${name.set}:`) +
        name.base +
        (name.ifExists ? "IfExists" : "");
      if (canonical !== clause.operator) {
        ctx.add(
          m.invalidConditionType(clause.operator),
          keySpan(clause.operatorMember),
          statement.index,
        );
      }
    }
  }
}

export const TRUST_ACTIONS: ReadonlySet<string> = new Set(
  [
    "sts:AssumeRole",
    "sts:AssumeRoleWithSAML",
    "sts:AssumeRoleWithWebIdentity",
    "sts:TagSession",
    "sts:SetSourceIdentity",
    "sts:SetContext",
  ].map((action) => action.toLowerCase()),
);

export function checkTrust(ctx: CheckContext): void {
  if (ctx.kind !== "trust") return;
  for (const statement of ctx.model.statements) {
    const notAction = findMember(statement.node, "NotAction");
    if (notAction !== undefined) ctx.add(m.TRUST_ACTIONS, keySpan(notAction), statement.index);
    for (const item of statement.action?.items ?? []) {
      if (!TRUST_ACTIONS.has(item.value.toLowerCase())) {
        ctx.add(m.TRUST_ACTIONS, item, statement.index);
      }
    }
  }
  for (const statement of ctx.model.statements) {
    for (const key of ["Resource", "NotResource"]) {
      const member = findMember(statement.node, key);
      if (member !== undefined) ctx.add(m.PROHIBITED_RESOURCE, keySpan(member), statement.index);
    }
  }
}

export function checkPrincipals(ctx: CheckContext): void {
  if (ctx.kind !== "trust" && ctx.kind !== "resource") return;
  for (const statement of ctx.model.statements) {
    const hasKey =
      findMember(statement.node, "Principal") !== undefined ||
      findMember(statement.node, "NotPrincipal") !== undefined;
    if (!hasKey) {
      ctx.add(m.MISSING_PRINCIPAL, statement.node, statement.index);
      continue;
    }
    for (const principal of [statement.principal, statement.notPrincipal]) {
      if (principal === undefined || principal.star) continue;
      if (principal.entries.every((entry) => entry.values.length === 0)) {
        ctx.add(m.EMPTY_PRINCIPAL, principal.member.value, statement.index);
        continue;
      }
      for (const entry of principal.entries) {
        for (const value of entry.values) {
          if (principalValueOk(entry.type, value.value)) continue;
          const label = PRINCIPAL_TYPE_LABELS[entry.type] ?? entry.type;
          ctx.add(m.invalidPrincipal(label, value.value), value, statement.index);
        }
      }
    }
  }
}

/**
 * Last, every Condition clause is compiled by the compiler itself, so that a
 * document validation accepts is one compile() accepts: the checks above
 * give IAM's messages in IAM's order, and this makes sure no clause they let
 * through fails later (the compiler's message is IAM's too).
 */
export function checkConditionsCompile(
  ctx: CheckContext,
  version: PolicyVersion | undefined,
): void {
  for (const statement of ctx.model.statements) {
    for (const clause of statement.conditions) {
      const compiled = compileCondition(
        { operator: clause.operator, key: clause.key, values: clause.values.map((v) => v.text) },
        version,
      );
      if ("error" in compiled)
        ctx.add(compiled.error, keySpan(clause.operatorMember), statement.index);
    }
  }
}
