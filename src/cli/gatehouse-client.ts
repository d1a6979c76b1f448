/**
 * The gatehouse command's client for Gatehouse's own Query API (the
 * instances API: service "gatehouse", Version 2026-11-01): the request signed
 * with our SigV4 signer, the XML answer read back into JSON with the API
 * model (lists as arrays, booleans and numbers as such), or the error's
 * code and message.
 */
import { signRequest, type SigningCredentials } from "../auth/sigv4-sign.js";
import { gatehouseModel, shapeOf } from "../model/api/load.js";
import type { ApiModel } from "../model/api/types.js";
import { child, readXml, type XmlNode } from "./xml-read.js";

export interface ApiTarget {
  endpoint: string;
  region: string;
  credentials: SigningCredentials;
}

export type ApiAnswer =
  | { ok: true; status: number; result: Record<string, unknown> }
  | { ok: false; status: number; code: string; message: string };

export const SERVICE = "gatehouse";

function formOf(params: readonly (readonly [string, string])[]): string {
  return params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&");
}

/** Calls an action of the instances API; `params` besides Action and Version. */
export async function callGatehouse(
  target: ApiTarget,
  action: string,
  params: readonly (readonly [string, string])[] = [],
  now = new Date(),
): Promise<ApiAnswer> {
  const model = gatehouseModel;
  const url = new URL(target.endpoint);
  const body = formOf([["Action", action], ["Version", model.service.version], ...params]);
  const path = url.pathname === "" ? "/" : url.pathname;
  const headers = {
    host: url.host,
    "content-type": "application/x-www-form-urlencoded; charset=utf-8",
  };
  const signed = signRequest(
    { method: "POST", path, query: "", headers, body },
    { credentials: target.credentials, region: target.region, service: SERVICE, now },
  );
  const res = await fetch(new URL(path, url), {
    method: "POST",
    headers: { ...headers, ...signed },
    body,
  });
  const text = await res.text();
  let xml: XmlNode;
  try {
    xml = readXml(text);
  } catch {
    return {
      ok: false,
      status: res.status,
      code: "UnreadableAnswer",
      message: `HTTP ${res.status}: ${text.slice(0, 200)}`,
    };
  }
  if (xml.name === "ErrorResponse") {
    const error = child(xml, "Error");
    return {
      ok: false,
      status: res.status,
      code: (error && child(error, "Code")?.text) ?? "Unknown",
      message: (error && child(error, "Message")?.text) ?? "",
    };
  }
  const operation = model.operations[action];
  const result = child(xml, `${action}Result`);
  const shaped =
    operation?.output === undefined || result === undefined
      ? {}
      : (fromXml(model, operation.output, result) as Record<string, unknown>);
  return { ok: true, status: res.status, result: shaped };
}

/** An element's value as the model's shape says: structures, lists, scalars. */
function fromXml(model: ApiModel, shapeName: string, node: XmlNode): unknown {
  const shape = shapeOf(model, shapeName);
  switch (shape.type) {
    case "structure": {
      const out: Record<string, unknown> = {};
      for (const [name, member] of Object.entries(shape.members)) {
        const element = child(node, name);
        if (element !== undefined) out[name] = fromXml(model, member.target, element);
      }
      return out;
    }
    case "list":
      return node.children
        .filter((c) => c.name === shape.memberName)
        .map((c) => fromXml(model, shape.member, c));
    case "boolean":
      return node.text === "true";
    case "integer":
    case "long":
      return Number(node.text);
    default:
      return node.text;
  }
}
