/**
 * Nodes on one store (three server processes on one PostgreSQL schema, two
 * on one SQLite file): a change made through one node is in force on the
 * others, whose memory held the old state (the access key and the compiled
 * policy set of a caller they had just served). The changes: a key made
 * Inactive or deleted, an inline policy deleted, a managed policy attached,
 * detached or given a new default version, a group membership removed, a
 * role's older sessions revoked (AWSRevokeOlderSessions) and its trust
 * policy changed. An MFA code used on one node is refused on the others.
 * SQLite's processes see each change on the very next request
 * (data_version is asked each time); PostgreSQL's within the feed's delay
 * (NOTIFY on commit, heard over LISTEN), waited for here up to 5 s, with the
 * time it took reported.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import {
  AddUserToGroupCommand,
  AttachUserPolicyCommand,
  CreateGroupCommand,
  CreatePolicyVersionCommand,
  CreateRoleCommand,
  DeleteAccessKeyCommand,
  EnableMFADeviceCommand,
  GetRoleCommand,
  PutGroupPolicyCommand,
  PutRolePolicyCommand,
  RemoveUserFromGroupCommand,
  UpdateAssumeRolePolicyCommand,
  CreateAccessKeyCommand,
  CreatePolicyCommand,
  CreateUserCommand,
  DeleteUserPolicyCommand,
  DetachUserPolicyCommand,
  GetUserCommand,
  IAMClient,
  ListUsersCommand,
  PutUserPolicyCommand,
  UpdateAccessKeyCommand,
} from "@aws-sdk/client-iam";
import { AssumeRoleCommand, GetSessionTokenCommand, STSClient } from "@aws-sdk/client-sts";
import { codeAt, createDevice, PERIOD_MS } from "./mfa-helpers.js";
import { ACCOUNT, outcome, ROOT_KEY, type Keys } from "./harness.js";
import { freshSchema } from "./pg-schema.js";
import { startServerProcess, type ServerProcess } from "./processes.js";

const allow = (action: string) =>
  JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Action: action, Resource: "*" }],
  });

function client(url: string, keys: Keys): IAMClient {
  return new IAMClient({ region: "us-east-1", endpoint: url, credentials: keys, maxAttempts: 1 });
}

/** Asks until `call` answers `expected` (at most 5 s); the milliseconds it took. */
async function until(expected: string, call: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  let last = "";
  while (performance.now() - start < 5000) {
    last = await outcome(call());
    if (last === expected) return performance.now() - start;
    await new Promise((r) => setTimeout(r, 5));
  }
  assert.fail(`still ${last} after 5 s, expected ${expected}`);
}

