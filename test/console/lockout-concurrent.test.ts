/**
 * Sign-in lockout under concurrent guesses: every attempt is counted before
 * its password is checked, so however many arrive at once, on one node or
 * on two nodes of one database, at most the limit's worth are checked (401
 * SignInFailed) and the rest are refused unchecked (429 SignInLocked). On
 * SQLite and on PostgreSQL, with real server processes.
 */
import { CreateLoginProfileCommand, CreateUserCommand, IAMClient } from "@aws-sdk/client-iam";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { ROOT_KEY } from "../server/harness.js";
import { freshSchema } from "../server/pg-schema.js";
import { startServerProcess, type ServerProcess } from "../server/processes.js";
import { ConsoleClient } from "./harness.js";

const PER_USER = 5;
const PER_ADDRESS = 20;
const GUESSES = 40;
const PASSWORD = "Victim-Pass-1234";

type ErrorBody = { error: { code: string } };

/** Answers of `GUESSES` sign-ins sent at once, spread over the nodes' URLs, by code. */
async function guessAtOnce(
  urls: string[],
  from: string,
  userName: (i: number) => string,
): Promise<Record<string, number>> {
  const answers = await Promise.all(
    Array.from({ length: GUESSES }, async (_, i) => {
      const url = urls[i % urls.length] as string;
      const res = await new ConsoleClient(url, from).signIn({
        userName: userName(i),
        password: `Wrong-Guess-${i}`,
      });
      return res.status === 200 ? "OK" : `${res.status} ${res.json<ErrorBody>().error.code}`;
    }),
  );
  const counts: Record<string, number> = {};
  for (const answer of answers) counts[answer] = (counts[answer] ?? 0) + 1;
  return counts;
}

function deployment(kind: "sqlite" | "postgres") {
  describe(`concurrent sign-in guesses (${kind}, server processes)`, () => {
    const dataDir = mkdtempSync(join(tmpdir(), "gatehouse-lockout-"));
    const schema = kind === "postgres" ? freshSchema("lockout") : undefined;
    const nodes: ServerProcess[] = [];
    const urls = () => nodes.map((n) => n.url);

    before(async () => {
      const options = {
        dataDir,
        ...(schema === undefined ? {} : { databaseUrl: schema.url }),
        args: ["--sign-in-failure-delay", "1"],
      };
      // One after the other: the first creates the store and the server key.
      nodes.push(await startServerProcess(options));
      nodes.push(await startServerProcess(options));
      const iam = new IAMClient({
        region: "us-east-1",
        endpoint: nodes[0]?.url,
        credentials: ROOT_KEY,
        maxAttempts: 1,
      });
      for (const name of ["victim-one", "victim-two", "bystander"]) {
        await iam.send(new CreateUserCommand({ UserName: name }));
        await iam.send(new CreateLoginProfileCommand({ UserName: name, Password: PASSWORD }));
      }
    });
    after(async () => {
      for (const node of nodes) await node.stop();
      await schema?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    });

    test("one node: 40 guesses at one user at once, exactly the per-user limit checked", async () => {
      const counts = await guessAtOnce(urls().slice(0, 1), "127.0.1.1", () => "victim-one");
      assert.deepEqual(counts, {
        "401 SignInFailed": PER_USER,
        "429 SignInLocked": GUESSES - PER_USER,
      });
      const right = await new ConsoleClient(nodes[0]?.url ?? "", "127.0.1.9").signIn({
        userName: "victim-one",
        password: PASSWORD,
      });
      assert.equal(right.status, 429, "the user is locked out, the right password refused too");
    });

    test("two nodes: 40 guesses at one user at once, exactly the per-user limit checked", async () => {
      const counts = await guessAtOnce(urls(), "127.0.1.2", () => "victim-two");
      assert.deepEqual(counts, {
        "401 SignInFailed": PER_USER,
        "429 SignInLocked": GUESSES - PER_USER,
      });
    });

    test("one node: 40 guesses at 40 user names from one address, exactly the per-address limit checked", async () => {
      const counts = await guessAtOnce(urls().slice(0, 1), "127.0.1.3", (i) => `sprayed-a-${i}`);
      assert.deepEqual(counts, {
        "401 SignInFailed": PER_ADDRESS,
        "429 SignInLocked": GUESSES - PER_ADDRESS,
      });
    });

    test("two nodes: 40 guesses at 40 user names from one address, exactly the per-address limit checked", async () => {
      const counts = await guessAtOnce(urls(), "127.0.1.4", (i) => `sprayed-b-${i}`);
      assert.deepEqual(counts, {
        "401 SignInFailed": PER_ADDRESS,
        "429 SignInLocked": GUESSES - PER_ADDRESS,
      });
      const sign = (from: string) =>
        new ConsoleClient(nodes[1]?.url ?? "", from).signIn({
          userName: "bystander",
          password: PASSWORD,
        });
      assert.equal((await sign("127.0.1.4")).status, 429, "the address is locked out");
      assert.equal((await sign("127.0.1.5")).status, 200, "another address is not");
    });
  });
}

deployment("sqlite");
deployment("postgres");
