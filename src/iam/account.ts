/**
 * GetAccountSummary: the account's entity counts and IAM's quotas, under the
 * SummaryMap keys of AWS's answer (a 2026 AWS recording in localstack's IAM
 * tests lists all 34). Users, groups, roles, customer managed policies and
 * instance profiles are counted; PolicyVersionsInUse counts the managed
 * policy attachments (customer and AWS) of users, groups and roles;
 * AccountAccessKeysPresent says whether the root user has an access key.
 * Entities Gatehouse does not store yet count 0: identity providers, server
 * certificates, signing certificates, MFA devices (they come with MFA) and
 * the root user's console password (no stored state for it yet).
 */
import { summaryQuotas } from "../model/quotas.js";
import type { Database, Kysely } from "../store/index.js";
import type { Action } from "./action.js";

/** The recording's value; AWS answers 2 when the account opted into v2 global tokens. */
const GLOBAL_ENDPOINT_TOKEN_VERSION = 1;

type CountedTable = "users" | "groups" | "roles" | "managed_policies" | "instance_profiles";

async function countIn(db: Kysely<Database>, table: CountedTable, account: string) {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("account_id", "=", account)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const getAccountSummary: Action = {
  service: "iam",
  name: "GetAccountSummary",
  permission: "iam:GetAccountSummary",
  writes: false,
  resource: () => undefined,
  async run(ctx) {
    const account = ctx.caller.accountId;
    const counts = await ctx.store.read(async (db) => {
      const attachments = await db
        .selectFrom("policy_attachments")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("account_id", "=", account)
        .executeTakeFirstOrThrow();
      const rootKey = await db
        .selectFrom("access_keys")
        .select("id")
        .where("account_id", "=", account)
        .where("user_id", "is", null)
        .executeTakeFirst();
      return {
        Users: await countIn(db, "users", account),
        Groups: await countIn(db, "groups", account),
        Roles: await countIn(db, "roles", account),
        Policies: await countIn(db, "managed_policies", account),
        InstanceProfiles: await countIn(db, "instance_profiles", account),
        PolicyVersionsInUse: Number(attachments.n),
        AccountAccessKeysPresent: rootKey === undefined ? 0 : 1,
      };
    });
    return {
      SummaryMap: {
        ...counts,
        ServerCertificates: 0,
        Providers: 0,
        MFADevices: 0,
        MFADevicesInUse: 0,
        AccountMFAEnabled: 0,
        AccountPasswordPresent: 0,
        AccountSigningCertificatesPresent: 0,
        GlobalEndpointTokenVersion: GLOBAL_ENDPOINT_TOKEN_VERSION,
        ...summaryQuotas(ctx.quotas),
      },
    };
  },
};

export const accountActions: readonly Action[] = [getAccountSummary];
