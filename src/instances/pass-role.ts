/**
 * iam:PassRole, as EC2 checks it when an instance is launched with an
 * instance profile or its profile is replaced: the caller must be allowed
 * to pass the profile's role to ec2.amazonaws.com (context key
 * iam:PassedToService). A profile without a role passes nothing; an
 * unknown profile is the action's own error, found in `run`.
 */
import type { FurtherCheck } from "../iam/action.js";
import { findProfile } from "../iam/instance-profiles-common.js";
import type { Db } from "../iam/roles-common.js";
import { roleArn } from "../model/arns.js";
import { EC2_SERVICE, profileRole } from "./common.js";

export async function passRoleChecks(
  db: Db,
  accountId: string,
  profileName: string,
  partition: string,
): Promise<FurtherCheck[]> {
  const profile = await findProfile(db, accountId, profileName);
  if (profile === undefined) return [];
  const role = await profileRole(db, profile.id);
  if (role === undefined) return [];
  return [
    {
      permission: "iam:PassRole",
      resource: roleArn(role.account_id, role.name, role.path, partition),
      context: { "iam:PassedToService": EC2_SERVICE },
    },
  ];
}
