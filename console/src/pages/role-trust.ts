/**
 * The trust policies the role wizard writes: for an AWS service, for
 * another (or this) account with an external id and MFA as options, and for
 * a web identity (OpenID Connect) provider with its audience.
 */

export type Trusted =
  | { type: "service"; service: string }
  | { type: "account"; accountId: string; externalId?: string; requireMfa: boolean }
  | { type: "web"; providerArn: string; providerUrl: string; audience: string };

export const SERVICES: readonly { title: string; principal: string }[] = [
  { title: "EC2", principal: "ec2.amazonaws.com" },
  { title: "Lambda", principal: "lambda.amazonaws.com" },
  { title: "Elastic Container Service tasks", principal: "ecs-tasks.amazonaws.com" },
  { title: "CodeBuild", principal: "codebuild.amazonaws.com" },
];

export function trustPolicy(t: Trusted): string {
  const statement: Record<string, unknown> = { Effect: "Allow" };
  if (t.type === "service") {
    statement["Principal"] = { Service: t.service };
    statement["Action"] = "sts:AssumeRole";
  } else if (t.type === "account") {
    statement["Principal"] = { AWS: `arn:aws:iam::${t.accountId}:root` };
    statement["Action"] = "sts:AssumeRole";
    const condition: Record<string, Record<string, string>> = {};
    if (t.externalId !== undefined && t.externalId !== "") {
      condition["StringEquals"] = { "sts:ExternalId": t.externalId };
    }
    if (t.requireMfa) condition["Bool"] = { "aws:MultiFactorAuthPresent": "true" };
    if (Object.keys(condition).length > 0) statement["Condition"] = condition;
  } else {
    statement["Principal"] = { Federated: t.providerArn };
    statement["Action"] = "sts:AssumeRoleWithWebIdentity";
    statement["Condition"] = { StringEquals: { [`${t.providerUrl}:aud`]: t.audience } };
  }
  return JSON.stringify({ Version: "2012-10-17", Statement: [statement] }, null, 2);
}
