/**
 * GetAccountSummary: the account's entity counts and IAM's quotas, under the
 * SummaryMap keys of AWS's answer (a 2026 AWS recording in localstack's IAM
 * tests lists all 34). Entities Gatehouse does not have yet (roles, instance
 * profiles, identity providers, server certificates, MFA devices, signing
 * certificates, the root password) count 0.
 */
import { summaryQuotas } from "../model/quotas.js";
import type { Action } from "./action.js";
import { countOf } from "./users.js";

/** The recording's value; AWS answers 2 when the account opted into v2 global tokens. */
const GLOBAL_ENDPOINT_TOKEN_VERSION = 1;

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
        Users: await countOf(db, "users", account),
        Groups: await countOf(db, "groups", account),
        Policies: await countOf(db, "managed_policies", account),
        // Managed policies (customer and AWS) attached to users, groups and roles.
        PolicyVersionsInUse: Number(attachments.n),
        AccountAccessKeysPresent: rootKey === undefined ? 0 : 1,
      };
    });
    return {
      SummaryMap: {
        ...counts,
        Roles: 0,
        InstanceProfiles: 0,
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
