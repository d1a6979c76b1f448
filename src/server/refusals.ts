/**
 * What the HTTP layer refuses before any route runs, answered in the shape
 * of the API the request was for, never Fastify's own JSON:
 *
 * - Node's HTTP parser refusing a request (headers too large: 431; a broken
 *   request line, header or chunk: 400; too slow: 408): written raw on the
 *   socket as the Query API's XML ErrorResponse with a request id, since the
 *   request was not read far enough to know its path.
 * - Fastify refusing a request it has parsed (a body over its limit, a
 *   Content-Length it cannot read) and routes that do not exist: the agent
 *   endpoints' JSON (`{"code","message"}`) under their path, the console
 *   API's (`{"error":{"code","message"},"requestId"}`) under its own, the
 *   Query API's XML elsewhere. Errors inside the console's scope are its own
 *   (console/plugin.ts).
 *
 * Codes and texts here are ours (AWS's answers to such requests are
 * unconfirmed), except where the comment says whose they are.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import { STATUS_CODES } from "node:http";
import type { Socket } from "node:net";
import { randomUUID } from "node:crypto";
import { iamModel } from "../model/api/load.js";
import {
  ApiError,
  internalFailure,
  renderError,
  REQUEST_ID_HEADER,
  XML_CONTENT_TYPE,
} from "../protocol/errors.js";
import { MAX_BODY_BYTES, requestTooLarge } from "../protocol/form.js";

const NAMESPACE = iamModel.service.xmlNamespace;
const AGENT_PREFIX = "/_gatehouse/agent/";
const CONSOLE_API_PREFIX = "/console/api/";

/** Headers over Node's limit: S3's code and text for it, with HTTP's own status. */
export const headersTooLarge = (): ApiError =>
  new ApiError(
    "RequestHeaderSectionTooLarge",
    431,
    "Your request header section exceeds the maximum allowed size.",
  );

export const malformedRequest = (): ApiError =>
  new ApiError("MalformedHTTPRequest", 400, "The HTTP request could not be read.");

export const requestTimeout = (): ApiError =>
  new ApiError("RequestTimeout", 408, "The request was not received in time.");

export const noSuchRoute = (): ApiError =>
  new ApiError("NotFound", 404, "Nothing answers here: the AWS Query API is GET and POST at /.");

/** The refusal for an error of Node's HTTP parser (`clientError`). */
function parserRefusal(code: string | undefined): ApiError {
  if (code === "HPE_HEADER_OVERFLOW") return headersTooLarge();
  if (code === "ERR_HTTP_REQUEST_TIMEOUT") return requestTimeout();
  return malformedRequest();
}

/**
 * Fastify's `clientErrorHandler`: the parser's refusal as an HTTP/1.1
 * answer with the XML ErrorResponse, then the connection closed (the rest of
 * what was sent cannot be read).
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === "ECONNRESET" || socket.destroyed) return;
  if (socket.writable) {
    const apiError = parserRefusal(error.code);
    const requestId = randomUUID();
    const rendered = renderError(apiError, requestId, NAMESPACE);
    const body = Buffer.from(rendered.body, "utf8");
    socket.write(
      `HTTP/1.1 ${rendered.status} ${STATUS_CODES[rendered.status] ?? "Error"}\r\n` +
        `Content-Type: ${rendered.contentType}\r\n` +
        `${REQUEST_ID_HEADER}: ${requestId}\r\n` +
        `Content-Length: ${body.length}\r\n` +
        "Connection: close\r\n\r\n",
    );
    socket.write(body);
  }
  socket.destroy(error);
}

/** Answers `error` as the API at the request's path does. */
function answer(req: FastifyRequest, reply: FastifyReply, error: ApiError): FastifyReply {
  const requestId = randomUUID();
  const path = req.raw.url ?? "/";
  reply.header(REQUEST_ID_HEADER, requestId);
  if (path.startsWith(CONSOLE_API_PREFIX)) {
    return reply
      .code(error.status)
      .header("cache-control", "no-store")
      .send({ error: { code: error.code, message: error.message }, requestId });
  }
  if (path.startsWith(AGENT_PREFIX)) {
    return reply
      .code(error.status)
      .header("cache-control", "no-store")
      .type("application/json")
      .send(JSON.stringify({ code: error.code, message: error.message }));
  }
  const rendered = renderError(error, requestId, NAMESPACE);
  return reply.code(rendered.status).type(XML_CONTENT_TYPE).send(rendered.body);
}

/** Fastify's error handler outside the console: what Fastify refused, in the API's shape. */
export function answerFastifyError(
  error: { statusCode?: number },
  req: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const status = error.statusCode ?? 500;
  const apiError =
    status === 413
      ? requestTooLarge(MAX_BODY_BYTES)
      : status < 500
        ? new ApiError(
            (req.raw.url ?? "").startsWith(AGENT_PREFIX)
              ? "InvalidRequest"
              : "MalformedQueryString",
            400,
            "The request could not be read.",
          )
        : internalFailure();
  if (apiError.code === "InternalFailure") req.log.error({ err: error }, "request failed");
  return answer(req, reply, apiError);
}

/** Fastify's not-found handler: a path or method nothing answers. */
export function answerNoRoute(req: FastifyRequest, reply: FastifyReply): FastifyReply {
  return answer(req, reply, noSuchRoute());
}
