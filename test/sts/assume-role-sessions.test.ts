/**
 * What an AssumeRole session is: session policies narrowing it (inline and
 * managed; only the intersection with the role's permissions), its
 * duration (default, MaxSessionDuration, the one-hour limit of role
 * chaining, GetSessionToken credentials counted too), SourceIdentity (who
 * may set it, that it is carried and cannot change), and RoleLastUsed after
 * the session signs requests.
 */
import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import {
  CreatePolicyCommand,
  GetRoleCommand,
  ListGroupsCommand,
  ListRolesCommand,
  ListUsersCommand,
  UpdateRoleCommand,
} from "@aws-sdk/client-iam";
import {
  AssumeRoleCommand,
  GetSessionTokenCommand,
  type AssumeRoleCommandInput,
} from "@aws-sdk/client-sts";
import { ACCOUNT, failure, useServer } from "../server/harness.js";
import { assume, makeRole, permit, trust, userArnOf } from "./assume-role-helpers.js";
import { iamClient, keysOf, stsClient, userWithKeys, type TempKeys } from "./helpers.js";

const srv = useServer();

const VALIDATION = (message: string) => ({ name: "ValidationError", message, status: 400 });
const OVER_MAXIMUM = VALIDATION(
  "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
);
const OVER_CHAINING = VALIDATION(
  "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.",
);

/** Seconds the answer's credentials last. */
async function lifetime(keys: TempKeys, input: AssumeRoleCommandInput): Promise<number> {
  const before = Date.now();
  const out = await stsClient(srv, keys).send(new AssumeRoleCommand(input));
  return Math.round(((out.Credentials?.Expiration?.getTime() ?? 0) - before) / 1000);
}

const near = (actual: number, expected: number) =>
  assert.ok(Math.abs(actual - expected) <= 3, `${actual} s, expected ${expected} s`);

describe("AssumeRole: session policies", () => {
  beforeEach(() => srv.reset());

  test("an inline session policy: the session may do only what both allow", async () => {
    const { keys } = await userWithKeys(srv, "ann");
    const role = await makeRole(srv, "wide", trust({ AWS: userArnOf("ann") }), {
      policy: permit(["iam:ListUsers", "iam:ListRoles"]),
    });
    const out = await stsClient(srv, keys).send(
      new AssumeRoleCommand({
        RoleArn: role.arn,
        RoleSessionName: "narrow",
        // Grants ListGroups too, which the role does not: the session still may not.
        Policy: permit(["iam:ListUsers", "iam:ListGroups"]),
      }),
    );
    assert.ok((out.PackedPolicySize ?? 0) >= 1, `PackedPolicySize ${out.PackedPolicySize}`);
    const iam = iamClient(srv, keysOf(out.Credentials));
    await iam.send(new ListUsersCommand({}));
    const arn = `arn:aws:sts::${ACCOUNT}:assumed-role/wide/narrow`;
    assert.deepEqual(await failure(iam.send(new ListRolesCommand({}))), {
      name: "AccessDenied",
      message:
        `User: ${arn} is not authorized to perform: iam:ListRoles on resource: arn:aws:iam::${ACCOUNT}:role/ ` +
        "because no session policy allows the iam:ListRoles action",
      status: 403,
    });
    assert.equal((await failure(iam.send(new ListGroupsCommand({})))).name, "AccessDenied");
  });

  test("managed session policies (PolicyArns), customer and AWS managed", async () => {
    const { keys } = await userWithKeys(srv, "bob");
    const role = await makeRole(srv, "wide", trust({ AWS: userArnOf("bob") }), {
      policy: permit(["iam:ListUsers", "iam:ListRoles"]),
    });
    const made = await srv.iam().send(
      new CreatePolicyCommand({
        PolicyName: "only-roles",
        PolicyDocument: permit("iam:ListRoles"),
      }),
    );
    const session = await assume(srv, keys, {
      RoleArn: role.arn,
      RoleSessionName: "managed",
      PolicyArns: [{ arn: made.Policy?.Arn ?? "" }],
    });
    await iamClient(srv, session).send(new ListRolesCommand({}));
    assert.equal(
      (await failure(iamClient(srv, session).send(new ListUsersCommand({})))).name,
      "AccessDenied",
    );
    const readOnly = await assume(srv, keys, {
      RoleArn: role.arn,
      RoleSessionName: "aws-managed",
      PolicyArns: [{ arn: "arn:aws:iam::aws:policy/IAMReadOnlyAccess" }],
    });
    await iamClient(srv, readOnly).send(new ListUsersCommand({}));
  });
});

