/** The AWS SigV4 test suite (vendor/sigv4-test-suite): where it is, and its requests parsed. */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { SignedRequest } from "../../src/auth/sigv4.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const suiteDir = join(root, "vendor", "sigv4-test-suite");
if (!existsSync(suiteDir)) {
  throw new Error(
    `SigV4 test suite not found at ${suiteDir} (vendor/sigv4-test-suite is part of the project)`,
  );
}

export interface Context {
  credentials: { access_key_id: string; secret_access_key: string; token?: string };
  expiration_in_seconds: number;
  normalize: boolean;
  region: string;
  service: string;
  sign_body: boolean;
  timestamp: string;
  omit_session_token?: boolean;
}

/** Parses the suite's HTTP/1.1 text (folded header lines are unfolded with one space). */
export function parseHttp(text: string): SignedRequest {
  const headEnd = text.indexOf("\n\n");
  const head = headEnd < 0 ? text : text.slice(0, headEnd);
  const body = headEnd < 0 ? "" : text.slice(headEnd + 2);
  const lines = head.split("\n").filter((line) => line !== "");
  const requestLine = lines.shift() ?? "";
  const method = requestLine.slice(0, requestLine.indexOf(" "));
  const target = requestLine.slice(method.length + 1, requestLine.lastIndexOf(" "));
  const q = target.indexOf("?");
  const fields: [string, string][] = [];
  for (const line of lines) {
    const last = fields[fields.length - 1];
    if (/^\s/.test(line) && last) {
      last[1] += " " + line.trim();
    } else {
      const colon = line.indexOf(":");
      fields.push([line.slice(0, colon).toLowerCase(), line.slice(colon + 1)]);
    }
  }
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of fields) {
    const seen = headers[name];
    if (seen === undefined) headers[name] = value;
    else headers[name] = Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return {
    method,
    path: q < 0 ? target : target.slice(0, q),
    query: q < 0 ? "" : target.slice(q + 1),
    headers,
    body: Buffer.from(body, "utf8"),
  };
}
