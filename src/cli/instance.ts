/**
 * `gatehouse instance …`: the instances API from the command line, signed
 * with the caller's AWS credentials from the environment, answers printed
 * as JSON.
 */
import type { SigningCredentials } from "../auth/sigv4-sign.js";
import { DEFAULT_PORT } from "../server/config.js";
import { callGatehouse, type ApiAnswer, type ApiTarget } from "./gatehouse-client.js";
import type { Io } from "./main.js";

export const INSTANCE_USAGE = `Usage:
  gatehouse instance launch --profile NAME [--name NAME]
      Launches an instance with the instance profile NAME; prints it and its launch token
      (shown once: give it to 'gatehouse agent --launch-token').
  gatehouse instance list                          Lists the account's instances.
  gatehouse instance describe ID                   Prints one instance.
  gatehouse instance terminate ID                  Terminates it: its credentials stop working.
  gatehouse instance replace-profile ID --profile NAME
      Binds another instance profile: sessions of the old role stop working.

Options:
  --endpoint URL   the Gatehouse server (default http://127.0.0.1:${DEFAULT_PORT}) [GATEHOUSE_ENDPOINT]
  --region REGION  the region to sign for; launched instances are in it (default us-east-1) [AWS_REGION]
Credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and, for temporary ones, AWS_SESSION_TOKEN.
Needs ec2:RunInstances (and iam:PassRole on the profile's role), ec2:DescribeInstances,
ec2:TerminateInstances, ec2:ReplaceIamInstanceProfileAssociation.
`;

type Env = Readonly<Record<string, string | undefined>>;

interface Parsed {
  sub: string;
  id?: string;
  profile?: string;
  name?: string;
  endpoint?: string;
  region?: string;
}

const SUBCOMMANDS = ["launch", "list", "describe", "terminate", "replace-profile"];

export async function instanceCommand(args: readonly string[], io: Io, env: Env): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === "--help" || sub === "-h") {
    io.stdout.write(INSTANCE_USAGE);
    return sub === undefined ? 2 : 0;
  }
  if (!SUBCOMMANDS.includes(sub)) return usageError(io, `unknown subcommand '${sub}'`);
  const parsed: Parsed = { sub };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const eq = arg.indexOf("=");
    const flag = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = flag === arg ? undefined : arg.slice(eq + 1);
    if (flag === "--help" || flag === "-h") {
      io.stdout.write(INSTANCE_USAGE);
      return 0;
    }
    const key = {
      "--profile": "profile",
      "--name": "name",
      "--endpoint": "endpoint",
      "--region": "region",
    }[flag] as "profile" | "name" | "endpoint" | "region" | undefined;
    if (key !== undefined) {
      const value = inline ?? rest[++i];
      if (value === undefined) return usageError(io, `${flag} needs a value`);
      parsed[key] = value;
    } else if (!arg.startsWith("-") && parsed.id === undefined) {
      parsed.id = arg;
    } else {
      return usageError(io, `unexpected argument '${arg}'`);
    }
  }
  const needsId = sub === "describe" || sub === "terminate" || sub === "replace-profile";
  if (needsId && parsed.id === undefined) return usageError(io, `${sub} needs an instance id`);
  if (!needsId && parsed.id !== undefined)
    return usageError(io, `unexpected argument '${parsed.id}'`);
  if ((sub === "launch" || sub === "replace-profile") && parsed.profile === undefined) {
    return usageError(io, `${sub} needs --profile NAME`);
  }
  if (sub !== "launch" && parsed.name !== undefined) return usageError(io, "--name is for launch");

  const credentials = credentialsFrom(env);
  if (credentials === undefined) {
    io.stderr.write(
      "gatehouse instance: no credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY " +
        "(and AWS_SESSION_TOKEN for temporary credentials)\n",
    );
    return 2;
  }
  const endpoint =
    parsed.endpoint ?? nonEmpty(env.GATEHOUSE_ENDPOINT) ?? `http://127.0.0.1:${DEFAULT_PORT}`;
  if (!/^https?:\/\//.test(endpoint)) return usageError(io, "--endpoint must be an http(s) URL");
  const target: ApiTarget = {
    endpoint,
    region: parsed.region ?? nonEmpty(env.AWS_REGION) ?? "us-east-1",
    credentials,
  };
  try {
    const output = await run(target, parsed);
    if (!output.ok) {
      io.stderr.write(`gatehouse instance: ${output.code}: ${output.message}\n`);
      return 1;
    }
    io.stdout.write(`${JSON.stringify(output.result, null, 2)}\n`);
    return 0;
  } catch (err) {
    io.stderr.write(`gatehouse instance: cannot reach ${endpoint}: ${(err as Error).message}\n`);
    return 1;
  }
}

async function run(target: ApiTarget, p: Parsed): Promise<ApiAnswer> {
  const id = p.id ?? "";
  switch (p.sub) {
    case "launch": {
      const params: [string, string][] = [["InstanceProfileName", p.profile ?? ""]];
      if (p.name !== undefined) params.push(["Name", p.name]);
      return callGatehouse(target, "LaunchInstance", params);
    }
    case "list":
      return listAll(target);
    case "describe": {
      const answer = await callGatehouse(target, "DescribeInstances", [
        ["InstanceIds.member.1", id],
      ]);
      if (!answer.ok) return answer;
      const [instance] = answer.result.Instances as Record<string, unknown>[];
      return { ...answer, result: instance ?? {} };
    }
    case "terminate":
      return instanceOf(await callGatehouse(target, "TerminateInstance", [["InstanceId", id]]));
    default:
      return instanceOf(
        await callGatehouse(target, "ReplaceInstanceProfile", [
          ["InstanceId", id],
          ["InstanceProfileName", p.profile ?? ""],
        ]),
      );
  }
}

/** Every page of DescribeInstances, as one list. */
async function listAll(target: ApiTarget): Promise<ApiAnswer> {
  const instances: unknown[] = [];
  let marker: string | undefined;
  for (;;) {
    const params: [string, string][] = marker === undefined ? [] : [["Marker", marker]];
    const answer = await callGatehouse(target, "DescribeInstances", params);
    if (!answer.ok) return answer;
    instances.push(...(answer.result.Instances as unknown[]));
    if (answer.result.IsTruncated !== true) return { ...answer, result: { Instances: instances } };
    marker = String(answer.result.Marker);
  }
}

function instanceOf(answer: ApiAnswer): ApiAnswer {
  if (!answer.ok) return answer;
  return { ...answer, result: answer.result.Instance as Record<string, unknown> };
}

function credentialsFrom(env: Env): SigningCredentials | undefined {
  const accessKeyId = nonEmpty(env.AWS_ACCESS_KEY_ID);
  const secretAccessKey = nonEmpty(env.AWS_SECRET_ACCESS_KEY);
  if (accessKeyId === undefined || secretAccessKey === undefined) return undefined;
  return { accessKeyId, secretAccessKey, sessionToken: nonEmpty(env.AWS_SESSION_TOKEN) };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === "" ? undefined : value;
}

function usageError(io: Io, message: string): number {
  io.stderr.write(`gatehouse instance: ${message}\n\n${INSTANCE_USAGE}`);
  return 2;
}
