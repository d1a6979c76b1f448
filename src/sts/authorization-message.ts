/**
 * Encoded authorization failure messages, and DecodeAuthorizationMessage.
 *
 * Some AWS services (EC2 foremost) add "Encoded authorization failure
 * message: <text>" to an AccessDenied; STS's DecodeAuthorizationMessage
 * turns the text back into JSON for a caller allowed
 * sts:DecodeAuthorizationMessage. IAM and STS themselves never encode their
 * denials (their AccessDenied says in plain words which policy type denied),
 * and Gatehouse serves only IAM and STS: so nothing it answers today carries
 * an encoded message. What is here is the whole mechanism, ready for a
 * service that does: `explainDenial` turns a decision of the policy engine
 * into AWS's decoded shape, `encodeAuthorizationMessage` seals it, and the
 * action decodes it.
 *
 * The decoded JSON is AWS's (the STS API reference lists its content; the
 * shape is that of real decoded messages):
 *
 *   {"allowed":false,"explicitDeny":true,
 *    "matchedStatements":{"items":[{"statementId":"…","effect":"DENY",
 *      "principals":{"items":[{"value":"AIDA…"}]},"principalGroups":{"items":[]},
 *      "actions":{"items":[{"value":"ec2:RunInstances"}]},
 *      "resources":{"items":[{"value":"*"}]},
 *      "conditions":{"items":[{"key":"aws:MultiFactorAuthPresent",
 *                              "values":{"items":[{"value":"false"}]}}]}}]},
 *    "failures":{"items":[]},
 *    "context":{"principal":{"id":"AIDA…","name":"bob","arn":"arn:aws:iam::…:user/bob"},
 *               "action":"ec2:RunInstances","resource":"arn:…",
 *               "conditions":{"items":[{"key":"aws:username","values":{"items":[{"value":"bob"}]}}]}}}
 *
 * The encoded form is readable by this server alone: the JSON, prefixed with
 * a purpose label and compressed, is sealed with the server's secret box
 * (AES-256-GCM), so it can be neither read nor forged without the server
 * key, and the label keeps the decoder from opening any other sealed value.
 * A message decodes only for callers of the account it was made in.
 */
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { SecretBox } from "../auth/secret-box.js";
import type { Action } from "../iam/action.js";
import { str } from "../iam/input.js";
import { invalidAuthorizationMessage } from "../model/sts-errors.js";
import type { Decision, PolicyInput, PolicySetInput, PolicyType } from "../policy/index.js";

/** The model's bound on EncodedMessage. */
export const MAX_ENCODED_LENGTH = 10_240;
const LABEL = "gatehouse-authorization-message/1";

interface Items<T> {
  items: T[];
}
type Values = Items<{ value: string }>;
interface ConditionItem {
  key: string;
  values: Values;
}

/** AWS's decoded message. */
export interface DecodedAuthorizationMessage {
  allowed: boolean;
  explicitDeny: boolean;
  matchedStatements: Items<{
    statementId: string;
    effect: "ALLOW" | "DENY";
    principals: Values;
    principalGroups: Values;
    actions: Values;
    resources: Values;
    conditions: Items<ConditionItem>;
  }>;
  failures: Items<unknown>;
  context: {
    principal: { id: string; name?: string; arn: string };
    action: string;
    resource: string;
    conditions: Items<ConditionItem>;
  };
}

/** The request a decision was made for. */
export interface ExplainedRequest {
  /** The caller: unique id (AIDA…, AROA…:session, account…), user name for users, ARN. */
  principal: { id: string; name?: string; arn: string };
  action: string;
  resource: string;
  context: Readonly<Record<string, string | readonly string[]>>;
}

const values = (list: readonly unknown[]): Values => ({
  items: list.map((v) => ({ value: String(v) })),
});
const asList = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function conditionItems(entries: Iterable<[string, unknown]>): Items<ConditionItem> {
  const items: ConditionItem[] = [];
  for (const [key, value] of entries) items.push({ key, values: values(asList(value)) });
  return { items };
}

const POLICY_LISTS: Record<PolicyType, (set: PolicySetInput) => readonly PolicyInput[]> = {
  identity: (s) => s.identityPolicies ?? [],
  permissionsBoundary: (s) => s.permissionsBoundaries ?? [],
  session: (s) => s.sessionPolicies ?? [],
  resource: (s) => (s.resourcePolicy === undefined ? [] : [s.resourcePolicy]),
  scp: (s) => (s.serviceControlPolicies ?? []).flat(),
};

