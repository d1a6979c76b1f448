/**
 * The seed walkthrough's role and instance profile, driven by the real AWS
 * CLI v2 (Debian's /usr/bin/aws) against a real Gatehouse: a role trusted by
 * EC2 with AmazonS3FullAccess attached, in an instance profile of its name.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ACCOUNT, ROOT_KEY, useServer } from "../server/harness.js";
import { AWS_CLI, failMissing, run, toolProblem } from "./tools.js";

const problem = toolProblem(
  AWS_CLI,
  ["--version"],
  "apt-get install awscli   (Debian's AWS CLI v2 at /usr/bin/aws)",
);

if (problem !== undefined) {
  failMissing("the AWS CLI with roles against Gatehouse", problem);
} else {
  const srv = useServer();

  /** The JSON the root's `aws iam <args>` printed ({} when it printed nothing); it must succeed. */
  const root = async (...args: string[]): Promise<Record<string, unknown>> => {
    const r = await run(AWS_CLI, ["--endpoint-url", srv.url, "--output", "json", "iam", ...args], {
      AWS_ACCESS_KEY_ID: ROOT_KEY.accessKeyId,
      AWS_SECRET_ACCESS_KEY: ROOT_KEY.secretAccessKey,
      AWS_DEFAULT_REGION: "us-east-1",
    });
    assert.equal(r.code, 0, `aws iam ${args.join(" ")} exited ${r.code}: ${r.stderr}`);
    return r.stdout.trim() === "" ? {} : (JSON.parse(r.stdout) as Record<string, unknown>);
  };

  const trust = {
    Version: "2012-10-17",
    Statement: [
      { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" },
    ],
  };
  const s3Arn = "arn:aws:iam::aws:policy/AmazonS3FullAccess";

  describe("the AWS CLI with roles against Gatehouse", () => {
    test("the seed walkthrough: EC2-S3-Access role and instance profile", async () => {
      await srv.reset();
      const created = (await root(
        "create-role",
        "--role-name",
        "EC2-S3-Access",
        "--assume-role-policy-document",
        JSON.stringify(trust),
      )) as {
        Role: { RoleName: string; Arn: string; RoleId: string; AssumeRolePolicyDocument: unknown };
      };
      assert.equal(created.Role.RoleName, "EC2-S3-Access");
      assert.equal(created.Role.Arn, `arn:aws:iam::${ACCOUNT}:role/EC2-S3-Access`);
      assert.match(created.Role.RoleId, /^AROA[A-Z2-7]{17}$/);
      // The CLI decodes the URL-encoded document and prints it as JSON.
      assert.deepEqual(created.Role.AssumeRolePolicyDocument, trust);

      assert.deepEqual(
        await root("attach-role-policy", "--role-name", "EC2-S3-Access", "--policy-arn", s3Arn),
        {},
      );
      const profile = (await root(
        "create-instance-profile",
        "--instance-profile-name",
        "EC2-S3-Access",
      )) as { InstanceProfile: { InstanceProfileName: string; Arn: string; Roles: unknown[] } };
      assert.equal(profile.InstanceProfile.InstanceProfileName, "EC2-S3-Access");
      assert.equal(
        profile.InstanceProfile.Arn,
        `arn:aws:iam::${ACCOUNT}:instance-profile/EC2-S3-Access`,
      );
      assert.deepEqual(profile.InstanceProfile.Roles, []);

      assert.deepEqual(
        await root(
          "add-role-to-instance-profile",
          "--instance-profile-name",
          "EC2-S3-Access",
          "--role-name",
          "EC2-S3-Access",
        ),
        {},
      );
      const got = (await root(
        "get-instance-profile",
        "--instance-profile-name",
        "EC2-S3-Access",
      )) as {
        InstanceProfile: {
          Roles: { RoleName: string; RoleId: string; AssumeRolePolicyDocument: unknown }[];
        };
      };
      assert.equal(got.InstanceProfile.Roles.length, 1);
      assert.equal(got.InstanceProfile.Roles[0]?.RoleName, "EC2-S3-Access");
      assert.equal(got.InstanceProfile.Roles[0]?.RoleId, created.Role.RoleId);
      assert.deepEqual(got.InstanceProfile.Roles[0]?.AssumeRolePolicyDocument, trust);

      const attached = await root("list-attached-role-policies", "--role-name", "EC2-S3-Access");
      // The CLI follows pages itself and prints the merged list without IsTruncated.
      assert.deepEqual(attached, {
        AttachedPolicies: [{ PolicyName: "AmazonS3FullAccess", PolicyArn: s3Arn }],
      });
    });

    test("an error the CLI reports: deleting a role still in use", async () => {
      await srv.reset();
      await root(
        "create-role",
        "--role-name",
        "busy",
        "--assume-role-policy-document",
        JSON.stringify(trust),
      );
      await root("attach-role-policy", "--role-name", "busy", "--policy-arn", s3Arn);
      const r = await run(
        AWS_CLI,
        ["--endpoint-url", srv.url, "iam", "delete-role", "--role-name", "busy"],
        {
          AWS_ACCESS_KEY_ID: ROOT_KEY.accessKeyId,
          AWS_SECRET_ACCESS_KEY: ROOT_KEY.secretAccessKey,
          AWS_DEFAULT_REGION: "us-east-1",
        },
      );
      assert.equal(r.code, 254);
      assert.match(
        r.stderr,
        /An error occurred \(DeleteConflict\) when calling the DeleteRole operation( \(reached max retries: 0\))?: Cannot delete entity, must detach all policies first\./,
      );
    });
  });
}
