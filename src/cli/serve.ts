/** `gatehouse serve`: the IAM, STS and instances endpoint, and the console. */
import { configHelp, parseConfig } from "../server/config.js";
import { coverage, serverActions } from "../server/served.js";
import { startServer } from "../server/start.js";
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
  let server;
  try {
    server = await startServer(config, env);
  } catch (err) {
    io.stderr.write(`gatehouse serve: ${(err as Error).message}\n`);
    return 1;
  }
  const lines = [
    `Gatehouse is serving IAM, STS and the instances API at ${server.url}`,
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
