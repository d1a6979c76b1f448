/**
 * AssumeRole through the clients' own machinery: the JavaScript SDK's
 * fromTemporaryCredentials (the SDK calls AssumeRole itself, with an MFA
 * code from its mfaCodeProvider when asked) and boto3's assume_role, each
 * then signing with the role session's keys unchanged.
 */
import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import { IAMClient, ListRolesCommand, ListUsersCommand } from "@aws-sdk/client-iam";
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { fromTemporaryCredentials } from "@aws-sdk/credential-providers";
import { failMissing, PYTHON, run } from "../e2e/tools.js";
import { ACCOUNT, failure, useServer } from "../server/harness.js";
import { makeRole, permit, trust, userArnOf } from "./assume-role-helpers.js";
import {
  allow,
  BOTO3_PRELUDE,
  boto3Problem,
  enrolMfa,
  iamClient,
  userWithKeys,
} from "./helpers.js";

const srv = useServer();
const clientConfig = () => ({ region: "us-east-1", endpoint: srv.url, maxAttempts: 1 });

describe("the JavaScript SDK's fromTemporaryCredentials", () => {
  beforeEach(() => srv.reset());

  test("assumes the role itself and signs with the session's keys", async () => {
    const { keys } = await userWithKeys(srv, "dev", allow("sts:AssumeRole"));
    const role = await makeRole(srv, "reader", trust({ AWS: userArnOf("dev") }), {
      policy: permit("iam:ListRoles"),
    });
    const credentials = fromTemporaryCredentials({
      masterCredentials: keys,
      params: { RoleArn: role.arn, RoleSessionName: "sdk", DurationSeconds: 900 },
      clientConfig: clientConfig(),
    });
    const me = await new STSClient({ ...clientConfig(), credentials }).send(
      new GetCallerIdentityCommand({}),
    );
    assert.equal(me.Arn, `arn:aws:sts::${ACCOUNT}:assumed-role/reader/sdk`);
    assert.equal(me.UserId, `${role.roleId}:sdk`);
    const iam = new IAMClient({ ...clientConfig(), credentials });
    const roles = await iam.send(new ListRolesCommand({}));
    assert.deepEqual(
      roles.Roles?.map((r) => r.RoleName),
      ["reader"],
    );
    const denied = await failure(iam.send(new ListUsersCommand({})));
    assert.equal(denied.name, "AccessDenied");
    assert.match(
      denied.message,
      /assumed-role\/reader\/sdk is not authorized to perform: iam:ListUsers/,
    );
  });

  test("a role that requires MFA: the SDK asks its mfaCodeProvider and passes the code", async () => {
    const { keys } = await userWithKeys(
      srv,
      "ops",
      allow("sts:AssumeRole", "iam:*MFA*", "iam:GetUser"),
    );
    const auth = await enrolMfa(iamClient(srv, keys), "ops");
    const role = await makeRole(
      srv,
      "admin",
      trust({ AWS: `arn:aws:iam::${ACCOUNT}:root` }, "sts:AssumeRole", {
        Bool: { "aws:MultiFactorAuthPresent": "true" },
      }),
      { policy: permit("iam:ListUsers") },
    );
    const without = fromTemporaryCredentials({
      masterCredentials: keys,
      params: { RoleArn: role.arn, RoleSessionName: "no-mfa" },
      clientConfig: clientConfig(),
    });
    const refused = await failure(without());
    assert.equal(refused.name, "AccessDenied");

    const asked: string[] = [];
    const withMfa = fromTemporaryCredentials({
      masterCredentials: keys,
      params: { RoleArn: role.arn, RoleSessionName: "mfa", SerialNumber: auth.serialNumber },
      mfaCodeProvider: async (serial) => {
        asked.push(serial);
        return auth.next();
      },
      clientConfig: clientConfig(),
    });
    const users = await new IAMClient({ ...clientConfig(), credentials: withMfa }).send(
      new ListUsersCommand({}),
    );
    assert.deepEqual(asked, [auth.serialNumber]);
    assert.deepEqual(
      users.Users?.map((u) => u.UserName),
      ["ops"],
    );
  });
});

const problem = boto3Problem();

const BOTO3 = `${BOTO3_PRELUDE}
out = {}
sts = client("sts", args["keyId"], args["secret"])
got = sts.assume_role(RoleArn=args["role"], RoleSessionName="boto", DurationSeconds=900,
    Tags=[{"Key": "team", "Value": "blue"}])
c = got["Credentials"]
out["assumedRoleUser"] = got["AssumedRoleUser"]
out["keyPrefix"] = c["AccessKeyId"][:4]
out["identity"] = client("sts", c["AccessKeyId"], c["SecretAccessKey"], c["SessionToken"]).get_caller_identity()["Arn"]
iam = client("iam", c["AccessKeyId"], c["SecretAccessKey"], c["SessionToken"])
out["roles"] = [r["RoleName"] for r in iam.list_roles()["Roles"]]
try:
    iam.list_users()
    out["users"] = "allowed"
except ClientError as e:
    out["users"] = e.response["Error"]["Code"]
print(json.dumps(out, default=str))
`;

if (problem !== undefined) {
  failMissing("boto3 with AssumeRole", problem);
} else {
  describe("boto3 with AssumeRole", () => {
    test("assume_role with session tags, then the session's keys as they come", async () => {
      await srv.reset();
      const { keys } = await userWithKeys(srv, "py", allow("sts:AssumeRole", "sts:TagSession"));
      const role = await makeRole(
        srv,
        "py-reader",
        trust({ AWS: userArnOf("py") }, ["sts:AssumeRole", "sts:TagSession"]),
        { policy: permit("iam:ListRoles") },
      );
      const r = await run(
        PYTHON,
        ["-c", BOTO3],
        {},
        JSON.stringify({
          endpoint: srv.url,
          keyId: keys.accessKeyId,
          secret: keys.secretAccessKey,
          role: role.arn,
        }),
      );
      assert.equal(r.code, 0, `python exited ${r.code}:\n${r.stderr}`);
      const out = JSON.parse(r.stdout) as Record<string, unknown>;
      assert.deepEqual(out["assumedRoleUser"], {
        AssumedRoleId: `${role.roleId}:boto`,
        Arn: `arn:aws:sts::${ACCOUNT}:assumed-role/py-reader/boto`,
      });
      assert.equal(out["keyPrefix"], "ASIA");
      assert.equal(out["identity"], `arn:aws:sts::${ACCOUNT}:assumed-role/py-reader/boto`);
      assert.deepEqual(out["roles"], ["py-reader"]);
      assert.equal(out["users"], "AccessDenied");
    });
  });
}
