/**
 * The web console on the server: its pages and files, its JSON API (sign-in,
 * sessions, IAM actions) under /console/api/, and the security headers of
 * every response of either. Its routes live in their own Fastify scope, so
 * its hooks and error handling touch nothing of the Query API's.
 */
import type { FastifyInstance } from "fastify";
import { randomUUID } from "node:crypto";
import { internalFailure, REQUEST_ID_HEADER } from "../../protocol/errors.js";
import type { Services } from "../services.js";
import { registerApi } from "./api.js";
import { securityHeaders } from "./headers.js";
import { CONSOLE_PATH, isBrowserAtRoot, registerPages } from "./pages.js";
import type { ConsoleSettings } from "./settings.js";

export interface ConsoleOptions {
  services: Services;
  settings: ConsoleSettings;
}

export function registerConsole(app: FastifyInstance, options: ConsoleOptions): void {
  app.addHook("onRequest", (req, reply, done) => {
    if (!isBrowserAtRoot(req)) return done();
    void reply
      .code(302)
      .headers(securityHeaders(req.protocol === "https"))
      .header("cache-control", "no-store")
      .redirect(CONSOLE_PATH);
  });
  void app.register(async (scope) => {
    scope.addHook("onSend", async (req, reply, payload) => {
      reply.headers(securityHeaders(req.protocol === "https"));
      return payload;
    });
    // What Fastify itself refuses here (a body over its limit) answers as the console API does.
    scope.setErrorHandler((error: { statusCode?: number }, _req, reply) => {
      const status = error.statusCode ?? 500;
      const failure =
        status === 413
          ? { code: "RequestTooLarge", message: "The request body is too large." }
          : status < 500
            ? { code: "BadRequest", message: "The request could not be read." }
            : internalFailure();
      const requestId = randomUUID();
      return reply
        .code(status < 500 ? status : 500)
        .header("cache-control", "no-store")
        .header(REQUEST_ID_HEADER, requestId)
        .send({ error: { code: failure.code, message: failure.message }, requestId });
    });
    registerApi(scope, options.services, options.settings);
    registerPages(scope, options.settings.dir);
  });
}
