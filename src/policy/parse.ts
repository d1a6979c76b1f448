/**
 * Validation of policy documents the way AWS IAM does it: the same rules, in
 * the same order, with AWS's own message texts (parse-messages.ts). The first
 * error finding is the one AWS would answer with; the others follow it.
 */
import type {
  Finding,
  ParsedPolicy,
  ParsedStatement,
  PolicyKind,
  PolicyVersion,
  Position,
  PrincipalSpec,
} from "./types.js";
import { parseJson, type JsonNode } from "./json.js";
import {
  readDocument,
  type PrincipalModel,
  type Span,
  type StatementModel,
} from "./parse-grammar.js";
import {
  checkActionPrefixes,
  checkActionsPresent,
  checkConditionsCompile,
  checkLegacy,
  checkOperatorCase,
  checkPrincipalProhibited,
  checkPrincipals,
  checkResourcesPresent,
  checkSids,
  checkTrust,
  checkVersion,
  reportResourceErrors,
  type CheckContext,
} from "./parse-checks.js";
import { sizeFinding } from "./parse-size.js";
import * as m from "./parse-messages.js";

export { policyLength } from "./parse-size.js";

export interface ValidateOptions {
  kind: PolicyKind;
  /**
   * Size limit; undefined = the kind's default, 0 = no limit. Counted as AWS
   * counts for the kind: characters other than whitespace for IAM documents
   * (identity, boundary, trust, resource), every character for an STS session
   * policy and an SCP.
   */
  maxLength?: number;
  /**
   * Refuse a document without `"Version": "2012-10-17"` ("Policy document must
   * be version 2012-10-17 or greater."), as CreatePolicy and CreatePolicyVersion
   * do. Default: true for identity and boundary (managed policies), false for
   * the others. Inline identity policies (PutUserPolicy…) accept an absent or
   * 2008-10-17 Version: pass false for them.
   */
  requireCurrentVersion?: boolean;
  /**
   * The request parameter named in ValidationError messages. Default by kind:
   * policyDocument (identity, boundary, resource), assumeRolePolicyDocument
   * (trust), policy (session), content (scp).
   */
  parameter?: string;
}

export interface ValidationResult {
  /** Present exactly when there is no error finding. */
  policy?: ParsedPolicy;
  findings: Finding[];
}

const PARAMETERS: Readonly<Record<PolicyKind, string>> = {
  identity: "policyDocument",
  boundary: "policyDocument",
  resource: "policyDocument",
  trust: "assumeRolePolicyDocument",
  session: "policy",
  scp: "content",
};

const ALLOWED_CHARACTERS = /^[\t\n\r\u0020-\u00FF]+$/;
const DISALLOWED_CHARACTER = /[^\t\n\r\u0020-\u00FF]/;

/** Validates a policy document (JSON text, or a JS value). Never throws. */
export function validatePolicy(document: unknown, options: ValidateOptions): ValidationResult {
  try {
    return validate(document, options);
  } catch {
    // Not reachable by design: every stage is written not to throw.
    return { findings: [malformed(m.SYNTAX_ERRORS)] };
  }
}

function malformed(message: string, span?: Span, statementIndex?: number): Finding {
  const finding: Finding = { severity: "error", code: "MalformedPolicyDocument", message };
  if (span !== undefined) {
    finding.start = span.start;
    finding.end = span.end;
  }
  if (statementIndex !== undefined) finding.statementIndex = statementIndex;
  return finding;
}

function documentText(document: unknown): string | undefined {
  if (typeof document === "string") return document;
  try {
    const text: unknown = JSON.stringify(document, null, 2);
    return typeof text === "string" ? text : undefined;
  } catch {
    return undefined;
  }
}

