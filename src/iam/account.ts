/**
 * GetAccountSummary: the account's entity counts and IAM's quotas, under the
 * SummaryMap keys of AWS's answer (a 2026 AWS recording in localstack's IAM
 * tests lists all 34). Users, groups, roles, customer managed policies and
 * instance profiles are counted; PolicyVersionsInUse counts the managed
 * policy attachments (customer and AWS) of users, groups and roles;
 * AccountAccessKeysPresent says whether the root user has an access key.
 * Providers counts the identity providers, SAML and OpenID Connect alike (a
 * 2026 AWS recording: one of each adds 2); Gatehouse stores OIDC providers only.
 * MFADevices counts the virtual MFA devices, assigned or not; MFADevicesInUse
 * those enabled for a user or the root user; AccountMFAEnabled is 1 when the
 * root user has one (the model's example: 6 devices, 3 in use).
 * AccountPasswordPresent is 1 when the root user has a console password.
 * Entities Gatehouse does not store count 0: server certificates and signing
 * certificates.
 */
import { summaryQuotas } from "../model/quotas.js";
import type { Database, Kysely } from "../store/index.js";
import type { Action } from "./action.js";

/** The recording's value; AWS answers 2 when the account opted into v2 global tokens. */
const GLOBAL_ENDPOINT_TOKEN_VERSION = 1;

type CountedTable =
  "users" | "groups" | "roles" | "managed_policies" | "instance_profiles" | "oidc_providers";

async function countIn(db: Kysely<Database>, table: CountedTable, account: string) {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("account_id", "=", account)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** MFADevices, MFADevicesInUse and AccountMFAEnabled. */
async function mfaCounts(db: Kysely<Database>, account: string) {
  const row = await db
    .selectFrom("mfa_devices")
    .select((eb) => [
      eb.fn.countAll<number>().as("all"),
      eb.fn.count<number>("enabled_at").as("inUse"),
      eb.fn
        .max<number>(
          eb.case().when("enabled_at", "is not", null).then(eb.ref("root")).else(0).end(),
        )
        .as("root"),
    ])
    .where("account_id", "=", account)
    .executeTakeFirstOrThrow();
  return {
    MFADevices: Number(row.all),
    MFADevicesInUse: Number(row.inUse),
    AccountMFAEnabled: Number(row.root ?? 0) === 1 ? 1 : 0,
  };
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
      const rootPassword = await db
        .selectFrom("root_passwords")
        .select("account_id")
        .where("account_id", "=", account)
        .executeTakeFirst();
      return {
        Users: await countIn(db, "users", account),
        Groups: await countIn(db, "groups", account),
        Roles: await countIn(db, "roles", account),
        Policies: await countIn(db, "managed_policies", account),
        InstanceProfiles: await countIn(db, "instance_profiles", account),
        Providers: await countIn(db, "oidc_providers", account),
        PolicyVersionsInUse: Number(attachments.n),
        AccountAccessKeysPresent: rootKey === undefined ? 0 : 1,
        AccountPasswordPresent: rootPassword === undefined ? 0 : 1,
        ...(await mfaCounts(db, account)),
      };
    });
    return {
      SummaryMap: {
        ...counts,
        ServerCertificates: 0,
        AccountSigningCertificatesPresent: 0,
        GlobalEndpointTokenVersion: GLOBAL_ENDPOINT_TOKEN_VERSION,
        ...summaryQuotas(ctx.quotas),
      },
    };
  },
};

export const accountActions: readonly Action[] = [getAccountSummary];
