/**
 * Trust policies naming a user or role of the role's own account that does
 * not exist are refused as AWS refuses them (MalformedPolicyDocument,
 * `Invalid principal in policy: "AWS":"<arn>"`), by CreateRole and
 * UpdateAssumeRolePolicy, on a real SQLite file and on the machine's
 * PostgreSQL, through the real AWS SDK.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import {
  CreateRoleCommand,
  CreateUserCommand,
  GetRoleCommand,
  UpdateAssumeRolePolicyCommand,
} from "@aws-sdk/client-iam";
import { ACCOUNT, failure, useServer, type TestServer } from "./harness.js";
import { freshSchema } from "./pg-schema.js";

const OTHER = "210987654321";

function trust(aws: string | string[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: { AWS: aws, ...extra }, Action: "sts:AssumeRole" }],
  });
}

const refused = (arn: string) => ({
  name: "MalformedPolicyDocumentException",
  message: `Invalid principal in policy: "AWS":"${arn}"`,
  status: 400,
});

function scenarios(label: string, srv: TestServer) {
  describe(`trust principals of this account (${label})`, () => {
    const iam = () => srv.iam();
    const create = (name: string, document: string, path?: string) =>
      iam().send(
        new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: document, Path: path }),
      );
    const update = (name: string, document: string) =>
      iam().send(new UpdateAssumeRolePolicyCommand({ RoleName: name, PolicyDocument: document }));

    test("CreateRole refuses a user or a role that does not exist, and stores nothing", async () => {
      const ghostUser = `arn:aws:iam::${ACCOUNT}:user/ghost`;
      assert.deepEqual(await failure(create(`${label}-a`, trust(ghostUser))), refused(ghostUser));
      const ghostRole = `arn:aws:iam::${ACCOUNT}:role/team/ghost`;
      assert.deepEqual(await failure(create(`${label}-a`, trust(ghostRole))), refused(ghostRole));
      const get = await failure(iam().send(new GetRoleCommand({ RoleName: `${label}-a` })));
      assert.equal(get.name, "NoSuchEntityException");
    });

    test("a role cannot name itself before it exists", async () => {
      const self = `arn:aws:iam::${ACCOUNT}:role/${label}-self`;
      assert.deepEqual(await failure(create(`${label}-self`, trust(self))), refused(self));
    });

    test("the first unknown one in document order is quoted", async () => {
      const first = `arn:aws:iam::${ACCOUNT}:role/nobody-1`;
      const second = `arn:aws:iam::${ACCOUNT}:user/nobody-2`;
      const doc = JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          {
            Effect: "Allow",
            Principal: { Service: "ec2.amazonaws.com" },
            Action: "sts:AssumeRole",
          },
          {
            Effect: "Allow",
            Principal: { AWS: [ACCOUNT, first, second] },
            Action: "sts:AssumeRole",
          },
          { Effect: "Allow", Principal: { AWS: second }, Action: "sts:AssumeRole" },
        ],
      });
      assert.deepEqual(await failure(create(`${label}-b`, doc)), refused(first));
    });

    test("existing users and roles are accepted, found by name whatever the path", async () => {
      const user = `${label}-alice`;
      await iam().send(new CreateUserCommand({ UserName: user, Path: "/people/" }));
      await create(`${label}-base`, trust(`arn:aws:iam::${ACCOUNT}:user/${user}`));
      const doc = trust([
        `arn:aws:iam::${ACCOUNT}:user/people/${user}`,
        `arn:aws:iam::${ACCOUNT}:role/${label}-base`,
      ]);
      const out = await create(`${label}-c`, doc, "/svc/");
      assert.equal(out.Role?.AssumeRolePolicyDocument, encodeURIComponent(doc));
    });

    test("what AWS does not look up is accepted without an entity", async () => {
      const doc = trust(
        [
          "*",
          ACCOUNT,
          `arn:aws:iam::${ACCOUNT}:root`,
          `arn:aws:iam::${OTHER}:user/ghost`,
          `arn:aws:iam::${OTHER}:role/ghost`,
          `arn:aws:sts::${ACCOUNT}:assumed-role/ghost/session`,
        ],
        { Service: "ec2.amazonaws.com" },
      );
      await create(`${label}-d`, doc);
      await create(
        `${label}-e`,
        JSON.stringify({
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Allow",
              Principal: { Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/example.com` },
              Action: "sts:AssumeRoleWithWebIdentity",
            },
          ],
        }),
      );
    });

    test("UpdateAssumeRolePolicy refuses the same, after the role itself is found", async () => {
      const name = `${label}-f`;
      await create(name, trust(ACCOUNT));
      const ghost = `arn:aws:iam::${ACCOUNT}:user/ghost`;
      assert.equal(
        (await failure(update(`${label}-none`, trust(ghost)))).name,
        "NoSuchEntityException",
      );
      assert.deepEqual(await failure(update(name, trust(ghost))), refused(ghost));
      const kept = await iam().send(new GetRoleCommand({ RoleName: name }));
      assert.equal(kept.Role?.AssumeRolePolicyDocument, encodeURIComponent(trust(ACCOUNT)));
      await iam().send(new CreateUserCommand({ UserName: "ghost" }));
      await update(name, trust(ghost));
      const now = await iam().send(new GetRoleCommand({ RoleName: name }));
      assert.equal(now.Role?.AssumeRolePolicyDocument, encodeURIComponent(trust(ghost)));
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), "gh-trust-"));
const sqlite = useServer({ ephemeral: false, dataDir: dir });
after(() => rmSync(dir, { recursive: true, force: true }));
scenarios("sqlite", sqlite);

const schema = freshSchema("gh_trust");
const postgres = useServer({ databaseUrl: schema.url });
after(() => schema.drop());
scenarios("postgres", postgres);

test("each server runs on the store it was given", () => {
  assert.equal(sqlite.server.store.dialect, "sqlite");
  assert.equal(postgres.server.store.dialect, "postgres");
});
