/**
 * What deleting a user takes with it, in the order IAM needs (DeleteUser
 * refuses while any is left): the console password, access keys, MFA
 * devices (deactivated, and the virtual ones deleted), group memberships,
 * inline and attached policies.
 */
import { callIam } from "../api";
import { listAll } from "../lists";

export interface DeleteStep {
  label: string;
  run(): Promise<unknown>;
}

export async function deleteUserSteps(userName: string): Promise<DeleteStep[]> {
  const who = { UserName: userName };
  const steps: DeleteStep[] = [];
  const profile = await callIam("GetLoginProfile", who).then(
    () => true,
    (err: { code?: string }) => {
      if (err.code === "NoSuchEntity") return false;
      throw err;
    },
  );
  if (profile) {
    steps.push({ label: "Console password", run: () => callIam("DeleteLoginProfile", who) });
  }
  const keys = await listAll<{ AccessKeyId: string }>("ListAccessKeys", "AccessKeyMetadata", who);
  for (const k of keys) {
    steps.push({
      label: `Access key ${k.AccessKeyId}`,
      run: () => callIam("DeleteAccessKey", { ...who, AccessKeyId: k.AccessKeyId }),
    });
  }
  const devices = await listAll<{ SerialNumber: string }>("ListMFADevices", "MFADevices", who);
  for (const d of devices) {
    const virtual = d.SerialNumber.includes(":mfa/");
    steps.push({
      label: `MFA device ${d.SerialNumber} (deactivated${virtual ? ", then deleted" : ""})`,
      run: async () => {
        await callIam("DeactivateMFADevice", { ...who, SerialNumber: d.SerialNumber });
        if (virtual) {
          await callIam("DeleteVirtualMFADevice", { SerialNumber: d.SerialNumber });
        }
      },
    });
  }
  const groups = await listAll<{ GroupName: string }>("ListGroupsForUser", "Groups", who);
  for (const g of groups) {
    steps.push({
      label: `Membership of group ${g.GroupName}`,
      run: () => callIam("RemoveUserFromGroup", { ...who, GroupName: g.GroupName }),
    });
  }
  const inline = await listAll<string>("ListUserPolicies", "PolicyNames", who);
  for (const name of inline) {
    steps.push({
      label: `Inline policy ${name}`,
      run: () => callIam("DeleteUserPolicy", { ...who, PolicyName: name }),
    });
  }
  const attached = await listAll<{ PolicyArn: string; PolicyName: string }>(
    "ListAttachedUserPolicies",
    "AttachedPolicies",
    who,
  );
  for (const p of attached) {
    steps.push({
      label: `Attached policy ${p.PolicyName}`,
      run: () => callIam("DetachUserPolicy", { ...who, PolicyArn: p.PolicyArn }),
    });
  }
  return steps;
}
