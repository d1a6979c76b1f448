/**
 * The three outside programs of the acceptance test, each asking who it is,
 * listing users (allowed by EC2-S3-Access's policy) and creating one (not
 * allowed), with nothing but the default credential chain. Each prints one
 * JSON line: {"arn", "listUsers", "createUser"}, an action's value "ok" or
 * the error code.
 */
import { execFile } from "node:child_process";
import { AWS_CLI, PYTHON } from "../e2e/tools.js";
import { REPO } from "./e2e-helpers.js";

export interface Outcome {
  arn: string;
  listUsers: string;
  createUser: string;
}

/** The JS SDK v3, default chain: no credentials given to the clients. */
const NODE_PROGRAM = `
import { STSClient, GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { IAMClient, ListUsersCommand, CreateUserCommand } from "@aws-sdk/client-iam";
const endpoint = process.env.GATEHOUSE_URL;
const options = { region: "us-east-1", endpoint, maxAttempts: 1 };
const result = {};
try {
  const me = await new STSClient(options).send(new GetCallerIdentityCommand({}));
  result.arn = me.Arn;
} catch (err) { result.arn = "error " + err.name + ": " + err.message; }
const iam = new IAMClient(options);
for (const [key, command] of [
  ["listUsers", new ListUsersCommand({})],
  ["createUser", new CreateUserCommand({ UserName: "from-node-" + process.pid })],
]) {
  try { await iam.send(command); result[key] = "ok"; } catch (err) { result[key] = err.name; }
}
console.log(JSON.stringify(result));
`;

const PYTHON_PROGRAM = `
import json, os, boto3, botocore.exceptions
endpoint = os.environ["GATEHOUSE_URL"]
session = boto3.session.Session(region_name="us-east-1")
result = {}
try:
    result["arn"] = session.client("sts", endpoint_url=endpoint).get_caller_identity()["Arn"]
except Exception as err:
    result["arn"] = "error %s" % err
iam = session.client("iam", endpoint_url=endpoint)
for key, call in [("listUsers", lambda: iam.list_users()),
                  ("createUser", lambda: iam.create_user(UserName="from-boto3-%d" % os.getpid()))]:
    try:
        call()
        result[key] = "ok"
    except botocore.exceptions.ClientError as err:
        result[key] = err.response["Error"]["Code"]
print(json.dumps(result))
`;

function exec(
  command: string,
  args: string[],
  env: Record<string, string>,
  cwd = REPO,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { env, cwd, timeout: 60_000 }, (err, stdout, stderr) => {
      if (err && typeof err.code !== "number") {
        reject(new Error(`${command}: ${err.message}\n${stderr}`));
        return;
      }
      resolve({ code: err ? (err.code as number) : 0, stdout, stderr });
    });
  });
}

/**
 * A client environment with no credentials anywhere: an empty HOME, no AWS_*
 * variable but the ones given. `prefix` runs the program inside something
 * (ip netns exec NS).
 */
export function bareEnv(home: string, aws: Record<string, string>): Record<string, string> {
  return { PATH: "/usr/bin:/bin", HOME: home, LANG: "C.UTF-8", ...aws };
}

function parse(what: string, r: { code: number; stdout: string; stderr: string }): Outcome {
  const line = r.stdout.trim().split("\n").pop() ?? "";
  try {
    return JSON.parse(line) as Outcome;
  } catch {
    throw new Error(`${what} printed no result (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  }
}

export async function nodeOutcome(
  env: Record<string, string>,
  gatehouseUrl: string,
  prefix: string[] = [],
): Promise<Outcome> {
  const command = [...prefix, process.execPath, "--input-type=module", "-e", NODE_PROGRAM];
  const r = await exec(command[0] as string, command.slice(1), {
    ...env,
    GATEHOUSE_URL: gatehouseUrl,
  });
  return parse("the Node program", r);
}

export async function boto3Outcome(
  env: Record<string, string>,
  gatehouseUrl: string,
  prefix: string[] = [],
): Promise<Outcome> {
  const command = [...prefix, PYTHON, "-c", PYTHON_PROGRAM];
  const r = await exec(command[0] as string, command.slice(1), {
    ...env,
    GATEHOUSE_URL: gatehouseUrl,
  });
  return parse("the boto3 program", r);
}

/** AWS CLI v2: three commands, the same outcome shape from their output and exit codes. */
export async function awsCliOutcome(
  env: Record<string, string>,
  gatehouseUrl: string,
  prefix: string[] = [],
): Promise<Outcome> {
  const aws = (...args: string[]) => {
    const command = [
      ...prefix,
      AWS_CLI,
      ...args,
      "--endpoint-url",
      gatehouseUrl,
      "--region",
      "us-east-1",
      "--output",
      "json",
    ];
    return exec(command[0] as string, command.slice(1), { ...env, AWS_PAGER: "" });
  };
  const code = (r: { code: number; stderr: string }) =>
    r.code === 0 ? "ok" : (/\(([A-Za-z.]+)\) when calling/.exec(r.stderr)?.[1] ?? r.stderr.trim());
  const me = await aws("sts", "get-caller-identity");
  const arn =
    me.code === 0 ? (JSON.parse(me.stdout) as { Arn: string }).Arn : `error ${me.stderr.trim()}`;
  const list = await aws("iam", "list-users");
  const create = await aws("iam", "create-user", "--user-name", `from-cli-${process.pid}`);
  return { arn, listUsers: code(list), createUser: code(create) };
}
