/** What every way of serving shares: the start banner and a graceful stop. */
import type { BootstrapResult } from "../server/bootstrap.js";
import type { ServerConfig } from "../server/config.js";
import type { RunningServer } from "../server/start.js";

/** What `serve` prints once it listens (the tests read its first line). */
export function banner(
  config: ServerConfig,
  url: string,
  accountId: string,
  boot: BootstrapResult,
  workers: number,
): string {
  const lines = [
    `Gatehouse is serving IAM, STS and the instances API at ${url}`,
    `  account:  ${accountId}`,
    `  storage:  ${config.databaseUrl !== undefined ? "PostgreSQL" : config.ephemeral ? "memory (ephemeral)" : `SQLite in ${config.dataDir}`}`,
  ];
  if (workers > 1) lines.push(`  workers:  ${workers} processes on the port, each a node`);
  const key = boot.generatedRootKey;
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
    `The console: ${url}/signin/${accountId}`,
    "  (the root user's password is the one GATEHOUSE_ROOT_PASSWORD gave at a start)",
  );
  lines.push("", `Try: aws --endpoint-url ${url} iam list-users`, "");
  return `${lines.join("\n")}\n`;
}

export function stopSignal(
  signals: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM"],
): Promise<NodeJS.Signals> {
  return new Promise<NodeJS.Signals>((resolve) => {
    const heard = (signal: NodeJS.Signals) => {
      for (const s of signals) process.removeListener(s, heard);
      resolve(signal);
    };
    for (const signal of signals) process.once(signal, heard);
  });
}

/** Finishes the requests in flight; a second signal, or the grace period, cuts them. */
export async function stopServer(
  server: RunningServer,
  signals: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM"],
): Promise<void> {
  const cut = () => server.app.server.closeAllConnections();
  const grace = setTimeout(cut, STOP_GRACE_MS);
  for (const signal of signals) process.once(signal, cut);
  try {
    await server.close();
  } finally {
    clearTimeout(grace);
    for (const signal of signals) process.removeListener(signal, cut);
  }
}

/** How long a stop waits for requests in flight before closing their connections. */
const STOP_GRACE_MS = 10_000;
