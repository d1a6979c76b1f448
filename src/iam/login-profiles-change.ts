/**
 * ChangePassword: an IAM user changes its own console password. The root
 * user cannot (InvalidUserType, as the AWS CLI documents); a user without a
 * password gets NoSuchEntity. The old password must verify; the new one must
 * pass the account password policy and its reuse prevention. It clears
 * PasswordResetRequired and restarts the expiry clock.
 *
 * Who may call it is authorization's question: iam:ChangePassword on the
 * caller's own ARN, from a policy (e.g. IAMUserChangePassword) or from the
 * account's AllowUsersToChangePassword (password-policy.ts). As in AWS, a
 * PasswordResetRequired flag grants nothing by itself.
 */
import { verifyPassword } from "../auth/password.js";
import { invalidUserType, noSuchLoginProfile, wrongOldPassword } from "../model/errors.js";
import { isoTime } from "../store/index.js";
import type { Action } from "./action.js";
import { str } from "./input.js";
import { checkNewPassword, findProfile, prepare, recordPassword } from "./login-profiles-common.js";
import { requireUser } from "./users.js";

export const changePassword: Action = {
  service: "iam",
  name: "ChangePassword",
  permission: "iam:ChangePassword",
  writes: true,
  resource: (_input, caller) => caller.arn,
  async run(ctx, input) {
    const caller = ctx.caller;
    if (caller.kind === "root" || caller.userName === undefined) throw invalidUserType();
    const userName = caller.userName;
    const oldPassword = str(input, "OldPassword");
    const next = await prepare(str(input, "NewPassword"));
    const account = caller.accountId;
    await ctx.store.write(account, async (tx) => {
      const user = await requireUser(tx, account, userName);
      const profile = await findProfile(tx, user.id);
      if (profile === undefined) throw noSuchLoginProfile(user.name);
      if (!(await verifyPassword(profile.password_hash, oldPassword))) throw wrongOldPassword();
      await checkNewPassword(tx, account, user.id, next.plain);
      const now = isoTime(ctx.now);
      await tx
        .updateTable("login_profiles")
        .set({ password_hash: next.hash, password_changed_at: now, password_reset_required: 0 })
        .where("user_id", "=", user.id)
        .execute();
      await recordPassword(tx, account, user.id, next.hash, now);
    });
    return undefined;
  },
};
