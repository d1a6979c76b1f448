/**
 * The HTTP server: Fastify, with the AWS Query endpoint at `/`, a health
 * check, the instance agents' endpoints (agent.ts), and (in ephemeral mode
 * only) a reset. One JSON log line per request,
 * with no secrets in it.
 */
import { registerHealth } from "./health.js";
import Fastify, { LogController, type FastifyInstance } from "fastify";
import { MAX_BODY_BYTES } from "../protocol/form.js";
import { registerAgentRoutes } from "./agent.js";
import { registerConsole } from "./console/plugin.js";
import type { ConsoleSettings } from "./console/settings.js";
import { handleQuery, type QueryResponse } from "./query.js";
import { answerClientError, answerFastifyError, answerNoRoute } from "./refusals.js";
import type { Services } from "./services.js";

export interface AppOptions {
  services: Services;
  /** Enables POST /_gatehouse/reset. */
  reset?: () => Promise<void>;
  logLevel: string;
  /** Serves the web console (/console/…, /signin/…) beside the Query API. */
  console?: ConsoleSettings;
}

export function buildApp(options: AppOptions): FastifyInstance {
  const app = Fastify({
    logger: options.logLevel === "silent" ? false : { level: options.logLevel },
    // Fastify's own two lines per request are off: onResponse writes one.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: MAX_BODY_BYTES * 2,
    // The raw query string is needed byte for byte for SigV4.
    routerOptions: { ignoreTrailingSlash: false },
    // What Node's HTTP parser refuses (headers too large, a broken request): XML too.
    clientErrorHandler: answerClientError,
  });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", { parseAs: "buffer" }, (_req, body, done) => done(null, body));

  const query = async (
    req: import("fastify").FastifyRequest,
    reply: import("fastify").FastifyReply,
  ) => {
    const url = req.raw.url ?? "/";
    const q = url.indexOf("?");
    const body = req.body instanceof Buffer ? req.body : Buffer.alloc(0);
    const response: QueryResponse = await handleQuery(options.services, {
      method: req.method,
      path: q < 0 ? url : url.slice(0, q),
      query: q < 0 ? "" : url.slice(q + 1),
      headers: req.raw.headersDistinct,
      body,
      sourceIp: req.ip,
      secure: req.protocol === "https",
    });
    reply.code(response.status).headers(response.headers);
    (reply as unknown as { gatehouse: QueryResponse }).gatehouse = response;
    return reply.send(response.body);
  };
  app.post("/", query);
  app.get("/", query);

  // What Fastify itself refuses (a body over its limit, a broken request, no
  // such route) answers in the shape of the API asked, never Fastify's JSON.
  app.setErrorHandler(answerFastifyError);
  app.setNotFoundHandler(answerNoRoute);

  registerHealth(app, options.services.store);
  registerAgentRoutes(app, options.services);
  if (options.reset !== undefined) {
    const reset = options.reset;
    app.post("/_gatehouse/reset", async () => {
      await reset();
      return { status: "reset" };
    });
  }
  if (options.console !== undefined) {
    registerConsole(app, { services: options.services, settings: options.console });
  }

  // One line per request (none at all when logging is off).
  if (options.logLevel === "silent") return app;
  app.addHook("onResponse", (req, reply, done) => {
    const info = (reply as unknown as { gatehouse?: QueryResponse }).gatehouse;
    const path = (req.raw.url ?? "/").split("?")[0];
    req.log.info(
      {
        method: req.method,
        path,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
        ip: req.ip,
        action: info?.action,
        accessKeyId: info?.accessKeyId,
        error: info?.errorCode,
        requestId: info?.headers["x-amzn-RequestId"],
      },
      "request",
    );
    done();
  });
  return app;
}
