/**
 * Account aliases: CreateAccountAlias, DeleteAccountAlias, ListAccountAliases,
 * and the console's sign-in address. An account has at most one alias; an
 * alias is unique across every account on the server. The format (3–63
 * characters of a–z, 0–9 and single hyphens inside) is the API model's
 * pattern, checked before these run.
 *
 * CreateAccountAlias replaces the account's alias when the new one is free
 * (observed on AWS, floci-io/floci#2103); a taken alias, the account's own
 * included, answers EntityAlreadyExists.
 */
import { accountAliasExists, noSuchAccountAlias } from "../model/errors.js";
import { isoTime, isUniqueViolation, type Database, type Kysely } from "../store/index.js";
import type { Action } from "./action.js";
import { optInt, optStr, str } from "./input.js";
import { decodeMarker, DEFAULT_MAX_ITEMS, page } from "./pagination.js";

/** The console's sign-in page of an account: `/signin/<alias or account id>`. */
export function signInPath(aliasOrAccountId: string): string {
  return `/signin/${encodeURIComponent(aliasOrAccountId)}`;
}

export interface SignInAccount {
  accountId: string;
  alias?: string;
}

/**
 * The account a sign-in page names, by account id or alias (an account id
 * wins when a 12-digit alias equals another account's id); undefined when none.
 */
export async function resolveSignInAccount(
  db: Kysely<Database>,
  aliasOrAccountId: string,
): Promise<SignInAccount | undefined> {
  const account = await db
    .selectFrom("accounts")
    .select("id")
    .where("id", "=", aliasOrAccountId)
    .executeTakeFirst();
  const row = await db
    .selectFrom("account_aliases")
    .select(["alias", "account_id"])
    .where(account === undefined ? "alias" : "account_id", "=", aliasOrAccountId)
    .executeTakeFirst();
  if (row === undefined) return account === undefined ? undefined : { accountId: account.id };
  return { accountId: row.account_id, alias: row.alias };
}

const createAccountAlias: Action = {
  service: "iam",
  name: "CreateAccountAlias",
  permission: "iam:CreateAccountAlias",
  writes: true,
  resource: () => undefined,
  async run(ctx, input) {
    const alias = str(input, "AccountAlias");
    const account = ctx.caller.accountId;
    try {
      await ctx.store.write(account, async (tx) => {
        const taken = await tx
          .selectFrom("account_aliases")
          .select("account_id")
          .where("alias", "=", alias)
          .executeTakeFirst();
        if (taken !== undefined) throw accountAliasExists(alias);
        await tx.deleteFrom("account_aliases").where("account_id", "=", account).execute();
        await tx
          .insertInto("account_aliases")
          .values({ alias, account_id: account, created_at: isoTime(ctx.now) })
          .execute();
      });
    } catch (err) {
      // Another account took it at the same moment (writes serialize per account only).
      if (isUniqueViolation(err)) throw accountAliasExists(alias);
      throw err;
    }
    return undefined;
  },
};

const deleteAccountAlias: Action = {
  service: "iam",
  name: "DeleteAccountAlias",
  permission: "iam:DeleteAccountAlias",
  writes: true,
  resource: () => undefined,
  async run(ctx, input) {
    const alias = str(input, "AccountAlias");
    const account = ctx.caller.accountId;
    await ctx.store.write(account, async (tx) => {
      const deleted = await tx
        .deleteFrom("account_aliases")
        .where("alias", "=", alias)
        .where("account_id", "=", account)
        .executeTakeFirst();
      if (Number(deleted.numDeletedRows) === 0) throw noSuchAccountAlias(alias);
    });
    return undefined;
  },
};

const listAccountAliases: Action = {
  service: "iam",
  name: "ListAccountAliases",
  permission: "iam:ListAccountAliases",
  writes: false,
  resource: () => undefined,
  async run(ctx, input) {
    const limit = optInt(input, "MaxItems") ?? DEFAULT_MAX_ITEMS;
    const after = decodeMarker(optStr(input, "Marker"), 1);
    const rows = await ctx.store.read(async (db) => {
      let q = db
        .selectFrom("account_aliases")
        .select("alias")
        .where("account_id", "=", ctx.caller.accountId);
      if (after !== undefined) q = q.where("alias", ">", after[0] as string);
      return q
        .orderBy("alias")
        .limit(limit + 1)
        .execute();
    });
    const result = page(rows, limit, (r) => [r.alias]);
    const out: Record<string, unknown> = {
      AccountAliases: result.items.map((r) => r.alias),
      IsTruncated: result.IsTruncated,
    };
    if (result.Marker !== undefined) out.Marker = result.Marker;
    return out;
  },
};

export const accountAliasActions: readonly Action[] = [
  createAccountAlias,
  deleteAccountAlias,
  listAccountAliases,
];
