/**
 * What an IAM entity still has that stops its deletion (DeleteConflict): one
 * place for the questions "does this principal have keys, inline policies,
 * attached policies, group members…", asked in AWS's order by each Delete.
 */
import type { IamError } from "../model/errors.js";
import type { Database, Transaction } from "../store/index.js";

export type PrincipalType = "user" | "group" | "role";

type Tx = Transaction<Database>;

/** One kind of dependent: how to find one, and the error to answer while one exists. */
export interface Dependent {
  find(tx: Tx, type: PrincipalType, id: string): Promise<unknown>;
  error(): IamError;
}

export const inlinePolicies = (error: () => IamError): Dependent => ({
  error,
  find: (tx, type, id) =>
    tx
      .selectFrom("inline_policies")
      .select("name")
      .where("principal_type", "=", type)
      .where("principal_id", "=", id)
      .executeTakeFirst(),
});

export const attachedPolicies = (error: () => IamError): Dependent => ({
  error,
  find: (tx, type, id) =>
    tx
      .selectFrom("policy_attachments")
      .select("policy_arn")
      .where("principal_type", "=", type)
      .where("principal_id", "=", id)
      .executeTakeFirst(),
});

export const accessKeys = (error: () => IamError): Dependent => ({
  error,
  find: (tx, _type, id) =>
    tx.selectFrom("access_keys").select("id").where("user_id", "=", id).executeTakeFirst(),
});

/** For a user: the groups it is in; for a group: its members. */
export const memberships = (error: () => IamError): Dependent => ({
  error,
  find: (tx, type, id) =>
    tx
      .selectFrom("group_members")
      .select("group_id")
      .where(type === "group" ? "group_id" : "user_id", "=", id)
      .executeTakeFirst(),
});

/** For a role: the instance profiles it is in. */
export const instanceProfiles = (error: () => IamError): Dependent => ({
  error,
  find: (tx, _type, id) =>
    tx
      .selectFrom("instance_profile_roles")
      .select("instance_profile_id")
      .where("role_id", "=", id)
      .executeTakeFirst(),
});

/** For a user: its console password (login profile). */
export const loginProfile = (error: () => IamError): Dependent => ({
  error,
  find: (tx, _type, id) =>
    tx.selectFrom("login_profiles").select("user_id").where("user_id", "=", id).executeTakeFirst(),
});

/** For a user: the MFA devices enabled for it (unassigned devices belong to no one). */
export const mfaDevices = (error: () => IamError): Dependent => ({
  error,
  find: (tx, _type, id) =>
    tx.selectFrom("mfa_devices").select("id").where("user_id", "=", id).executeTakeFirst(),
});

/** Throws the first dependent's error, in the order given. */
export async function refuseWhileDependents(
  tx: Tx,
  type: PrincipalType,
  id: string,
  dependents: readonly Dependent[],
): Promise<void> {
  for (const dependent of dependents) {
    if ((await dependent.find(tx, type, id)) !== undefined) throw dependent.error();
  }
}
