/**
 * The seed walkthrough's users and groups, driven by the real AWS CLI v2
 * (Debian's /usr/bin/aws) against a real Gatehouse: create users with access
 * keys, a group with AmazonRDSFullAccess, members, the policy document, an
 * error, and then the new user's own keys, denied and then allowed.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { CreateUserCommand } from "@aws-sdk/client-iam";
import { ACCOUNT, ROOT_KEY, useServer, type Keys } from "../server/harness.js";
import { AWS_CLI, failMissing, run, toolProblem, type RunResult } from "./tools.js";

const problem = toolProblem(
  AWS_CLI,
  ["--version"],
  "apt-get install awscli   (Debian's AWS CLI v2 at /usr/bin/aws)",
);

if (problem !== undefined) {
  failMissing("the AWS CLI against Gatehouse", problem);
} else {
  const srv = useServer();

  /** `aws --endpoint-url … iam <args> --output json` with the given keys. */
  const aws = (keys: Keys, ...args: string[]): Promise<RunResult> =>
    run(AWS_CLI, ["--endpoint-url", srv.url, "--output", "json", "iam", ...args], {
      AWS_ACCESS_KEY_ID: keys.accessKeyId,
      AWS_SECRET_ACCESS_KEY: keys.secretAccessKey,
      AWS_DEFAULT_REGION: "us-east-1",
    });

  /** The JSON the CLI printed for a call that must succeed ({} for calls that print nothing). */
  const ok = async (keys: Keys, ...args: string[]): Promise<Record<string, unknown>> => {
    const r = await aws(keys, ...args);
    assert.equal(r.code, 0, `aws iam ${args.join(" ")} exited ${r.code}: ${r.stderr}`);
    return r.stdout.trim() === "" ? {} : (JSON.parse(r.stdout) as Record<string, unknown>);
  };
  const root = (...args: string[]) => ok(ROOT_KEY, ...args);

  describe("the AWS CLI against Gatehouse", () => {
    test("the seed walkthrough: users, keys, a group with AmazonRDSFullAccess, members", async () => {
      await srv.reset();
      const rdsArn = "arn:aws:iam::aws:policy/AmazonRDSFullAccess";

      const keys: Record<string, Keys> = {};
      for (const name of ["CloudAcademyUser1", "CloudAcademyUser2"]) {
        const created = (await root("create-user", "--user-name", name)) as {
          User: { UserName: string; Arn: string; UserId: string; Path: string };
        };
        assert.equal(created.User.UserName, name);
        assert.equal(created.User.Path, "/");
        assert.equal(created.User.Arn, `arn:aws:iam::${ACCOUNT}:user/${name}`);
        assert.match(created.User.UserId, /^AIDA[A-Z2-7]{17}$/);

        const key = (await root("create-access-key", "--user-name", name)) as {
          AccessKey: {
            UserName: string;
            AccessKeyId: string;
            SecretAccessKey: string;
            Status: string;
          };
        };
        assert.equal(key.AccessKey.UserName, name);
        assert.equal(key.AccessKey.Status, "Active");
        assert.match(key.AccessKey.AccessKeyId, /^AKIA[A-Z2-7]{16}$/);
        assert.equal(key.AccessKey.SecretAccessKey.length, 40);
        keys[name] = {
          accessKeyId: key.AccessKey.AccessKeyId,
          secretAccessKey: key.AccessKey.SecretAccessKey,
        };
      }

      const listed = (await root("list-users")) as { Users: { UserName: string }[] };
      assert.deepEqual(
        listed.Users.map((u) => u.UserName),
        ["CloudAcademyUser1", "CloudAcademyUser2"],
      );

      const group = (await root("create-group", "--group-name", "RDSFullAccess")) as {
        Group: { GroupName: string; Arn: string };
      };
      assert.equal(group.Group.GroupName, "RDSFullAccess");
      assert.equal(group.Group.Arn, `arn:aws:iam::${ACCOUNT}:group/RDSFullAccess`);
      assert.deepEqual(
        await root("attach-group-policy", "--group-name", "RDSFullAccess", "--policy-arn", rdsArn),
        {},
      );
      const attached = (await root(
        "list-attached-group-policies",
        "--group-name",
        "RDSFullAccess",
      )) as { AttachedPolicies: { PolicyName: string; PolicyArn: string }[] };
      assert.deepEqual(attached.AttachedPolicies, [
        { PolicyName: "AmazonRDSFullAccess", PolicyArn: rdsArn },
      ]);

      for (const name of ["CloudAcademyUser1", "CloudAcademyUser2"]) {
        await root("add-user-to-group", "--group-name", "RDSFullAccess", "--user-name", name);
      }
      const members = (await root("get-group", "--group-name", "RDSFullAccess")) as {
        Group: { GroupName: string };
        Users: { UserName: string }[];
      };
      assert.equal(members.Group.GroupName, "RDSFullAccess");
      assert.deepEqual(members.Users.map((u) => u.UserName).sort(), [
        "CloudAcademyUser1",
        "CloudAcademyUser2",
      ]);
      const groupsOf = (await root("list-groups-for-user", "--user-name", "CloudAcademyUser1")) as {
        Groups: { GroupName: string }[];
      };
      assert.deepEqual(
        groupsOf.Groups.map((g) => g.GroupName),
        ["RDSFullAccess"],
      );

      // The policy and its document: the CLI decodes the URL-encoded JSON for us.
      const policy = (await root("get-policy", "--policy-arn", rdsArn)) as {
        Policy: { PolicyName: string; DefaultVersionId: string; AttachmentCount: number };
      };
      assert.equal(policy.Policy.PolicyName, "AmazonRDSFullAccess");
      assert.match(policy.Policy.DefaultVersionId, /^v\d+$/);
      assert.equal(policy.Policy.AttachmentCount, 1);
      const version = (await root(
        "get-policy-version",
        "--policy-arn",
        rdsArn,
        "--version-id",
        policy.Policy.DefaultVersionId,
      )) as {
        PolicyVersion: {
          Document: { Version: string; Statement: { Action: string | string[] }[] };
          VersionId: string;
          IsDefaultVersion: boolean;
        };
      };
      assert.equal(version.PolicyVersion.VersionId, policy.Policy.DefaultVersionId);
      assert.equal(version.PolicyVersion.IsDefaultVersion, true);
      assert.equal(typeof version.PolicyVersion.Document, "object", "Document decoded as JSON");
      assert.equal(version.PolicyVersion.Document.Version, "2012-10-17");
      const actions = version.PolicyVersion.Document.Statement.flatMap((s) => s.Action);
      assert.ok(actions.includes("rds:*"), `rds:* in ${JSON.stringify(actions)}`);

      // Remove one member.
      await root(
        "remove-user-from-group",
        "--group-name",
        "RDSFullAccess",
        "--user-name",
        "CloudAcademyUser2",
      );
      const after = (await root("get-group", "--group-name", "RDSFullAccess")) as {
        Users: { UserName: string }[];
      };
      assert.deepEqual(
        after.Users.map((u) => u.UserName),
        ["CloudAcademyUser1"],
      );

      // An error as the CLI reports it.
      const missing = await aws(ROOT_KEY, "get-user", "--user-name", "NoSuchPerson");
      assert.ok([254, 255].includes(missing.code), `exit code ${missing.code}`);
      assert.equal(missing.stdout, "");
      assert.match(missing.stderr, /\(NoSuchEntity\)/);
      assert.match(missing.stderr, /The user with name NoSuchPerson cannot be found\./);
      const taken = await aws(ROOT_KEY, "create-group", "--group-name", "rdsfullaccess");
      assert.ok([254, 255].includes(taken.code), `exit code ${taken.code}`);
      assert.match(taken.stderr, /\(EntityAlreadyExists\)/);

      // The new user's own keys: RDS full access does not read IAM …
      const user1 = keys["CloudAcademyUser1"] as Keys;
      const denied = await aws(user1, "list-users");
      assert.ok([254, 255].includes(denied.code), `exit code ${denied.code}`);
      assert.match(denied.stderr, /\(AccessDenied\)/);
      assert.ok(
        denied.stderr.includes(
          `User: arn:aws:iam::${ACCOUNT}:user/CloudAcademyUser1 is not authorized to perform: ` +
            `iam:ListUsers on resource: arn:aws:iam::${ACCOUNT}:user/ ` +
            "because no identity-based policy allows the iam:ListUsers action",
        ),
        denied.stderr,
      );
      // As in AWS, even reading oneself needs a policy.
      const self = await aws(user1, "get-user");
      assert.match(self.stderr, /\(AccessDenied\)/);

      // … until the root gives the group IAMReadOnlyAccess.
      await root(
        "attach-group-policy",
        "--group-name",
        "RDSFullAccess",
        "--policy-arn",
        "arn:aws:iam::aws:policy/IAMReadOnlyAccess",
      );
      const allowed = (await ok(user1, "list-users")) as { Users: { UserName: string }[] };
      const me = (await ok(user1, "get-user")) as { User: { UserName: string } };
      assert.equal(me.User.UserName, "CloudAcademyUser1");
      assert.deepEqual(
        allowed.Users.map((u) => u.UserName),
        ["CloudAcademyUser1", "CloudAcademyUser2"],
      );
      // Read-only: writing is still denied.
      const write = await aws(user1, "create-user", "--user-name", "Sneaky");
      assert.ok([254, 255].includes(write.code), `exit code ${write.code}`);
      assert.match(write.stderr, /\(AccessDenied\)/);
      // The removed member never got it.
      const user2 = keys["CloudAcademyUser2"] as Keys;
      const stillDenied = await aws(user2, "list-users");
      assert.match(stillDenied.stderr, /\(AccessDenied\)/);
    });

    test("the CLI's own pagination collects every page", async () => {
      await srv.reset();
      for (let i = 0; i < 12; i++) {
        await srv
          .iam()
          .send(new CreateUserCommand({ UserName: `page-${String(i).padStart(2, "0")}` }));
      }
      // --page-size 5: the CLI follows Marker over three calls.
      const all = (await root("list-users", "--page-size", "5")) as {
        Users: { UserName: string }[];
      };
      assert.equal(all.Users.length, 12);
      assert.equal(new Set(all.Users.map((u) => u.UserName)).size, 12);
      const some = (await root("list-users", "--max-items", "7", "--page-size", "5")) as {
        Users: unknown[];
        NextToken?: string;
      };
      assert.equal(some.Users.length, 7);
      assert.equal(typeof some.NextToken, "string");
      const rest = (await root(
        "list-users",
        "--max-items",
        "7",
        "--page-size",
        "5",
        "--starting-token",
        some.NextToken as string,
      )) as { Users: unknown[]; NextToken?: string };
      assert.equal(rest.Users.length, 5);
      assert.equal(rest.NextToken, undefined);
    });
  });
}
