/**
 * OpenID Connect identity providers: CreateOpenIDConnectProvider,
 * GetOpenIDConnectProvider, ListOpenIDConnectProviders,
 * DeleteOpenIDConnectProvider, Add/RemoveClientID…,
 * UpdateOpenIDConnectProviderThumbprint, and the tag actions (tag-actions.ts).
 *
 * A provider is named by its ARN, `arn:aws:iam::<acct>:oidc-provider/<url>`,
 * where <url> is the Url given without "https://", kept as given (IAM's URLs
 * are case-sensitive; a trailing slash makes another provider). As AWS
 * answers (recorded, see errors.ts): the Url must begin with https://; one
 * provider per URL; at most 100 client ids ("Cannot exceed quota for
 * ClientIdsPerOpenIdConnectProvider: 100") and 5 thumbprints (InvalidInput
 * "Thumbprint list must contain fewer than 5 entries."), thumbprints being
 * optional; GetOpenIDConnectProvider answers the Url without its scheme and
 * always ClientIDList, ThumbprintList and Tags (`[]` when empty);
 * DeleteOpenIDConnectProvider of an unknown provider is NoSuchEntity (the API
 * reference's "idempotent" notwithstanding); adding a client id twice and
 * removing one not there both succeed (the API reference).
 */
import { randomUUID } from "node:crypto";
import {
  invalidOpenIdConnectProviderUrl,
  invalidThumbprint,
  noOpenIdConnectProviderToDelete,
  noSuchOpenIdConnectProvider,
  openIdConnectProviderExists,
  openIdConnectProviderTagLimit,
  quotaExceeded,
  tooManyThumbprints,
} from "../model/errors.js";
import { oidcProviderArn } from "../model/arns.js";
import {
  findInAccount,
  isoTime,
  type Database,
  type Kysely,
  type OidcProviderTable,
  type Selectable,
  type Transaction,
} from "../store/index.js";
import type { Action } from "./action.js";
import { optList, str, tags, type Input } from "./input.js";
import { tagActions } from "./tag-actions.js";
import { checkNewTags, dropAllTags, readTags, tagContext, writeTags } from "./tags.js";

type Db = Kysely<Database> | Transaction<Database>;
export type OidcProviderRow = Selectable<OidcProviderTable>;

const SCHEME = "https://";
const ARN_MEMBER = "OpenIDConnectProviderArn";

/**
 * The part of a provider URL IAM keeps (after "https://"), or AWS's
 * ValidationError for a URL it refuses: not https, no host, a query or a
 * fragment (OIDC issuers have neither), user info, or characters outside
 * printable ASCII. A port is accepted: the API reference says a URL "should
 * not" have one, not that IAM refuses it.
 */
