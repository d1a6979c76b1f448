/**
 * AssumeRole through the SDK against a real server: who the role's trust
 * policy lets in (a user named by ARN, the account with an identity policy,
 * a role session, services and federated providers only), the seed's role
 * that requires MFA (a virtual device enrolled through IAM, codes computed
 * from Base32StringSeed), ExternalId, explicit denies, the root user, roles
 * that do not exist, and the answer's shape. Across accounts: the server
 * serves one account through its API, so the second account and its role
 * are written to the store directly.
 */
import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import { ListRolesCommand, ListUsersCommand, PutUserPolicyCommand } from "@aws-sdk/client-iam";
import { AssumeRoleCommand, GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { roleId } from "../../src/model/ids.js";
import { isoTime } from "../../src/store/index.js";
import { ACCOUNT, failure, useServer } from "../server/harness.js";
import { assume, makeRole, permit, roleArnOf, trust, userArnOf } from "./assume-role-helpers.js";
import { enrolMfa, iamClient, keysOf, stsClient, userWithKeys } from "./helpers.js";

const srv = useServer();

const denied = (who: string, resource: string, permission = "sts:AssumeRole") => ({
  name: "AccessDenied",
  message: `User: ${who} is not authorized to perform: ${permission} on resource: ${resource}`,
  status: 403,
});

describe("AssumeRole: the trust policy and the caller's policies", () => {
  beforeEach(() => srv.reset());

  test("a role trusting a user by ARN: no identity policy needed; the answer's shape", async () => {
    const { keys } = await userWithKeys(srv, "ann");
    const role = await makeRole(srv, "reader", trust({ AWS: userArnOf("ann") }), {
      policy: permit("iam:ListUsers"),
    });
    const before = Date.now();
    const out = await stsClient(srv, keys).send(
      new AssumeRoleCommand({ RoleArn: role.arn, RoleSessionName: "ann-session" }),
    );
    assert.deepEqual(out.AssumedRoleUser, {
      AssumedRoleId: `${role.roleId}:ann-session`,
      Arn: `arn:aws:sts::${ACCOUNT}:assumed-role/reader/ann-session`,
    });
    assert.match(out.Credentials?.AccessKeyId ?? "", /^ASIA[A-Z0-9]{16}$/);
    const lifetime = ((out.Credentials?.Expiration?.getTime() ?? 0) - before) / 1000;
    assert.ok(Math.abs(lifetime - 3600) <= 3, `${lifetime} s`);
    assert.equal(out.PackedPolicySize, undefined);
    assert.equal(out.SourceIdentity, undefined);

    const session = keysOf(out.Credentials);
    const me = await stsClient(srv, session).send(new GetCallerIdentityCommand({}));
    assert.equal(me.Arn, out.AssumedRoleUser?.Arn);
    assert.equal(me.UserId, `${role.roleId}:ann-session`);
    // The session has the role's permissions, not the user's.
    await iamClient(srv, session).send(new ListUsersCommand({}));
    const other = await failure(iamClient(srv, session).send(new ListRolesCommand({})));
    assert.equal(other.name, "AccessDenied");
  });

  test("a role trusting the account: the caller's identity policy must allow too", async () => {
    const role = await makeRole(srv, "ops", trust({ AWS: `arn:aws:iam::${ACCOUNT}:root` }));
    const { keys: bob } = await userWithKeys(srv, "bob");
    assert.deepEqual(
      await failure(assume(srv, bob, { RoleArn: role.arn, RoleSessionName: "s1" })),
      denied(userArnOf("bob"), role.arn),
    );
    const { keys: cat } = await userWithKeys(srv, "cat", permit("sts:AssumeRole", role.arn));
    await assume(srv, cat, { RoleArn: role.arn, RoleSessionName: "s1" });
    // The account by its bare id means the same.
    const bare = await makeRole(srv, "ops2", trust({ AWS: ACCOUNT }));
    const { keys: dan } = await userWithKeys(srv, "dan", permit("sts:AssumeRole"));
    await assume(srv, dan, { RoleArn: bare.arn, RoleSessionName: "s1" });
  });

  test("a role trusting only a service or a provider: nobody else, whatever their policies", async () => {
    const { keys } = await userWithKeys(srv, "eve", permit("*"));
    const service = await makeRole(srv, "ec2-role", trust({ Service: "ec2.amazonaws.com" }));
    assert.deepEqual(
      await failure(assume(srv, keys, { RoleArn: service.arn, RoleSessionName: "s1" })),
      denied(userArnOf("eve"), service.arn),
    );
    const federated = await makeRole(
      srv,
      "web-role",
      trust(
        { Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/idp.example.com` },
        "sts:AssumeRoleWithWebIdentity",
      ),
    );
    assert.equal(
      (await failure(assume(srv, keys, { RoleArn: federated.arn, RoleSessionName: "s1" }))).name,
      "AccessDenied",
    );
  });

  test("an explicit deny in the caller's policies wins over the trust policy", async () => {
    const arn = roleArnOf("r");
    const { keys } = await userWithKeys(
      srv,
      "fay",
      JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Deny", Action: "sts:AssumeRole", Resource: arn }],
      }),
    );
    const role = await makeRole(srv, "r", trust({ AWS: userArnOf("fay") }));
    assert.equal(role.arn, arn);
    assert.deepEqual(
      await failure(assume(srv, keys, { RoleArn: role.arn, RoleSessionName: "s1" })),
      denied(userArnOf("fay"), role.arn),
    );
  });

  test("a role session assumes another role trusting its role's ARN", async () => {
    const { keys } = await userWithKeys(srv, "gil");
    const first = await makeRole(srv, "first", trust({ AWS: userArnOf("gil") }));
    const second = await makeRole(srv, "second", trust({ AWS: first.arn }));
    const session = await assume(srv, keys, { RoleArn: first.arn, RoleSessionName: "one" });
    const chained = await stsClient(srv, session).send(
      new AssumeRoleCommand({ RoleArn: second.arn, RoleSessionName: "two" }),
    );
    assert.equal(chained.AssumedRoleUser?.Arn, `arn:aws:sts::${ACCOUNT}:assumed-role/second/two`);
    // The first role's session may not assume a role that trusts only gil.
    const third = await makeRole(srv, "third", trust({ AWS: userArnOf("gil") }));
    assert.deepEqual(
      await failure(assume(srv, session, { RoleArn: third.arn, RoleSessionName: "xx" })),
      denied(`arn:aws:sts::${ACCOUNT}:assumed-role/first/one`, third.arn),
    );
  });

  test("a role with a path: its ARN with the path, AssumedRoleUser without", async () => {
    const { keys } = await userWithKeys(srv, "hal");
    const role = await makeRole(srv, "pathed", trust({ AWS: userArnOf("hal") }), {
      path: "/team/",
    });
    assert.equal(role.arn, roleArnOf("pathed", "/team/"));
    const out = await stsClient(srv, keys).send(
      new AssumeRoleCommand({ RoleArn: role.arn, RoleSessionName: "s1" }),
    );
    assert.equal(out.AssumedRoleUser?.Arn, `arn:aws:sts::${ACCOUNT}:assumed-role/pathed/s1`);
  });

  test("the root user may not assume roles", async () => {
    const role = await makeRole(srv, "r", trust({ AWS: ACCOUNT }));
    assert.deepEqual(
      await failure(
        srv.sts().send(new AssumeRoleCommand({ RoleArn: role.arn, RoleSessionName: "s1" })),
      ),
      { name: "AccessDenied", message: "Roles may not be assumed by root accounts.", status: 403 },
    );
  });

  test("a role that does not exist, or an ARN of something else: AccessDenied, not NoSuchEntity", async () => {
    const { keys } = await userWithKeys(srv, "ida", permit("sts:AssumeRole"));
    for (const arn of [roleArnOf("nobody"), userArnOf("ida"), `arn:aws:iam::999999999999:role/x`]) {
      assert.deepEqual(
        await failure(assume(srv, keys, { RoleArn: arn, RoleSessionName: "s1" })),
        denied(userArnOf("ida"), arn),
      );
    }
  });
});

describe("AssumeRole: conditions of the trust policy", () => {
  beforeEach(() => srv.reset());

  test("the seed's role: the account trusted with aws:MultiFactorAuthPresent, with and without MFA", async () => {
    const role = await makeRole(
      srv,
      "admin-with-mfa",
      trust({ AWS: `arn:aws:iam::${ACCOUNT}:root` }, "sts:AssumeRole", {
        Bool: { "aws:MultiFactorAuthPresent": "true" },
      }),
      { policy: permit("iam:ListUsers") },
    );
    const { keys } = await userWithKeys(srv, "jo", permit("sts:AssumeRole", role.arn));
    const device = await enrolMfa(srv.iam(), "jo");
    // Without MFA: refused.
    assert.deepEqual(
      await failure(assume(srv, keys, { RoleArn: role.arn, RoleSessionName: "no-mfa" })),
      denied(userArnOf("jo"), role.arn),
    );
    // With the device's serial and a fresh code: the session carries MFA.
    const session = await assume(srv, keys, {
      RoleArn: role.arn,
      RoleSessionName: "with-mfa",
      SerialNumber: device.serialNumber,
      TokenCode: device.next(),
    });
    await iamClient(srv, session).send(new ListUsersCommand({}));
    // The same code again is a replay.
    assert.deepEqual(
      await failure(
        assume(srv, keys, {
          RoleArn: role.arn,
          RoleSessionName: "replay",
          SerialNumber: device.serialNumber,
          TokenCode: device.last(),
        }),
      ),
      {
        name: "AccessDenied",
        message: "MultiFactorAuthentication failed with invalid MFA one time pass code. ",
        status: 403,
      },
    );
  });

  test("MFA: a device that is not the caller's, and half a pair", async () => {
    const role = await makeRole(srv, "r", trust({ AWS: ACCOUNT }));
    const { keys } = await userWithKeys(srv, "kim", permit("sts:AssumeRole"));
    await userWithKeys(srv, "lee");
    const other = await enrolMfa(srv.iam(), "lee");
    const notMine = await failure(
      assume(srv, keys, {
        RoleArn: role.arn,
        RoleSessionName: "s1",
        SerialNumber: other.serialNumber,
        TokenCode: other.next(),
      }),
    );
    assert.equal(notMine.name, "AccessDenied");
    assert.match(notMine.message, /^MultiFactorAuthentication failed, unable to validate MFA code/);
    const half = await failure(
      assume(srv, keys, { RoleArn: role.arn, RoleSessionName: "s1", TokenCode: "123456" }),
    );
    assert.equal(half.name, "AccessDenied");
  });

  test("sts:ExternalId: required value, wrong value, none", async () => {
    const { keys } = await userWithKeys(srv, "max");
    const role = await makeRole(
      srv,
      "vendor",
      trust({ AWS: userArnOf("max") }, "sts:AssumeRole", {
        StringEquals: { "sts:ExternalId": "Example987" },
      }),
    );
    await assume(srv, keys, { RoleArn: role.arn, RoleSessionName: "s1", ExternalId: "Example987" });
    for (const externalId of ["Wrong987", undefined]) {
      assert.deepEqual(
        await failure(
          assume(srv, keys, {
            RoleArn: role.arn,
            RoleSessionName: "s1",
            ...(externalId === undefined ? {} : { ExternalId: externalId }),
          }),
        ),
        denied(userArnOf("max"), role.arn),
      );
    }
  });

  test("sts:RoleSessionName and the caller's aws:PrincipalTag in the trust policy", async () => {
    const role = await makeRole(
      srv,
      "named",
      trust({ AWS: ACCOUNT }, "sts:AssumeRole", {
        StringEquals: { "sts:RoleSessionName": "${aws:username}" },
      }),
    );
    const { keys } = await userWithKeys(srv, "ned", permit("sts:AssumeRole"));
    await assume(srv, keys, { RoleArn: role.arn, RoleSessionName: "ned" });
    assert.equal(
      (await failure(assume(srv, keys, { RoleArn: role.arn, RoleSessionName: "someone" }))).name,
      "AccessDenied",
    );
  });
});

describe("AssumeRole across accounts: both the trust policy and the caller's policies", () => {
  const OTHER = "210987654321";
  beforeEach(() => srv.reset());

  /** A role in the other account, stored directly (the API serves one account). */
  async function otherAccountRole(name: string, trustPolicy: string): Promise<string> {
    const now = isoTime(new Date());
    await srv.server.store.write(OTHER, async (tx) => {
      await tx.insertInto("accounts").values({ id: OTHER, created_at: now }).execute();
      await tx
        .insertInto("roles")
        .values({
          id: roleId(),
          account_id: OTHER,
          name,
          name_key: name.toLowerCase(),
          path: "/",
          created_at: now,
          assume_role_policy: trustPolicy,
          description: null,
          max_session_duration: 3600,
          permissions_boundary_arn: null,
          last_used_at: null,
          last_used_region: null,
        })
        .execute();
    });
    return `arn:aws:iam::${OTHER}:role/${name}`;
  }

  test("a role trusting a user of this account: the user's own policy must allow too", async () => {
    const arn = await otherAccountRole("partner", trust({ AWS: userArnOf("ann") }));
    const { keys: ann } = await userWithKeys(srv, "ann");
    // Named in the trust policy, but across accounts that is not enough.
    assert.deepEqual(
      await failure(assume(srv, ann, { RoleArn: arn, RoleSessionName: "s1" })),
      denied(userArnOf("ann"), arn),
    );
    await srv.iam().send(
      new PutUserPolicyCommand({
        UserName: "ann",
        PolicyName: "p",
        PolicyDocument: permit("sts:AssumeRole", arn),
      }),
    );
    const out = await stsClient(srv, ann).send(
      new AssumeRoleCommand({ RoleArn: arn, RoleSessionName: "s1" }),
    );
    assert.equal(out.AssumedRoleUser?.Arn, `arn:aws:sts::${OTHER}:assumed-role/partner/s1`);
    const me = await stsClient(srv, keysOf(out.Credentials)).send(new GetCallerIdentityCommand({}));
    assert.equal(me.Account, OTHER);
    // The caller's policy alone is not enough either: the trust policy must name it.
    const { keys: bob } = await userWithKeys(srv, "bob", permit("sts:AssumeRole"));
    assert.deepEqual(
      await failure(assume(srv, bob, { RoleArn: arn, RoleSessionName: "s1" })),
      denied(userArnOf("bob"), arn),
    );
  });
});
