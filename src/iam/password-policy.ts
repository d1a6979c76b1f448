/**
 * The account password policy: UpdateAccountPasswordPolicy,
 * GetAccountPasswordPolicy, DeleteAccountPasswordPolicy. Update is not
 * partial: an omitted member takes AWS's default (minimum length 6, every
 * flag false, no expiry, no reuse prevention). The rules themselves are in
 * password-rules.ts.
 *
 * AllowUsersToChangePassword is an account-level grant in AWS: every IAM user
 * may then call iam:ChangePassword on itself and iam:GetAccountPasswordPolicy
 * without a policy saying so (`passwordPolicyGrants`, used by authorization).
 */
import { noPasswordPolicyToDelete, noSuchPasswordPolicy } from "../model/errors.js";
import type {
  Database,
  Kysely,
  PasswordPolicyTable,
  Selectable,
  Transaction,
} from "../store/index.js";
import type { Action } from "./action.js";
import { optBool, optInt } from "./input.js";
import type { PasswordPolicy } from "./password-rules.js";

type Db = Kysely<Database> | Transaction<Database>;
type PolicyRow = Selectable<PasswordPolicyTable>;

/** UpdateAccountPasswordPolicy's default MinimumPasswordLength (API reference). */
export const DEFAULT_POLICY_MINIMUM_LENGTH = 6;

function fromRow(row: PolicyRow): PasswordPolicy {
  return {
    minimumLength: row.minimum_length,
    requireSymbols: row.require_symbols === 1,
    requireNumbers: row.require_numbers === 1,
    requireUppercase: row.require_uppercase === 1,
    requireLowercase: row.require_lowercase === 1,
    allowUsersToChange: row.allow_users_to_change === 1,
    maxAgeDays: row.max_age_days ?? undefined,
    reusePrevention: row.reuse_prevention ?? undefined,
    hardExpiry: row.hard_expiry === 1,
  };
}

/** The account's password policy; undefined when it has none (AWS's default rules apply). */
export async function readPasswordPolicy(
  db: Db,
  accountId: string,
): Promise<PasswordPolicy | undefined> {
  const row = await db
    .selectFrom("password_policies")
    .selectAll()
    .where("account_id", "=", accountId)
    .executeTakeFirst();
  return row === undefined ? undefined : fromRow(row);
}

const GRANTED_BY_ALLOW_CHANGE = new Set(["iam:ChangePassword", "iam:GetAccountPasswordPolicy"]);

/** True when the account's AllowUsersToChangePassword grants `permission` to its users. */
export async function passwordPolicyGrants(
  db: Db,
  accountId: string,
  permission: string,
): Promise<boolean> {
  if (!GRANTED_BY_ALLOW_CHANGE.has(permission)) return false;
  const policy = await readPasswordPolicy(db, accountId);
  return policy?.allowUsersToChange === true;
}

/**
 * AWS's answer: ExpirePasswords is derived from MaxPasswordAge; MaxPasswordAge
 * and PasswordReusePrevention only when set (recorded). HardExpiry only when
 * true: the schema cannot tell an explicit false from an omitted one, and an
 * omitted one is absent from AWS's answer (recorded).
 */
function policyShape(policy: PasswordPolicy): Record<string, unknown> {
  const out: Record<string, unknown> = {
    MinimumPasswordLength: policy.minimumLength,
    RequireSymbols: policy.requireSymbols,
    RequireNumbers: policy.requireNumbers,
    RequireUppercaseCharacters: policy.requireUppercase,
    RequireLowercaseCharacters: policy.requireLowercase,
    AllowUsersToChangePassword: policy.allowUsersToChange,
    ExpirePasswords: policy.maxAgeDays !== undefined,
  };
  if (policy.maxAgeDays !== undefined) out.MaxPasswordAge = policy.maxAgeDays;
  if (policy.reusePrevention !== undefined) out.PasswordReusePrevention = policy.reusePrevention;
  if (policy.hardExpiry) out.HardExpiry = true;
  return out;
}

const bit = (value: boolean | undefined) => (value === true ? 1 : 0);

const updateAccountPasswordPolicy: Action = {
  service: "iam",
  name: "UpdateAccountPasswordPolicy",
  permission: "iam:UpdateAccountPasswordPolicy",
  writes: true,
  resource: () => undefined,
  async run(ctx, input) {
    const account = ctx.caller.accountId;
    const row: PolicyRow = {
      account_id: account,
      minimum_length: optInt(input, "MinimumPasswordLength") ?? DEFAULT_POLICY_MINIMUM_LENGTH,
      require_symbols: bit(optBool(input, "RequireSymbols")),
      require_numbers: bit(optBool(input, "RequireNumbers")),
      require_uppercase: bit(optBool(input, "RequireUppercaseCharacters")),
      require_lowercase: bit(optBool(input, "RequireLowercaseCharacters")),
      allow_users_to_change: bit(optBool(input, "AllowUsersToChangePassword")),
      max_age_days: optInt(input, "MaxPasswordAge") ?? null,
      reuse_prevention: optInt(input, "PasswordReusePrevention") ?? null,
      hard_expiry: bit(optBool(input, "HardExpiry")),
    };
    await ctx.store.write(account, async (tx) => {
      await tx.deleteFrom("password_policies").where("account_id", "=", account).execute();
      await tx.insertInto("password_policies").values(row).execute();
    });
    return undefined;
  },
};

const getAccountPasswordPolicy: Action = {
  service: "iam",
  name: "GetAccountPasswordPolicy",
  permission: "iam:GetAccountPasswordPolicy",
  writes: false,
  resource: () => undefined,
  async run(ctx) {
    const account = ctx.caller.accountId;
    const policy = await ctx.store.read((db) => readPasswordPolicy(db, account));
    if (policy === undefined) throw noSuchPasswordPolicy(account);
    return { PasswordPolicy: policyShape(policy) };
  },
};

const deleteAccountPasswordPolicy: Action = {
  service: "iam",
  name: "DeleteAccountPasswordPolicy",
  permission: "iam:DeleteAccountPasswordPolicy",
  writes: true,
  resource: () => undefined,
  async run(ctx) {
    const account = ctx.caller.accountId;
    await ctx.store.write(account, async (tx) => {
      const deleted = await tx
        .deleteFrom("password_policies")
        .where("account_id", "=", account)
        .executeTakeFirst();
      if (Number(deleted.numDeletedRows) === 0) throw noPasswordPolicyToDelete();
    });
    return undefined;
  },
};

export const passwordPolicyActions: readonly Action[] = [
  updateAccountPasswordPolicy,
  getAccountPasswordPolicy,
  deleteAccountPasswordPolicy,
];