describe("AssumeRole: durations", () => {
  beforeEach(() => srv.reset());

  test("default an hour; 900 up to the role's MaxSessionDuration", async () => {
    const { keys } = await userWithKeys(srv, "cat");
    const role = await makeRole(srv, "r", trust({ AWS: userArnOf("cat") }));
    near(await lifetime(keys, { RoleArn: role.arn, RoleSessionName: "s1" }), 3600);
    near(
      await lifetime(keys, { RoleArn: role.arn, RoleSessionName: "s1", DurationSeconds: 900 }),
      900,
    );
    assert.deepEqual(
      await failure(
        assume(srv, keys, { RoleArn: role.arn, RoleSessionName: "s1", DurationSeconds: 3601 }),
      ),
      OVER_MAXIMUM,
    );
    await srv.iam().send(new UpdateRoleCommand({ RoleName: "r", MaxSessionDuration: 43_200 }));
    near(
      await lifetime(keys, { RoleArn: role.arn, RoleSessionName: "s1", DurationSeconds: 43_200 }),
      43_200,
    );
  });

  test("role chaining: at most an hour, also from GetSessionToken credentials", async () => {
    const { keys } = await userWithKeys(srv, "dan");
    const first = await makeRole(srv, "first", trust({ AWS: userArnOf("dan") }), {
      maxSessionDuration: 43_200,
      policy: permit("sts:AssumeRole"),
    });
    const second = await makeRole(srv, "second", trust({ AWS: ACCOUNT }), {
      maxSessionDuration: 43_200,
    });
    const session = await assume(srv, keys, {
      RoleArn: first.arn,
      RoleSessionName: "one",
      DurationSeconds: 7200,
    });
    const chained = { RoleArn: second.arn, RoleSessionName: "two" };
    assert.deepEqual(
      await failure(assume(srv, session, { ...chained, DurationSeconds: 3601 })),
      OVER_CHAINING,
    );
    near(await lifetime(session, chained), 3600);
    near(await lifetime(session, { ...chained, DurationSeconds: 900 }), 900);

    const trustingDan = await makeRole(srv, "third", trust({ AWS: userArnOf("dan") }), {
      maxSessionDuration: 43_200,
    });
    const token = await stsClient(srv, keys).send(new GetSessionTokenCommand({}));
    const viaToken = keysOf(token.Credentials);
    const third = { RoleArn: trustingDan.arn, RoleSessionName: "three" };
    assert.deepEqual(
      await failure(assume(srv, viaToken, { ...third, DurationSeconds: 7200 })),
      OVER_CHAINING,
    );
    near(await lifetime(viaToken, third), 3600);
    // With the user's own keys the role's maximum applies.
    near(await lifetime(keys, { ...third, DurationSeconds: 7200 }), 7200);
  });
});

