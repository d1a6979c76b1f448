/**
 * The instance metadata service's HTTP answers, as AWS documents them:
 *
 *   PUT /latest/api/token       X-aws-ec2-metadata-token-ttl-seconds 1–21600 → 200, the token
 *                               (and the TTL header back); missing or bad TTL → 400;
 *                               any X-Forwarded-For → 403 (a token is for this host only)
 *   GET|HEAD <metadata path>    X-aws-ec2-metadata-token valid → 200; missing (unless
 *                               IMDSv1 is on), invalid or expired → 401; no such path → 404
 *   any other method            405
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { parseTokenTtl, type ImdsTokens } from "./imds-tokens.js";
import { readMetadata, type MetadataView } from "./metadata.js";

export const TOKEN_PATH = "/latest/api/token";
const TTL_HEADER = "x-aws-ec2-metadata-token-ttl-seconds";
const TOKEN_HEADER = "x-aws-ec2-metadata-token";

export interface ImdsOptions {
  tokens: ImdsTokens;
  /** Answer GETs without a token too (IMDSv1). */
  imdsv1: boolean;
  view: () => MetadataView;
}

const REASONS: Record<number, string> = {
  400: "Missing or Invalid Parameters",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
};

export function sendText(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {},
): void {
  const bytes = Buffer.from(body, "utf8");
  res.writeHead(status, {
    "content-type": "text/plain",
    "content-length": String(bytes.length),
    ...headers,
  });
  res.end(req.method === "HEAD" ? undefined : bytes);
}

function sendStatus(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  headers: Record<string, string> = {},
): void {
  sendText(req, res, status, `${status} - ${REASONS[status] ?? "Error"}\n`, headers);
}

export function handleImds(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  options: ImdsOptions,
): void {
  const method = req.method ?? "";
  if (path === TOKEN_PATH) {
    if (method !== "PUT") {
      sendStatus(req, res, 405, { allow: "PUT" });
      return;
    }
    if (req.headers["x-forwarded-for"] !== undefined) {
      sendStatus(req, res, 403);
      return;
    }
    const ttl = parseTokenTtl(req.headers[TTL_HEADER]);
    if (ttl === undefined) {
      sendStatus(req, res, 400);
      return;
    }
    sendText(req, res, 200, options.tokens.issue(ttl), { [TTL_HEADER]: String(ttl) });
    return;
  }
  if (method !== "GET" && method !== "HEAD") {
    sendStatus(req, res, 405, { allow: "GET, HEAD" });
    return;
  }
  const token = req.headers[TOKEN_HEADER];
  if (token === undefined ? !options.imdsv1 : !options.tokens.valid(String(token))) {
    sendStatus(req, res, 401);
    return;
  }
  const body = readMetadata(options.view(), path);
  if (body === undefined) {
    sendStatus(req, res, 404);
    return;
  }
  sendText(req, res, 200, body);
}
