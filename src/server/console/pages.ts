/**
 * The console's pages and files over HTTP: the single-page app's index.html
 * for /console/… and /signin/…, its hashed assets under /console/assets/,
 * and a redirect to /console/ for a browser that opens the server's root.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { acceptsGzip, loadConsoleFiles, type ConsoleFiles, type StaticFile } from "./static.js";

export const CONSOLE_PATH = "/console/";
const API_PREFIX = "api/";

export function registerPages(scope: FastifyInstance, dir: string): void {
  const files = loadConsoleFiles(dir);
  const page = (req: FastifyRequest, reply: FastifyReply) => sendIndex(files, req, reply);
  scope.get("/console", (_req, reply) => reply.redirect(CONSOLE_PATH, 301));
  scope.get("/console/*", (req, reply) => {
    const rest = (req.params as { "*": string })["*"];
    if (rest.startsWith(API_PREFIX)) {
      return reply
        .code(404)
        .header("cache-control", "no-store")
        .send({ error: { code: "NotFound", message: "There is no console API at this path." } });
    }
    const file = files?.files.get(rest);
    if (file !== undefined) return sendFile(req, reply, file);
    // A missing asset is a 404, never the page: a script tag must not get HTML.
    if (rest.startsWith("assets/")) {
      return reply.code(404).type("text/plain; charset=utf-8").send("Not found\n");
    }
    return page(req, reply);
  });
  scope.get("/signin", page);
  scope.get("/signin/*", page);
}

function sendIndex(files: ConsoleFiles | undefined, req: FastifyRequest, reply: FastifyReply) {
  if (files === undefined) {
    return reply
      .code(503)
      .type("text/plain; charset=utf-8")
      .send("The console is not built. Run `npm run build`, then start the server again.\n");
  }
  return sendFile(req, reply, files.index);
}

function sendFile(req: FastifyRequest, reply: FastifyReply, file: StaticFile) {
  reply
    .header("content-type", file.contentType)
    .header("cache-control", file.cacheControl)
    .header("etag", file.etag)
    .header("vary", "accept-encoding");
  const match = req.headers["if-none-match"];
  if (match !== undefined && match.split(",").some((tag) => tag.trim() === file.etag)) {
    return reply.code(304).send();
  }
  if (file.gzip !== undefined && acceptsGzip(req.headers["accept-encoding"])) {
    return reply.header("content-encoding", "gzip").send(file.gzip);
  }
  return reply.send(file.body);
}

/**
 * A browser opening the server's root (GET / with no query string, asking
 * for HTML, unsigned) goes to the console. No AWS request looks like that:
 * the Query API's GET carries its action and signature in the query string,
 * and its POSTs are untouched.
 */
export function isBrowserAtRoot(req: FastifyRequest): boolean {
  if (req.method !== "GET" || req.raw.url !== "/") return false;
  const headers = req.headers;
  if (headers.authorization !== undefined) return false;
  for (const name in headers) if (name.startsWith("x-amz-")) return false;
  return (headers.accept ?? "").includes("text/html");
}
