/** What the password test files share. */
import { CreateAccessKeyCommand, CreateUserCommand } from "@aws-sdk/client-iam";
import type { Keys, TestServer } from "./harness.js";

export const GOOD = "Str0ng-Password!";
export const VIOLATION = "Password does not conform to the account password policy.";
export const CHANGE_POLICY = "arn:aws:iam::aws:policy/IAMUserChangePassword";

/** A new user and its access key. */
export async function userWithKey(srv: TestServer, name: string): Promise<Keys> {
  const iam = srv.iam();
  await iam.send(new CreateUserCommand({ UserName: name }));
  const created = await iam.send(new CreateAccessKeyCommand({ UserName: name }));
  return {
    accessKeyId: created.AccessKey?.AccessKeyId ?? "",
    secretAccessKey: created.AccessKey?.SecretAccessKey ?? "",
  };
}

export async function userId(srv: TestServer, name: string): Promise<string> {
  const row = await srv.server.store.read((db) =>
    db.selectFrom("users").select("id").where("name", "=", name).executeTakeFirstOrThrow(),
  );
  return row.id;
}

/** The user's password history (hashes), oldest first. */
export async function history(srv: TestServer, name: string): Promise<string[]> {
  const id = await userId(srv, name);
  const rows = await srv.server.store.read((db) =>
    db
      .selectFrom("password_history")
      .select("password_hash")
      .where("user_id", "=", id)
      .orderBy("seq")
      .execute(),
  );
  return rows.map((r) => r.password_hash);
}
