import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import {
  CreateUserCommand,
  DeleteUserCommand,
  GetUserCommand,
  ListUsersCommand,
  ListUserTagsCommand,
  TagUserCommand,
  UntagUserCommand,
  UpdateUserCommand,
  PutUserPermissionsBoundaryCommand,
  DeleteUserPermissionsBoundaryCommand,
} from "@aws-sdk/client-iam";
import { ACCOUNT, failure, useServer } from "./harness.js";

const srv = useServer();

describe("IAM users over the Query API, driven by the AWS SDK", () => {
  beforeEach(() => srv.reset());

  test("create, get (by name, case-insensitively, and as the caller), update, delete", async () => {
    const iam = srv.iam();
    const created = await iam.send(
      new CreateUserCommand({
        UserName: "CloudAcademyUser1",
        Path: "/eng/",
        Tags: [{ Key: "team", Value: "blue" }],
      }),
    );
    assert.equal(created.User?.UserName, "CloudAcademyUser1");
    assert.equal(created.User?.Path, "/eng/");
    assert.equal(created.User?.Arn, `arn:aws:iam::${ACCOUNT}:user/eng/CloudAcademyUser1`);
    assert.match(created.User?.UserId ?? "", /^AIDA[A-Z2-7]{17}$/);
    assert.ok(created.User?.CreateDate instanceof Date);
    assert.deepEqual(created.User?.Tags, [{ Key: "team", Value: "blue" }]);

    const got = await iam.send(new GetUserCommand({ UserName: "cloudacademyuser1" }));
    assert.equal(got.User?.UserName, "CloudAcademyUser1");
    const me = await iam.send(new GetUserCommand({}));
    assert.equal(me.User?.Arn, `arn:aws:iam::${ACCOUNT}:root`);
    assert.equal(me.User?.UserId, ACCOUNT);

    await iam.send(
      new UpdateUserCommand({
        UserName: "CloudAcademyUser1",
        NewUserName: "Renamed",
        NewPath: "/ops/",
      }),
    );
    const renamed = await iam.send(new GetUserCommand({ UserName: "Renamed" }));
    assert.equal(renamed.User?.Arn, `arn:aws:iam::${ACCOUNT}:user/ops/Renamed`);
    assert.equal(renamed.User?.UserId, created.User?.UserId);
    await iam.send(new DeleteUserCommand({ UserName: "Renamed" }));
    const gone = await failure(iam.send(new GetUserCommand({ UserName: "Renamed" })));
    assert.deepEqual(gone, {
      name: "NoSuchEntityException",
      message: "The user with name Renamed cannot be found.",
      status: 404,
    });
  });

  test("names are unique case-insensitively", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "Alice" }));
    const dup = await failure(iam.send(new CreateUserCommand({ UserName: "ALICE" })));
    assert.deepEqual(dup, {
      name: "EntityAlreadyExistsException",
      message: "User with name ALICE already exists.",
      status: 409,
    });
  });

  test("bad input answers AWS's ValidationError", async () => {
    const iam = srv.iam();
    const bad = await failure(iam.send(new CreateUserCommand({ UserName: "bad name" })));
    assert.equal(bad.name, "ValidationError");
    assert.equal(bad.status, 400);
    assert.equal(
      bad.message,
      "1 validation error detected: Value at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
    );
    const long = await failure(iam.send(new CreateUserCommand({ UserName: "x".repeat(65) })));
    assert.match(long.message, /Member must have length less than or equal to 64/);
    const path = await failure(
      iam.send(new CreateUserCommand({ UserName: "p", Path: "/no-trailing-slash" })),
    );
    assert.deepEqual(
      [path.name, path.message],
      [
        "ValidationError",
        "The specified value for path is invalid. It must begin and end with / and contain only alphanumeric characters and/or / characters.",
      ],
    );
  });

  test("list with paging, path prefix, and Invalid Marker", async () => {
    const iam = srv.iam();
    for (const name of ["d", "b", "a", "c", "e"]) {
      await iam.send(new CreateUserCommand({ UserName: name, Path: name < "c" ? "/x/" : "/" }));
    }
    const first = await iam.send(new ListUsersCommand({ MaxItems: 2 }));
    assert.deepEqual(
      first.Users?.map((u) => u.UserName),
      ["a", "b"],
    );
    assert.equal(first.IsTruncated, true);
    await iam.send(new CreateUserCommand({ UserName: "aa" })); // lands before the marker: not repeated
    const second = await iam.send(new ListUsersCommand({ MaxItems: 2, Marker: first.Marker }));
    assert.deepEqual(
      second.Users?.map((u) => u.UserName),
      ["c", "d"],
    );
    const third = await iam.send(new ListUsersCommand({ MaxItems: 2, Marker: second.Marker }));
    assert.deepEqual(
      third.Users?.map((u) => u.UserName),
      ["e"],
    );
    assert.equal(third.IsTruncated, false);
    const x = await iam.send(new ListUsersCommand({ PathPrefix: "/x/" }));
    assert.deepEqual(
      x.Users?.map((u) => u.UserName),
      ["a", "b"],
    );
    const junk = await failure(iam.send(new ListUsersCommand({ Marker: "junk" })));
    assert.deepEqual(junk, { name: "ValidationError", message: "Invalid Marker.", status: 400 });
  });

  test("tags and permissions boundaries", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "t" }));
    await iam.send(
      new TagUserCommand({
        UserName: "t",
        Tags: [
          { Key: "a", Value: "1" },
          { Key: "b", Value: "2" },
        ],
      }),
    );
    await iam.send(new TagUserCommand({ UserName: "t", Tags: [{ Key: "A", Value: "3" }] }));
    assert.deepEqual((await iam.send(new ListUserTagsCommand({ UserName: "t" }))).Tags, [
      { Key: "A", Value: "3" },
      { Key: "b", Value: "2" },
    ]);
    await iam.send(new UntagUserCommand({ UserName: "t", TagKeys: ["b"] }));
    assert.deepEqual((await iam.send(new ListUserTagsCommand({ UserName: "t" }))).Tags, [
      { Key: "A", Value: "3" },
    ]);
    const dupTags = await failure(
      iam.send(
        new TagUserCommand({
          UserName: "t",
          Tags: [
            { Key: "k", Value: "1" },
            { Key: "K", Value: "2" },
          ],
        }),
      ),
    );
    assert.equal(dupTags.name, "InvalidInputException");

    const boundary = "arn:aws:iam::aws:policy/PowerUserAccess";
    await iam.send(
      new PutUserPermissionsBoundaryCommand({ UserName: "t", PermissionsBoundary: boundary }),
    );
    const got = await iam.send(new GetUserCommand({ UserName: "t" }));
    assert.deepEqual(got.User?.PermissionsBoundary, {
      PermissionsBoundaryType: "Policy",
      PermissionsBoundaryArn: boundary,
    });
    await iam.send(new DeleteUserPermissionsBoundaryCommand({ UserName: "t" }));
    assert.equal(
      (await iam.send(new GetUserCommand({ UserName: "t" }))).User?.PermissionsBoundary,
      undefined,
    );
    const missing = await failure(
      iam.send(
        new PutUserPermissionsBoundaryCommand({
          UserName: "t",
          PermissionsBoundary: "arn:aws:iam::aws:policy/NoSuchPolicy",
        }),
      ),
    );
    assert.equal(missing.name, "NoSuchEntityException");
  });

  test("unsigned and badly signed requests are refused", async () => {
    const unsigned = await fetch(srv.url, {
      method: "POST",
      body: "Action=ListUsers&Version=2010-05-08",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    assert.equal(unsigned.status, 403);
    assert.match(await unsigned.text(), /<Code>MissingAuthenticationToken<\/Code>/);
    const wrong = await failure(
      srv
        .iam({ accessKeyId: "AKIAGATEHOUSEROOT001", secretAccessKey: "wrong" })
        .send(new ListUsersCommand({})),
    );
    assert.equal(wrong.name, "SignatureDoesNotMatch");
    assert.equal(wrong.status, 403);
    const unknown = await failure(
      srv
        .iam({ accessKeyId: "AKIAUNKNOWNUNKNOWN00", secretAccessKey: "x" })
        .send(new ListUsersCommand({})),
    );
    assert.equal(unknown.name, "InvalidClientTokenId");
  });
});