export function providerUrl(url: string): string {
  if (!url.startsWith(SCHEME)) throw invalidOpenIdConnectProviderUrl();
  const rest = url.slice(SCHEME.length);
  if (!/^[\x21-\x7E]+$/.test(rest) || rest.startsWith("/") || /[?#]/.test(rest)) {
    throw invalidOpenIdConnectProviderUrl();
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalidOpenIdConnectProviderUrl();
  }
  if (parsed.hostname === "" || parsed.username !== "" || parsed.password !== "") {
    throw invalidOpenIdConnectProviderUrl();
  }
  return rest;
}

/** A stored JSON list of strings (client ids, thumbprints). */
export function storedList(text: string): string[] {
  const value: unknown = JSON.parse(text);
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
    throw new TypeError("a stored OIDC provider list is not a list of strings");
  }
  return value;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function checkThumbprints(thumbprints: readonly string[], max: number): void {
  if (thumbprints.length > max) throw tooManyThumbprints(max);
  for (const t of thumbprints) if (!/^[0-9A-Fa-f]{40}$/.test(t)) throw invalidThumbprint(t);
}

export async function findProvider(
  db: Db,
  accountId: string,
  arn: string,
): Promise<OidcProviderRow | undefined> {
  return findInAccount(db, "oidc_providers", "arn", accountId, arn);
}

export async function requireProvider(
  db: Db,
  accountId: string,
  arn: string,
): Promise<OidcProviderRow> {
  const row = await findProvider(db, accountId, arn);
  if (row === undefined) throw noSuchOpenIdConnectProvider(arn);
  return row;
}

/** The provider an OpenIDConnectProviderArn input names: the ARN as given. */
function providerResource(input: Input): string {
  return str(input, ARN_MEMBER);
}

async function setList(
  tx: Transaction<Database>,
  id: string,
  column: "client_ids" | "thumbprints",
  values: readonly string[],
): Promise<void> {
  await tx
    .updateTable("oidc_providers")
    .set({ [column]: JSON.stringify(values) })
    .where("id", "=", id)
    .execute();
}

const createProvider: Action = {
  service: "iam",
  name: "CreateOpenIDConnectProvider",
  permission: "iam:CreateOpenIDConnectProvider",
  writes: true,
  resource: (input, caller, partition) =>
    oidcProviderArn(caller.accountId, str(input, "Url"), partition),
  contextKeys: (input) => tagContext(tags(input)),
  async run(ctx, input) {
    const url = str(input, "Url");
    const stored = providerUrl(url);
    const thumbprints = unique(optList<string>(input, "ThumbprintList") ?? []);
    checkThumbprints(thumbprints, ctx.quotas.thumbprintsPerOpenIdConnectProvider);
    const clientIds = unique(optList<string>(input, "ClientIDList") ?? []);
    const maxClients = ctx.quotas.clientIdsPerOpenIdConnectProvider;
    if (clientIds.length > maxClients)
      throw quotaExceeded("clientIdsPerOpenIdConnectProvider", maxClients);
    const newTags = tags(input);
    checkNewTags(newTags, "oidc-provider");
    if (newTags.length > ctx.quotas.tagsPerResource) throw openIdConnectProviderTagLimit();
    const account = ctx.caller.accountId;
    const arn = oidcProviderArn(account, stored, ctx.partition);
    return ctx.store.write(account, async (tx) => {
      if ((await findProvider(tx, account, arn)) !== undefined)
        throw openIdConnectProviderExists(url);
      const count = await tx
        .selectFrom("oidc_providers")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("account_id", "=", account)
        .executeTakeFirstOrThrow();
      if (Number(count.n) >= ctx.quotas.openIdConnectProviders)
        throw quotaExceeded("openIdConnectProviders", ctx.quotas.openIdConnectProviders);
      const row: OidcProviderRow = {
        id: randomUUID(),
        account_id: account,
        arn,
        url: stored,
        created_at: isoTime(ctx.now),
        client_ids: JSON.stringify(clientIds),
        thumbprints: JSON.stringify(thumbprints),
      };
      await tx.insertInto("oidc_providers").values(row).execute();
      await writeTags(
        tx,
        account,
        "oidc-provider",
        row.id,
        newTags,
        ctx.quotas.tagsPerResource,
        openIdConnectProviderTagLimit,
      );
      const out: Record<string, unknown> = { OpenIDConnectProviderArn: arn };
      if (newTags.length > 0) out.Tags = newTags;
      return out;
    });
  },
};

const getProvider: Action = {
  service: "iam",
  name: "GetOpenIDConnectProvider",
  permission: "iam:GetOpenIDConnectProvider",
  writes: false,
  resource: providerResource,
  async run(ctx, input) {
    const arn = str(input, ARN_MEMBER);
    return ctx.store.read(async (db) => {
      const row = await requireProvider(db, ctx.caller.accountId, arn);
      return {
        Url: row.url,
        ClientIDList: storedList(row.client_ids),
        ThumbprintList: storedList(row.thumbprints),
        CreateDate: row.created_at,
        Tags: await readTags(db, "oidc-provider", row.id),
      };
    });
  },
};

const listProviders: Action = {
  service: "iam",
  name: "ListOpenIDConnectProviders",
  permission: "iam:ListOpenIDConnectProviders",
  writes: false,
  // The Service Authorization Reference names no resource type for this action.
  resource: () => undefined,
  async run(ctx) {
    const rows = await ctx.store.read((db) =>
      db
        .selectFrom("oidc_providers")
        .select("arn")
        .where("account_id", "=", ctx.caller.accountId)
        .orderBy("arn")
        .execute(),
    );
    return { OpenIDConnectProviderList: rows.map((r) => ({ Arn: r.arn })) };
  },
};

const deleteProvider: Action = {
  service: "iam",
  name: "DeleteOpenIDConnectProvider",
  permission: "iam:DeleteOpenIDConnectProvider",
  writes: true,
  resource: providerResource,
  async run(ctx, input) {
    const arn = str(input, ARN_MEMBER);
    const account = ctx.caller.accountId;
    await ctx.store.write(account, async (tx) => {
      const row = await findProvider(tx, account, arn);
      if (row === undefined) throw noOpenIdConnectProviderToDelete(arn);
      await dropAllTags(tx, "oidc-provider", row.id);
      await tx.deleteFrom("oidc_providers").where("id", "=", row.id).execute();
    });
    return undefined;
  },
};

const addClientId: Action = {
  service: "iam",
  name: "AddClientIDToOpenIDConnectProvider",
  permission: "iam:AddClientIDToOpenIDConnectProvider",
  writes: true,
  resource: providerResource,
  async run(ctx, input) {
    const arn = str(input, ARN_MEMBER);
    const clientId = str(input, "ClientID");
    const account = ctx.caller.accountId;
    const max = ctx.quotas.clientIdsPerOpenIdConnectProvider;
    await ctx.store.write(account, async (tx) => {
      const row = await requireProvider(tx, account, arn);
      const ids = storedList(row.client_ids);
      if (ids.includes(clientId)) return;
      if (ids.length >= max) throw quotaExceeded("clientIdsPerOpenIdConnectProvider", max);
      await setList(tx, row.id, "client_ids", [...ids, clientId]);
    });
    return undefined;
  },
};

const removeClientId: Action = {
  service: "iam",
  name: "RemoveClientIDFromOpenIDConnectProvider",
  permission: "iam:RemoveClientIDFromOpenIDConnectProvider",
  writes: true,
  resource: providerResource,
  async run(ctx, input) {
    const arn = str(input, ARN_MEMBER);
    const clientId = str(input, "ClientID");
    const account = ctx.caller.accountId;
    await ctx.store.write(account, async (tx) => {
      const row = await requireProvider(tx, account, arn);
      const ids = storedList(row.client_ids);
      if (!ids.includes(clientId)) return;
      await setList(
        tx,
        row.id,
        "client_ids",
        ids.filter((id) => id !== clientId),
      );
    });
    return undefined;
  },
};

const updateThumbprint: Action = {
  service: "iam",
  name: "UpdateOpenIDConnectProviderThumbprint",
  permission: "iam:UpdateOpenIDConnectProviderThumbprint",
  writes: true,
  resource: providerResource,
  async run(ctx, input) {
    const arn = str(input, ARN_MEMBER);
    const thumbprints = unique(optList<string>(input, "ThumbprintList") ?? []);
    checkThumbprints(thumbprints, ctx.quotas.thumbprintsPerOpenIdConnectProvider);
    const account = ctx.caller.accountId;
    await ctx.store.write(account, async (tx) => {
      const row = await requireProvider(tx, account, arn);
      await setList(tx, row.id, "thumbprints", thumbprints);
    });
    return undefined;
  },
};

export const oidcProviderActions: readonly Action[] = [
  createProvider,
  getProvider,
  listProviders,
  deleteProvider,
  addClientId,
  removeClientId,
  updateThumbprint,
  ...tagActions({
    noun: "OpenIDConnectProvider",
    type: "oidc-provider",
    nameMember: ARN_MEMBER,
    resource: providerResource,
    find: requireProvider,
    tooManyTags: openIdConnectProviderTagLimit,
  }),
];
