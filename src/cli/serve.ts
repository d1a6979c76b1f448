/** `gatehouse serve`: the IAM and STS endpoint. */
import { configHelp, parseConfig } from "../server/config.js";
import { startServer } from "../server/start.js";
import type { Io } from "./main.js";

export const SERVE_USAGE = `Usage: gatehouse serve [options]

Serves the AWS IAM API (AWS Query protocol, SigV4); STS joins it on the same
endpoint in a later release (its calls answer NotImplemented until then).

Options (each also an environment variable):
${configHelp()}`;

export async function serveCommand(
  args: readonly string[],
  io: Io,
  env: Readonly<Record<string, string | undefined>>,
): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout.write(SERVE_USAGE);
    return 0;
  }
  const config = parseConfig(args, env);
  if ("error" in config) {
    io.stderr.write(`gatehouse serve: ${config.error}\n\n${SERVE_USAGE}`);
    return 2;
  }
  let server;
  try {
    server = await startServer(config, env);
  } catch (err) {
    io.stderr.write(`gatehouse serve: ${(err as Error).message}\n`);
    return 1;
  }
  const lines = [
    `Gatehouse is serving IAM at ${server.url}`,
    `  account:  ${server.accountId}`,
    `  storage:  ${config.databaseUrl !== undefined ? "PostgreSQL" : config.ephemeral ? "memory (ephemeral)" : `SQLite in ${config.dataDir}`}`,
  ];
  const key = server.boot.generatedRootKey;
  if (key !== undefined) {
    lines.push(
      "",
      "The root user's access key (shown once):",
      `  AWS_ACCESS_KEY_ID=${key.accessKeyId}`,
      `  AWS_SECRET_ACCESS_KEY=${key.secretAccessKey}`,
    );
    if (key.savedTo !== undefined) lines.push(`  (saved to ${key.savedTo}, mode 0600)`);
  }
  lines.push(
    "",
    `The console: ${server.url}/signin/${server.accountId}`,
    "  (the root user's password is the one GATEHOUSE_ROOT_PASSWORD gave at a start)",
  );
  lines.push("", `Try: aws --endpoint-url ${server.url} iam list-users`, "");
  io.stderr.write(`${lines.join("\n")}\n`);
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  io.stderr.write(`Gatehouse is stopping (${signal}): finishing the requests in flight\n`);
  // A second signal, or requests still running after the grace period, end them.
  const cut = () => server.app.server.closeAllConnections();
  const grace = setTimeout(cut, STOP_GRACE_MS);
  process.once("SIGINT", cut);
  process.once("SIGTERM", cut);
  try {
    await server.close();
  } finally {
    clearTimeout(grace);
    process.removeListener("SIGINT", cut);
    process.removeListener("SIGTERM", cut);
  }
  io.stderr.write("Gatehouse stopped\n");
  return 0;
}

/** How long a stop waits for requests in flight before closing their connections. */
const STOP_GRACE_MS = 10_000;