/** A statement of a policy in the set, as written (undefined when it cannot be found). */
function statementOf(
  set: PolicySetInput,
  type: PolicyType,
  policyId: string,
  index: number,
): Record<string, unknown> | undefined {
  const policy = POLICY_LISTS[type](set).find((p) => p.id === policyId);
  if (policy === undefined) return undefined;
  let document: unknown = policy.document;
  if (typeof document === "string") {
    try {
      document = JSON.parse(document);
    } catch {
      return undefined;
    }
  }
  const statements = asList((document as { Statement?: unknown } | null)?.Statement);
  const statement = statements[index];
  return typeof statement === "object" && statement !== null
    ? (statement as Record<string, unknown>)
    : undefined;
}

/**
 * AWS's decoded message for a decision the policy engine made with its
 * explanation (`evaluate(…, { explain: true })`) over `policies`.
 */
export function explainDenial(
  request: ExplainedRequest,
  decision: Decision,
  policies: PolicySetInput,
): DecodedAuthorizationMessage {
  const matched = decision.matchedStatements.map((m) => {
    const s = statementOf(policies, m.policyType, m.policyId, m.statementIndex) ?? {};
    const conditions: [string, unknown][] = [];
    const condition = s.Condition;
    if (typeof condition === "object" && condition !== null) {
      for (const block of Object.values(condition as Record<string, unknown>)) {
        if (typeof block !== "object" || block === null) continue;
        conditions.push(...Object.entries(block as Record<string, unknown>));
      }
    }
    return {
      statementId: m.sid ?? "",
      effect: m.effect === "Deny" ? ("DENY" as const) : ("ALLOW" as const),
      principals: values([request.principal.id]),
      principalGroups: values([]),
      actions: values(asList(s.Action ?? s.NotAction)),
      resources: values(asList(s.Resource ?? s.NotResource)),
      conditions: conditionItems(conditions),
    };
  });
  return {
    allowed: decision.decision === "allowed",
    explicitDeny: decision.decision === "explicitDeny",
    matchedStatements: { items: matched },
    failures: { items: [] },
    context: {
      principal: { ...request.principal },
      action: request.action,
      resource: request.resource,
      conditions: conditionItems(Object.entries(request.context)),
    },
  };
}

function seal(secrets: SecretBox, accountId: string, message: DecodedAuthorizationMessage): string {
  const text = `${LABEL}\n${accountId}\n${JSON.stringify(message)}`;
  return secrets.seal(deflateRawSync(Buffer.from(text, "utf8")).toString("base64"));
}

/**
 * The encoded form of a message made in `accountId`, at most
 * MAX_ENCODED_LENGTH characters: when the whole message would be longer, the
 * matched statements' and the request's condition lists are left out.
 */
export function encodeAuthorizationMessage(
  secrets: SecretBox,
  accountId: string,
  message: DecodedAuthorizationMessage,
): string {
  const encoded = seal(secrets, accountId, message);
  if (encoded.length <= MAX_ENCODED_LENGTH) return encoded;
  const shorter: DecodedAuthorizationMessage = {
    ...message,
    matchedStatements: {
      items: message.matchedStatements.items.map((m) => ({
        ...m,
        conditions: { items: [] },
      })),
    },
    context: { ...message.context, conditions: { items: [] } },
  };
  return seal(secrets, accountId, shorter);
}

/**
 * The decoded JSON of a message this server encoded for `accountId`;
 * InvalidAuthorizationMessageException for anything else (another server's
 * or account's message, an altered one, any other text).
 */
export function decodeAuthorizationMessage(
  secrets: SecretBox,
  accountId: string,
  encoded: string,
): string {
  let text: string;
  try {
    const packed = Buffer.from(secrets.open(encoded), "base64");
    text = inflateRawSync(packed, { maxOutputLength: 1024 * 1024 }).toString("utf8");
  } catch {
    throw invalidAuthorizationMessage();
  }
  const [label, account] = text.split("\n", 2);
  if (label !== LABEL || account !== accountId) throw invalidAuthorizationMessage();
  return text.slice(label.length + account.length + 2);
}

const decodeAction: Action = {
  service: "sts",
  name: "DecodeAuthorizationMessage",
  permission: "sts:DecodeAuthorizationMessage",
  writes: false,
  resource: () => undefined,
  run(ctx, input) {
    const decoded = decodeAuthorizationMessage(
      ctx.secrets,
      ctx.caller.accountId,
      str(input, "EncodedMessage"),
    );
    return Promise.resolve({ DecodedMessage: decoded });
  },
};

export const authorizationMessageActions: readonly Action[] = [decodeAction];
