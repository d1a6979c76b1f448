/**
 * The container credentials endpoint (what SDKs call through
 * AWS_CONTAINER_CREDENTIALS_FULL_URI, sending AWS_CONTAINER_AUTHORIZATION_TOKEN
 * as the Authorization header): GET /latest/container-credentials → JSON
 * AccessKeyId, SecretAccessKey, Token, Expiration, RoleArn. A missing token
 * is 401, a wrong one 403, no credentials to serve 404; errors are JSON
 * {"code", "message"}.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { HeldCredentials } from "./credentials.js";

export const CONTAINER_PATH = "/latest/container-credentials";

export interface ContainerOptions {
  token: string;
  credentials: () => HeldCredentials | undefined;
}

function sendJson(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  const bytes = Buffer.from(JSON.stringify(value, null, 2), "utf8");
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": String(bytes.length),
    ...headers,
  });
  res.end(req.method === "HEAD" ? undefined : bytes);
}

/** Compares the presented token with ours in constant time (over their SHA-256). */
function tokenMatches(presented: string, expected: string): boolean {
  const a = createHash("sha256").update(presented).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

export function handleContainer(
  req: IncomingMessage,
  res: ServerResponse,
  options: ContainerOptions,
): void {
  if (req.method !== "GET" && req.method !== "HEAD") {
    sendJson(
      req,
      res,
      405,
      { code: "MethodNotAllowed", message: "Only GET is allowed here." },
      { allow: "GET, HEAD" },
    );
    return;
  }
  const presented = req.headers.authorization;
  if (presented === undefined || presented === "") {
    sendJson(req, res, 401, {
      code: "MissingAuthorization",
      message: "The Authorization header with the container token is missing.",
    });
    return;
  }
  if (!tokenMatches(presented, options.token)) {
    sendJson(req, res, 403, {
      code: "InvalidAuthorization",
      message: "The Authorization header does not hold the container token.",
    });
    return;
  }
  const credentials = options.credentials();
  if (credentials === undefined) {
    sendJson(req, res, 404, {
      code: "NoCredentials",
      message: "The instance has no role credentials to serve.",
    });
    return;
  }
  sendJson(req, res, 200, {
    AccessKeyId: credentials.accessKeyId,
    SecretAccessKey: credentials.secretAccessKey,
    Token: credentials.sessionToken,
    Expiration: credentials.expiration,
    RoleArn: credentials.roleArn,
  });
}
