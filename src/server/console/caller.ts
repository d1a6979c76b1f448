/** The caller a console session acts as: its root user or IAM user, with its sign-in's facts. */
import type { ConsoleSessionRow } from "../../auth/console-sessions.js";
import type { Caller } from "../../iam/action.js";
import { rootArn, userArn } from "../../model/arns.js";
import type { Services } from "../services.js";

/** Undefined when the session's user no longer exists. */
export async function consoleCaller(
  services: Services,
  row: ConsoleSessionRow,
): Promise<Caller | undefined> {
  const account = row.account_id;
  const signIn = {
    signedInAt: row.created_at,
    ...(row.mfa_at === null ? {} : { mfaAt: row.mfa_at }),
  };
  const userId = row.user_id;
  if (userId === null) {
    return {
      accountId: account,
      kind: "root",
      arn: rootArn(account, services.partition),
      accessKeyId: "",
      console: signIn,
    };
  }
  const user = await services.store.read((db) =>
    db
      .selectFrom("users")
      .select(["name", "path"])
      .where("id", "=", userId)
      .where("account_id", "=", account)
      .executeTakeFirst(),
  );
  if (user === undefined) return undefined;
  return {
    accountId: account,
    kind: "user",
    arn: userArn(account, user.name, user.path, services.partition),
    accessKeyId: "",
    userId,
    userName: user.name,
    path: user.path,
    console: signIn,
  };
}
