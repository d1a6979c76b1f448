/**
 * What the simulator reads from the store: the user, group or role a
 * PolicySourceArn names and its policies (as enforcement gathers them, in
 * principal-policies.ts), and the context keys enforcement would add for the
 * caller (aws:userid, aws:PrincipalTag/…) and for IAM resources
 * (aws:ResourceTag/…, iam:ResourceTag/…).
 */
import { groupArn, parseIamArn, roleArn, userArn } from "../model/arns.js";
import {
  invalidEntityArn,
  noSuchGroup,
  noSuchRole,
  noSuchUser,
  policySourceOtherAccount,
} from "../model/errors.js";
import { nameKey } from "../model/names.js";
import type { PolicySetInput } from "../policy/index.js";
import type { Database, Kysely } from "../store/index.js";
import { groupPolicySet, rolePolicySet, userPolicySet } from "./principal-policies.js";
import { sourcePolicy, type SourcePolicy } from "./simulator-input.js";
import { readTags, type TaggedType } from "./tags.js";

type Context = Record<string, string | string[]>;

export interface SourceEntity {
  type: "user" | "group" | "role";
  /** The entity's ARN with its real path. */
  arn: string;
  identity: SourcePolicy[];
  boundary: SourcePolicy | undefined;
}

const TABLES = { user: "users", group: "groups", role: "roles" } as const;

/** The PolicySourceArn's entity and its policies; AWS's errors for a bad or unknown one. */
export async function sourceEntity(
  db: Kysely<Database>,
  accountId: string,
  arn: string,
  partition: string,
): Promise<SourceEntity> {
  const parsed = parseIamArn(arn);
  if (
    parsed === undefined ||
    (parsed.type !== "user" && parsed.type !== "group" && parsed.type !== "role")
  ) {
    throw invalidEntityArn(arn);
  }
  if (parsed.account !== accountId) throw policySourceOtherAccount(accountId, parsed.account);
  const type = parsed.type;
  const row = await db
    .selectFrom(TABLES[type])
    .select(["id", "name", "path"])
    .where("account_id", "=", accountId)
    .where("name_key", "=", nameKey(parsed.name))
    .executeTakeFirst();
  if (row === undefined) {
    throw type === "user"
      ? noSuchUser(parsed.name)
      : type === "group"
        ? noSuchGroup(parsed.name)
        : noSuchRole(parsed.name);
  }
  const set =
    type === "user"
      ? await userPolicySet(db, row.id)
      : type === "group"
        ? await groupPolicySet(db, row.id)
        : await rolePolicySet(db, row.id);
  const make = type === "user" ? userArn : type === "group" ? groupArn : roleArn;
  return { type, arn: make(accountId, row.name, row.path, partition), ...labelled(set) };
}

/**
 * AWS's SourcePolicyId for stored policies: a managed policy's name, and
 * `<user|group|role>_<entity name>_<policy name>` for an inline policy (an
 * AWS API reference example, user_admin_AdminUser; a real answer quoted in
 * an issue, role_<role>_<policy>).
 */
function labelled(set: PolicySetInput): Pick<SourceEntity, "identity" | "boundary"> {
  const label = (id: string | undefined) => {
    const text = id ?? "";
    if (text.startsWith("arn:")) return text.slice(text.lastIndexOf("/") + 1);
    const [type = "", entity = "", ...name] = text.split("/");
    return `${type}_${entity}_${name.join("/")}`;
  };
  const doc = (d: unknown) => (typeof d === "string" ? d : JSON.stringify(d));
  const boundary = set.permissionsBoundaries?.[0];
  return {
    identity: (set.identityPolicies ?? []).map((p) =>
      sourcePolicy(doc(p.document), label(p.id), "IAM Policy"),
    ),
    boundary:
      boundary === undefined
        ? undefined
        : sourcePolicy(doc(boundary.document), label(boundary.id), "Permissions Boundary Policy"),
  };
}

/** The keys enforcement adds for a caller that is a user of this account: its id and tags. */
export async function callerContext(
  db: Kysely<Database>,
  accountId: string,
  caller: string | undefined,
): Promise<Context> {
  const parsed = caller === undefined ? undefined : parseIamArn(caller);
  if (parsed?.type !== "user" || parsed.account !== accountId) return {};
  const row = await findByArn(db, accountId, "users", parsed.name, parsed.path);
  if (row === undefined) return {};
  const out: Context = { "aws:userid": row.id };
  for (const tag of await readTags(db, "user", row.id))
    out[`aws:PrincipalTag/${tag.Key}`] = tag.Value;
  return out;
}

const TAGGED: Readonly<Record<string, ["users" | "roles" | "instance_profiles", TaggedType]>> = {
  user: ["users", "user"],
  role: ["roles", "role"],
  "instance-profile": ["instance_profiles", "instance-profile"],
};

/** The tag keys of each IAM resource of this account among `arns`, as enforcement reads them. */
export async function resourceContexts(
  db: Kysely<Database>,
  accountId: string,
  arns: readonly string[],
): Promise<Map<string, Context>> {
  const out = new Map<string, Context>();
  for (const arn of arns) {
    const parsed = parseIamArn(arn);
    if (parsed === undefined || parsed.account !== accountId) continue;
    let id: string | undefined;
    let type: TaggedType | undefined;
    if (parsed.type === "policy") {
      const row = await db
        .selectFrom("managed_policies")
        .select("id")
        .where("arn", "=", arn)
        .executeTakeFirst();
      [id, type] = [row?.id, "policy"];
    } else {
      const table = TAGGED[parsed.type];
      if (table === undefined) continue;
      const row = await findByArn(db, accountId, table[0], parsed.name, parsed.path);
      [id, type] = [row?.id, table[1]];
    }
    if (id === undefined || type === undefined) continue;
    const context: Context = {};
    for (const tag of await readTags(db, type, id)) {
      context[`aws:ResourceTag/${tag.Key}`] = tag.Value;
      context[`iam:ResourceTag/${tag.Key}`] = tag.Value;
    }
    out.set(arn, context);
  }
  return out;
}

async function findByArn(
  db: Kysely<Database>,
  accountId: string,
  table: "users" | "roles" | "instance_profiles",
  name: string,
  path: string,
): Promise<{ id: string } | undefined> {
  const row = await db
    .selectFrom(table)
    .select(["id", "path"])
    .where("account_id", "=", accountId)
    .where("name_key", "=", nameKey(name))
    .executeTakeFirst();
  return row !== undefined && row.path === path ? row : undefined;
}
