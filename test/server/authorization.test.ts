/**
 * Authorization end to end: real SDK requests signed with a user's own
 * access key, decided by the policy engine over what the store holds.
 */
import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import {
  AddUserToGroupCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateUserCommand,
  DeleteAccessKeyCommand,
  DeleteUserPolicyCommand,
  GetUserCommand,
  ListAccessKeysCommand,
  ListUsersCommand,
  PutGroupPolicyCommand,
  PutUserPermissionsBoundaryCommand,
  PutUserPolicyCommand,
  UpdateAccessKeyCommand,
} from "@aws-sdk/client-iam";
import { ACCOUNT, failure, useServer, type Keys } from "./harness.js";

const srv = useServer();

function policy(...statements: Record<string, unknown>[]): string {
  return JSON.stringify({ Version: "2012-10-17", Statement: statements });
}

async function userWithKey(name: string): Promise<Keys> {
  const iam = srv.iam();
  await iam.send(new CreateUserCommand({ UserName: name }));
  const created = await iam.send(new CreateAccessKeyCommand({ UserName: name }));
  return {
    accessKeyId: created.AccessKey?.AccessKeyId ?? "",
    secretAccessKey: created.AccessKey?.SecretAccessKey ?? "",
  };
}

async function putUserPolicy(user: string, name: string, document: string): Promise<void> {
  await srv
    .iam()
    .send(new PutUserPolicyCommand({ UserName: user, PolicyName: name, PolicyDocument: document }));
}

const BOB = `arn:aws:iam::${ACCOUNT}:user/bob`;

