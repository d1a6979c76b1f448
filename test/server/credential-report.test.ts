/**
 * The credential report through the real AWS SDK against a real server:
 * ReportNotPresent before any report (as AWS answers it, recorded: 410, no
 * message), STARTED then COMPLETE, the CSV's header and rows as AWS writes
 * them, expiry after four hours, authorization.
 */
import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import {
  CreateAccessKeyCommand,
  CreateLoginProfileCommand,
  CreateUserCommand,
  GenerateCredentialReportCommand,
  GetAccessKeyLastUsedCommand,
  GetCredentialReportCommand,
  ListUsersCommand,
  PutUserPolicyCommand,
  UpdateAccessKeyCommand,
  UpdateAccountPasswordPolicyCommand,
} from "@aws-sdk/client-iam";
import { formOf, postRaw } from "../e2e/raw.js";
import { ACCOUNT, failure, useServer, type Keys } from "./harness.js";

const srv = useServer();

const HEADER =
  "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed," +
  "password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated," +
  "access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service," +
  "access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date," +
  "access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active," +
  "cert_1_last_rotated,cert_2_active,cert_2_last_rotated";
const TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/;
const HOUR = 60 * 60 * 1000;

/** The report's rows as records keyed by the header's columns. */
function parse(content: Uint8Array | undefined): {
  header: string;
  rows: Record<string, string>[];
} {
  const lines = Buffer.from(content ?? new Uint8Array())
    .toString("utf8")
    .split("\n");
  const header = lines[0] ?? "";
  const names = header.split(",");
  const rows = lines.slice(1).map((line) => {
    const values = line.split(",");
    assert.equal(values.length, names.length, `row ${line}`);
    return Object.fromEntries(names.map((n, i) => [n, values[i] ?? ""]));
  });
  return { header, rows };
}

/** "2026-01-15T12:00:00.123Z" → "2026-01-15T12:00:00+00:00", as the report writes times. */
const reportTime = (d: Date | string | undefined) =>
  `${new Date(d ?? 0).toISOString().slice(0, 19)}+00:00`;

async function userKey(name: string): Promise<Keys> {
  const key = await srv.iam().send(new CreateAccessKeyCommand({ UserName: name }));
  return {
    accessKeyId: key.AccessKey?.AccessKeyId ?? "",
    secretAccessKey: key.AccessKey?.SecretAccessKey ?? "",
  };
}

/** Moves the stored report's generation time back by `ms`. */
async function ageReport(ms: number): Promise<void> {
  await srv.server.store.write(ACCOUNT, (tx) =>
    tx
      .updateTable("credential_reports")
      .set({ generated_at: new Date(Date.now() - ms).toISOString() })
      .where("account_id", "=", ACCOUNT)
      .execute(),
  );
}

