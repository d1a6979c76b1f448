/**
 * `gatehouse serve --workers N`: N server processes on one port (node:cluster;
 * the primary hands connections to its workers), each a node of the store in
 * every sense: its own caches, kept true by the store's change feed.
 *
 * The primary prepares the store once (schema, server key, the default
 * account and its root key), forks the workers, prints the banner once all
 * of them listen, replaces a worker that dies, and on SIGTERM or Ctrl-C stops
 * them all gracefully (each finishes its requests in flight) before exiting.
 */
import cluster, { type Worker } from "node:cluster";
import { availableParallelism } from "node:os";
import type { ServerConfig } from "../server/config.js";
import { prepareStore, startServer } from "../server/start.js";
import { banner, stopServer, stopSignal } from "./serve-common.js";
import type { Io } from "./main.js";

/** `--workers`: a count, or "auto" for one per core. */
export function workerCount(workers: string): number {
  return workers === "auto" ? availableParallelism() : Number(workers);
}

interface Listening {
  type: "gatehouse-listening";
  url: string;
  accountId: string;
}

export async function serveNodes(
  config: ServerConfig,
  workers: number,
  io: Io,
  env: Readonly<Record<string, string | undefined>>,
): Promise<number> {
  return cluster.isWorker ? serveAsWorker(config, io, env) : servePrimary(config, workers, io, env);
}

async function servePrimary(
  config: ServerConfig,
  count: number,
  io: Io,
  env: Readonly<Record<string, string | undefined>>,
): Promise<number> {
  let boot;
  try {
    boot = await prepareStore(config, env);
  } catch (err) {
    io.stderr.write(`gatehouse serve: ${(err as Error).message}\n`);
    return 1;
  }
  let stopping = false;
  let announced = false;
  let listening = 0;
  let failed = false;
  const live = new Set<Worker>();
  const fork = () => {
    const worker = cluster.fork();
    live.add(worker);
    worker.on("message", (message: Listening) => {
      if (message?.type !== "gatehouse-listening" || announced) return;
      // Ready once every worker listens: the banner says so.
      if (++listening < count) return;
      announced = true;
      io.stderr.write(banner(config, message.url, message.accountId, boot, count));
    });
    worker.on("exit", (code, signal) => {
      live.delete(worker);
      if (stopping) return;
      if (!announced) {
        // A worker that cannot start (a port in use, a bad store) will not do better again.
        failed = true;
        stopping = true;
        for (const other of live) other.process.kill("SIGTERM");
        return;
      }
      io.stderr.write(
        `gatehouse serve: a worker ended (${signal ?? `exit ${code}`}); starting another\n`,
      );
      fork();
    });
  };
  for (let i = 0; i < count; i++) fork();
  const signal = await Promise.race([
    stopSignal(),
    new Promise<null>((resolve) => {
      const check = setInterval(() => {
        if (failed && live.size === 0) {
          clearInterval(check);
          resolve(null);
        }
      }, 50).unref();
    }),
  ]);
  if (signal === null) {
    io.stderr.write("gatehouse serve: the workers could not start\n");
    return 1;
  }
  stopping = true;
  io.stderr.write(`Gatehouse is stopping (${signal}): the workers finish their requests\n`);
  const exits = [...live].map(
    (worker) => new Promise<void>((resolve) => worker.once("exit", () => resolve())),
  );
  for (const worker of live) worker.process.kill("SIGTERM");
  // A second signal here reaches the workers too: they cut their connections.
  const forward = () => {
    for (const worker of live) worker.process.kill("SIGTERM");
  };
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  await Promise.all(exits);
  process.removeListener("SIGINT", forward);
  process.removeListener("SIGTERM", forward);
  io.stderr.write("Gatehouse stopped\n");
  return 0;
}

async function serveAsWorker(
  config: ServerConfig,
  io: Io,
  env: Readonly<Record<string, string | undefined>>,
): Promise<number> {
  let server;
  try {
    server = await startServer(config, env);
  } catch (err) {
    io.stderr.write(`gatehouse serve (worker ${process.pid}): ${(err as Error).message}\n`);
    return 1;
  }
  const listening: Listening = {
    type: "gatehouse-listening",
    url: server.url,
    accountId: server.accountId,
  };
  process.send?.(listening);
  // Only the primary stops a worker (SIGTERM); Ctrl-C reaches the whole
  // process group, and the primary answers it for all of them.
  process.on("SIGINT", () => {});
  await stopSignal(["SIGTERM"]);
  await stopServer(server, ["SIGTERM"]);
  // The channel to the primary would keep the process alive.
  cluster.worker?.disconnect();
  return 0;
}
