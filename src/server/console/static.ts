/**
 * The console's built files (dist/console/, written by `npm run build`),
 * read once at startup and served from memory. A request can only name a
 * file that was listed then, so no path of it ever reaches the file system
 * (no directory traversal). Vite names every asset after its content hash:
 * those are cached for a year; index.html is revalidated every time.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

/** The build's output: the same place whether this runs from src/ (tsx) or dist/. */
/** dist/console/, or GATEHOUSE_CONSOLE_DIR (a console built elsewhere, as `npm run build:console` does with it set). */
export const DEFAULT_CONSOLE_DIR =
  process.env.GATEHOUSE_CONSOLE_DIR ??
  fileURLToPath(new URL("../../../dist/console", import.meta.url));

export interface StaticFile {
  body: Buffer;
  /** The gzip of a compressible file worth compressing. */
  gzip?: Buffer;
  contentType: string;
  etag: string;
  cacheControl: string;
}

export interface ConsoleFiles {
  index: StaticFile;
  /** By path under the console's root, e.g. "assets/index-Dhz_N-vX.js". */
  files: ReadonlyMap<string, StaticFile>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".map", ".svg", ".txt"]);
const HASHED_DIR = "assets/";
export const IMMUTABLE = "public, max-age=31536000, immutable";
export const REVALIDATE = "no-cache";

/** The files of a console build in `dir`, or undefined when there is none (not built). */
export function loadConsoleFiles(dir: string): ConsoleFiles | undefined {
  if (!existsSync(join(dir, "index.html"))) return undefined;
  const files = new Map<string, StaticFile>();
  for (const path of listFiles(dir, "")) {
    files.set(path, staticFile(path, readFileSync(join(dir, path))));
  }
  const index = files.get("index.html") as StaticFile;
  return { index, files };
}

function* listFiles(dir: string, prefix: string): Generator<string> {
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    // Regular files and directories only: a symbolic link is not followed.
    if (entry.isDirectory()) yield* listFiles(dir, `${prefix}${entry.name}/`);
    else if (entry.isFile()) yield `${prefix}${entry.name}`;
  }
}

function staticFile(path: string, body: Buffer): StaticFile {
  const ext = extname(path).toLowerCase();
  const file: StaticFile = {
    body,
    contentType: CONTENT_TYPES[ext] ?? "application/octet-stream",
    etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`,
    cacheControl: path.startsWith(HASHED_DIR) ? IMMUTABLE : REVALIDATE,
  };
  if (COMPRESSIBLE.has(ext) && body.length > 1024) {
    const gzip = gzipSync(body, { level: 9 });
    if (gzip.length < body.length) file.gzip = gzip;
  }
  return file;
}

/** Whether the request's Accept-Encoding takes gzip (and does not refuse it with q=0). */
export function acceptsGzip(header: string | undefined): boolean {
  if (header === undefined) return false;
  for (const part of header.split(",")) {
    const [coding = "", ...params] = part.trim().toLowerCase().split(";");
    if (coding.trim() !== "gzip" && coding.trim() !== "*") continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  }
  return false;
}