describe("credential report", () => {
  beforeEach(() => srv.reset());

  test("before any report: ReportNotPresent, 410, and no Message (as AWS answers)", async () => {
    const err = await failure(srv.iam().send(new GetCredentialReportCommand({})));
    assert.equal(err.name, "CredentialReportNotPresentException");
    assert.equal(err.status, 410);
    const raw = await postRaw(
      srv.url,
      formOf([
        ["Action", "GetCredentialReport"],
        ["Version", "2010-05-08"],
      ]),
    );
    assert.equal(raw.status, 410);
    assert.match(
      raw.body,
      /<Type>Sender<\/Type>\n {4}<Code>ReportNotPresent<\/Code>\n {2}<\/Error>/,
    );
    assert.doesNotMatch(raw.body, /<Message>/);
  });

  test("STARTED with AWS's description, then COMPLETE without one", async () => {
    const iam = srv.iam();
    const first = await iam.send(new GenerateCredentialReportCommand({}));
    assert.deepEqual(
      [first.State, first.Description],
      ["STARTED", "No report exists. Starting a new report generation task"],
    );
    const second = await iam.send(new GenerateCredentialReportCommand({}));
    assert.deepEqual([second.State, second.Description], ["COMPLETE", undefined]);
    const report = await iam.send(new GetCredentialReportCommand({}));
    assert.equal(report.ReportFormat, "text/csv");
    assert.ok(report.GeneratedTime instanceof Date);
    assert.ok(Math.abs(Date.now() - report.GeneratedTime.getTime()) < 60_000);
  });

  test("the CSV: AWS's header, the root user first, then each user", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "carol", Path: "/ops/" }));
    await iam.send(new CreateUserCommand({ UserName: "alice" }));
    await iam.send(
      new CreateLoginProfileCommand({ UserName: "alice", Password: "Correct-Horse-9" }),
    );
    const used = await userKey("alice");
    const unused = await userKey("alice");
    await iam.send(
      new UpdateAccessKeyCommand({
        UserName: "alice",
        AccessKeyId: unused.accessKeyId,
        Status: "Inactive",
      }),
    );
    // alice's first key signs a request (denied: she has no policy; the use counts all the same).
    await failure(srv.iam(used).send(new ListUsersCommand({})));
    let lastUsed;
    for (let i = 0; i < 50 && lastUsed?.LastUsedDate === undefined; i++) {
      lastUsed = (
        await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: used.accessKeyId }))
      ).AccessKeyLastUsed;
      if (lastUsed?.LastUsedDate === undefined) await new Promise((r) => setTimeout(r, 20));
    }
    await iam.send(new GenerateCredentialReportCommand({}));
    const { header, rows } = parse((await iam.send(new GetCredentialReportCommand({}))).Content);
    assert.equal(header, HEADER);
    assert.deepEqual(
      rows.map((r) => r.user),
      ["<root_account>", "alice", "carol"],
    );
    const [root, alice, carol] = rows;
    assert.match(root?.user_creation_time ?? "", TIME);
    // The root key's use is recorded at most once a minute, so it may not show yet after a reset.
    const rootUse = [
      root?.access_key_1_last_used_date,
      root?.access_key_1_last_used_region,
      root?.access_key_1_last_used_service,
    ];
    if (rootUse[0] === "N/A") assert.deepEqual(rootUse, ["N/A", "N/A", "N/A"]);
    else
      assert.deepEqual(
        [TIME.test(rootUse[0] ?? ""), ...rootUse.slice(1)],
        [true, "us-east-1", "iam"],
      );
    const unstable = {
      user_creation_time: "",
      access_key_1_last_rotated: "",
      access_key_1_last_used_date: "",
      access_key_1_last_used_region: "",
      access_key_1_last_used_service: "",
    };
    assert.deepEqual(
      { ...root, ...unstable },
      {
        user: "<root_account>",
        arn: `arn:aws:iam::${ACCOUNT}:root`,
        user_creation_time: "",
        password_enabled: "not_supported",
        password_last_used: "no_information",
        password_last_changed: "not_supported",
        password_next_rotation: "not_supported",
        mfa_active: "false",
        access_key_1_active: "true",
        access_key_1_last_rotated: "",
        access_key_1_last_used_date: "",
        access_key_1_last_used_region: "",
        access_key_1_last_used_service: "",
        access_key_2_active: "false",
        access_key_2_last_rotated: "N/A",
        access_key_2_last_used_date: "N/A",
        access_key_2_last_used_region: "N/A",
        access_key_2_last_used_service: "N/A",
        cert_1_active: "false",
        cert_1_last_rotated: "N/A",
        cert_2_active: "false",
        cert_2_last_rotated: "N/A",
      },
    );
    assert.match(root?.access_key_1_last_rotated ?? "", TIME);

    assert.match(alice?.user_creation_time ?? "", TIME);
    assert.match(alice?.password_last_changed ?? "", TIME);
    assert.match(alice?.access_key_1_last_rotated ?? "", TIME);
    assert.match(alice?.access_key_2_last_rotated ?? "", TIME);
    assert.deepEqual(
      {
        ...alice,
        user_creation_time: "",
        password_last_changed: "",
        access_key_1_last_rotated: "",
        access_key_2_last_rotated: "",
      },
      {
        user: "alice",
        arn: `arn:aws:iam::${ACCOUNT}:user/alice`,
        user_creation_time: "",
        password_enabled: "true",
        password_last_used: "no_information",
        password_last_changed: "",
        password_next_rotation: "N/A",
        mfa_active: "false",
        access_key_1_active: "true",
        access_key_1_last_rotated: "",
        access_key_1_last_used_date: reportTime(lastUsed?.LastUsedDate),
        access_key_1_last_used_region: "us-east-1",
        access_key_1_last_used_service: "iam",
        access_key_2_active: "false",
        access_key_2_last_rotated: "",
        access_key_2_last_used_date: "N/A",
        access_key_2_last_used_region: "N/A",
        access_key_2_last_used_service: "N/A",
        cert_1_active: "false",
        cert_1_last_rotated: "N/A",
        cert_2_active: "false",
        cert_2_last_rotated: "N/A",
      },
    );
    assert.deepEqual(
      { ...carol, user_creation_time: "" },
      {
        user: "carol",
        arn: `arn:aws:iam::${ACCOUNT}:user/ops/carol`,
        user_creation_time: "",
        password_enabled: "false",
        password_last_used: "N/A",
        password_last_changed: "N/A",
        password_next_rotation: "N/A",
        mfa_active: "false",
        access_key_1_active: "false",
        access_key_1_last_rotated: "N/A",
        access_key_1_last_used_date: "N/A",
        access_key_1_last_used_region: "N/A",
        access_key_1_last_used_service: "N/A",
        access_key_2_active: "false",
        access_key_2_last_rotated: "N/A",
        access_key_2_last_used_date: "N/A",
        access_key_2_last_used_region: "N/A",
        access_key_2_last_used_service: "N/A",
        cert_1_active: "false",
        cert_1_last_rotated: "N/A",
        cert_2_active: "false",
        cert_2_last_rotated: "N/A",
      },
    );
  });

  test("password_next_rotation from MaxPasswordAge; password_last_used when known", async () => {
    const iam = srv.iam();
    await iam.send(new UpdateAccountPasswordPolicyCommand({ MaxPasswordAge: 90 }));
    await iam.send(new CreateUserCommand({ UserName: "dan" }));
    await iam.send(new CreateLoginProfileCommand({ UserName: "dan", Password: "Correct-Horse-9" }));
    const signedIn = "2026-03-01T10:20:30.456Z";
    await srv.server.store.write(ACCOUNT, (tx) =>
      tx
        .updateTable("users")
        .set({ password_last_used: signedIn })
        .where("name", "=", "dan")
        .execute(),
    );
    await iam.send(new GenerateCredentialReportCommand({}));
    const dan = parse((await iam.send(new GetCredentialReportCommand({}))).Content).rows[1];
    const changed = new Date((dan?.password_last_changed ?? "").replace("+00:00", "Z"));
    assert.equal(dan?.password_last_used, "2026-03-01T10:20:30+00:00");
    assert.equal(
      dan?.password_next_rotation,
      reportTime(new Date(changed.getTime() + 90 * 24 * HOUR)),
    );
  });

  test("a report older than four hours: GetCredentialReport answers ReportExpired, Generate starts anew", async () => {
    const iam = srv.iam();
    await iam.send(new GenerateCredentialReportCommand({}));
    await iam.send(new CreateUserCommand({ UserName: "late" }));
    // Still current: COMPLETE, and the report is the old one.
    await ageReport(3 * HOUR);
    assert.equal((await iam.send(new GenerateCredentialReportCommand({}))).State, "COMPLETE");
    assert.equal(
      parse((await iam.send(new GetCredentialReportCommand({}))).Content).rows.length,
      1,
    );
    await ageReport(4 * HOUR + 1000);
    const err = await failure(iam.send(new GetCredentialReportCommand({})));
    assert.deepEqual([err.name, err.status], ["CredentialReportExpiredException", 410]);
    assert.equal((await iam.send(new GenerateCredentialReportCommand({}))).State, "STARTED");
    const rows = parse((await iam.send(new GetCredentialReportCommand({}))).Content).rows;
    assert.deepEqual(
      rows.map((r) => r.user),
      ["<root_account>", "late"],
    );
  });

  test("a user needs iam:GenerateCredentialReport and iam:GetCredentialReport (on *)", async () => {
    const iam = srv.iam();
    await iam.send(new CreateUserCommand({ UserName: "auditor" }));
    const keys = await userKey("auditor");
    const asAuditor = srv.iam(keys);
    for (const [command, action] of [
      [new GenerateCredentialReportCommand({}), "iam:GenerateCredentialReport"],
      [new GetCredentialReportCommand({}), "iam:GetCredentialReport"],
    ] as const) {
      const denied = await failure(asAuditor.send(command as GenerateCredentialReportCommand));
      assert.deepEqual(denied, {
        name: "AccessDenied",
        message: `User: arn:aws:iam::${ACCOUNT}:user/auditor is not authorized to perform: ${action} because no identity-based policy allows the ${action} action`,
        status: 403,
      });
    }
    await iam.send(
      new PutUserPolicyCommand({
        UserName: "auditor",
        PolicyName: "report",
        PolicyDocument: JSON.stringify({
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Allow",
              Action: ["iam:GenerateCredentialReport", "iam:GetCredentialReport"],
              Resource: "*",
            },
          ],
        }),
      }),
    );
    assert.equal((await asAuditor.send(new GenerateCredentialReportCommand({}))).State, "STARTED");
    const rows = parse((await asAuditor.send(new GetCredentialReportCommand({}))).Content).rows;
    assert.deepEqual(
      rows.map((r) => r.user),
      ["<root_account>", "auditor"],
    );
  });
});
