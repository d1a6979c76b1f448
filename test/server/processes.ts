/**
 * Gatehouse as a separate process (`node dist/cli.js serve`, built by
 * `npm run build`), for tests of several nodes on one database and of what
 * a node survives. It listens on a port of its own choosing; its address is
 * read from what it prints when it is ready.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import { ACCOUNT, ROOT_KEY } from "./harness.js";

const CLI = resolve(import.meta.dirname, "../../dist/cli.js");
/** The line `gatehouse serve` prints once it listens, with its address. */
export const READY = /Gatehouse is serving [^\n]* at (http:\/\/\S+)/;

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Whether it has exited (and with what), so far. */
  exited(): { code: number | null; signal: string | null } | undefined;
  /** Everything it wrote to stderr. */
  stderr(): string;
  /** SIGTERM, and waits for the exit. */
  stop(): Promise<void>;
}

export interface ServerProcessOptions {
  /** The SQLite data directory (and the server key's), shared by nodes of one store. */
  dataDir: string;
  databaseUrl?: string;
  args?: string[];
  env?: Record<string, string>;
}

export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const args = [CLI, "serve", "--port", "0", "--data-dir", options.dataDir];
  if (options.databaseUrl !== undefined) args.push("--database-url", options.databaseUrl);
  const child = spawn(process.execPath, [...args, ...(options.args ?? [])], {
    env: {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      GATEHOUSE_ACCOUNT_ID: ACCOUNT,
      GATEHOUSE_ROOT_ACCESS_KEY_ID: ROOT_KEY.accessKeyId,
      GATEHOUSE_ROOT_SECRET_ACCESS_KEY: ROOT_KEY.secretAccessKey,
      GATEHOUSE_LOG_LEVEL: "warn",
      ...options.env,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  let exit: { code: number | null; signal: string | null } | undefined;
  const exited = new Promise<void>((done) =>
    child.once("exit", (code, signal) => {
      exit = { code, signal };
      done();
    }),
  );
  const url = await new Promise<string>((ready, failed) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      failed(new Error(`server did not start:\n${stderr}`));
    }, 30_000);
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
      const match = READY.exec(stderr);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        ready(match[1]);
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      failed(new Error(`server exited before it was ready:\n${stderr}`));
    });
  });
  return {
    url,
    child,
    exited: () => exit,
    stderr: () => stderr,
    async stop() {
      if (exit === undefined) child.kill("SIGTERM");
      await exited;
    },
  };
}