describe("authorization of users' requests", () => {
  beforeEach(() => srv.reset());

  test("no policy: AccessDenied; an Allow lets it through; an explicit Deny wins", async () => {
    const bob = srv.iam(await userWithKey("bob"));
    assert.deepEqual(await failure(bob.send(new ListUsersCommand({}))), {
      name: "AccessDenied",
      message:
        `User: ${BOB} is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::${ACCOUNT}:user/ ` +
        "because no identity-based policy allows the iam:ListUsers action",
      status: 403,
    });

    await putUserPolicy(
      "bob",
      "list",
      policy({ Effect: "Allow", Action: "iam:ListUsers", Resource: "*" }),
    );
    const listed = await bob.send(new ListUsersCommand({}));
    assert.deepEqual(
      listed.Users?.map((u) => u.UserName),
      ["bob"],
    );

    await putUserPolicy(
      "bob",
      "deny",
      policy({ Effect: "Deny", Action: "iam:List*", Resource: "*" }),
    );
    assert.deepEqual(await failure(bob.send(new ListUsersCommand({}))), {
      name: "AccessDenied",
      message:
        `User: ${BOB} is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::${ACCOUNT}:user/ ` +
        "with an explicit deny in an identity-based policy",
      status: 403,
    });

    await srv.iam().send(new DeleteUserPolicyCommand({ UserName: "bob", PolicyName: "deny" }));
    await bob.send(new ListUsersCommand({}));
  });

  test("a group's inline policy applies to its members", async () => {
    const bob = srv.iam(await userWithKey("bob"));
    const iam = srv.iam();
    await iam.send(new CreateGroupCommand({ GroupName: "readers" }));
    await iam.send(
      new PutGroupPolicyCommand({
        GroupName: "readers",
        PolicyName: "get",
        PolicyDocument: policy({ Effect: "Allow", Action: "iam:GetUser", Resource: "*" }),
      }),
    );
    assert.equal((await failure(bob.send(new GetUserCommand({})))).name, "AccessDenied");
    await iam.send(new AddUserToGroupCommand({ GroupName: "readers", UserName: "bob" }));
    assert.equal((await bob.send(new GetUserCommand({}))).User?.Arn, BOB);
  });

  test("${aws:username}: a user manages only its own access keys", async () => {
    const bobKeys = await userWithKey("bob");
    const aliceKeys = await userWithKey("alice");
    const ownKeys = policy({
      Effect: "Allow",
      Action: [
        "iam:CreateAccessKey",
        "iam:DeleteAccessKey",
        "iam:ListAccessKeys",
        "iam:UpdateAccessKey",
      ],
      Resource: `arn:aws:iam::${ACCOUNT}:user/\${aws:username}`,
    });
    await putUserPolicy("bob", "own-keys", ownKeys);
    await putUserPolicy("alice", "own-keys", ownKeys);
    const bob = srv.iam(bobKeys);

    // Its own, named or not.
    assert.equal((await bob.send(new ListAccessKeysCommand({}))).AccessKeyMetadata?.length, 1);
    const listed = await bob.send(new ListAccessKeysCommand({ UserName: "bob" }));
    assert.equal(listed.AccessKeyMetadata?.[0]?.AccessKeyId, bobKeys.accessKeyId);
    const created = await bob.send(new CreateAccessKeyCommand({}));
    assert.equal(created.AccessKey?.UserName, "bob");
    await bob.send(
      new DeleteAccessKeyCommand({ UserName: "bob", AccessKeyId: created.AccessKey?.AccessKeyId }),
    );

    // Not alice's.
    const denied = await failure(bob.send(new ListAccessKeysCommand({ UserName: "alice" })));
    assert.deepEqual(denied, {
      name: "AccessDenied",
      message:
        `User: ${BOB} is not authorized to perform: iam:ListAccessKeys on resource: arn:aws:iam::${ACCOUNT}:user/alice ` +
        "because no identity-based policy allows the iam:ListAccessKeys action",
      status: 403,
    });
    assert.equal(
      (await failure(bob.send(new CreateAccessKeyCommand({ UserName: "alice" })))).name,
      "AccessDenied",
    );
    assert.equal(
      (
        await failure(
          bob.send(
            new UpdateAccessKeyCommand({
              UserName: "alice",
              AccessKeyId: aliceKeys.accessKeyId,
              Status: "Inactive",
            }),
          ),
        )
      ).name,
      "AccessDenied",
    );
    // Alice's key still works.
    assert.equal(
      (await srv.iam(aliceKeys).send(new ListAccessKeysCommand({}))).AccessKeyMetadata?.[0]?.Status,
      "Active",
    );
  });

  test("an inactive or deleted key stops working on the next request", async () => {
    const keys = await userWithKey("bob");
    await putUserPolicy(
      "bob",
      "list",
      policy({ Effect: "Allow", Action: "iam:ListUsers", Resource: "*" }),
    );
    const bob = srv.iam(keys);
    await bob.send(new ListUsersCommand({})); // now cached
    const invalid = {
      name: "InvalidClientTokenId",
      message: "The security token included in the request is invalid.",
      status: 403,
    };
    await srv.iam().send(
      new UpdateAccessKeyCommand({
        UserName: "bob",
        AccessKeyId: keys.accessKeyId,
        Status: "Inactive",
      }),
    );
    assert.deepEqual(await failure(bob.send(new ListUsersCommand({}))), invalid);
    await srv.iam().send(
      new UpdateAccessKeyCommand({
        UserName: "bob",
        AccessKeyId: keys.accessKeyId,
        Status: "Active",
      }),
    );
    await bob.send(new ListUsersCommand({}));
    await srv
      .iam()
      .send(new DeleteAccessKeyCommand({ UserName: "bob", AccessKeyId: keys.accessKeyId }));
    assert.deepEqual(await failure(bob.send(new ListUsersCommand({}))), invalid);
  });

  test("a permissions boundary limits an Allow-everything policy", async () => {
    const bob = srv.iam(await userWithKey("bob"));
    await putUserPolicy("bob", "all", policy({ Effect: "Allow", Action: "*", Resource: "*" }));
    await bob.send(new CreateUserCommand({ UserName: "made-by-bob" }));
    await srv.iam().send(
      new PutUserPermissionsBoundaryCommand({
        UserName: "bob",
        PermissionsBoundary: "arn:aws:iam::aws:policy/IAMReadOnlyAccess",
      }),
    );
    assert.equal((await bob.send(new ListUsersCommand({}))).Users?.length, 2);
    assert.deepEqual(await failure(bob.send(new CreateUserCommand({ UserName: "another" }))), {
      name: "AccessDenied",
      message:
        `User: ${BOB} is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::${ACCOUNT}:user/another ` +
        "because no permissions boundary allows the iam:CreateUser action",
      status: 403,
    });
  });
});