/** The Position of `offset` in `text`, counting lines as the JSON parser does. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}

function validate(document: unknown, options: ValidateOptions): ValidationResult {
  const kind: PolicyKind = Object.hasOwn(PARAMETERS, options.kind) ? options.kind : "identity";
  const parameter = options.parameter ?? PARAMETERS[kind];
  const findings: Finding[] = [];
  const text = documentText(document);
  if (text === undefined) return { findings: [malformed(m.SYNTAX_ERRORS)] };

  // The API model's constraints come first: the request is refused before IAM reads the policy.
  if (text.length === 0) {
    findings.push({
      severity: "error",
      code: "ValidationError",
      message: m.constraintViolation(
        text,
        parameter,
        "Member must have length greater than or equal to 1",
      ),
    });
  } else if (!ALLOWED_CHARACTERS.test(text)) {
    const offset = DISALLOWED_CHARACTER.exec(text)?.index ?? 0;
    findings.push({
      severity: "error",
      code: "ValidationError",
      message: m.constraintViolation(
        text,
        parameter,
        `Member must satisfy regular expression pattern: ${m.POLICY_PATTERN}`,
      ),
      start: positionAt(text, offset),
      end: positionAt(text, offset + 1),
    });
  }
  const size = sizeFinding(text, kind, options.maxLength, parameter);
  if (size !== undefined) findings.push(size);

  const add = (message: string, span?: Span, statementIndex?: number): void => {
    findings.push(malformed(message, span, statementIndex));
  };

  const parsed = parseJson(text);
  if (parsed.value === undefined) {
    const at = parsed.error?.position ?? positionAt(text, 0);
    add(kind === "trust" ? m.INVALID_JSON : m.SYNTAX_ERRORS, { start: at, end: at });
    return { findings };
  }
  for (const duplicate of parsed.duplicates) add(m.SYNTAX_ERRORS, duplicate);
  const root = parsed.value;
  const model = readDocument(root, (span, index) => add(m.SYNTAX_ERRORS, span, index));
  if (root.kind !== "object") return { findings };

  const ctx: CheckContext = { kind, root, model, add };
  checkPrincipalProhibited(ctx);
  if (options.requireCurrentVersion ?? (kind === "identity" || kind === "boundary")) {
    checkVersion(ctx);
  }
  const resourceErrors = checkLegacy(ctx);
  checkSids(ctx);
  checkActionsPresent(ctx);
  checkResourcesPresent(ctx);
  reportResourceErrors(ctx, resourceErrors);
  checkActionPrefixes(ctx);
  checkOperatorCase(ctx);
  checkTrust(ctx);
  checkPrincipals(ctx);
  const version: PolicyVersion | undefined =
    model.version === undefined
      ? undefined
      : model.version.value === "2012-10-17"
        ? "2012-10-17"
        : "2008-10-17";
  checkConditionsCompile(ctx, version);

  if (findings.some((finding) => finding.severity === "error")) return { findings };
  const policy: ParsedPolicy = {
    statements: model.statements.map((statement) => toStatement(statement)),
    text,
  };
  if (version !== undefined) policy.version = version;
  if (model.id !== undefined) policy.id = model.id.value;
  return { policy, findings };
}

function strings(list: { items: { value: string }[] } | undefined): string[] | undefined {
  return list?.items.map((item) => item.value);
}

function toPrincipal(principal: PrincipalModel): PrincipalSpec {
  if (principal.star) return "*";
  const spec: Record<string, string[]> = {};
  for (const entry of principal.entries) {
    spec[entry.type] = [...(spec[entry.type] ?? []), ...entry.values.map((v) => v.value)];
  }
  return spec;
}

function toStatement(statement: StatementModel): ParsedStatement {
  const node: JsonNode = statement.node;
  const parsed: ParsedStatement = {
    index: statement.index,
    effect: statement.effect?.value === "Deny" ? "Deny" : "Allow",
    conditions: statement.conditions.map((clause) => ({
      operator: clause.operator,
      key: clause.key,
      values: clause.values.map((value) => value.text),
    })),
    start: node.start,
    end: node.end,
  };
  if (statement.sid !== undefined) parsed.sid = statement.sid.value;
  const action = strings(statement.action);
  if (action !== undefined) parsed.action = action;
  const notAction = strings(statement.notAction);
  if (notAction !== undefined) parsed.notAction = notAction;
  const resource = strings(statement.resource);
  if (resource !== undefined) parsed.resource = resource;
  const notResource = strings(statement.notResource);
  if (notResource !== undefined) parsed.notResource = notResource;
  if (statement.principal !== undefined) parsed.principal = toPrincipal(statement.principal);
  if (statement.notPrincipal !== undefined)
    parsed.notPrincipal = toPrincipal(statement.notPrincipal);
  return parsed;
}
