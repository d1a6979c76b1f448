/**
 * Gatehouse on the machine's real PostgreSQL, end to end: the server started
 * as an operator would (`--database-url postgres://…?schema=<fresh>`), a
 * representative flow through the AWS SDK (users, groups, customer and AWS
 * managed policies with versions, attachments, inline policies, tags, access
 * keys, a user's own keys authorized by the engine, pagination), then a
 * restart on the same schema and data directory: nothing lost, the sealed
 * secrets still open, markers still valid. Then two nodes on one schema.
 * PostgreSQL missing is a failure, never a skip. The schema is dropped after.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import pg from "pg";
import { freshSchema, PG_BASE_URL } from "../server/pg-schema.js";
import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  CreateUserCommand,
  GetAccountSummaryCommand,
  GetGroupCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetUserCommand,
  GetUserPolicyCommand,
  IAMClient,
  ListAccessKeysCommand,
  ListAttachedGroupPoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListPolicyVersionsCommand,
  ListUsersCommand,
  ListUserTagsCommand,
  PutUserPolicyCommand,
  UpdateAccessKeyCommand,
  type User,
} from "@aws-sdk/client-iam";
import { parseConfig } from "../../src/server/config.js";
import { startServer, type RunningServer } from "../../src/server/start.js";
import { ACCOUNT, failure, ROOT_KEY, type Keys } from "../server/harness.js";

const BASE_URL = PG_BASE_URL;

async function probe(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: BASE_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    await client.end().catch(() => {});
  }
}

const unreachable = await probe();

if (unreachable !== undefined) {
  describe("Gatehouse on PostgreSQL, end to end", () => {
    test("needs PostgreSQL", () => {
      assert.fail(
        `PostgreSQL is missing: cannot connect to ${BASE_URL} (${unreachable}).\n` +
          "These tests need a real PostgreSQL. Start the local one with\n" +
          "  bash scripts/pg-up.sh\n" +
          "or point GATEHOUSE_TEST_DATABASE_URL at another server.",
      );
    });
  });
} else {
  const dataDir = mkdtempSync(join(tmpdir(), "gatehouse-e2e-pg-"));
  const running = new Set<RunningServer>();

  const fresh = freshSchema("gh_e2e");
  const databaseUrl = fresh.url;

  after(async () => {
    for (const s of running) await s.close().catch(() => {});
    await fresh.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A node as the operator starts it: --database-url, the server key in --data-dir. */
  const start = async (): Promise<RunningServer> => {
    const config = parseConfig(
      [
        "--database-url",
        databaseUrl,
        "--data-dir",
        dataDir,
        "--port",
        "0",
        "--log-level",
        "silent",
      ],
      {
        GATEHOUSE_ACCOUNT_ID: ACCOUNT,
        GATEHOUSE_ROOT_ACCESS_KEY_ID: ROOT_KEY.accessKeyId,
        GATEHOUSE_ROOT_SECRET_ACCESS_KEY: ROOT_KEY.secretAccessKey,
      },
    );
    if ("error" in config) throw new Error(config.error);
    assert.equal(config.databaseUrl, databaseUrl);
    assert.equal(config.ephemeral, false);
    const server = await startServer(config, {});
    running.add(server);
    return server;
  };
  const stop = async (server: RunningServer) => {
    running.delete(server);
    await server.close();
  };
  const client = (server: RunningServer, keys: Keys = ROOT_KEY) =>
    new IAMClient({
      region: "us-east-1",
      endpoint: server.url,
      credentials: keys,
      maxAttempts: 1,
    });

  const READ_IAM = JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Action: ["iam:Get*", "iam:List*"], Resource: "*" }],
  });
  const READ_USERS_ONLY = JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Action: "iam:ListUsers", Resource: "*" }],
  });
  const policyArn = `arn:aws:iam::${ACCOUNT}:policy/teams/read-iam`;

  /** Everything the flow stored, as read back through the API. */
  const snapshot = async (iam: IAMClient) => {
    const users: User[] = [];
    let marker: string | undefined;
    do {
      const page = await iam.send(new ListUsersCommand({ MaxItems: 4, Marker: marker }));
      users.push(...(page.Users ?? []));
      marker = page.IsTruncated ? page.Marker : undefined;
    } while (marker !== undefined);
    const group = await iam.send(new GetGroupCommand({ GroupName: "devs" }));
    const policy = await iam.send(new GetPolicyCommand({ PolicyArn: policyArn }));
    const versions = await iam.send(new ListPolicyVersionsCommand({ PolicyArn: policyArn }));
    const v2 = await iam.send(
      new GetPolicyVersionCommand({ PolicyArn: policyArn, VersionId: "v2" }),
    );
    const groupPolicies = await iam.send(
      new ListAttachedGroupPoliciesCommand({ GroupName: "devs" }),
    );
    const bobPolicies = await iam.send(new ListAttachedUserPoliciesCommand({ UserName: "bob" }));
    const inline = await iam.send(
      new GetUserPolicyCommand({ UserName: "bob", PolicyName: "list-users" }),
    );
    const tags = await iam.send(new ListUserTagsCommand({ UserName: "alice" }));
    const keys = await iam.send(new ListAccessKeysCommand({ UserName: "alice" }));
    const summary = await iam.send(new GetAccountSummaryCommand({}));
    return {
      users: users.map((u) => [u.UserName, u.UserId, u.Arn, u.CreateDate?.toISOString()]),
      members: (group.Users ?? []).map((u) => u.UserName).sort(),
      groupArn: group.Group?.Arn,
      policy: [
        policy.Policy?.PolicyId,
        policy.Policy?.DefaultVersionId,
        policy.Policy?.AttachmentCount,
      ],
      versions: (versions.Versions ?? []).map((v) => [v.VersionId, v.IsDefaultVersion]),
      v2Document: decodeURIComponent(v2.PolicyVersion?.Document ?? ""),
      groupPolicies: (groupPolicies.AttachedPolicies ?? []).map((p) => p.PolicyArn).sort(),
      bobPolicies: (bobPolicies.AttachedPolicies ?? []).map((p) => p.PolicyArn),
      inline: decodeURIComponent(inline.PolicyDocument ?? ""),
      tags: tags.Tags,
      keys: (keys.AccessKeyMetadata ?? []).map((k) => [k.AccessKeyId, k.Status]),
      summary: {
        Users: summary.SummaryMap?.["Users"],
        Groups: summary.SummaryMap?.["Groups"],
        Policies: summary.SummaryMap?.["Policies"],
      },
    };
  };

  describe("Gatehouse on PostgreSQL, end to end", () => {
    let aliceKeys: Keys;
    let before: Awaited<ReturnType<typeof snapshot>>;
    let markerFromFirstNode: string;

    test("a representative flow on a fresh schema", async () => {
      const server = await start();
      const iam = client(server);

      for (const name of ["alice", "bob"]) {
        await iam.send(
          new CreateUserCommand({
            UserName: name,
            Path: "/eng/",
            ...(name === "alice" ? { Tags: [{ Key: "team", Value: "blue" }] } : {}),
          }),
        );
      }
      for (let i = 0; i < 15; i++) {
        await iam.send(new CreateUserCommand({ UserName: `filler-${String(i).padStart(2, "0")}` }));
      }
      await iam.send(new CreateGroupCommand({ GroupName: "devs" }));
      await iam.send(new AddUserToGroupCommand({ GroupName: "devs", UserName: "alice" }));
      await iam.send(new AddUserToGroupCommand({ GroupName: "devs", UserName: "bob" }));

      await iam.send(
        new CreatePolicyCommand({
          PolicyName: "read-iam",
          Path: "/teams/",
          PolicyDocument: READ_USERS_ONLY,
        }),
      );
      await iam.send(
        new CreatePolicyVersionCommand({
          PolicyArn: policyArn,
          PolicyDocument: READ_IAM,
          SetAsDefault: true,
        }),
      );
      await iam.send(new AttachGroupPolicyCommand({ GroupName: "devs", PolicyArn: policyArn }));
      await iam.send(
        new AttachGroupPolicyCommand({
          GroupName: "devs",
          PolicyArn: "arn:aws:iam::aws:policy/AmazonRDSFullAccess",
        }),
      );
      await iam.send(
        new AttachUserPolicyCommand({
          UserName: "bob",
          PolicyArn: "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess",
        }),
      );
      await iam.send(
        new PutUserPolicyCommand({
          UserName: "bob",
          PolicyName: "list-users",
          PolicyDocument: READ_USERS_ONLY,
        }),
      );

      const key = await iam.send(new CreateAccessKeyCommand({ UserName: "alice" }));
      aliceKeys = {
        accessKeyId: key.AccessKey?.AccessKeyId as string,
        secretAccessKey: key.AccessKey?.SecretAccessKey as string,
      };
      assert.match(aliceKeys.accessKeyId, /^AKIA[A-Z2-7]{16}$/);
      assert.equal(aliceKeys.secretAccessKey.length, 40);

      // Alice's own key: the group's read policy (v2, the default) allows reading IAM …
      const alice = client(server, aliceKeys);
      const me = await alice.send(new GetUserCommand({}));
      assert.equal(me.User?.Arn, `arn:aws:iam::${ACCOUNT}:user/eng/alice`);
      const seen = await alice.send(new ListUsersCommand({ PathPrefix: "/eng/" }));
      assert.deepEqual(
        seen.Users?.map((u) => u.UserName),
        ["alice", "bob"],
      );
      // … and nothing else.
      const denied = await failure(alice.send(new CreateUserCommand({ UserName: "mallory" })));
      assert.equal(denied.name, "AccessDenied");
      assert.equal(denied.status, 403);

      // Pagination: 17 users, four at a time, each once, in order.
      before = await snapshot(iam);
      assert.equal(before.users.length, 17);
      assert.equal(new Set(before.users.map((u) => u[0])).size, 17);
      assert.deepEqual(
        before.users.map((u) => u[0]),
        [...before.users.map((u) => u[0] as string)].sort((a, b) =>
          a.toLowerCase() < b.toLowerCase() ? -1 : 1,
        ),
      );
      assert.deepEqual(before.members, ["alice", "bob"]);
      assert.deepEqual(before.versions, [
        ["v2", true],
        ["v1", false],
      ]);
      assert.equal(before.policy[1], "v2");
      assert.equal(before.policy[2], 1);
      assert.equal(before.v2Document, READ_IAM);
      assert.equal(before.inline, READ_USERS_ONLY);
      assert.deepEqual(before.tags, [{ Key: "team", Value: "blue" }]);
      assert.deepEqual(before.keys, [[aliceKeys.accessKeyId, "Active"]]);
      assert.deepEqual(before.summary, { Users: 17, Groups: 1, Policies: 1 });

      const first = await iam.send(new ListUsersCommand({ MaxItems: 5 }));
      assert.equal(first.IsTruncated, true);
      markerFromFirstNode = first.Marker as string;

      await stop(server);
    });

    test("restarted on the same schema: nothing lost, keys and markers still good", async () => {
      assert.ok(before, "the flow ran first");
      const server = await start();
      const iam = client(server);
      assert.deepEqual(await snapshot(iam), before);

      // A marker from before the restart continues where it left off.
      const rest = await iam.send(new ListUsersCommand({ Marker: markerFromFirstNode }));
      assert.deepEqual(
        rest.Users?.map((u) => u.UserName),
        before.users.slice(5).map((u) => u[0]),
      );

      // Alice's secret was sealed at rest and opens again: her key still signs.
      const alice = client(server, aliceKeys);
      const listed = await alice.send(new ListUsersCommand({ PathPrefix: "/eng/" }));
      assert.equal(listed.Users?.length, 2);
      // Deactivated now, it is refused at once.
      await iam.send(
        new UpdateAccessKeyCommand({
          UserName: "alice",
          AccessKeyId: aliceKeys.accessKeyId,
          Status: "Inactive",
        }),
      );
      const refused = await failure(alice.send(new ListUsersCommand({})));
      assert.equal(refused.name, "InvalidClientTokenId");
      await iam.send(
        new UpdateAccessKeyCommand({
          UserName: "alice",
          AccessKeyId: aliceKeys.accessKeyId,
          Status: "Active",
        }),
      );
      await stop(server);
    });

    test("two nodes on one schema: each sees the other's writes, names stay unique", async () => {
      const [a, b] = [await start(), await start()];
      const ia = client(a);
      const ib = client(b);
      await ia.send(new CreateUserCommand({ UserName: "from-node-a" }));
      const got = await ib.send(new GetUserCommand({ UserName: "from-node-a" }));
      assert.equal(got.User?.UserName, "from-node-a");

      // The same new names on both nodes at once: each created exactly once.
      const names = Array.from({ length: 10 }, (_, i) => `race-${i}`);
      const results = await Promise.allSettled(
        names.flatMap((n) => [
          ia.send(new CreateUserCommand({ UserName: n })),
          ib.send(new CreateUserCommand({ UserName: n.toUpperCase() })),
        ]),
      );
      const ok = results.filter((r) => r.status === "fulfilled").length;
      const rejected = results.flatMap((r) =>
        r.status === "rejected" ? [(r.reason as { name: string }).name] : [],
      );
      assert.equal(ok, names.length, `one of each pair succeeds: ${rejected.join(", ")}`);
      assert.deepEqual(new Set(rejected), new Set(["EntityAlreadyExistsException"]));
      const summary = await ib.send(new GetAccountSummaryCommand({}));
      assert.equal(summary.SummaryMap?.["Users"], 17 + 1 + names.length);

      // Alice's key works on either node.
      for (const node of [a, b]) {
        const me = await client(node, aliceKeys).send(new GetUserCommand({}));
        assert.equal(me.User?.UserName, "alice");
      }
      await stop(a);
      await stop(b);
    });
  });
}
