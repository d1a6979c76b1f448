/** What the simulator test files share: alice, her policies, and lookups. */
import assert from "node:assert/strict";
import {
  AttachUserPolicyCommand,
  CreatePolicyCommand,
  CreateUserCommand,
  PutUserPolicyCommand,
  type EvaluationResult,
  type IAMClient,
} from "@aws-sdk/client-iam";
import { ACCOUNT } from "./harness.js";

export const ALICE = `arn:aws:iam::${ACCOUNT}:user/alice`;

// Line 3 holds `"Statement": [` (col 16 is "["), so AWS's start is Line 3, Column 17;
// the first statement's "}" is on line 8 at column 5 (end: column 6), the second's on
// line 13; the second starts just after the first's "}" (Line 8, Column 6).
export const ALLOW_DOC = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["s3:GetObject", "s3:DeleteObject"],
      "Resource": "*"
    },
    {
      "Sid": "Tagged",
      "Effect": "Allow",
      "Action": "s3:PutObject",
      "Resource": "*",
      "Condition": { "StringEquals": { "aws:RequestTag/team": "blue" } }
    }
  ]
}`;
export const DENY_DOC = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Deny", Action: "s3:DeleteObject", Resource: "*" }],
});

export function policy(...statements: Record<string, unknown>[]): string {
  return JSON.stringify({ Version: "2012-10-17", Statement: statements });
}

export async function alice(iam: IAMClient): Promise<void> {
  await iam.send(new CreateUserCommand({ UserName: "alice" }));
  await iam.send(
    new PutUserPolicyCommand({ UserName: "alice", PolicyName: "Allow", PolicyDocument: ALLOW_DOC }),
  );
  const created = await iam.send(
    new CreatePolicyCommand({ PolicyName: "NoDelete", PolicyDocument: DENY_DOC }),
  );
  await iam.send(
    new AttachUserPolicyCommand({ UserName: "alice", PolicyArn: created.Policy?.Arn }),
  );
}

export function byAction(
  results: EvaluationResult[] | undefined,
  action: string,
): EvaluationResult {
  const found = (results ?? []).find((r) => r.EvalActionName === action);
  assert.ok(found, `no result for ${action}`);
  return found;
}