function deployment(kind: "sqlite" | "postgres") {
  describe(`a change through one node is in force on the other (${kind})`, () => {
    const dataDir = mkdtempSync(join(tmpdir(), "gatehouse-feed-"));
    const schema = kind === "postgres" ? freshSchema("feed") : undefined;
    const nodes: ServerProcess[] = [];
    let a: IAMClient;
    const onB = (keys: Keys) => client(nodes[1]?.url ?? "", keys);

    before(async () => {
      const options = {
        dataDir,
        ...(schema === undefined ? {} : { databaseUrl: schema.url }),
      };
      // One after the other: the first creates the store and the server key.
      // Three nodes on PostgreSQL, two processes on the SQLite file.
      for (let i = 0; i < (kind === "postgres" ? 3 : 2); i++) {
        nodes.push(await startServerProcess(options));
      }
      a = client(nodes[0]?.url ?? "", ROOT_KEY);
    });
    after(async () => {
      for (const node of nodes) await node.stop();
      await schema?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    });

    /** A user with a key and `policy` inline, already served by node B (so B holds it). */
    async function servedOnB(name: string, policy = allow("iam:*")): Promise<Keys> {
      await a.send(new CreateUserCommand({ UserName: name }));
      await a.send(
        new PutUserPolicyCommand({ UserName: name, PolicyName: "p", PolicyDocument: policy }),
      );
      const key = (await a.send(new CreateAccessKeyCommand({ UserName: name }))).AccessKey;
      const keys = {
        accessKeyId: key?.AccessKeyId ?? "",
        secretAccessKey: key?.SecretAccessKey ?? "",
      };
      const b = onB(keys);
      await until("ok", () => b.send(new GetUserCommand({})));
      return keys;
    }

    const report = (t: { diagnostic(message: string): void }, what: string, ms: number) =>
      t.diagnostic(`${kind}: ${what} in force on the other node after ${ms.toFixed(1)} ms`);

    test("health: each node its own id, the store reached, the feed heard", async () => {
      const answers = await Promise.all(
        nodes.map(async (node) => {
          let res = await fetch(`${node.url}/_gatehouse/health`);
          let body = (await res.json()) as {
            status: string;
            node: string;
            store: string;
            feed: { connected: boolean; lagMs: number | null };
          };
          // PostgreSQL's LISTEN connection may still be opening just after start.
          for (let i = 0; i < 100 && !body.feed.connected; i++) {
            await new Promise((r) => setTimeout(r, 50));
            res = await fetch(`${node.url}/_gatehouse/health`);
            body = (await res.json()) as typeof body;
          }
          assert.equal(res.status, 200);
          return body;
        }),
      );
      for (const body of answers) {
        assert.equal(body.status, "ok");
        assert.equal(body.store, kind);
        assert.equal(body.feed.connected, true);
        assert.equal(typeof body.feed.lagMs, "number");
      }
      assert.equal(new Set(answers.map((body) => body.node)).size, nodes.length);
    });

    test("an access key set Inactive stops signing on the other node", async (t) => {
      const keys = await servedOnB("inactive");
      await a.send(
        new UpdateAccessKeyCommand({
          UserName: "inactive",
          AccessKeyId: keys.accessKeyId,
          Status: "Inactive",
        }),
      );
      const b = onB(keys);
      // SQLite: the file says at once that another process wrote.
      if (kind === "sqlite") {
        assert.equal(await outcome(b.send(new ListUsersCommand({}))), "InvalidClientTokenId");
      }
      const ms = await until("InvalidClientTokenId", () => b.send(new ListUsersCommand({})));
      report(t, "an inactive key", ms);
    });

    test("a deleted inline policy no longer allows on the other node", async (t) => {
      const keys = await servedOnB("inline");
      await a.send(new DeleteUserPolicyCommand({ UserName: "inline", PolicyName: "p" }));
      const b = onB(keys);
      report(
        t,
        "a deleted policy",
        await until("AccessDenied", () => b.send(new ListUsersCommand({}))),
      );
    });

    test("a detached managed policy, and one attached, on the other node", async (t) => {
      const keys = await servedOnB("managed", allow("iam:GetUser"));
      const arn = (
        await a.send(
          new CreatePolicyCommand({ PolicyName: "list", PolicyDocument: allow("iam:ListUsers") }),
        )
      ).Policy?.Arn;
      const b = onB(keys);
      assert.equal(await outcome(b.send(new ListUsersCommand({}))), "AccessDenied");
      await a.send(new AttachUserPolicyCommand({ UserName: "managed", PolicyArn: arn }));
      report(t, "an attached policy", await until("ok", () => b.send(new ListUsersCommand({}))));
      await a.send(new DetachUserPolicyCommand({ UserName: "managed", PolicyArn: arn }));
      report(
        t,
        "a detached policy",
        await until("AccessDenied", () => b.send(new ListUsersCommand({}))),
      );
      assert.equal(await outcome(b.send(new GetUserCommand({}))), "ok");
    });

    /** Every node but the first, as `keys`. */
    const others = (keys: Keys) => nodes.slice(1).map((node) => client(node.url, keys));

    /** Waits until every other node answers `expected`; reports the slowest. */
    async function everywhere(
      t: { diagnostic(message: string): void },
      what: string,
      expected: string,
      keys: Keys,
      call: (iam: IAMClient) => Promise<unknown>,
    ): Promise<void> {
      let slowest = 0;
      for (const iam of others(keys)) {
        slowest = Math.max(slowest, await until(expected, () => call(iam)));
      }
      report(t, what, slowest);
    }

    test("a deleted access key stops signing on every other node", async (t) => {
      const keys = await servedOnB("deleted-key");
      await a.send(
        new DeleteAccessKeyCommand({ UserName: "deleted-key", AccessKeyId: keys.accessKeyId }),
      );
      await everywhere(t, "a deleted key", "InvalidClientTokenId", keys, (iam) =>
        iam.send(new GetUserCommand({})),
      );
    });

    test("a managed policy's new default version, on every other node", async (t) => {
      const keys = await servedOnB("versioned", allow("iam:GetUser"));
      const arn = (
        await a.send(
          new CreatePolicyCommand({ PolicyName: "lister", PolicyDocument: allow("iam:ListUsers") }),
        )
      ).Policy?.Arn;
      await a.send(new AttachUserPolicyCommand({ UserName: "versioned", PolicyArn: arn }));
      await everywhere(t, "an attached policy", "ok", keys, (iam) =>
        iam.send(new ListUsersCommand({})),
      );
      await a.send(
        new CreatePolicyVersionCommand({
          PolicyArn: arn,
          PolicyDocument: allow("iam:ListGroups"),
          SetAsDefault: true,
        }),
      );
      await everywhere(t, "an edited policy", "AccessDenied", keys, (iam) =>
        iam.send(new ListUsersCommand({})),
      );
    });

    test("a user taken out of its group loses the group's policy on every other node", async (t) => {
      const keys = await servedOnB("member", allow("iam:GetUser"));
      await a.send(new CreateGroupCommand({ GroupName: "listers" }));
      await a.send(
        new PutGroupPolicyCommand({
          GroupName: "listers",
          PolicyName: "list",
          PolicyDocument: allow("iam:ListUsers"),
        }),
      );
      await a.send(new AddUserToGroupCommand({ GroupName: "listers", UserName: "member" }));
      await everywhere(t, "a membership", "ok", keys, (iam) => iam.send(new ListUsersCommand({})));
      await a.send(new RemoveUserFromGroupCommand({ GroupName: "listers", UserName: "member" }));
      await everywhere(t, "a removed membership", "AccessDenied", keys, (iam) =>
        iam.send(new ListUsersCommand({})),
      );
    });

    test("a role's trust policy and its revoked sessions, on every other node", async (t) => {
      const keys = await servedOnB("assumer");
      const trust = (principal: object) =>
        JSON.stringify({
          Version: "2012-10-17",
          Statement: [{ Effect: "Allow", Principal: principal, Action: "sts:AssumeRole" }],
        });
      const role = (
        await a.send(
          new CreateRoleCommand({
            RoleName: "trusting",
            AssumeRolePolicyDocument: trust({ AWS: `arn:aws:iam::${ACCOUNT}:user/assumer` }),
          }),
        )
      ).Role;
      await a.send(
        new PutRolePolicyCommand({
          RoleName: "trusting",
          PolicyName: "get",
          PolicyDocument: allow("iam:GetRole"),
        }),
      );
      const assume = (url: string) =>
        new STSClient({
          region: "us-east-1",
          endpoint: url,
          credentials: keys,
          maxAttempts: 1,
        }).send(new AssumeRoleCommand({ RoleArn: role?.Arn, RoleSessionName: "feed-session" }));
      const session = (await assume(nodes[1]?.url ?? "")).Credentials;
      const sessionKeys = {
        accessKeyId: session?.AccessKeyId ?? "",
        secretAccessKey: session?.SecretAccessKey ?? "",
        sessionToken: session?.SessionToken ?? "",
      };
      await everywhere(t, "a role session", "ok", sessionKeys, (iam) =>
        iam.send(new GetRoleCommand({ RoleName: "trusting" })),
      );
      // AWS's "revoke active sessions": deny everything to sessions issued before now.
      const now = new Date(Date.now() + 1000).toISOString();
      await a.send(
        new PutRolePolicyCommand({
          RoleName: "trusting",
          PolicyName: "AWSRevokeOlderSessions",
          PolicyDocument: JSON.stringify({
            Version: "2012-10-17",
            Statement: [
              {
                Effect: "Deny",
                Action: "*",
                Resource: "*",
                Condition: { DateLessThan: { "aws:TokenIssueTime": now } },
              },
            ],
          }),
        }),
      );
      await everywhere(t, "revoked sessions", "AccessDenied", sessionKeys, (iam) =>
        iam.send(new GetRoleCommand({ RoleName: "trusting" })),
      );
      await a.send(
        new UpdateAssumeRolePolicyCommand({
          RoleName: "trusting",
          PolicyDocument: trust({ Service: "ec2.amazonaws.com" }),
        }),
      );
      let slowest = 0;
      for (const node of nodes.slice(1)) {
        slowest = Math.max(slowest, await until("AccessDenied", () => assume(node.url)));
      }
      report(t, "a changed trust policy", slowest);
    });

    test("an MFA code used on one node is refused on every other", async () => {
      const keys = await servedOnB("mfa-user");
      const device = await createDevice(a, "mfa-user");
      // Away from a step's end, so that the codes below are the steps the server sees.
      while (Date.now() % PERIOD_MS > PERIOD_MS - 8000)
        await new Promise((r) => setTimeout(r, 500));
      const now = Date.now();
      await a.send(
        new EnableMFADeviceCommand({
          UserName: "mfa-user",
          SerialNumber: device.serial,
          AuthenticationCode1: codeAt(device.seed, now - PERIOD_MS),
          AuthenticationCode2: codeAt(device.seed, now),
        }),
      );
      const sts = (url: string) =>
        new STSClient({ region: "us-east-1", endpoint: url, credentials: keys, maxAttempts: 1 });
      const code = codeAt(device.seed, now + PERIOD_MS);
      const ask = (url: string) =>
        sts(url).send(new GetSessionTokenCommand({ SerialNumber: device.serial, TokenCode: code }));
      assert.equal(await outcome(ask(nodes[1]?.url ?? "")), "ok");
      for (const node of [nodes[0], ...nodes.slice(2)]) {
        assert.equal(await outcome(ask(node?.url ?? "")), "AccessDenied");
      }
    });
  });
}

deployment("sqlite");
deployment("postgres");
