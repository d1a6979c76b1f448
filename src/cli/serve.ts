/** `gatehouse serve`: the IAM, STS and instances endpoint, and the console. */
import { configHelp, parseConfig } from "../server/config.js";
import { coverage, serverActions } from "../server/served.js";
import cluster from "node:cluster";
import { startServer } from "../server/start.js";
import { banner, stopServer, stopSignal } from "./serve-common.js";
import { serveNodes, workerCount } from "./serve-nodes.js";
import type { Io } from "./main.js";

export function serveUsage(): string {
  const lines = coverage(serverActions(600)).map(
    ({ service, operations, missing }) =>
      `  ${service.toUpperCase()}: ${operations - missing.length} of ${operations} operations` +
      (missing.length === 0
        ? ""
        : `; not yet (they answer NotImplemented, 501):\n${wrap(missing)}`),
  );
  return `Usage: gatehouse serve [options]

Serves on one endpoint, signed with SigV4 as AWS's services are:
  the AWS IAM and STS APIs (AWS Query protocol; AWS's CLI, SDKs and boto3),
  the instances API (SigV4 service gatehouse) and the agent's endpoints,
  the web console at /console/ (sign-in at /signin/<account id or alias>).
${lines.join("\n")}

Options (each also an environment variable):
${configHelp()}`;
}

/** Names as indented lines of at most 80 columns. */
function wrap(names: readonly string[]): string {
  const lines: string[] = [];
  let line = "   ";
  for (const name of names) {
    if (line.length + name.length + 2 > 80) {
      lines.push(line);
      line = "   ";
    }
    line += ` ${name},`;
  }
  lines.push(line.replace(/,$/, ""));
  return lines.join("\n");
}

export async function serveCommand(
  args: readonly string[],
  io: Io,
  env: Readonly<Record<string, string | undefined>>,
): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout.write(serveUsage());
    return 0;
  }
  const config = parseConfig(args, env);
  if ("error" in config) {
    io.stderr.write(`gatehouse serve: ${config.error}\n\n${serveUsage()}`);
    return 2;
  }
  const workers = workerCount(config.workers);
  if (workers > 1 || cluster.isWorker) return serveNodes(config, workers, io, env);
  let server;
  try {
    server = await startServer(config, env);
  } catch (err) {
    io.stderr.write(`gatehouse serve: ${(err as Error).message}\n`);
    return 1;
  }
  io.stderr.write(banner(config, server.url, server.accountId, server.boot, 1));
  const signal = await stopSignal();
  io.stderr.write(`Gatehouse is stopping (${signal}): finishing the requests in flight\n`);
  await stopServer(server);
  io.stderr.write("Gatehouse stopped\n");
  return 0;
}