describe("AssumeRole: SourceIdentity", () => {
  beforeEach(() => srv.reset());

  const withSourceIdentity = trust({ AWS: ACCOUNT }, ["sts:AssumeRole", "sts:SetSourceIdentity"], {
    StringLike: { "sts:SourceIdentity": "${aws:username}" },
  });

  test("setting it needs sts:SetSourceIdentity; the answer and the session carry it", async () => {
    const { keys } = await userWithKeys(
      srv,
      "eve",
      permit(["sts:AssumeRole", "sts:SetSourceIdentity"]),
    );
    const plain = await makeRole(srv, "plain", trust({ AWS: ACCOUNT }));
    assert.deepEqual(
      await failure(
        assume(srv, keys, { RoleArn: plain.arn, RoleSessionName: "s1", SourceIdentity: "eve" }),
      ),
      {
        name: "AccessDenied",
        message: `User: ${userArnOf("eve")} is not authorized to perform: sts:SetSourceIdentity on resource: ${plain.arn}`,
        status: 403,
      },
    );
    const role = await makeRole(srv, "audited", withSourceIdentity, {
      policy: permit("iam:ListUsers", "*", { StringEquals: { "aws:SourceIdentity": "eve" } }),
    });
    // The trust policy wants the caller's own name.
    assert.equal(
      (
        await failure(
          assume(srv, keys, {
            RoleArn: role.arn,
            RoleSessionName: "s1",
            SourceIdentity: "mallory",
          }),
        )
      ).name,
      "AccessDenied",
    );
    const out = await stsClient(srv, keys).send(
      new AssumeRoleCommand({ RoleArn: role.arn, RoleSessionName: "s1", SourceIdentity: "eve" }),
    );
    assert.equal(out.SourceIdentity, "eve");
    // aws:SourceIdentity is in the session's requests.
    await iamClient(srv, keysOf(out.Credentials)).send(new ListUsersCommand({}));
  });

  test("carried through role chaining, and it cannot change", async () => {
    const { keys } = await userWithKeys(
      srv,
      "fay",
      permit(["sts:AssumeRole", "sts:SetSourceIdentity"]),
    );
    const first = await makeRole(
      srv,
      "first",
      trust({ AWS: ACCOUNT }, ["sts:AssumeRole", "sts:SetSourceIdentity"]),
      { policy: permit(["sts:AssumeRole", "sts:SetSourceIdentity"]) },
    );
    const second = await makeRole(
      srv,
      "second",
      trust({ AWS: first.arn }, ["sts:AssumeRole", "sts:SetSourceIdentity"]),
    );
    const noSetting = await makeRole(srv, "third", trust({ AWS: first.arn }));
    const session = await assume(srv, keys, {
      RoleArn: first.arn,
      RoleSessionName: "one",
      SourceIdentity: "fay",
    });
    const chained = await stsClient(srv, session).send(
      new AssumeRoleCommand({ RoleArn: second.arn, RoleSessionName: "two" }),
    );
    assert.equal(chained.SourceIdentity, "fay");
    const changed = await failure(
      assume(srv, session, { RoleArn: second.arn, RoleSessionName: "two", SourceIdentity: "gil" }),
    );
    assert.equal(changed.name, "AccessDenied");
    // The carried identity needs sts:SetSourceIdentity on every role down the chain.
    const third = await failure(
      assume(srv, session, { RoleArn: noSetting.arn, RoleSessionName: "x3" }),
    );
    assert.match(third.message, /is not authorized to perform: sts:SetSourceIdentity on resource/);
  });
});

describe("RoleLastUsed", () => {
  beforeEach(() => srv.reset());

  test("GetRole shows when and where the role's sessions last signed requests", async () => {
    const { keys } = await userWithKeys(srv, "gus");
    await makeRole(srv, "used", trust({ AWS: userArnOf("gus") }), {
      policy: permit("iam:ListUsers"),
    });
    const before = await srv.iam().send(new GetRoleCommand({ RoleName: "used" }));
    assert.deepEqual(before.Role?.RoleLastUsed, {});
    const session = await assume(srv, keys, {
      RoleArn: before.Role?.Arn ?? "",
      RoleSessionName: "s1",
    });
    // Assuming the role is not using it.
    const assumed = await srv.iam().send(new GetRoleCommand({ RoleName: "used" }));
    assert.deepEqual(assumed.Role?.RoleLastUsed, {});
    const started = Date.now();
    const euWest = iamClient(srv, session);
    euWest.config.region = () => Promise.resolve("eu-west-1");
    await euWest.send(new ListUsersCommand({}));
    let lastUsed: { LastUsedDate?: Date; Region?: string } | undefined;
    for (let i = 0; i < 50 && lastUsed?.Region === undefined; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      const got = await srv.iam().send(new GetRoleCommand({ RoleName: "used" }));
      lastUsed = got.Role?.RoleLastUsed;
    }
    assert.equal(lastUsed?.Region, "eu-west-1");
    const at = lastUsed?.LastUsedDate?.getTime() ?? 0;
    assert.ok(at >= started - 1000 && at <= Date.now() + 1000, String(lastUsed?.LastUsedDate));
  });
});
