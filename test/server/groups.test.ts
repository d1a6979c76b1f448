import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import {
  AddUserToGroupCommand,
  CreateGroupCommand,
  CreateUserCommand,
  DeleteGroupCommand,
  DeleteUserCommand,
  GetGroupCommand,
  ListGroupsCommand,
  ListGroupsForUserCommand,
  RemoveUserFromGroupCommand,
  UpdateGroupCommand,
  type IAMClient,
} from "@aws-sdk/client-iam";
import { ACCOUNT, failure, useServer } from "./harness.js";

const srv = useServer();

const names = (list: { GroupName?: string }[] | undefined) => list?.map((g) => g.GroupName);
const userNames = (list: { UserName?: string }[] | undefined) => list?.map((u) => u.UserName);

async function createUsers(iam: IAMClient, ...list: string[]): Promise<void> {
  for (const UserName of list) await iam.send(new CreateUserCommand({ UserName }));
}

async function createGroups(iam: IAMClient, ...list: string[]): Promise<void> {
  for (const GroupName of list) await iam.send(new CreateGroupCommand({ GroupName }));
}

describe("IAM groups over the Query API, driven by the AWS SDK", () => {
  beforeEach(() => srv.reset());

  test("create, get, update (name and path), delete", async () => {
    const iam = srv.iam();
    const created = await iam.send(new CreateGroupCommand({ GroupName: "Admins", Path: "/ops/" }));
    assert.equal(created.Group?.GroupName, "Admins");
    assert.equal(created.Group?.Path, "/ops/");
    assert.equal(created.Group?.Arn, `arn:aws:iam::${ACCOUNT}:group/ops/Admins`);
    assert.match(created.Group?.GroupId ?? "", /^AGPA[A-Z2-7]{17}$/);
    assert.ok(created.Group?.CreateDate instanceof Date);

    const got = await iam.send(new GetGroupCommand({ GroupName: "admins" }));
    assert.equal(got.Group?.GroupName, "Admins");
    assert.equal(got.Group?.GroupId, created.Group?.GroupId);
    assert.deepEqual(got.Users, []);
    assert.equal(got.IsTruncated, false);

    await iam.send(
      new UpdateGroupCommand({ GroupName: "Admins", NewGroupName: "Operators", NewPath: "/x/" }),
    );
    const old = await failure(iam.send(new GetGroupCommand({ GroupName: "Admins" })));
    assert.deepEqual(old, {
      name: "NoSuchEntityException",
      message: "The group with name Admins cannot be found.",
      status: 404,
    });
    const renamed = await iam.send(new GetGroupCommand({ GroupName: "Operators" }));
    assert.equal(renamed.Group?.Arn, `arn:aws:iam::${ACCOUNT}:group/x/Operators`);
    assert.equal(renamed.Group?.GroupId, created.Group?.GroupId);
    // A change of case only is not a clash with itself.
    await iam.send(new UpdateGroupCommand({ GroupName: "Operators", NewGroupName: "OPERATORS" }));
    assert.equal(
      (await iam.send(new GetGroupCommand({ GroupName: "operators" }))).Group?.GroupName,
      "OPERATORS",
    );

    await iam.send(new DeleteGroupCommand({ GroupName: "OPERATORS" }));
    const gone = await failure(iam.send(new DeleteGroupCommand({ GroupName: "OPERATORS" })));
    assert.deepEqual(gone, {
      name: "NoSuchEntityException",
      message: "The group with name OPERATORS cannot be found.",
      status: 404,
    });
  });

  test("AWS's errors for create and update", async () => {
    const iam = srv.iam();
    await createGroups(iam, "Dev", "Ops");
    const dup = await failure(iam.send(new CreateGroupCommand({ GroupName: "DEV" })));
    assert.deepEqual(dup, {
      name: "EntityAlreadyExistsException",
      message: "Group with name DEV already exists.",
      status: 409,
    });
    const taken = await failure(
      iam.send(new UpdateGroupCommand({ GroupName: "Dev", NewGroupName: "ops" })),
    );
    assert.deepEqual(taken, {
      name: "EntityAlreadyExistsException",
      message: "Group with name ops already exists.",
      status: 409,
    });
    const missing = await failure(
      iam.send(new UpdateGroupCommand({ GroupName: "nonexisting", NewGroupName: "new-name" })),
    );
    assert.deepEqual(missing, {
      name: "NoSuchEntityException",
      message: "The group with name nonexisting cannot be found.",
      status: 404,
    });
    const badPath = await failure(
      iam.send(new CreateGroupCommand({ GroupName: "p", Path: "/no-trailing-slash" })),
    );
    assert.equal(badPath.name, "ValidationError");
    assert.equal(badPath.status, 400);
    const badNewPath = await failure(
      iam.send(new UpdateGroupCommand({ GroupName: "Dev", NewPath: "/a" })),
    );
    assert.equal(badNewPath.name, "ValidationError");
    const badName = await failure(iam.send(new CreateGroupCommand({ GroupName: "bad name" })));
    assert.equal(badName.name, "ValidationError");
    assert.match(badName.message, /at 'groupName' failed to satisfy constraint/);
  });

  test("ListGroups pages by name, survives a write between pages, filters by path", async () => {
    const iam = srv.iam();
    for (const name of ["d", "B", "a", "c", "e"]) {
      await iam.send(
        new CreateGroupCommand({ GroupName: name, Path: name < "c" ? "/team/x/" : "/" }),
      );
    }
    const first = await iam.send(new ListGroupsCommand({ MaxItems: 2 }));
    assert.deepEqual(names(first.Groups), ["a", "B"]);
    assert.equal(first.IsTruncated, true);
    await iam.send(new CreateGroupCommand({ GroupName: "aa" })); // before the marker: not repeated
    await iam.send(new DeleteGroupCommand({ GroupName: "d" })); // after it: not listed
    const second = await iam.send(new ListGroupsCommand({ MaxItems: 2, Marker: first.Marker }));
    assert.deepEqual(names(second.Groups), ["c", "e"]);
    assert.equal(second.IsTruncated, false);
    assert.equal(second.Marker, undefined);

    const all = await iam.send(new ListGroupsCommand({}));
    assert.deepEqual(names(all.Groups), ["a", "aa", "B", "c", "e"]);
    const team = await iam.send(new ListGroupsCommand({ PathPrefix: "/team" }));
    assert.deepEqual(names(team.Groups), ["a", "B"]);
    assert.equal(team.Groups?.[0]?.Arn, `arn:aws:iam::${ACCOUNT}:group/team/x/a`);
    const none = await iam.send(new ListGroupsCommand({ PathPrefix: "/nothing/" }));
    assert.deepEqual(none.Groups, []);
    const junk = await failure(iam.send(new ListGroupsCommand({ Marker: "junk" })));
    assert.deepEqual(junk, { name: "ValidationError", message: "Invalid Marker.", status: 400 });
  });

  test("the seed walkthrough: RDSFullAccess with two users, one removed", async () => {
    const iam = srv.iam();
    await createUsers(iam, "CloudAcademyUser1", "CloudAcademyUser2");
    await iam.send(new CreateGroupCommand({ GroupName: "RDSFullAccess" }));
    await iam.send(
      new AddUserToGroupCommand({ GroupName: "RDSFullAccess", UserName: "CloudAcademyUser2" }),
    );
    await iam.send(
      new AddUserToGroupCommand({ GroupName: "RDSFullAccess", UserName: "CloudAcademyUser1" }),
    );
    const both = await iam.send(new GetGroupCommand({ GroupName: "RDSFullAccess" }));
    assert.deepEqual(userNames(both.Users), ["CloudAcademyUser1", "CloudAcademyUser2"]);
    const member = both.Users?.[0];
    assert.equal(member?.Arn, `arn:aws:iam::${ACCOUNT}:user/CloudAcademyUser1`);
    assert.equal(member?.Path, "/");
    assert.match(member?.UserId ?? "", /^AIDA/);
    assert.ok(member?.CreateDate instanceof Date);

    await iam.send(
      new RemoveUserFromGroupCommand({ GroupName: "RDSFullAccess", UserName: "CloudAcademyUser2" }),
    );
    const one = await iam.send(new GetGroupCommand({ GroupName: "RDSFullAccess" }));
    assert.deepEqual(userNames(one.Users), ["CloudAcademyUser1"]);
    const groups1 = await iam.send(new ListGroupsForUserCommand({ UserName: "CloudAcademyUser1" }));
    assert.deepEqual(names(groups1.Groups), ["RDSFullAccess"]);
    assert.equal(groups1.Groups?.[0]?.Arn, `arn:aws:iam::${ACCOUNT}:group/RDSFullAccess`);
    const groups2 = await iam.send(new ListGroupsForUserCommand({ UserName: "CloudAcademyUser2" }));
    assert.deepEqual(groups2.Groups, []);
    assert.equal(groups2.IsTruncated, false);
  });

  test("adding twice is one membership; removing a non-member answers 200", async () => {
    const iam = srv.iam();
    await createUsers(iam, "u");
    await createGroups(iam, "g");
    await iam.send(new AddUserToGroupCommand({ GroupName: "g", UserName: "u" }));
    await iam.send(new AddUserToGroupCommand({ GroupName: "G", UserName: "U" }));
    assert.deepEqual(
      names((await iam.send(new ListGroupsForUserCommand({ UserName: "u" }))).Groups),
      ["g"],
    );
    assert.equal((await iam.send(new GetGroupCommand({ GroupName: "g" }))).Users?.length, 1);
    await iam.send(new RemoveUserFromGroupCommand({ GroupName: "g", UserName: "u" }));
    assert.deepEqual((await iam.send(new ListGroupsForUserCommand({ UserName: "u" }))).Groups, []);
    const again = await iam.send(new RemoveUserFromGroupCommand({ GroupName: "g", UserName: "u" }));
    assert.equal(again.$metadata.httpStatusCode, 200);
  });

  test("membership errors: unknown user, unknown group, and the user is looked up first", async () => {
    const iam = srv.iam();
    await createUsers(iam, "known-user");
    await createGroups(iam, "known-group");
    const userText = (name: string) => ({
      name: "NoSuchEntityException",
      message: `The user with name ${name} cannot be found.`,
      status: 404,
    });
    const groupText = (name: string) => ({
      name: "NoSuchEntityException",
      message: `The group with name ${name} cannot be found.`,
      status: 404,
    });
    const add = (GroupName: string, UserName: string) =>
      failure(iam.send(new AddUserToGroupCommand({ GroupName, UserName })));
    const remove = (GroupName: string, UserName: string) =>
      failure(iam.send(new RemoveUserFromGroupCommand({ GroupName, UserName })));
    assert.deepEqual(await add("known-group", "non-existent-user"), userText("non-existent-user"));
    assert.deepEqual(
      await add("non-existent-group", "known-user"),
      groupText("non-existent-group"),
    );
    assert.deepEqual(await add("non-existent-group", "any-user"), userText("any-user"));
    assert.deepEqual(await remove("non-existent-group", "any-user"), userText("any-user"));
    assert.deepEqual(await remove("known-group", "any-user"), userText("any-user"));
    assert.deepEqual(await remove("other-group", "known-user"), groupText("other-group"));
    assert.deepEqual(
      await failure(iam.send(new ListGroupsForUserCommand({ UserName: "nobody" }))),
      userText("nobody"),
    );
    assert.deepEqual(
      await failure(iam.send(new GetGroupCommand({ GroupName: "non-existent-group" }))),
      groupText("non-existent-group"),
    );
  });

  test("GetGroup and ListGroupsForUser page, with a write between pages", async () => {
    const iam = srv.iam();
    await createGroups(iam, "team", "g1", "g2", "g3");
    await createUsers(iam, "carol", "Alice", "bob", "dave");
    for (const UserName of ["carol", "Alice", "bob", "dave"]) {
      await iam.send(new AddUserToGroupCommand({ GroupName: "team", UserName }));
    }
    const p1 = await iam.send(new GetGroupCommand({ GroupName: "team", MaxItems: 2 }));
    assert.deepEqual(userNames(p1.Users), ["Alice", "bob"]);
    assert.equal(p1.IsTruncated, true);
    assert.equal(p1.Group?.GroupName, "team");
    await iam.send(new RemoveUserFromGroupCommand({ GroupName: "team", UserName: "carol" }));
    const p2 = await iam.send(
      new GetGroupCommand({ GroupName: "team", MaxItems: 2, Marker: p1.Marker }),
    );
    assert.deepEqual(userNames(p2.Users), ["dave"]);
    assert.equal(p2.IsTruncated, false);
    const junk = await failure(iam.send(new GetGroupCommand({ GroupName: "team", Marker: "x" })));
    assert.deepEqual(junk, { name: "ValidationError", message: "Invalid Marker.", status: 400 });

    for (const GroupName of ["g3", "g1", "g2"]) {
      await iam.send(new AddUserToGroupCommand({ GroupName, UserName: "bob" }));
    }
    const l1 = await iam.send(new ListGroupsForUserCommand({ UserName: "bob", MaxItems: 2 }));
    assert.deepEqual(names(l1.Groups), ["g1", "g2"]);
    assert.equal(l1.IsTruncated, true);
    await iam.send(new RemoveUserFromGroupCommand({ GroupName: "g1", UserName: "bob" }));
    const l2 = await iam.send(
      new ListGroupsForUserCommand({ UserName: "bob", MaxItems: 2, Marker: l1.Marker }),
    );
    assert.deepEqual(names(l2.Groups), ["g3", "team"]);
    assert.equal(l2.IsTruncated, false);
  });

  test("a user in 10 groups cannot join an 11th", async () => {
    const iam = srv.iam();
    await createUsers(iam, "joiner");
    const groups = Array.from({ length: 11 }, (_, i) => `g${String(i).padStart(2, "0")}`);
    await createGroups(iam, ...groups);
    for (const GroupName of groups.slice(0, 10)) {
      await iam.send(new AddUserToGroupCommand({ GroupName, UserName: "joiner" }));
    }
    // Adding to a group the user is already in is still fine at the limit.
    await iam.send(new AddUserToGroupCommand({ GroupName: "g00", UserName: "joiner" }));
    const over = await failure(
      iam.send(new AddUserToGroupCommand({ GroupName: "g10", UserName: "joiner" })),
    );
    assert.deepEqual(over, {
      name: "LimitExceededException",
      message: "Cannot exceed quota for GroupsPerUser: 10",
      status: 409,
    });
    const mine = await iam.send(new ListGroupsForUserCommand({ UserName: "joiner" }));
    assert.equal(mine.Groups?.length, 10);
  });

  test("50 concurrent AddUserToGroup calls for one user: exactly 10 succeed", async () => {
    const iam = srv.iam();
    await createUsers(iam, "racer");
    const groups = Array.from({ length: 50 }, (_, i) => `race-${i}`);
    await Promise.all(groups.map((GroupName) => iam.send(new CreateGroupCommand({ GroupName }))));
    const results = await Promise.allSettled(
      groups.map((GroupName) =>
        iam.send(new AddUserToGroupCommand({ GroupName, UserName: "racer" })),
      ),
    );
    const ok = results.filter((r) => r.status === "fulfilled").length;
    const refused = results.filter(
      (r) =>
        r.status === "rejected" &&
        (r.reason as { name?: string }).name === "LimitExceededException",
    ).length;
    assert.equal(ok, 10);
    assert.equal(refused, 40);
    const mine = await iam.send(new ListGroupsForUserCommand({ UserName: "racer" }));
    assert.equal(mine.Groups?.length, 10);
  });

  test("at most 300 groups per account", async () => {
    const iam = srv.iam();
    const all = Array.from({ length: 300 }, (_, i) => `q${i}`);
    for (let i = 0; i < all.length; i += 50) {
      await Promise.all(
        all.slice(i, i + 50).map((GroupName) => iam.send(new CreateGroupCommand({ GroupName }))),
      );
    }
    const over = await failure(iam.send(new CreateGroupCommand({ GroupName: "one-too-many" })));
    assert.deepEqual(over, {
      name: "LimitExceededException",
      message: "Cannot exceed quota for GroupsPerAccount: 300",
      status: 409,
    });
  });

  test("DeleteGroup refuses while it has members, inline or attached policies; DeleteUser while in a group", async () => {
    const iam = srv.iam();
    await createUsers(iam, "member");
    await createGroups(iam, "busy");
    await iam.send(new AddUserToGroupCommand({ GroupName: "busy", UserName: "member" }));
    const group = await iam.send(new GetGroupCommand({ GroupName: "busy" }));
    const groupId = group.Group?.GroupId ?? "";
    // Policies go in through the store: their actions are other families'.
    await srv.server.store.write(ACCOUNT, async (tx) => {
      await tx
        .insertInto("inline_policies")
        .values({
          account_id: ACCOUNT,
          principal_type: "group",
          principal_id: groupId,
          name: "inline",
          document: '{"Version":"2012-10-17","Statement":[]}',
          updated_at: new Date().toISOString(),
        })
        .execute();
      await tx
        .insertInto("policy_attachments")
        .values({
          account_id: ACCOUNT,
          principal_type: "group",
          principal_id: groupId,
          policy_arn: "arn:aws:iam::aws:policy/AmazonRDSFullAccess",
          attached_at: new Date().toISOString(),
        })
        .execute();
    });
    const conflict = (message: string) => ({
      name: "DeleteConflictException",
      message,
      status: 409,
    });

    const inUse = await failure(iam.send(new DeleteUserCommand({ UserName: "member" })));
    assert.deepEqual(inUse, conflict("Cannot delete entity, must remove users from group first."));

    const del = () => failure(iam.send(new DeleteGroupCommand({ GroupName: "busy" })));
    assert.deepEqual(
      await del(),
      conflict("Cannot delete entity, must remove users from group first."),
    );
    await iam.send(new RemoveUserFromGroupCommand({ GroupName: "busy", UserName: "member" }));
    assert.deepEqual(await del(), conflict("Cannot delete entity, must delete policies first."));
    await srv.server.store.write(ACCOUNT, (tx) =>
      tx.deleteFrom("inline_policies").where("principal_id", "=", groupId).execute(),
    );
    assert.deepEqual(
      await del(),
      conflict("Cannot delete entity, must detach all policies first."),
    );
    await srv.server.store.write(ACCOUNT, (tx) =>
      tx.deleteFrom("policy_attachments").where("principal_id", "=", groupId).execute(),
    );
    await iam.send(new DeleteGroupCommand({ GroupName: "busy" }));
    await iam.send(new DeleteUserCommand({ UserName: "member" }));
    assert.deepEqual((await iam.send(new ListGroupsCommand({}))).Groups, []);
  });
});
