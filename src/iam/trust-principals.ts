/**
 * A trust policy's users and roles of the role's own account must exist:
 * IAM turns each such ARN into the principal's unique id when it stores the
 * policy, and refuses one it cannot resolve with MalformedPolicyDocument,
 * `Invalid principal in policy: "AWS":"<arn>"` (recorded answers to
 * CreateRole; AWS's knowledge center, iam-trust-policy-error).
 *
 * Not looked up, as in AWS: "*", account ids and root ARNs of this account,
 * principals of other accounts, Service, Federated and CanonicalUser values.
 * Left alone because AWS's behaviour with them is unconfirmed: assumed-role
 * and federated-user session ARNs (sts), and ARNs of another partition.
 * A user or role is found by its name alone (the last segment of the ARN);
 * whether AWS also refuses an ARN whose path differs from the entity's is
 * unconfirmed. When several are unknown, the first in document order
 * (statements, then Principal before NotPrincipal, then values as written)
 * is the one quoted; which one AWS quotes is unconfirmed.
 */
import { malformedPolicyDocument } from "../model/errors.js";
import { invalidPrincipal, type ParsedPolicy, type ParsedStatement } from "../policy/index.js";
import { findRole, type Db } from "./roles-common.js";
import { findUser } from "./users.js";

const ENTITY_ARN = /^arn:([^:]+):iam::(\d{12}):(user|role)\/(?:.*\/)?([^/]+)$/;

function awsValues(statement: ParsedStatement): string[] {
  const values: string[] = [];
  for (const spec of [statement.principal, statement.notPrincipal]) {
    if (spec === undefined || spec === "*") continue;
    values.push(...(spec.AWS ?? []));
  }
  return values;
}

async function exists(db: Db, account: string, kind: string, name: string): Promise<boolean> {
  if (kind === "user") return (await findUser(db, account, name)) !== undefined;
  return (await findRole(db, account, name)) !== undefined;
}

/** Refuses the first user or role ARN of `account` that names no entity there. */
export async function checkTrustPrincipals(
  db: Db,
  account: string,
  partition: string,
  policy: ParsedPolicy,
): Promise<void> {
  for (const statement of policy.statements) {
    for (const value of awsValues(statement)) {
      const match = ENTITY_ARN.exec(value);
      if (match === null) continue;
      const [, arnPartition, arnAccount, kind = "", name = ""] = match;
      if (arnPartition !== partition || arnAccount !== account) continue;
      if (!(await exists(db, account, kind, name)))
        throw malformedPolicyDocument(invalidPrincipal("AWS", value));
    }
  }
}
