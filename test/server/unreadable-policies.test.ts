/**
 * Issue 14, defect 1, against a real server on a real SQLite file and a real
 * PostgreSQL schema: a policy PutUserPolicy accepts (a Null condition valued
 * "maybe") no longer breaks its principal's requests, and a stored document
 * that does not compile (written directly into the store, as an older version
 * might have) never answers 500: it allows nothing, and one that may hold a
 * Deny denies everything (policy/compile-unreadable.ts).
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import {
  AddUserToGroupCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateUserCommand,
  GetUserCommand,
  ListGroupsCommand,
  ListUsersCommand,
  PutGroupPolicyCommand,
  type IAMClient,
  PutUserPolicyCommand,
  SimulatePrincipalPolicyCommand,
} from "@aws-sdk/client-iam";
import { ACCOUNT, failure, useServer, type Keys, type TestServer } from "./harness.js";
import { NULL_MAYBE } from "../policy/documents.js";
import { freshSchema } from "./pg-schema.js";

const allow = (action: string) =>
  JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Action: action, Resource: "*" }],
  });

/** Refused by today's validator (a date IAM cannot read): as a row of an older version. */
const BROKEN_ALLOW = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    {
      Effect: "Allow",
      Action: "iam:ListUsers",
      Resource: "*",
      Condition: { DateGreaterThan: { "aws:CurrentTime": "not a date" } },
    },
  ],
});
const BROKEN_DENY = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    {
      Effect: "Deny",
      Action: "iam:ListGroups",
      Resource: "*",
      Condition: { DateGreaterThan: { "aws:CurrentTime": "not a date" } },
    },
  ],
});

async function userWithKeys(srv: TestServer, name: string): Promise<Keys> {
  const iam = srv.iam();
  await iam.send(new CreateUserCommand({ UserName: name }));
  const key = (await iam.send(new CreateAccessKeyCommand({ UserName: name }))).AccessKey;
  return { accessKeyId: key?.AccessKeyId ?? "", secretAccessKey: key?.SecretAccessKey ?? "" };
}

/** Writes a document straight into the store, past every check of the API. */
async function overwriteInlinePolicy(srv: TestServer, name: string, document: string) {
  await srv.server.store.write(ACCOUNT, (tx) =>
    tx
      .updateTable("inline_policies")
      .set({ document })
      .where("account_id", "=", ACCOUNT)
      .where("name", "=", name)
      .execute(),
  );
}

/** Puts each named document as one of the user's inline policies. */
async function putInline(
  iam: IAMClient,
  userName: string,
  policies: Record<string, string>,
): Promise<void> {
  for (const [PolicyName, PolicyDocument] of Object.entries(policies)) {
    await iam.send(new PutUserPolicyCommand({ UserName: userName, PolicyName, PolicyDocument }));
  }
}

function scenarios(backend: string, srv: TestServer): void {
  describe(`policies that must not break requests (${backend})`, () => {
    test("a Null condition valued 'maybe' is accepted and never matches", async () => {
      const iam = srv.iam();
      const alice = await userWithKeys(srv, "alice");
      await putInline(iam, "alice", { maybe: NULL_MAYBE, get: allow("iam:GetUser") });
      const asAlice = srv.iam(alice);
      const me = await asAlice.send(new GetUserCommand({ UserName: "alice" }));
      assert.equal(me.User?.UserName, "alice");
      const refused = await failure(asAlice.send(new ListUsersCommand({})));
      assert.equal(refused.name, "AccessDenied");
      assert.equal(refused.status, 403);

      // As a group's inline policy: its members' requests still work.
      const carol = await userWithKeys(srv, "carol");
      await iam.send(new CreateGroupCommand({ GroupName: "maybes" }));
      await iam.send(new AddUserToGroupCommand({ GroupName: "maybes", UserName: "carol" }));
      await iam.send(
        new PutGroupPolicyCommand({
          GroupName: "maybes",
          PolicyName: "m",
          PolicyDocument: NULL_MAYBE,
        }),
      );
      await iam.send(
        new PutGroupPolicyCommand({
          GroupName: "maybes",
          PolicyName: "get",
          PolicyDocument: allow("iam:GetUser"),
        }),
      );
      const asCarol = srv.iam(carol);
      assert.equal(
        (await asCarol.send(new GetUserCommand({ UserName: "carol" }))).User?.UserName,
        "carol",
      );
      assert.equal((await failure(asCarol.send(new ListGroupsCommand({})))).name, "AccessDenied");

      // The simulator agrees with what is enforced.
      const sim = await iam.send(
        new SimulatePrincipalPolicyCommand({
          PolicySourceArn: `arn:aws:iam::${ACCOUNT}:user/alice`,
          ActionNames: ["iam:GetUser", "iam:ListUsers"],
        }),
      );
      assert.deepEqual(
        sim.EvaluationResults?.map((r) => r.EvalDecision),
        ["allowed", "implicitDeny"],
      );
    });

    test("a stored Allow that does not compile allows nothing; the other policies still do", async () => {
      const iam = srv.iam();
      const bob = await userWithKeys(srv, "bob");
      await putInline(iam, "bob", { old: allow("iam:ListUsers"), get: allow("iam:GetUser") });
      await overwriteInlinePolicy(srv, "old", BROKEN_ALLOW);
      const asBob = srv.iam(bob);
      assert.equal(
        (await asBob.send(new GetUserCommand({ UserName: "bob" }))).User?.UserName,
        "bob",
      );
      const refused = await failure(asBob.send(new ListUsersCommand({})));
      assert.equal(refused.name, "AccessDenied");
      assert.equal(refused.status, 403);
    });

    test("a stored document that does not compile and may deny denies everything", async () => {
      const iam = srv.iam();
      const dave = await userWithKeys(srv, "dave");
      await putInline(iam, "dave", { old: allow("iam:ListGroups"), all: allow("iam:*") });
      await overwriteInlinePolicy(srv, "old", BROKEN_DENY);
      const asDave = srv.iam(dave);
      for (const call of [
        () => asDave.send(new GetUserCommand({ UserName: "dave" })),
        () => asDave.send(new ListUsersCommand({})),
      ]) {
        const refused = await failure(call());
        assert.equal(refused.name, "AccessDenied");
        assert.equal(refused.status, 403);
        assert.match(refused.message, /explicit deny in an identity-based policy/);
      }
    });
  });
}

const sqliteDir = mkdtempSync(join(tmpdir(), "gatehouse-unreadable-"));
const sqlite = useServer({ ephemeral: false, dataDir: sqliteDir });
scenarios("SQLite file", sqlite);

const schema = freshSchema("gh_unreadable");
const pgDir = mkdtempSync(join(tmpdir(), "gatehouse-unreadable-pg-"));
const postgres = useServer({ ephemeral: false, dataDir: pgDir, databaseUrl: schema.url });
scenarios("PostgreSQL", postgres);

after(async () => {
  await schema.drop();
  rmSync(sqliteDir, { recursive: true, force: true });
  rmSync(pgDir, { recursive: true, force: true });
});
