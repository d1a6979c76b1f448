import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import {
  CreateAccessKeyCommand,
  CreateUserCommand,
  DeleteAccessKeyCommand,
  DeleteUserCommand,
  GetAccessKeyLastUsedCommand,
  ListAccessKeysCommand,
  ListUsersCommand,
  PutUserPolicyCommand,
  UpdateAccessKeyCommand,
} from "@aws-sdk/client-iam";
import { recordKeyUse } from "../../src/iam/access-keys.js";
import { ACCOUNT, failure, ROOT_KEY, useServer, type Keys } from "./harness.js";

const srv = useServer();

async function newKey(userName?: string): Promise<Keys> {
  const created = await srv.iam().send(new CreateAccessKeyCommand({ UserName: userName }));
  const key = created.AccessKey;
  assert.ok(key?.AccessKeyId !== undefined && key.SecretAccessKey !== undefined);
  return { accessKeyId: key.AccessKeyId, secretAccessKey: key.SecretAccessKey };
}

const INVALID_TOKEN = {
  name: "InvalidClientTokenId",
  message: "The security token included in the request is invalid.",
  status: 403,
};

describe("access keys over the Query API, driven by the AWS SDK", () => {
  beforeEach(() => srv.reset());

  test("create for a user: the secret once, at most two, listed without the secret", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "Alice" }));
    const created = await iam.send(new CreateAccessKeyCommand({ UserName: "alice" }));
    const key = created.AccessKey;
    assert.equal(key?.UserName, "Alice");
    assert.equal(key?.Status, "Active");
    assert.match(key?.AccessKeyId ?? "", /^AKIA[A-Z2-7]{16}$/);
    assert.match(key?.SecretAccessKey ?? "", /^[A-Za-z0-9/+]{40}$/);
    assert.ok(key?.CreateDate instanceof Date);

    const second = await newKey("Alice");
    const third = await failure(iam.send(new CreateAccessKeyCommand({ UserName: "Alice" })));
    assert.deepEqual(third, {
      name: "LimitExceededException",
      message: "Cannot exceed quota for AccessKeysPerUser: 2",
      status: 409,
    });

    const listed = await iam.send(new ListAccessKeysCommand({ UserName: "alice" }));
    assert.equal(listed.IsTruncated, false);
    assert.deepEqual(
      listed.AccessKeyMetadata?.map((k) => [k.UserName, k.Status]),
      [
        ["Alice", "Active"],
        ["Alice", "Active"],
      ],
    );
    assert.deepEqual(
      new Set(listed.AccessKeyMetadata?.map((k) => k.AccessKeyId)),
      new Set([key?.AccessKeyId, second.accessKeyId]),
    );
    assert.ok(listed.AccessKeyMetadata?.every((k) => !("SecretAccessKey" in k)));

    const first = await iam.send(new ListAccessKeysCommand({ UserName: "Alice", MaxItems: 1 }));
    assert.equal(first.IsTruncated, true);
    const rest = await iam.send(
      new ListAccessKeysCommand({ UserName: "Alice", MaxItems: 1, Marker: first.Marker }),
    );
    assert.equal(rest.IsTruncated, false);
    assert.deepEqual(
      [...(first.AccessKeyMetadata ?? []), ...(rest.AccessKeyMetadata ?? [])].map(
        (k) => k.AccessKeyId,
      ),
      listed.AccessKeyMetadata?.map((k) => k.AccessKeyId),
    );

    const conflict = await failure(iam.send(new DeleteUserCommand({ UserName: "Alice" })));
    assert.equal(conflict.message, "Cannot delete entity, must delete access keys first.");
  });

  test("a new key signs requests; inactive or deleted, it no longer does", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "alice" }));
    const keys = await newKey("alice");
    const asAlice = srv.iam(keys);
    // Authenticated (no policy allows it, so AccessDenied rather than a token error).
    assert.equal((await failure(asAlice.send(new ListUsersCommand({})))).name, "AccessDenied");

    await iam.send(
      new UpdateAccessKeyCommand({
        UserName: "alice",
        AccessKeyId: keys.accessKeyId,
        Status: "Inactive",
      }),
    );
    const listed = await iam.send(new ListAccessKeysCommand({ UserName: "alice" }));
    assert.equal(listed.AccessKeyMetadata?.[0]?.Status, "Inactive");
    assert.deepEqual(await failure(asAlice.send(new ListUsersCommand({}))), INVALID_TOKEN);

    await iam.send(
      new UpdateAccessKeyCommand({
        UserName: "alice",
        AccessKeyId: keys.accessKeyId,
        Status: "Active",
      }),
    );
    assert.equal((await failure(asAlice.send(new ListUsersCommand({})))).name, "AccessDenied");

    await iam.send(
      new DeleteAccessKeyCommand({ UserName: "alice", AccessKeyId: keys.accessKeyId }),
    );
    assert.deepEqual(await failure(asAlice.send(new ListUsersCommand({}))), INVALID_TOKEN);
    assert.deepEqual(
      (await iam.send(new ListAccessKeysCommand({ UserName: "alice" }))).AccessKeyMetadata,
      [],
    );
  });

  test("NoSuchEntity for unknown users, unknown keys, and another user's key", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "alice" }));
    await iam.send(new CreateUserCommand({ UserName: "bob" }));
    const alices = await newKey("alice");
    const nobody = {
      name: "NoSuchEntityException",
      message: "The user with name nobody cannot be found.",
      status: 404,
    };
    assert.deepEqual(
      await failure(iam.send(new CreateAccessKeyCommand({ UserName: "nobody" }))),
      nobody,
    );
    assert.deepEqual(
      await failure(iam.send(new ListAccessKeysCommand({ UserName: "nobody" }))),
      nobody,
    );
    const unknown = "AKIAIOSFODNN7EXAMPLE";
    assert.deepEqual(
      await failure(
        iam.send(
          new UpdateAccessKeyCommand({
            UserName: "alice",
            AccessKeyId: unknown,
            Status: "Inactive",
          }),
        ),
      ),
      {
        name: "NoSuchEntityException",
        message: `The Access Key with id ${unknown} cannot be found.`,
        status: 404,
      },
    );
    const notBobs = {
      name: "NoSuchEntityException",
      message: `The Access Key with id ${alices.accessKeyId} cannot be found.`,
      status: 404,
    };
    assert.deepEqual(
      await failure(
        iam.send(
          new UpdateAccessKeyCommand({
            UserName: "bob",
            AccessKeyId: alices.accessKeyId,
            Status: "Inactive",
          }),
        ),
      ),
      notBobs,
    );
    assert.deepEqual(
      await failure(
        iam.send(new DeleteAccessKeyCommand({ UserName: "bob", AccessKeyId: alices.accessKeyId })),
      ),
      notBobs,
    );
    // Without UserName the root user means its own keys: alice's is not one of them.
    assert.deepEqual(
      await failure(iam.send(new DeleteAccessKeyCommand({ AccessKeyId: alices.accessKeyId }))),
      notBobs,
    );
    // Still there and active.
    assert.equal(
      (await failure(srv.iam(alices).send(new ListUsersCommand({})))).name,
      "AccessDenied",
    );
  });

  test("without UserName: the root user's own keys, also limited to two", async () => {
    const iam = srv.iam();
    const listed = await iam.send(new ListAccessKeysCommand({}));
    assert.deepEqual(
      listed.AccessKeyMetadata?.map((k) => [k.AccessKeyId, k.Status, k.UserName]),
      [[ROOT_KEY.accessKeyId, "Active", undefined]],
    );
    const second = await newKey();
    assert.equal((await srv.iam(second).send(new ListUsersCommand({}))).Users?.length, 0);
    const third = await failure(iam.send(new CreateAccessKeyCommand({})));
    assert.equal(third.message, "Cannot exceed quota for AccessKeysPerUser: 2");
    await iam.send(new DeleteAccessKeyCommand({ AccessKeyId: second.accessKeyId }));
    assert.deepEqual(await failure(srv.iam(second).send(new ListUsersCommand({}))), INVALID_TOKEN);
  });

  test("without UserName: a user's own keys", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "carol" }));
    await iam.send(
      new PutUserPolicyCommand({
        UserName: "carol",
        PolicyName: "keys",
        PolicyDocument: JSON.stringify({
          Version: "2012-10-17",
          Statement: [{ Effect: "Allow", Action: "iam:*AccessKey*", Resource: "*" }],
        }),
      }),
    );
    const first = await newKey("carol");
    const asCarol = srv.iam(first);
    const created = await asCarol.send(new CreateAccessKeyCommand({}));
    assert.equal(created.AccessKey?.UserName, "carol");
    const listed = await asCarol.send(new ListAccessKeysCommand({}));
    assert.equal(listed.AccessKeyMetadata?.length, 2);
    assert.ok(listed.AccessKeyMetadata?.every((k) => k.UserName === "carol"));
    // Rotating: the new key deletes the old one.
    const second = {
      accessKeyId: created.AccessKey?.AccessKeyId ?? "",
      secretAccessKey: created.AccessKey?.SecretAccessKey ?? "",
    };
    await srv.iam(second).send(new DeleteAccessKeyCommand({ AccessKeyId: first.accessKeyId }));
    assert.deepEqual(await failure(asCarol.send(new ListAccessKeysCommand({}))), INVALID_TOKEN);
    assert.equal(
      (await srv.iam(second).send(new ListAccessKeysCommand({}))).AccessKeyMetadata?.length,
      1,
    );
  });

  test("last used: N/A until used, then date, service and region; throttled to a minute", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "dave" }));
    const keys = await newKey("dave");
    const unused = await iam.send(
      new GetAccessKeyLastUsedCommand({ AccessKeyId: keys.accessKeyId }),
    );
    assert.equal(unused.UserName, "dave");
    assert.deepEqual(unused.AccessKeyLastUsed, { ServiceName: "N/A", Region: "N/A" });

    const store = srv.server.store;
    const t0 = new Date("2026-03-01T10:00:00.000Z");
    await recordKeyUse(store, keys.accessKeyId, "iam", "us-east-1", t0);
    const used = await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: keys.accessKeyId }));
    assert.deepEqual(used.AccessKeyLastUsed, {
      LastUsedDate: t0,
      ServiceName: "iam",
      Region: "us-east-1",
    });
    // Within the minute: not written again.
    await recordKeyUse(
      store,
      keys.accessKeyId,
      "sts",
      "eu-west-1",
      new Date(t0.getTime() + 30_000),
    );
    const same = await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: keys.accessKeyId }));
    assert.equal(same.AccessKeyLastUsed?.ServiceName, "iam");
    const t1 = new Date(t0.getTime() + 61_000);
    await recordKeyUse(store, keys.accessKeyId, "sts", "eu-west-1", t1);
    const later = await iam.send(
      new GetAccessKeyLastUsedCommand({ AccessKeyId: keys.accessKeyId }),
    );
    assert.deepEqual(later.AccessKeyLastUsed, {
      LastUsedDate: t1,
      ServiceName: "sts",
      Region: "eu-west-1",
    });

    const rootKey = await iam.send(
      new GetAccessKeyLastUsedCommand({ AccessKeyId: ROOT_KEY.accessKeyId }),
    );
    assert.equal(rootKey.UserName, undefined);

    const unknown = "AKIAIOSFODNN7EXAMPLE";
    assert.deepEqual(
      await failure(iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: unknown }))),
      {
        name: "AccessDenied",
        message: `User: arn:aws:iam::${ACCOUNT}:root is not authorized to perform iam:GetAccessKeyLastUsed on resource: access key ${unknown}`,
        status: 403,
      },
    );
  });
});
