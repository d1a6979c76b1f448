/**
 * `gatehouse serve --workers 2`, on a SQLite file and on PostgreSQL: two
 * processes answer on the one port, each a node (its own id in health); a
 * change made through one is in force on both; a quota holds under 50
 * concurrent requests spread over them; SIGTERM stops them all (exit 0).
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { Agent } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import {
  CreateAccessKeyCommand,
  CreateUserCommand,
  GetUserCommand,
  IAMClient,
  PutUserPolicyCommand,
  UpdateAccessKeyCommand,
} from "@aws-sdk/client-iam";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { outcome, ROOT_KEY, type Keys } from "./harness.js";
import { freshSchema } from "./pg-schema.js";
import { startServerProcess, type ServerProcess } from "./processes.js";

/** A client that opens a new connection for every request, so that requests spread over the workers. */
function spreading(url: string, keys: Keys): IAMClient {
  return new IAMClient({
    region: "us-east-1",
    endpoint: url,
    credentials: keys,
    maxAttempts: 1,
    requestHandler: new NodeHttpHandler({ httpAgent: new Agent({ keepAlive: false }) }),
  });
}

async function nodeIds(url: string, asks: number): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let i = 0; i < asks; i++) {
    const res = await fetch(`${url}/_gatehouse/health`, { headers: { connection: "close" } });
    assert.equal(res.status, 200);
    ids.add(((await res.json()) as { node: string }).node);
  }
  return ids;
}

function deployment(kind: "sqlite" | "postgres") {
  describe(`serve --workers 2 (${kind})`, () => {
    const dataDir = mkdtempSync(join(tmpdir(), "gatehouse-workers-"));
    const schema = kind === "postgres" ? freshSchema("workers") : undefined;
    let server: ServerProcess;
    let root: IAMClient;

    before(async () => {
      server = await startServerProcess({
        dataDir,
        ...(schema === undefined ? {} : { databaseUrl: schema.url }),
        args: ["--workers", "2"],
      });
      root = spreading(server.url, ROOT_KEY);
    });
    after(async () => {
      await server.stop();
      await schema?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    });

    test("two nodes answer on the one port", async () => {
      assert.match(server.stderr(), /workers: {2}2 processes on the port/);
      assert.equal((await nodeIds(server.url, 30)).size, 2);
    });

    test("a key made Inactive through one worker stops signing on both", async () => {
      await root.send(new CreateUserCommand({ UserName: "w" }));
      await root.send(
        new PutUserPolicyCommand({
          UserName: "w",
          PolicyName: "get",
          PolicyDocument: JSON.stringify({
            Version: "2012-10-17",
            Statement: [{ Effect: "Allow", Action: "iam:GetUser", Resource: "*" }],
          }),
        }),
      );
      const key = (await root.send(new CreateAccessKeyCommand({ UserName: "w" }))).AccessKey;
      const keys = {
        accessKeyId: key?.AccessKeyId ?? "",
        secretAccessKey: key?.SecretAccessKey ?? "",
      };
      const asW = spreading(server.url, keys);
      // Both workers serve the key (and keep it in memory).
      for (let i = 0; i < 10; i++)
        assert.equal(await outcome(asW.send(new GetUserCommand({}))), "ok");
      await root.send(
        new UpdateAccessKeyCommand({
          UserName: "w",
          AccessKeyId: keys.accessKeyId,
          Status: "Inactive",
        }),
      );
      // Then ten in a row refused, within the feed's delay (at once on SQLite).
      const deadline = Date.now() + 5000;
      let refusedInARow = 0;
      while (refusedInARow < 10) {
        assert.ok(Date.now() < deadline, "the key still signs somewhere after 5 s");
        const answer = await outcome(asW.send(new GetUserCommand({})));
        refusedInARow = answer === "InvalidClientTokenId" ? refusedInARow + 1 : 0;
        if (kind === "sqlite") assert.equal(answer, "InvalidClientTokenId");
      }
    });

    test("50 concurrent CreateAccessKey over both workers: exactly the quota of 2", async () => {
      await root.send(new CreateUserCommand({ UserName: "quota" }));
      const answers = await Promise.all(
        Array.from({ length: 50 }, () =>
          outcome(root.send(new CreateAccessKeyCommand({ UserName: "quota" }))),
        ),
      );
      assert.equal(answers.filter((a) => a === "ok").length, 2);
      assert.equal(answers.filter((a) => a === "LimitExceededException").length, 48);
    });

    test("SIGTERM stops every worker, and the primary exits 0", async () => {
      await server.stop();
      assert.deepEqual(server.exited(), { code: 0, signal: null });
      assert.match(server.stderr(), /Gatehouse stopped/);
      await assert.rejects(fetch(`${server.url}/_gatehouse/health`));
    });
  });
}

deployment("sqlite");
deployment("postgres");
