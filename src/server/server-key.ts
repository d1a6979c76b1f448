/**
 * The server key that seals secrets at rest (access-key secrets, later TOTP
 * seeds and session keys): given by the operator in GATEHOUSE_SECRET_KEY, or
 * generated into `<data dir>/server.key` (mode 0600) on first start. In
 * ephemeral mode it lives only in memory. A check value stored beside the
 * data catches a key that does not match the database.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createSecretBox, generateKey, parseKey, type SecretBox } from "../auth/secret-box.js";
import type { Store } from "../store/index.js";

export const SECRET_KEY_ENV = "GATEHOUSE_SECRET_KEY";
const CHECK_NAME = "secret-key-check";
const CHECK_TEXT = "gatehouse secret key check";

export function loadServerKey(options: {
  dataDir: string;
  ephemeral: boolean;
  given: string | undefined;
}): Buffer {
  if (options.given !== undefined && options.given !== "") return parseKey(options.given);
  if (options.ephemeral) return generateKey();
  const file = join(options.dataDir, "server.key");
  if (existsSync(file)) return parseKey(readFileSync(file, "utf8").trim());
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const key = generateKey();
  writeFileSync(file, `${key.toString("base64")}\n`, { mode: 0o600, flag: "wx" });
  return key;
}

/** Opens the box and checks it against the store; records the check on first use. */
export async function secretBoxFor(store: Store, key: Buffer): Promise<SecretBox> {
  const box = createSecretBox(key);
  const row = await store.read((db) =>
    db
      .selectFrom("server_settings")
      .select("value")
      .where("name", "=", CHECK_NAME)
      .executeTakeFirst(),
  );
  if (row === undefined) {
    await recordCheck(store, box);
    return box;
  }
  let opened: string | undefined;
  try {
    opened = box.open(row.value);
  } catch {
    opened = undefined;
  }
  if (opened !== CHECK_TEXT) {
    throw new Error(
      `the server key does not match this database (set ${SECRET_KEY_ENV} or restore server.key)`,
    );
  }
  return box;
}

export async function recordCheck(store: Store, box: SecretBox): Promise<void> {
  await store.write("server", async (tx) => {
    await tx.deleteFrom("server_settings").where("name", "=", CHECK_NAME).execute();
    await tx
      .insertInto("server_settings")
      .values({ name: CHECK_NAME, value: box.seal(CHECK_TEXT) })
      .execute();
  });
}
