/**
 * The credential report: GenerateCredentialReport and GetCredentialReport.
 *
 * AWS generates a report at most once every four hours (IAM User Guide): with
 * a report younger than that, GenerateCredentialReport answers State COMPLETE
 * with no Description (issue prowler-cloud/prowler#272); otherwise it starts
 * a new one, answering STARTED and "No report exists. Starting a new report
 * generation task" (AWS CLI docs; the same text for a report past four hours
 * is unconfirmed). Gatehouse builds the report in the same transaction, so it
 * is never in progress (no ReportInProgress). GetCredentialReport answers
 * ReportNotPresent (410, recorded) before any report, ReportExpired (410) for
 * one older than four hours, else the CSV (a blob: base64 on the wire),
 * "text/csv" and GeneratedTime.
 */
import { reportExpired, reportNotPresent } from "../model/errors.js";
import { isoTime } from "../store/index.js";
import type { Action } from "./action.js";
import { buildReport } from "./credential-report-csv.js";

/** How long a report stays current: four hours. */
export const REPORT_LIFETIME_MS = 4 * 60 * 60 * 1000;

const STARTED_DESCRIPTION = "No report exists. Starting a new report generation task";

function isCurrent(generatedAt: string, now: Date): boolean {
  return now.getTime() - new Date(generatedAt).getTime() < REPORT_LIFETIME_MS;
}

const generateCredentialReport: Action = {
  service: "iam",
  name: "GenerateCredentialReport",
  permission: "iam:GenerateCredentialReport",
  writes: true,
  resource: () => undefined,
  async run(ctx) {
    const account = ctx.caller.accountId;
    return ctx.store.write(account, async (tx) => {
      const last = await tx
        .selectFrom("credential_reports")
        .select("generated_at")
        .where("account_id", "=", account)
        .executeTakeFirst();
      if (last !== undefined && isCurrent(last.generated_at, ctx.now)) {
        return { State: "COMPLETE" };
      }
      const content = await buildReport(tx, account, ctx.partition);
      await tx.deleteFrom("credential_reports").where("account_id", "=", account).execute();
      await tx
        .insertInto("credential_reports")
        .values({ account_id: account, generated_at: isoTime(ctx.now), content })
        .execute();
      return { State: "STARTED", Description: STARTED_DESCRIPTION };
    });
  },
};

const getCredentialReport: Action = {
  service: "iam",
  name: "GetCredentialReport",
  permission: "iam:GetCredentialReport",
  writes: false,
  resource: () => undefined,
  async run(ctx) {
    const report = await ctx.store.read((db) =>
      db
        .selectFrom("credential_reports")
        .selectAll()
        .where("account_id", "=", ctx.caller.accountId)
        .executeTakeFirst(),
    );
    if (report === undefined) throw reportNotPresent();
    if (!isCurrent(report.generated_at, ctx.now)) throw reportExpired();
    return {
      Content: Buffer.from(report.content, "utf8"),
      ReportFormat: "text/csv",
      GeneratedTime: report.generated_at,
    };
  },
};

export const credentialReportActions: readonly Action[] = [
  generateCredentialReport,
  getCredentialReport,
];
