/**
 * Text no store can hold (NUL, invalid UTF-8, lone surrogates) never reaches
 * one: on a SQLite file and on the machine's real PostgreSQL (which refuses
 * U+0000 in text with a 500 if it gets there), over real HTTP with real
 * signed requests.
 *
 * - Markers no server issued, to every paged action of the action table
 *   (a generated sweep: NUL, lone surrogates, invalid UTF-8 in the base64
 *   payload, other JSON shapes, huge): ValidationError "Invalid Marker.",
 *   400 (or the model's length constraint); the issue's own calls through
 *   the AWS SDK.
 * - NUL and invalid UTF-8 in every input member of every operation of IAM,
 *   STS and Gatehouse's instances API, in names, tags, policy text:
 *   InvalidParameterValue, 400, from the Query protocol's gate; NUL fails the member's pattern (ValidationError) or, with none, the same gate after the model.
 * - The other ways in: a presigned URL's credential, the console's and the
 *   agent endpoints' JSON, a web identity token's claims.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import {
  AddRoleToInstanceProfileCommand,
  AddUserToGroupCommand,
  CreateAccountAliasCommand,
  CreateGroupCommand,
  CreateInstanceProfileCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  GetGroupCommand,
  ListAccountAliasesCommand,
  ListGroupsCommand,
  ListInstanceProfilesCommand,
  ListRolePoliciesCommand,
  ListRolesCommand,
  ListUserPoliciesCommand,
  ListUsersCommand,
  ListVirtualMFADevicesCommand,
  PutUserPolicyCommand,
} from "@aws-sdk/client-iam";
import { actionTable } from "../../src/iam/registry.js";
import { instanceActions } from "../../src/instances/registry.js";
import { apiModel, type ServiceName } from "../../src/model/api/load.js";
import { stsFamilies } from "../../src/sts/registry.js";
import { ACCOUNT, failure, useServer, type TestServer } from "../server/harness.js";
import { freshSchema } from "../server/pg-schema.js";
import { badMarkers } from "./bad-markers.js";
import { encode, parseError, postRaw } from "./raw.js";

const DOCUMENT = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }],
});
const TRUST = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" },
  ],
});
const POLICY_ARN = `arn:aws:iam::${ACCOUNT}:policy/p`;

/** The required members of the paged actions, naming the entities setUp makes. */
const REQUIRED: Record<string, string> = {
  GroupName: "g",
  UserName: "u",
  RoleName: "r",
  InstanceProfileName: "ip",
  PolicyArn: POLICY_ARN,
  SerialNumber: `arn:aws:iam::${ACCOUNT}:mfa/m`,
  OpenIDConnectProviderArn: `arn:aws:iam::${ACCOUNT}:oidc-provider/example.com`,
  PolicySourceArn: `arn:aws:iam::${ACCOUNT}:user/u`,
  "ActionNames.member.1": "s3:GetObject",
  "PolicyInputList.member.1": DOCUMENT,
};

async function setUp(srv: TestServer): Promise<void> {
  const iam = srv.iam();
  await iam.send(new CreateUserCommand({ UserName: "u", Tags: [{ Key: "k", Value: "v" }] }));
  await iam.send(new CreateGroupCommand({ GroupName: "g" }));
  await iam.send(new AddUserToGroupCommand({ GroupName: "g", UserName: "u" }));
  await iam.send(new CreateRoleCommand({ RoleName: "r", AssumeRolePolicyDocument: TRUST }));
  await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: "ip" }));
  await iam.send(new AddRoleToInstanceProfileCommand({ InstanceProfileName: "ip", RoleName: "r" }));
  await iam.send(new CreatePolicyCommand({ PolicyName: "p", PolicyDocument: DOCUMENT }));
  await iam.send(
    new PutUserPolicyCommand({ UserName: "u", PolicyName: "p", PolicyDocument: DOCUMENT }),
  );
  await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: "m" }));
  await iam.send(new CreateAccountAliasCommand({ AccountAlias: "unstorable-alias" }));
}

