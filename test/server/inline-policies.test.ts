import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import {
  CreateGroupCommand,
  CreateUserCommand,
  DeleteGroupPolicyCommand,
  DeleteUserCommand,
  DeleteUserPolicyCommand,
  GetGroupPolicyCommand,
  GetUserPolicyCommand,
  ListGroupPoliciesCommand,
  ListUserPoliciesCommand,
  PutGroupPolicyCommand,
  PutUserPolicyCommand,
} from "@aws-sdk/client-iam";
import { failure, useServer } from "./harness.js";

const srv = useServer();

const ALLOW_LIST = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: "iam:ListUsers", Resource: "*" }],
});

/** A valid document of exactly `size` non-whitespace characters, padded with `spaces` spaces. */
function documentOfSize(size: number, spaces = 0): string {
  const base = (sid: string) =>
    `{"Version":"2012-10-17","Statement":[{"Sid":"${sid}","Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}`;
  const fill = size - base("").length;
  assert.ok(fill > 0);
  const doc = base("S".repeat(fill));
  return doc.slice(0, 1) + " ".repeat(spaces) + doc.slice(1);
}

describe("inline policies over the Query API, driven by the AWS SDK", () => {
  beforeEach(() => srv.reset());

  test("user policy: put, get, list, replace, delete", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "Bob" }));
    const empty = await iam.send(new ListUserPoliciesCommand({ UserName: "bob" }));
    assert.deepEqual(empty.PolicyNames, []);
    assert.equal(empty.IsTruncated, false);

    await iam.send(
      new PutUserPolicyCommand({ UserName: "bob", PolicyName: "list", PolicyDocument: ALLOW_LIST }),
    );
    const got = await iam.send(new GetUserPolicyCommand({ UserName: "BOB", PolicyName: "list" }));
    assert.equal(got.UserName, "Bob");
    assert.equal(got.PolicyName, "list");
    // IAM returns the document URL-encoded, exactly as stored.
    assert.equal(decodeURIComponent(got.PolicyDocument ?? ""), ALLOW_LIST);

    const pretty = JSON.stringify(JSON.parse(ALLOW_LIST), null, 4);
    await iam.send(
      new PutUserPolicyCommand({ UserName: "Bob", PolicyName: "list", PolicyDocument: pretty }),
    );
    const replaced = await iam.send(
      new GetUserPolicyCommand({ UserName: "Bob", PolicyName: "list" }),
    );
    assert.equal(decodeURIComponent(replaced.PolicyDocument ?? ""), pretty);
    assert.deepEqual(
      (await iam.send(new ListUserPoliciesCommand({ UserName: "Bob" }))).PolicyNames,
      ["list"],
    );

    const conflict = await failure(iam.send(new DeleteUserCommand({ UserName: "Bob" })));
    assert.equal(conflict.message, "Cannot delete entity, must delete policies first.");

    await iam.send(new DeleteUserPolicyCommand({ UserName: "Bob", PolicyName: "list" }));
    const gone = await failure(
      iam.send(new GetUserPolicyCommand({ UserName: "Bob", PolicyName: "list" })),
    );
    assert.deepEqual(gone, {
      name: "NoSuchEntityException",
      message: "The user policy with name list cannot be found.",
      status: 404,
    });
    const again = await failure(
      iam.send(new DeleteUserPolicyCommand({ UserName: "Bob", PolicyName: "list" })),
    );
    assert.equal(again.message, "The user policy with name list cannot be found.");
    await iam.send(new DeleteUserCommand({ UserName: "Bob" }));
  });

  test("unknown users and groups answer NoSuchEntity", async () => {
    const iam = srv.iam();
    const calls: Promise<unknown>[] = [
      iam.send(
        new PutUserPolicyCommand({
          UserName: "nobody",
          PolicyName: "p",
          PolicyDocument: ALLOW_LIST,
        }),
      ),
      iam.send(new GetUserPolicyCommand({ UserName: "nobody", PolicyName: "p" })),
      iam.send(new DeleteUserPolicyCommand({ UserName: "nobody", PolicyName: "p" })),
      iam.send(new ListUserPoliciesCommand({ UserName: "nobody" })),
    ];
    for (const call of calls) {
      assert.deepEqual(await failure(call), {
        name: "NoSuchEntityException",
        message: "The user with name nobody cannot be found.",
        status: 404,
      });
    }
    const groupCalls: Promise<unknown>[] = [
      iam.send(
        new PutGroupPolicyCommand({
          GroupName: "nogroup",
          PolicyName: "p",
          PolicyDocument: ALLOW_LIST,
        }),
      ),
      iam.send(new GetGroupPolicyCommand({ GroupName: "nogroup", PolicyName: "p" })),
      iam.send(new DeleteGroupPolicyCommand({ GroupName: "nogroup", PolicyName: "p" })),
      iam.send(new ListGroupPoliciesCommand({ GroupName: "nogroup" })),
    ];
    for (const call of groupCalls) {
      assert.deepEqual(await failure(call), {
        name: "NoSuchEntityException",
        message: "The group with name nogroup cannot be found.",
        status: 404,
      });
    }
  });

  test("group policy: put, get, list with paging, delete", async () => {
    const iam = srv.iam();
    await iam.send(new CreateGroupCommand({ GroupName: "Admins" }));
    for (const name of ["c", "a", "b"]) {
      await iam.send(
        new PutGroupPolicyCommand({
          GroupName: "admins",
          PolicyName: name,
          PolicyDocument: ALLOW_LIST,
        }),
      );
    }
    const got = await iam.send(new GetGroupPolicyCommand({ GroupName: "admins", PolicyName: "b" }));
    assert.equal(got.GroupName, "Admins");
    assert.equal(decodeURIComponent(got.PolicyDocument ?? ""), ALLOW_LIST);

    const first = await iam.send(
      new ListGroupPoliciesCommand({ GroupName: "Admins", MaxItems: 2 }),
    );
    assert.deepEqual(first.PolicyNames, ["a", "b"]);
    assert.equal(first.IsTruncated, true);
    const second = await iam.send(
      new ListGroupPoliciesCommand({ GroupName: "Admins", MaxItems: 2, Marker: first.Marker }),
    );
    assert.deepEqual(second.PolicyNames, ["c"]);
    assert.equal(second.IsTruncated, false);
    const junk = await failure(
      iam.send(new ListGroupPoliciesCommand({ GroupName: "Admins", Marker: "junk" })),
    );
    assert.deepEqual(junk, { name: "ValidationError", message: "Invalid Marker.", status: 400 });

    await iam.send(new DeleteGroupPolicyCommand({ GroupName: "Admins", PolicyName: "a" }));
    const gone = await failure(
      iam.send(new GetGroupPolicyCommand({ GroupName: "Admins", PolicyName: "a" })),
    );
    assert.deepEqual(gone, {
      name: "NoSuchEntityException",
      message: "The group policy with name a cannot be found.",
      status: 404,
    });
  });

  test("documents are validated; 2008-10-17 and no Version are accepted", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "v" }));
    const put = (doc: string) =>
      iam.send(new PutUserPolicyCommand({ UserName: "v", PolicyName: "p", PolicyDocument: doc }));
    assert.deepEqual(await failure(put("{")), {
      name: "MalformedPolicyDocumentException",
      message: "Syntax errors in policy.",
      status: 400,
    });
    const noResource = await failure(
      put(
        JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:*" }] }),
      ),
    );
    assert.equal(noResource.name, "MalformedPolicyDocumentException");
    assert.equal(noResource.message, "Policy statement must contain resources.");
    await put(
      JSON.stringify({
        Version: "2008-10-17",
        Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*" }],
      }),
    );
    await put(JSON.stringify({ Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*" }] }));
  });

  test("the size quota is the sum over the entity's policies, whitespace not counted", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "q" }));
    const put = (name: string, doc: string) =>
      iam.send(new PutUserPolicyCommand({ UserName: "Q", PolicyName: name, PolicyDocument: doc }));
    await put("big", documentOfSize(1500, 3000));
    await put("rest", documentOfSize(548));
    // Replacing a policy counts it once.
    await put("rest", documentOfSize(548, 100));
    assert.deepEqual(await failure(put("one-more", documentOfSize(120))), {
      name: "LimitExceededException",
      message: "Maximum policy size of 2048 bytes exceeded for user q",
      status: 409,
    });
    await failure(put("rest", documentOfSize(549)));

    await iam.send(new CreateGroupCommand({ GroupName: "g" }));
    const putGroup = (name: string, doc: string) =>
      iam.send(
        new PutGroupPolicyCommand({ GroupName: "g", PolicyName: name, PolicyDocument: doc }),
      );
    await putGroup("a", documentOfSize(5000));
    await putGroup("b", documentOfSize(120));
    assert.deepEqual(await failure(putGroup("c", documentOfSize(120))), {
      name: "LimitExceededException",
      message: "Maximum policy size of 5120 bytes exceeded for group g",
      status: 409,
    });
  });
});
