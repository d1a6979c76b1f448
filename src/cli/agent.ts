/** `gatehouse agent`: workload credentials for an instance, over IMDS and the container endpoint. */
import { agentOptionsHelp, parseAgentConfig } from "../agent/config.js";
import { runAgent } from "../agent/run.js";
import { isoSeconds } from "../agent/time.js";
import type { Io } from "./main.js";

export const AGENT_USAGE = `Usage: gatehouse agent --server URL [--launch-token TOKEN] [options]

Runs on an instance launched with 'gatehouse instance launch'. The first run
trades the launch token, once, for the instance's identity, bound to an
Ed25519 key pair it generates into the state directory (key.pem, mode 0600;
the private key is never sent). Later runs need no token. It then serves the
role credentials of the instance's profile to unmodified programs:

  the instance metadata service (IMDSv2), at --listen: point SDKs at it with
    AWS_EC2_METADATA_SERVICE_ENDPOINT=http://127.0.0.1:7711/  (the trailing
    slash is needed by AWS CLI v2), or listen on 169.254.169.254:80 inside
    the workload's network namespace, where SDKs look by default;
  the container credentials endpoint, on the same listener:
    AWS_CONTAINER_CREDENTIALS_FULL_URI=http://127.0.0.1:7711/latest/container-credentials
    AWS_CONTAINER_AUTHORIZATION_TOKEN=<the content of STATE_DIR/container-token>
    (or AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE=STATE_DIR/container-token).

Options (each also an environment variable):
${agentOptionsHelp()}`;

export async function agentCommand(
  args: readonly string[],
  io: Io,
  env: Readonly<Record<string, string | undefined>>,
): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout.write(AGENT_USAGE);
    return 0;
  }
  const config = parseAgentConfig(args, env);
  if ("error" in config) {
    io.stderr.write(`gatehouse agent: ${config.error}\n\n${AGENT_USAGE}`);
    return 2;
  }
  const log = (line: string) =>
    io.stderr.write(`${isoSeconds(Date.now())} gatehouse agent: ${line}\n`);
  let agent;
  try {
    agent = await runAgent(config, log);
  } catch (err) {
    io.stderr.write(`gatehouse agent: ${(err as Error).message}\n`);
    return 1;
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  log("stopping");
  await agent.close();
  return 0;
}
