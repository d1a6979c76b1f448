/**
 * What the AssumeRole tests share: roles made through IAM with a trust
 * policy (and permissions), trust policies of the usual shapes, AssumeRole
 * through the SDK with the answer turned into keys.
 */
import {
  CreateRoleCommand,
  PutRolePolicyCommand,
  TagRoleCommand,
  type Tag,
} from "@aws-sdk/client-iam";
import { AssumeRoleCommand, type AssumeRoleCommandInput } from "@aws-sdk/client-sts";
import { ACCOUNT, type TestServer } from "../server/harness.js";
import { keysOf, stsClient, type TempKeys } from "./helpers.js";

export const roleArnOf = (name: string, path = "/") => `arn:aws:iam::${ACCOUNT}:role${path}${name}`;
export const userArnOf = (name: string) => `arn:aws:iam::${ACCOUNT}:user/${name}`;

/** One trust statement; the document around it. */
export function trust(
  principal: Record<string, string | string[]>,
  actions: string | string[] = "sts:AssumeRole",
  condition?: Record<string, Record<string, string | string[]>>,
): string {
  return JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Principal: principal,
        Action: actions,
        ...(condition === undefined ? {} : { Condition: condition }),
      },
    ],
  });
}

/** A permissions document of one Allow statement (with a condition when given). */
export function permit(
  actions: string | string[],
  resource: string | string[] = "*",
  condition?: Record<string, Record<string, string | string[]>>,
): string {
  return JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Action: actions,
        Resource: resource,
        ...(condition === undefined ? {} : { Condition: condition }),
      },
    ],
  });
}

/** A role with a trust policy and, when given, an inline permissions policy and tags. */
export async function makeRole(
  srv: TestServer,
  name: string,
  trustPolicy: string,
  options: { policy?: string; maxSessionDuration?: number; tags?: Tag[]; path?: string } = {},
): Promise<{ arn: string; roleId: string }> {
  const iam = srv.iam();
  const made = await iam.send(
    new CreateRoleCommand({
      RoleName: name,
      AssumeRolePolicyDocument: trustPolicy,
      ...(options.path === undefined ? {} : { Path: options.path }),
      ...(options.maxSessionDuration === undefined
        ? {}
        : { MaxSessionDuration: options.maxSessionDuration }),
    }),
  );
  if (options.policy !== undefined) {
    await iam.send(
      new PutRolePolicyCommand({ RoleName: name, PolicyName: "p", PolicyDocument: options.policy }),
    );
  }
  if (options.tags !== undefined) {
    await iam.send(new TagRoleCommand({ RoleName: name, Tags: options.tags }));
  }
  return { arn: made.Role?.Arn ?? "", roleId: made.Role?.RoleId ?? "" };
}

/** AssumeRole with `keys`; the session's keys. */
export async function assume(
  srv: TestServer,
  keys: TempKeys,
  input: AssumeRoleCommandInput,
): Promise<TempKeys> {
  const out = await stsClient(srv, keys).send(new AssumeRoleCommand(input));
  return keysOf(out.Credentials);
}
