/**
 * Issue 4's acceptance steps for passwords, the credential report and the
 * simulator, driven by the real AWS CLI v2 (Debian's /usr/bin/aws) against a
 * real Gatehouse.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parse } from "csv-parse/sync";
import { ROOT_KEY, useServer, type Keys } from "../server/harness.js";
import { AWS_CLI, failMissing, run, toolProblem, type RunResult } from "./tools.js";

const problem = toolProblem(
  AWS_CLI,
  ["--version"],
  "apt-get install awscli   (Debian's AWS CLI v2 at /usr/bin/aws)",
);

const HEADER =
  "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed," +
  "password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated," +
  "access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service," +
  "access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date," +
  "access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active," +
  "cert_1_last_rotated,cert_2_active,cert_2_last_rotated";

if (problem !== undefined) {
  failMissing("the AWS CLI with passwords, reports and the simulator", problem);
} else {
  const srv = useServer();

  const cli = (keys: Keys, args: string[]): Promise<RunResult> =>
    run(AWS_CLI, ["--endpoint-url", srv.url, "--output", "json", "iam", ...args], {
      AWS_ACCESS_KEY_ID: keys.accessKeyId,
      AWS_SECRET_ACCESS_KEY: keys.secretAccessKey,
      AWS_DEFAULT_REGION: "us-east-1",
    });

  /** The JSON `aws iam <args>` printed ({} when it printed nothing); it must succeed. */
  const ok = async (keys: Keys, ...args: string[]): Promise<Record<string, unknown>> => {
    const r = await cli(keys, args);
    assert.equal(r.code, 0, `aws iam ${args[0] ?? ""} exited ${r.code}: ${r.stderr}`);
    return r.stdout.trim() === "" ? {} : (JSON.parse(r.stdout) as Record<string, unknown>);
  };
  const root = (...args: string[]) => ok(ROOT_KEY, ...args);

  /** The CLI's error line for a call that must fail. */
  const fails = async (keys: Keys, ...args: string[]): Promise<string> => {
    const r = await cli(keys, args);
    assert.equal(r.code, 254, `aws iam ${args[0] ?? ""} should fail: ${r.stdout}`);
    return r.stderr.trim();
  };

  const userWithKey = async (name: string): Promise<Keys> => {
    await root("create-user", "--user-name", name);
    const made = (await root("create-access-key", "--user-name", name)) as {
      AccessKey: { AccessKeyId: string; SecretAccessKey: string };
    };
    return {
      accessKeyId: made.AccessKey.AccessKeyId,
      secretAccessKey: made.AccessKey.SecretAccessKey,
    };
  };

  describe("the AWS CLI with passwords, reports and the simulator", () => {
    test("a password policy refuses a weak password, takes a good one; a reset-required user changes its own", async () => {
      await srv.reset();
      await root(
        "update-account-password-policy",
        "--minimum-password-length",
        "12",
        "--require-symbols",
        "--require-numbers",
        "--require-uppercase-characters",
        "--require-lowercase-characters",
        "--password-reuse-prevention",
        "3",
      );
      const policy = (await root("get-account-password-policy")) as {
        PasswordPolicy: Record<string, unknown>;
      };
      assert.equal(policy.PasswordPolicy.MinimumPasswordLength, 12);
      assert.equal(policy.PasswordPolicy.PasswordReusePrevention, 3);
      assert.equal(policy.PasswordPolicy.AllowUsersToChangePassword, false);

      const alice = await userWithKey("alice");
      const weak = await fails(
        ROOT_KEY,
        "create-login-profile",
        "--user-name",
        "alice",
        "--password",
        "short1",
      );
      assert.match(
        weak,
        /\(PasswordPolicyViolation\) when calling the CreateLoginProfile operation.*: Password does not conform to the account password policy\./,
      );
      assert.match(weak, /minimum length of 12/);

      const made = (await root(
        "create-login-profile",
        "--user-name",
        "alice",
        "--password",
        "First-Passw0rd!",
        "--password-reset-required",
      )) as { LoginProfile: Record<string, unknown> };
      assert.equal(made.LoginProfile.UserName, "alice");
      assert.equal(made.LoginProfile.PasswordResetRequired, true);
      assert.equal("Password" in made.LoginProfile, false);

      // As in AWS, a reset-required flag grants nothing by itself: with no
      // policy and no AllowUsersToChangePassword, alice may not change it.
      const denied = await fails(
        alice,
        "change-password",
        "--old-password",
        "First-Passw0rd!",
        "--new-password",
        "Second-Passw0rd!",
      );
      assert.match(denied, /\(AccessDenied\) when calling the ChangePassword operation/);
      await root(
        "update-account-password-policy",
        "--minimum-password-length",
        "12",
        "--require-symbols",
        "--require-numbers",
        "--require-uppercase-characters",
        "--require-lowercase-characters",
        "--password-reuse-prevention",
        "3",
        "--allow-users-to-change-password",
      );
      await ok(
        alice,
        "change-password",
        "--old-password",
        "First-Passw0rd!",
        "--new-password",
        "Second-Passw0rd!",
      );
      const after = (await root("get-login-profile", "--user-name", "alice")) as {
        LoginProfile: Record<string, unknown>;
      };
      assert.equal(after.LoginProfile.PasswordResetRequired, false);

      // Reuse prevention: the first password is still among the last three.
      const reused = await fails(
        ROOT_KEY,
        "update-login-profile",
        "--user-name",
        "alice",
        "--password",
        "First-Passw0rd!",
      );
      assert.match(reused, /\(PasswordPolicyViolation\)/);
    });

    test("IAMUserChangePassword lets a user change only its own password", async () => {
      await srv.reset();
      const bob = await userWithKey("bob");
      await root("create-user", "--user-name", "carol");
      for (const user of ["bob", "carol"]) {
        await root("create-login-profile", "--user-name", user, "--password", "Bob-and-Car0l!");
      }
      await root(
        "attach-user-policy",
        "--user-name",
        "bob",
        "--policy-arn",
        "arn:aws:iam::aws:policy/IAMUserChangePassword",
      );
      await ok(
        bob,
        "change-password",
        "--old-password",
        "Bob-and-Car0l!",
        "--new-password",
        "Bob-N3w-Password!",
      );
      const other = await fails(
        bob,
        "update-login-profile",
        "--user-name",
        "carol",
        "--password",
        "Hijacked-Passw0rd!",
      );
      assert.match(other, /\(AccessDenied\) when calling the UpdateLoginProfile operation/);
      assert.match(other, /user\/bob is not authorized to perform: iam:UpdateLoginProfile/);
    });

    test("the credential report parses as CSV with AWS's header", async () => {
      await srv.reset();
      await userWithKey("dave");
      await root("create-login-profile", "--user-name", "dave", "--password", "Dave-Passw0rd!");

      const before = await fails(ROOT_KEY, "get-credential-report");
      assert.match(before, /\(ReportNotPresent\) when calling the GetCredentialReport operation/);

      const started = (await root("generate-credential-report")) as { State: string };
      assert.ok(["STARTED", "INPROGRESS", "COMPLETE"].includes(started.State));
      interface Report {
        Content: string;
        ReportFormat: string;
      }
      let report: Report | undefined;
      for (let i = 0; i < 20 && report === undefined; i++) {
        const generated = (await root("generate-credential-report")) as { State: string };
        if (generated.State === "COMPLETE") {
          report = (await root("get-credential-report")) as unknown as Report;
        }
      }
      assert.ok(report, "the report never completed");
      assert.equal(report.ReportFormat, "text/csv");
      // The CLI prints the blob base64-encoded.
      const csv = Buffer.from(report.Content, "base64").toString("utf8");
      assert.equal(csv.split("\n")[0], HEADER);
      const rows = parse(csv, { columns: true }) as Record<string, string>[];
      const root_ = rows.find((r) => r.user === "<root_account>");
      const dave = rows.find((r) => r.user === "dave");
      assert.ok(root_ && dave);
      assert.equal(dave.password_enabled, "true");
      assert.equal(dave.access_key_1_active, "true");
      assert.equal(dave.access_key_2_active, "false");
      assert.equal(dave.mfa_active, "false");
    });

    test("the simulator explains an allow and a deny with the statement's position", async () => {
      await srv.reset();
      await root("create-user", "--user-name", "erin");
      const doc = [
        "{",
        '  "Version": "2012-10-17",',
        '  "Statement": [',
        '    {"Effect": "Allow", "Action": "iam:Get*", "Resource": "*"},',
        '    {"Effect": "Deny", "Action": "iam:GetRole", "Resource": "*"}',
        "  ]",
        "}",
      ].join("\n");
      await root(
        "put-user-policy",
        "--user-name",
        "erin",
        "--policy-name",
        "reader",
        "--policy-document",
        doc,
      );
      const user = (await root("get-user", "--user-name", "erin")) as { User: { Arn: string } };
      const out = (await root(
        "simulate-principal-policy",
        "--policy-source-arn",
        user.User.Arn,
        "--action-names",
        "iam:GetUser",
        "iam:GetRole",
        "iam:ListUsers",
      )) as {
        EvaluationResults: {
          EvalActionName: string;
          EvalDecision: string;
          MatchedStatements: {
            SourcePolicyId: string;
            SourcePolicyType: string;
            StartPosition: { Line: number; Column: number };
            EndPosition: { Line: number; Column: number };
          }[];
        }[];
      };
      const by = new Map(out.EvaluationResults.map((r) => [r.EvalActionName, r]));
      assert.equal(by.get("iam:GetUser")?.EvalDecision, "allowed");
      assert.equal(by.get("iam:GetRole")?.EvalDecision, "explicitDeny");
      assert.equal(by.get("iam:ListUsers")?.EvalDecision, "implicitDeny");
      assert.deepEqual(by.get("iam:ListUsers")?.MatchedStatements, []);
      const allow = by.get("iam:GetUser")?.MatchedStatements[0];
      assert.equal(allow?.SourcePolicyId, "user_erin_reader");
      assert.equal(allow?.SourcePolicyType, "IAM Policy");
      // As AWS counts: a statement starts where its parser stood before it (just
      // after the "[", or after the previous statement's "}") and ends after its "}".
      assert.deepEqual(allow?.StartPosition, { Line: 3, Column: 17 });
      assert.deepEqual(allow?.EndPosition, { Line: 4, Column: 63 });
      const deny = by.get("iam:GetRole")?.MatchedStatements[0];
      assert.equal(deny?.SourcePolicyId, "user_erin_reader");
      assert.deepEqual(deny?.StartPosition, { Line: 4, Column: 63 });
      assert.deepEqual(deny?.EndPosition, { Line: 5, Column: 65 });
    });
  });
}
