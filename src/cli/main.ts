/** Dispatches `gatehouse <command> …` to the command's module. */
import { agentCommand } from "./agent.js";
import { instanceCommand } from "./instance.js";
import { policyCommand } from "./policy.js";
import { serveCommand } from "./serve.js";

export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export const USAGE = `Usage: gatehouse <command> [options]

Commands:
  serve [options]                    Serve IAM, STS, the instances API and the console.
  policy validate --kind KIND FILE   Check a policy document the way IAM does.
                                     KIND: identity, resource, trust, boundary, session, scp.
                                     FILE may be - for standard input. --json prints JSON.
  policy evaluate [--no-explain]     Read requests as JSON lines on standard input and
                                     write one decision per line.
  instance launch --profile NAME [--name N]
                                     Launch an instance with an instance profile; prints
                                     its launch token for 'gatehouse agent'.
  instance list | describe ID | terminate ID | replace-profile ID --profile NAME
                                     The instances API (credentials from AWS_ACCESS_KEY_ID…,
                                     --endpoint URL or GATEHOUSE_ENDPOINT). Prints JSON.
  agent --server URL [options]       Serve an instance's role credentials over the instance
                                     metadata service and the container endpoint.
Run 'gatehouse <command> --help' for a command's details.
`;

export async function main(args: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.stdout.write(USAGE);
    return 0;
  }
  if (command === "policy") return policyCommand(rest, io);
  if (command === "serve") return serveCommand(rest, io, process.env);
  if (command === "agent") return agentCommand(rest, io, process.env);
  if (command === "instance") return instanceCommand(rest, io, process.env);
  io.stderr.write(`gatehouse: unknown command '${command}'\n\n${USAGE}`);
  return 2;
}
