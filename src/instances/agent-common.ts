/**
 * What the agent endpoints share (POST /_gatehouse/agent/register and
 * /credentials, JSON over HTTP beside the Query API): their errors, which are
 * `{"code", "message"}` with a 4xx status and never carry a secret; reading
 * a JSON body; and times as the protocol writes them (ISO 8601, Z, no
 * milliseconds).
 */
import type { SecretBox } from "../auth/secret-box.js";
import { isStorableJson, strictUtf8 } from "../model/text.js";
import type { Store } from "../store/index.js";

export class AgentError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "AgentError";
  }
}

/** What the agent endpoints run with. */
export interface AgentContext {
  store: Store;
  secrets: SecretBox;
  partition: string;
  now: Date;
}

export const invalidRequest = (message: string) => new AgentError(400, "InvalidRequest", message);

/** The body as a JSON object, or InvalidRequest. */
export function jsonObject(body: Uint8Array): Record<string, unknown> {
  const text = strictUtf8(body);
  if (text === undefined) throw invalidRequest("The request body is not UTF-8 text.");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalidRequest("The request body is not JSON.");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw invalidRequest("The request body must be a JSON object.");
  }
  // Nothing that is not text (NUL, a lone surrogate) goes on to a store.
  if (!isStorableJson(value)) {
    throw invalidRequest("The request body's strings must be text without NUL characters.");
  }
  return value as Record<string, unknown>;
}

/** A string member of at most `max` characters, or InvalidRequest naming it. */
export function stringMember(body: Record<string, unknown>, name: string, max: number): string {
  const value = body[name];
  if (typeof value !== "string" || value === "" || value.length > max) {
    throw invalidRequest(`${name} must be a non-empty string of at most ${max} characters.`);
  }
  return value;
}

export function protocolTime(time: string | Date): string {
  return (typeof time === "string" ? new Date(time) : time).toISOString().replace(/\.\d{3}Z$/, "Z");
}
