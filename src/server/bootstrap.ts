/**
 * The default account, made on first start and found on every later one:
 * its id (GATEHOUSE_ACCOUNT_ID or generated) and the root user's access key
 * (GATEHOUSE_ROOT_ACCESS_KEY_ID/SECRET taken as given, or generated, printed
 * once and saved to a 0600 file in the data directory), and the root user's
 * console password when GATEHOUSE_ROOT_PASSWORD gives one (kept as a hash).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { SecretBox } from "../auth/secret-box.js";
import { ensureRootPassword } from "../iam/root-password.js";
import { accessKeyId, accessKeySecret, accountId as newAccountId } from "../model/ids.js";
import { isoTime, type Store } from "../store/index.js";

export interface BootstrapOptions {
  accountId: string | undefined;
  rootAccessKeyId: string | undefined;
  rootSecretAccessKey: string | undefined;
  dataDir: string;
  ephemeral: boolean;
  /** The root user's console password (set, or replaced, when given). */
  rootPassword?: string | undefined;
}

export interface BootstrapResult {
  accountId: string;
  /** Set when this start generated the root key (shown once). */
  generatedRootKey?: { accessKeyId: string; secretAccessKey: string; savedTo?: string };
}

export async function bootstrap(
  store: Store,
  secrets: SecretBox,
  options: BootstrapOptions,
  now: Date,
): Promise<BootstrapResult> {
  const existing = await store.read((db) =>
    db.selectFrom("accounts").select("id").orderBy("created_at").executeTakeFirst(),
  );
  if (
    existing !== undefined &&
    options.accountId !== undefined &&
    options.accountId !== existing.id
  ) {
    throw new Error(
      `the data holds account ${existing.id}, but GATEHOUSE_ACCOUNT_ID is ${options.accountId}`,
    );
  }
  const account = existing?.id ?? options.accountId ?? newAccountId();
  const result: BootstrapResult = { accountId: account };
  await store.write(account, async (tx) => {
    if (existing === undefined) {
      await tx
        .insertInto("accounts")
        .values({ id: account, created_at: isoTime(now) })
        .execute();
    }
    if (options.rootAccessKeyId !== undefined && options.rootSecretAccessKey !== undefined) {
      const id = options.rootAccessKeyId;
      const row = await tx
        .selectFrom("access_keys")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirst();
      if (row !== undefined && (row.account_id !== account || row.user_id !== null)) {
        throw new Error(`GATEHOUSE_ROOT_ACCESS_KEY_ID ${id} belongs to another principal`);
      }
      const secret = secrets.seal(options.rootSecretAccessKey);
      if (row === undefined) {
        await tx
          .insertInto("access_keys")
          .values({
            id,
            account_id: account,
            user_id: null,
            secret,
            status: "Active",
            created_at: isoTime(now),
            last_used_at: null,
            last_used_region: null,
            last_used_service: null,
          })
          .execute();
      } else {
        await tx
          .updateTable("access_keys")
          .set({ secret, status: "Active" })
          .where("id", "=", id)
          .execute();
      }
      return;
    }
    if (existing !== undefined) return;
    const key = { accessKeyId: accessKeyId(), secretAccessKey: accessKeySecret() };
    await tx
      .insertInto("access_keys")
      .values({
        id: key.accessKeyId,
        account_id: account,
        user_id: null,
        secret: secrets.seal(key.secretAccessKey),
        status: "Active",
        created_at: isoTime(now),
        last_used_at: null,
        last_used_region: null,
        last_used_service: null,
      })
      .execute();
    result.generatedRootKey = key;
  });
  if (result.generatedRootKey !== undefined && !options.ephemeral) {
    const file = join(options.dataDir, "root-credentials.json");
    writeFileSync(
      file,
      `${JSON.stringify({ accountId: account, ...result.generatedRootKey }, null, 2)}\n`,
      { mode: 0o600 },
    );
    result.generatedRootKey.savedTo = file;
  }
  if (options.rootPassword !== undefined) {
    await ensureRootPassword(store, account, options.rootPassword, now);
  }
  return result;
}
