/**
 * Console passwords (login profiles): CreateLoginProfile, GetLoginProfile,
 * UpdateLoginProfile, DeleteLoginProfile, and (login-profiles-change.ts)
 * ChangePassword. Passwords are stored only as argon2id hashes; every one set
 * is checked against the account password policy and kept in the user's
 * history for reuse prevention.
 */
import { loginProfileExists, passwordRequired } from "../model/errors.js";
import { isoTime } from "../store/index.js";
import type { Action } from "./action.js";
import { optBool, optStr, str } from "./input.js";
import { changePassword } from "./login-profiles-change.js";
import {
  checkNewPassword,
  findProfile,
  prepare,
  profileResource,
  profileShape,
  profileUser,
  recordPassword,
  requireProfile,
  type NewPassword,
  type ProfileRow,
} from "./login-profiles-common.js";

export { checkSignIn } from "./login-profiles-common.js";

const createLoginProfile: Action = {
  service: "iam",
  name: "CreateLoginProfile",
  permission: "iam:CreateLoginProfile",
  writes: true,
  resource: profileResource,
  async run(ctx, input) {
    const name = optStr(input, "UserName");
    const password = optStr(input, "Password");
    if (password === undefined) throw passwordRequired();
    const reset = optBool(input, "PasswordResetRequired") ?? false;
    const account = ctx.caller.accountId;
    const next = await prepare(password);
    return ctx.store.write(account, async (tx) => {
      const user = await profileUser(tx, ctx, name);
      if ((await findProfile(tx, user.id)) !== undefined) throw loginProfileExists(user.name);
      await checkNewPassword(tx, account, user.id, next.plain);
      const now = isoTime(ctx.now);
      const row: ProfileRow = {
        user_id: user.id,
        account_id: account,
        password_hash: next.hash,
        created_at: now,
        password_changed_at: now,
        password_reset_required: reset ? 1 : 0,
      };
      await tx.insertInto("login_profiles").values(row).execute();
      await recordPassword(tx, account, user.id, next.hash, now);
      return { LoginProfile: profileShape(user, row) };
    });
  },
};

const getLoginProfile: Action = {
  service: "iam",
  name: "GetLoginProfile",
  permission: "iam:GetLoginProfile",
  writes: false,
  resource: profileResource,
  async run(ctx, input) {
    const name = optStr(input, "UserName");
    return ctx.store.read(async (db) => {
      const user = await profileUser(db, ctx, name);
      const row = await requireProfile(db, user);
      return { LoginProfile: profileShape(user, row) };
    });
  },
};

const updateLoginProfile: Action = {
  service: "iam",
  name: "UpdateLoginProfile",
  permission: "iam:UpdateLoginProfile",
  writes: true,
  resource: profileResource,
  async run(ctx, input) {
    const name = str(input, "UserName");
    const password = optStr(input, "Password");
    const reset = optBool(input, "PasswordResetRequired");
    const account = ctx.caller.accountId;
    const next: NewPassword | undefined =
      password === undefined ? undefined : await prepare(password);
    await ctx.store.write(account, async (tx) => {
      const user = await profileUser(tx, ctx, name);
      const row = await requireProfile(tx, user);
      const changes: Partial<ProfileRow> = {};
      if (next !== undefined) {
        await checkNewPassword(tx, account, user.id, next.plain);
        const now = isoTime(ctx.now);
        changes.password_hash = next.hash;
        changes.password_changed_at = now;
        await recordPassword(tx, account, user.id, next.hash, now);
      }
      if (reset !== undefined) changes.password_reset_required = reset ? 1 : 0;
      if (Object.keys(changes).length === 0) return;
      await tx
        .updateTable("login_profiles")
        .set(changes)
        .where("user_id", "=", row.user_id)
        .execute();
    });
    return undefined;
  },
};

const deleteLoginProfile: Action = {
  service: "iam",
  name: "DeleteLoginProfile",
  permission: "iam:DeleteLoginProfile",
  writes: true,
  resource: profileResource,
  async run(ctx, input) {
    const name = optStr(input, "UserName");
    const account = ctx.caller.accountId;
    await ctx.store.write(account, async (tx) => {
      const user = await profileUser(tx, ctx, name);
      await requireProfile(tx, user);
      await tx.deleteFrom("login_profiles").where("user_id", "=", user.id).execute();
    });
    return undefined;
  },
};

export const loginProfileActions: readonly Action[] = [
  createLoginProfile,
  getLoginProfile,
  updateLoginProfile,
  deleteLoginProfile,
  changePassword,
];
