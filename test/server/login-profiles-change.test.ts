/**
 * ChangePassword signed with the user's own key, reuse prevention, and who
 * may change what: IAMUserChangePassword, AllowUsersToChangePassword. Last,
 * that no password reaches a response or a log line.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { beforeEach, describe, test } from "node:test";
import {
  AttachUserPolicyCommand,
  ChangePasswordCommand,
  CreateLoginProfileCommand,
  CreateUserCommand,
  DeleteAccessKeyCommand,
  DeleteLoginProfileCommand,
  GetLoginProfileCommand,
  UpdateAccountPasswordPolicyCommand,
  UpdateLoginProfileCommand,
} from "@aws-sdk/client-iam";
import { checkSignIn } from "../../src/iam/login-profiles.js";
import { formOf, getRaw, postRaw } from "../e2e/raw.js";
import { ACCOUNT, failure, ROOT_KEY, useServer } from "./harness.js";
import { CHANGE_POLICY, GOOD, userId, userWithKey, VIOLATION } from "./login-profiles-helpers.js";
import { READY } from "./processes.js";

const srv = useServer();

describe("ChangePassword", () => {
  beforeEach(() => srv.reset());

  test("ChangePassword with the user's own key clears PasswordResetRequired", async () => {
    const iam = srv.iam();
    const keys = await userWithKey(srv, "dave");
    await iam.send(
      new CreateLoginProfileCommand({
        UserName: "dave",
        Password: GOOD,
        PasswordResetRequired: true,
      }),
    );
    await iam.send(new AttachUserPolicyCommand({ UserName: "dave", PolicyArn: CHANGE_POLICY }));
    const dave = srv.iam(keys);
    assert.deepEqual(
      await failure(
        dave.send(
          new ChangePasswordCommand({ OldPassword: "wrong", NewPassword: "N3w-Password!" }),
        ),
      ),
      {
        name: "AccessDenied",
        message:
          "Either the new password does not conform to the account password policy or the old password was incorrect.",
        status: 403,
      },
    );
    assert.deepEqual(
      await failure(
        dave.send(new ChangePasswordCommand({ OldPassword: GOOD, NewPassword: "short" })),
      ),
      {
        name: "PasswordPolicyViolationException",
        message:
          `${VIOLATION} Password should have a minimum length of 8. Password should have at least 3 ` +
          "of these character types: uppercase letters, lowercase letters, numbers, symbols.",
        status: 400,
      },
    );
    await dave.send(new ChangePasswordCommand({ OldPassword: GOOD, NewPassword: "N3w-Password!" }));
    const after = await iam.send(new GetLoginProfileCommand({ UserName: "dave" }));
    assert.equal(after.LoginProfile?.PasswordResetRequired, false);
    const id = await userId(srv, "dave");
    const signIn = await srv.server.store.read((db) =>
      checkSignIn(db, ACCOUNT, id, "N3w-Password!", new Date()),
    );
    assert.deepEqual(signIn?.valid, true);
    assert.equal(signIn?.state.mustChange, false);
  });

  test("reuse prevention refuses the last N passwords, from every way of setting one", async () => {
    const iam = srv.iam();
    const keys = await userWithKey(srv, "erin");
    await iam.send(
      new UpdateAccountPasswordPolicyCommand({
        PasswordReusePrevention: 2,
        AllowUsersToChangePassword: true,
      }),
    );
    await iam.send(new CreateLoginProfileCommand({ UserName: "erin", Password: "First-pass1" }));
    const erin = srv.iam(keys);
    await erin.send(
      new ChangePasswordCommand({ OldPassword: "First-pass1", NewPassword: "Second-pass2" }),
    );
    const reused = { name: "PasswordPolicyViolationException", message: VIOLATION, status: 400 };
    for (const again of ["Second-pass2", "First-pass1"]) {
      assert.deepEqual(
        await failure(
          erin.send(new ChangePasswordCommand({ OldPassword: "Second-pass2", NewPassword: again })),
        ),
        reused,
      );
    }
    await iam.send(new UpdateLoginProfileCommand({ UserName: "erin", Password: "Third-pass3" }));
    assert.deepEqual(
      await failure(
        iam.send(new UpdateLoginProfileCommand({ UserName: "erin", Password: "Second-pass2" })),
      ),
      reused,
    );
    // The last two are now Second and Third: First may come back.
    await erin.send(
      new ChangePasswordCommand({ OldPassword: "Third-pass3", NewPassword: "First-pass1" }),
    );
    // History outlives DeleteLoginProfile: a new profile still may not reuse.
    await iam.send(new DeleteLoginProfileCommand({ UserName: "erin" }));
    assert.deepEqual(
      await failure(
        iam.send(new CreateLoginProfileCommand({ UserName: "erin", Password: "Third-pass3" })),
      ),
      reused,
    );
  });

  test("IAMUserChangePassword changes only the user's own password", async () => {
    const iam = srv.iam();
    const keys = await userWithKey(srv, "frank");
    await iam.send(new CreateUserCommand({ UserName: "grace" }));
    await iam.send(new CreateLoginProfileCommand({ UserName: "frank", Password: GOOD }));
    await iam.send(new CreateLoginProfileCommand({ UserName: "grace", Password: GOOD }));
    await iam.send(new AttachUserPolicyCommand({ UserName: "frank", PolicyArn: CHANGE_POLICY }));
    const frank = srv.iam(keys);
    const denied = (action: string, user: string) => ({
      name: "AccessDenied",
      message:
        `User: arn:aws:iam::${ACCOUNT}:user/frank is not authorized to perform: iam:${action} ` +
        `on resource: arn:aws:iam::${ACCOUNT}:user/${user} because no identity-based policy allows the iam:${action} action`,
      status: 403,
    });
    assert.deepEqual(
      await failure(
        frank.send(new UpdateLoginProfileCommand({ UserName: "grace", Password: "X" })),
      ),
      denied("UpdateLoginProfile", "grace"),
    );
    assert.deepEqual(
      await failure(frank.send(new GetLoginProfileCommand({ UserName: "grace" }))),
      denied("GetLoginProfile", "grace"),
    );
    await iam.send(new DeleteLoginProfileCommand({ UserName: "grace" }));
    assert.deepEqual(
      await failure(
        frank.send(new CreateLoginProfileCommand({ UserName: "grace", Password: GOOD })),
      ),
      denied("CreateLoginProfile", "grace"),
    );
    assert.deepEqual(
      await failure(
        frank.send(new UpdateLoginProfileCommand({ UserName: "frank", Password: "X" })),
      ),
      denied("UpdateLoginProfile", "frank"),
    );
    await frank.send(
      new ChangePasswordCommand({ OldPassword: GOOD, NewPassword: "Fr4nk-Changed" }),
    );
  });

  test("AllowUsersToChangePassword lets every user change its own password", async () => {
    const iam = srv.iam();
    const keys = await userWithKey(srv, "heidi");
    await iam.send(new CreateLoginProfileCommand({ UserName: "heidi", Password: GOOD }));
    const heidi = srv.iam(keys);
    const change = () =>
      heidi.send(new ChangePasswordCommand({ OldPassword: GOOD, NewPassword: "He1di-Changed" }));
    assert.deepEqual(await failure(change()), {
      name: "AccessDenied",
      message:
        `User: arn:aws:iam::${ACCOUNT}:user/heidi is not authorized to perform: iam:ChangePassword ` +
        `on resource: arn:aws:iam::${ACCOUNT}:user/heidi because no identity-based policy allows the iam:ChangePassword action`,
      status: 403,
    });
    await iam.send(new UpdateAccountPasswordPolicyCommand({ AllowUsersToChangePassword: true }));
    await change();
    // The grant covers ChangePassword, not the other login profile actions.
    assert.equal(
      (await failure(heidi.send(new GetLoginProfileCommand({ UserName: "heidi" })))).name,
      "AccessDenied",
    );
  });

  test("ChangePassword: not for the root user, nor for a user without a password", async () => {
    const iam = srv.iam();
    assert.deepEqual(
      await failure(iam.send(new ChangePasswordCommand({ OldPassword: GOOD, NewPassword: GOOD }))),
      {
        name: "InvalidUserTypeException",
        message: "Only IAM users can change their own password.",
        status: 400,
      },
    );
    const keys = await userWithKey(srv, "ivan");
    await iam.send(new UpdateAccountPasswordPolicyCommand({ AllowUsersToChangePassword: true }));
    assert.deepEqual(
      await failure(
        srv.iam(keys).send(new ChangePasswordCommand({ OldPassword: GOOD, NewPassword: GOOD })),
      ),
      {
        name: "NoSuchEntityException",
        message: "Login Profile for User ivan cannot be found.",
        status: 404,
      },
    );
  });

  test("a deleted key cannot change the password", async () => {
    const iam = srv.iam();
    const keys = await userWithKey(srv, "leo");
    await iam.send(new DeleteAccessKeyCommand({ UserName: "leo", AccessKeyId: keys.accessKeyId }));
    const err = await failure(
      srv.iam(keys).send(new ChangePasswordCommand({ OldPassword: GOOD, NewPassword: GOOD })),
    );
    assert.deepEqual(err, {
      name: "InvalidClientTokenId",
      message: "The security token included in the request is invalid.",
      status: 403,
    });
  });
});

describe("passwords never leave the server", () => {
  test("no password in any response or log line (debug logging, POST and GET)", async () => {
    const root = fileURLToPath(new URL("../../", import.meta.url));
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "src/cli.ts",
        "serve",
        "--ephemeral",
        "--port",
        "0",
        "--log-level",
        "debug",
      ],
      {
        cwd: root,
        env: {
          ...process.env,
          GATEHOUSE_ACCOUNT_ID: ACCOUNT,
          GATEHOUSE_ROOT_ACCESS_KEY_ID: ROOT_KEY.accessKeyId,
          GATEHOUSE_ROOT_SECRET_ACCESS_KEY: ROOT_KEY.secretAccessKey,
        },
      },
    );
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no start: ${output}`)), 30_000);
        child.stderr.on("data", () => {
          const m = READY.exec(output);
          if (m?.[1] !== undefined) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        });
      });
      const secrets = ["Very-Secret-0ne", "Very-Secret-Tw0", "weak-secret"];
      const answers = [
        await postRaw(
          url,
          formOf([
            ["Action", "CreateUser"],
            ["Version", "2010-05-08"],
            ["UserName", "mia"],
          ]),
        ),
        await postRaw(
          url,
          formOf([
            ["Action", "CreateLoginProfile"],
            ["Version", "2010-05-08"],
            ["UserName", "mia"],
            ["Password", secrets[0] as string],
          ]),
        ),
        await getRaw(url, {
          Action: "UpdateLoginProfile",
          Version: "2010-05-08",
          UserName: "mia",
          Password: secrets[1] as string,
        }),
        await postRaw(
          url,
          formOf([
            ["Action", "UpdateLoginProfile"],
            ["Version", "2010-05-08"],
            ["UserName", "mia"],
            ["Password", secrets[2] as string],
          ]),
        ),
        await postRaw(
          url,
          formOf([
            ["Action", "ChangePassword"],
            ["Version", "2010-05-08"],
            ["OldPassword", secrets[0] as string],
            ["NewPassword", "x".repeat(129)],
          ]),
        ),
      ];
      assert.deepEqual(
        answers.map((a) => a.status),
        [200, 200, 200, 400, 400],
      );
      assert.match(answers[4]?.body ?? "", /Value at 'newPassword' failed to satisfy constraint/);
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.match(output, /"action":"UpdateLoginProfile"/);
      for (const secret of [...secrets, "x".repeat(129)]) {
        for (const a of answers) assert.ok(!a.body.includes(secret), `a response holds ${secret}`);
        assert.ok(!output.includes(secret), `the log holds ${secret}`);
      }
      assert.ok(!output.includes("$argon2id$"), "the log holds a hash");
    } finally {
      child.kill("SIGTERM");
    }
  });
});