/** The paged actions Gatehouse runs: every action whose input has a Marker. */
function pagedActions(): { service: ServiceName; name: string; required: string[] }[] {
  const table = actionTable([...stsFamilies, instanceActions({ launchTokenSeconds: 600 })]);
  const out: { service: ServiceName; name: string; required: string[] }[] = [];
  for (const action of table.values()) {
    const model = apiModel(action.service as ServiceName);
    const op = model.operations[action.name];
    const input = op?.input === undefined ? undefined : model.shapes[op.input];
    if (input?.type !== "structure" || !("Marker" in input.members)) continue;
    const required = Object.entries(input.members)
      .filter(([, m]) => m.required)
      .map(([n, m]) => (model.shapes[m.target]?.type === "list" ? `${n}.member.1` : n));
    out.push({ service: action.service as ServiceName, name: action.name, required });
  }
  return out;
}

function bodyOf(service: ServiceName, action: string, params: [string, string][]): string {
  const version = apiModel(service).service.version;
  return [["Action", action], ["Version", version], ...params]
    .map(([k, v]) => `${encode(k as string)}=${encode(v as string)}`)
    .join("&");
}

/**
 * Every input member of an operation as a Query key: scalars as they are,
 * lists as `.member.1` (structures in them by member), maps as `.entry.1.key`.
 */
function inputKeys(service: ServiceName, operation: string): string[] {
  const model = apiModel(service);
  const op = model.operations[operation];
  if (op?.input === undefined) return [];
  const keys: string[] = [];
  const walk = (prefix: string, target: string, depth: number) => {
    const shape = model.shapes[target];
    if (shape === undefined || depth > 4) return;
    if (shape.type === "structure") {
      for (const [n, m] of Object.entries(shape.members))
        walk(prefix === "" ? n : `${prefix}.${n}`, m.target, depth + 1);
    } else if (shape.type === "list") {
      walk(`${prefix}.${shape.memberName}.1`, shape.member, depth + 1);
    } else if (shape.type === "map") {
      keys.push(`${prefix}.entry.1.key`);
      walk(`${prefix}.entry.1.value`, shape.value, depth + 1);
    } else keys.push(prefix);
  };
  walk("", op.input, 0);
  return keys;
}

