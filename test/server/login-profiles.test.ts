/**
 * Login profiles over the Query API, driven by the AWS SDK: create, get,
 * update, delete; the stored hashes and history; the account password
 * policy's rules; DeleteUser's refusal. ChangePassword: login-profiles-change.test.ts.
 */
import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import {
  CreateLoginProfileCommand,
  CreateUserCommand,
  DeleteLoginProfileCommand,
  DeleteUserCommand,
  GetLoginProfileCommand,
  PutUserPolicyCommand,
  UpdateAccountPasswordPolicyCommand,
  UpdateLoginProfileCommand,
} from "@aws-sdk/client-iam";
import { checkSignIn } from "../../src/iam/login-profiles.js";
import { ACCOUNT, failure, useServer } from "./harness.js";
import { GOOD, history, userId, userWithKey, VIOLATION } from "./login-profiles-helpers.js";

const srv = useServer();

describe("login profiles", () => {
  beforeEach(() => srv.reset());

  test("create, get, update, delete, with AWS's answers and errors", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "Alice" }));
    const created = await iam.send(
      new CreateLoginProfileCommand({ UserName: "alice", Password: GOOD }),
    );
    assert.equal(created.LoginProfile?.UserName, "Alice");
    assert.equal(created.LoginProfile?.PasswordResetRequired, false);
    assert.ok(created.LoginProfile?.CreateDate instanceof Date);
    assert.deepEqual(Object.keys(created.LoginProfile ?? {}).sort(), [
      "CreateDate",
      "PasswordResetRequired",
      "UserName",
    ]);

    const got = await iam.send(new GetLoginProfileCommand({ UserName: "Alice" }));
    assert.deepEqual(got.LoginProfile, created.LoginProfile);

    assert.deepEqual(
      await failure(iam.send(new CreateLoginProfileCommand({ UserName: "Alice", Password: GOOD }))),
      {
        name: "EntityAlreadyExistsException",
        message: "Login Profile for user Alice already exists.",
        status: 409,
      },
    );
    await iam.send(
      new UpdateLoginProfileCommand({ UserName: "Alice", PasswordResetRequired: true }),
    );
    const updated = await iam.send(new GetLoginProfileCommand({ UserName: "Alice" }));
    assert.equal(updated.LoginProfile?.PasswordResetRequired, true);
    assert.deepEqual(updated.LoginProfile?.CreateDate, created.LoginProfile?.CreateDate);

    await iam.send(new DeleteLoginProfileCommand({ UserName: "Alice" }));
    const gone = {
      name: "NoSuchEntityException",
      message: "Login Profile for User Alice cannot be found.",
      status: 404,
    };
    assert.deepEqual(
      await failure(iam.send(new GetLoginProfileCommand({ UserName: "Alice" }))),
      gone,
    );
    assert.deepEqual(
      await failure(iam.send(new DeleteLoginProfileCommand({ UserName: "Alice" }))),
      gone,
    );
    assert.deepEqual(
      await failure(iam.send(new UpdateLoginProfileCommand({ UserName: "Alice", Password: GOOD }))),
      gone,
    );
    const noUser = {
      name: "NoSuchEntityException",
      message: "The user with name nobody cannot be found.",
      status: 404,
    };
    for (const call of [
      () => iam.send(new CreateLoginProfileCommand({ UserName: "nobody", Password: GOOD })),
      () => iam.send(new GetLoginProfileCommand({ UserName: "nobody" })),
      () => iam.send(new DeleteLoginProfileCommand({ UserName: "nobody" })),
    ]) {
      assert.deepEqual(await failure(call()), noUser);
    }
  });

  test("stored as argon2id hashes only; every password set joins the history", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "bob" }));
    await iam.send(new CreateLoginProfileCommand({ UserName: "bob", Password: GOOD }));
    await iam.send(new UpdateLoginProfileCommand({ UserName: "bob", Password: "An0ther-Secret" }));
    const id = await userId(srv, "bob");
    const row = await srv.server.store.read((db) =>
      db
        .selectFrom("login_profiles")
        .selectAll()
        .where("user_id", "=", id)
        .executeTakeFirstOrThrow(),
    );
    assert.match(row.password_hash, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    assert.ok(!JSON.stringify(row).includes("An0ther-Secret"));
    const kept = await history(srv, "bob");
    assert.equal(kept.length, 2);
    assert.ok(kept.every((h) => h.startsWith("$argon2id$")));
    assert.equal(kept[1], row.password_hash);

    const valid = await srv.server.store.read((db) =>
      checkSignIn(db, ACCOUNT, id, "An0ther-Secret", new Date()),
    );
    assert.equal(valid?.valid, true);
    assert.equal(valid?.state.mustChange, false);
    const invalid = await srv.server.store.read((db) =>
      checkSignIn(db, ACCOUNT, id, GOOD, new Date()),
    );
    assert.equal(invalid?.valid, false);
  });

  test("without a policy AWS's default rules apply; with one, its rules", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "carol" }));
    assert.deepEqual(
      await failure(
        iam.send(new CreateLoginProfileCommand({ UserName: "carol", Password: "abc" })),
      ),
      {
        name: "PasswordPolicyViolationException",
        message:
          `${VIOLATION} Password should have a minimum length of 8. Password should have at least 3 ` +
          "of these character types: uppercase letters, lowercase letters, numbers, symbols.",
        status: 400,
      },
    );
    await iam.send(new CreateLoginProfileCommand({ UserName: "carol", Password: "abcdefG1" }));

    await iam.send(
      new UpdateAccountPasswordPolicyCommand({
        MinimumPasswordLength: 12,
        RequireSymbols: true,
        RequireNumbers: true,
        RequireUppercaseCharacters: true,
        RequireLowercaseCharacters: true,
      }),
    );
    assert.deepEqual(
      await failure(
        iam.send(new UpdateLoginProfileCommand({ UserName: "carol", Password: "weakpassword" })),
      ),
      {
        name: "PasswordPolicyViolationException",
        message:
          `${VIOLATION} Password should have at least one uppercase letter. ` +
          "Password should have at least one number. Password should have at least one symbol.",
        status: 400,
      },
    );
    await iam.send(new UpdateLoginProfileCommand({ UserName: "carol", Password: GOOD }));
    assert.equal((await history(srv, "carol")).length, 2);
  });

  test("without UserName: the calling user's own profile; the root user must name one", async () => {
    const iam = srv.iam();
    const keys = await userWithKey(srv, "judy");
    await iam.send(new CreateLoginProfileCommand({ UserName: "judy", Password: GOOD }));
    await iam.send(
      new PutUserPolicyCommand({
        UserName: "judy",
        PolicyName: "own-profile",
        PolicyDocument: JSON.stringify({
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Allow",
              Action: "iam:GetLoginProfile",
              Resource: "arn:aws:iam::*:user/${aws:username}",
            },
          ],
        }),
      }),
    );
    const own = await srv.iam(keys).send(new GetLoginProfileCommand({}));
    assert.equal(own.LoginProfile?.UserName, "judy");
    assert.deepEqual(await failure(iam.send(new GetLoginProfileCommand({}))), {
      name: "ValidationError",
      message: "Must specify userName when calling with non-User credentials",
      status: 400,
    });
  });

  test("DeleteUser refuses while the user has a password, then drops its history", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "kim" }));
    await iam.send(new CreateLoginProfileCommand({ UserName: "kim", Password: GOOD }));
    assert.deepEqual(await failure(iam.send(new DeleteUserCommand({ UserName: "kim" }))), {
      name: "DeleteConflictException",
      message: "Cannot delete entity, must delete login profile first.",
      status: 409,
    });
    const id = await userId(srv, "kim");
    await iam.send(new DeleteLoginProfileCommand({ UserName: "kim" }));
    await iam.send(new DeleteUserCommand({ UserName: "kim" }));
    const left = await srv.server.store.read((db) =>
      db.selectFrom("password_history").select("seq").where("user_id", "=", id).execute(),
    );
    assert.deepEqual(left, []);
  });
});