function run(label: string, options: () => { srv: TestServer; dialect: string }): void {
  describe(`text no store holds, on ${label}`, () => {
    let srv: TestServer;
    before(async () => {
      srv = options().srv;
      assert.equal(srv.server.store.dialect, options().dialect);
      await setUp(srv);
    });

    test("the issue's markers through the AWS SDK: ValidationError, Invalid Marker.", async () => {
      const two = "gh1.WyJcdTAwMDAiLCJcdTAwMDAiXQ";
      const one = "gh1.WyJcdTAwMDAiXQ";
      const iam = srv.iam();
      const calls = [
        () => iam.send(new ListUsersCommand({ Marker: two })),
        () => iam.send(new ListRolesCommand({ Marker: two })),
        () => iam.send(new ListGroupsCommand({ Marker: two })),
        () => iam.send(new ListInstanceProfilesCommand({ Marker: two })),
        () => iam.send(new GetGroupCommand({ GroupName: "g", Marker: two })),
        () => iam.send(new ListAccountAliasesCommand({ Marker: one })),
        () => iam.send(new ListVirtualMFADevicesCommand({ Marker: one })),
        () => iam.send(new ListRolePoliciesCommand({ RoleName: "r", Marker: one })),
        () => iam.send(new ListUserPoliciesCommand({ UserName: "u", Marker: one })),
      ];
      for (const call of calls) {
        const e = await failure(call());
        assert.deepEqual(
          [e.name, e.message, e.status],
          ["ValidationError", "Invalid Marker.", 400],
        );
      }
    });

    test("every paged action refuses every marker it did not issue", async () => {
      const actions = pagedActions();
      assert.ok(actions.length >= 25, `${actions.length} paged actions`);
      const markers = badMarkers();
      const failures: string[] = [];
      const cases = actions.flatMap((a) =>
        markers.flatMap(([label, marker]) =>
          ["", "1"].map((maxItems) => ({ a, label, marker, maxItems })),
        ),
      );
      let next = 0;
      const worker = async () => {
        while (next < cases.length) {
          const { a, label, marker, maxItems } = cases[next++] as (typeof cases)[number];
          const params: [string, string][] = a.required.map((k) => {
            const v = REQUIRED[k];
            if (v === undefined) throw new Error(`no value for ${a.name}'s ${k}`);
            return [k, v];
          });
          params.push(["Marker", marker]);
          if (maxItems !== "") params.push(["MaxItems", maxItems]);
          const answer = await postRaw(
            srv.url,
            bodyOf(a.service, a.name, params),
            undefined,
            a.service,
          );
          const error = parseError(answer.body);
          // The model's length constraint (IAM words it without the value, as AWS
          // does now; the instances API with it), or a marker never issued.
          const expected =
            marker.length > 320
              ? /^1 validation error detected: Value .*failed to satisfy constraint: Member must have length less than or equal to 320$/s
              : /^Invalid Marker\.$/;
          if (
            answer.status !== 400 ||
            error?.code !== "ValidationError" ||
            !expected.test(error.message)
          ) {
            failures.push(`${a.name} ${label}: ${answer.status} ${answer.body.slice(0, 300)}`);
          }
        }
      };
      await Promise.all(Array.from({ length: 6 }, worker));
      assert.deepEqual(failures, [], `${failures.length} of ${cases.length} answered wrong`);
    });

    test("NUL and invalid UTF-8 in every input member of every operation: 400", async () => {
      const failures: string[] = [];
      let count = 0;
      for (const service of ["iam", "sts", "gatehouse"] as const) {
        const operations = Object.keys(apiModel(service).operations);
        const cases = operations.flatMap((op) =>
          inputKeys(service, op).flatMap((key) =>
            [
              ["NUL", `${encode("name")}%00${encode("x")}`],
              ["invalid UTF-8", "a%FF%FEb"],
              ["overlong UTF-8", "a%C0%AFb"],
              ["UTF-8 surrogate", "a%ED%A0%80b"],
            ].map(([what, value]) => ({ op, key, what, value })),
          ),
        );
        count += cases.length;
        let next = 0;
        const version = apiModel(service).service.version;
        const worker = async () => {
          while (next < cases.length) {
            const c = cases[next++] as (typeof cases)[number];
            const body = `Action=${c.op}&Version=${version}&${encode(c.key)}=${c.value}`;
            const answer = await postRaw(srv.url, body, undefined, service);
            const error = parseError(answer.body);
            // Bytes that are not UTF-8: the form's gate. NUL: the member's pattern
            // (ValidationError), its type (not an integer: InvalidParameterValue), or
            // else the gate after the model (InvalidParameterValue).
            const expected =
              c.what === "NUL"
                ? error?.code === "ValidationError" || error?.code === "InvalidParameterValue"
                : error?.code === "InvalidParameterValue" &&
                  error.message === `The value of parameter ${c.key} must be UTF-8 text.`;
            if (answer.status !== 400 || !expected) {
              failures.push(
                `${service}:${c.op} ${c.key} ${c.what}: ${answer.status} ${answer.body.slice(0, 300)}`,
              );
            }
          }
        };
        await Promise.all(Array.from({ length: 6 }, worker));
      }
      assert.ok(count > 1000, `${count} cases`);
      assert.deepEqual(failures, [], `${failures.length} of ${count} answered wrong`);
    });

    test("names, tags and policy text with NUL through the SDK: 400, nothing stored", async () => {
      const iam = srv.iam();
      const attempts = [
        () => iam.send(new CreateUserCommand({ UserName: "a\u0000b" })),
        () =>
          iam.send(
            new CreateUserCommand({ UserName: "n1", Tags: [{ Key: "k", Value: "v\u0000" }] }),
          ),
        () =>
          iam.send(
            new CreateUserCommand({ UserName: "n2", Tags: [{ Key: "k\u0000", Value: "v" }] }),
          ),
        () =>
          iam.send(
            new CreatePolicyCommand({
              PolicyName: "n3",
              PolicyDocument: DOCUMENT,
              Description: "d\u0000",
            }),
          ),
        () =>
          iam.send(
            new PutUserPolicyCommand({
              UserName: "u",
              PolicyName: "n4",
              PolicyDocument: DOCUMENT.replace("s3:GetObject", "s3:Get\u0000Object"),
            }),
          ),
        () => iam.send(new ListUsersCommand({ PathPrefix: "/\u0000/" })),
        () => iam.send(new GetGroupCommand({ GroupName: "g\u0000" })),
      ];
      for (const attempt of attempts) {
        const e = await failure(attempt());
        assert.equal(e.status, 400, `${e.name}: ${e.message}`);
        assert.ok(["ValidationError", "InvalidParameterValue"].includes(e.name), e.name);
      }
      // A string with a pattern fails it, as AWS answers.
      const named = await failure(iam.send(new CreateUserCommand({ UserName: "a\u0000b" })));
      assert.equal(named.name, "ValidationError");
      assert.match(
        named.message,
        /Value at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern/,
      );
      // One without (a policy's description) is refused after the model.
      const described = await failure(
        iam.send(
          new CreatePolicyCommand({
            PolicyName: "n5",
            PolicyDocument: DOCUMENT,
            Description: "d\u0000",
          }),
        ),
      );
      assert.equal(described.name, "InvalidParameterValue");
      assert.equal(
        described.message,
        "The value of parameter Description must not contain NUL characters.",
      );
      const users = await iam.send(new ListUsersCommand({}));
      assert.deepEqual(
        users.Users?.map((u) => u.UserName),
        ["u"],
      );
    });

    test("a presigned URL's credential with NUL: no such key, not a store lookup", async () => {
      // Signed now, so that the key is what the verifier asks for.
      const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\.\d+/, "");
      const query = [
        "Action=ListUsers",
        "Version=2010-05-08",
        "X-Amz-Algorithm=AWS4-HMAC-SHA256",
        `X-Amz-Credential=AKIA%00GATEHOUSE%2F${stamp.slice(0, 8)}%2Fus-east-1%2Fiam%2Faws4_request`,
        `X-Amz-Date=${stamp}`,
        "X-Amz-Expires=300",
        "X-Amz-SignedHeaders=host",
        `X-Amz-Signature=${"0".repeat(64)}`,
      ].join("&");
      const answer = await fetch(`${srv.url}/?${query}`);
      const text = await answer.text();
      const error = parseError(text);
      assert.equal(answer.status, 403, text);
      assert.equal(error?.code, "InvalidClientTokenId");
    });

    test("a web identity token whose claims hold NUL: InvalidIdentityToken", async () => {
      const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
      for (const claims of [
        { iss: "https://example.com\u0000" },
        { iss: "https://example.com", sub: "\ud800" },
      ]) {
        const token = `${part({ alg: "RS256", kid: "k" })}.${part(claims)}.${"a".repeat(43)}`;
        const body = bodyOf("sts", "AssumeRoleWithWebIdentity", [
          ["RoleArn", `arn:aws:iam::${ACCOUNT}:role/r`],
          ["RoleSessionName", "session"],
          ["WebIdentityToken", token],
        ]);
        const answer = await fetch(`${srv.url}/`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body,
        });
        const error = parseError(await answer.text());
        assert.equal(answer.status, 400);
        assert.equal(error?.code, "InvalidIdentityToken");
      }
    });

    test("the console's and the agent's JSON with NUL or lone surrogates: their own 400", async () => {
      for (const body of [
        `{"accountId":"${ACCOUNT}","userName":"u\\u0000","password":"x"}`,
        `{"accountId":"${ACCOUNT}","userName":"\\ud800","password":"x"}`,
        `{"accountId":"${ACCOUNT}","userName\\u0000":"u","password":"x"}`,
      ]) {
        const console = await fetch(`${srv.url}/console/api/signin`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
        });
        const answer = (await console.json()) as { error?: { code?: string } };
        assert.equal(console.status, 400, JSON.stringify(answer));
        assert.equal(answer.error?.code, "ValidationError");
      }
      const notUtf8 = await fetch(`${srv.url}/console/api/signin`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]),
      });
      assert.equal(notUtf8.status, 400);
      for (const body of [
        '{"launchToken":"\\u0000","publicKey":"x"}',
        '{"launchToken":"\\udfff","publicKey":"x"}',
        Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc0, 0xaf, 0x22, 0x7d]),
      ]) {
        const agent = await fetch(`${srv.url}/_gatehouse/agent/register`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
        });
        const answer = (await agent.json()) as { code?: string };
        assert.equal(agent.status, 400, JSON.stringify(answer));
        assert.equal(answer.code, "InvalidRequest");
      }
    });
  });
}

const dataDir = mkdtempSync(join(tmpdir(), "gatehouse-unstorable-"));
after(() => rmSync(dataDir, { recursive: true, force: true }));
const sqlite = useServer({ ephemeral: false, dataDir });
run("a SQLite file", () => ({ srv: sqlite, dialect: "sqlite" }));

const schema = freshSchema("gh_unstorable");
const postgres = useServer({ databaseUrl: schema.url });
after(() => schema.drop());
run("PostgreSQL", () => ({ srv: postgres, dialect: "postgres" }));
