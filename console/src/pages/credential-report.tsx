/**
 * The credential report: generate it (GenerateCredentialReport, asked again
 * until it is COMPLETE), read it (GetCredentialReport: Content is the CSV,
 * base64), show it as a table and offer it as "credential-report.csv". A
 * report generated earlier is shown when the page opens.
 */
import { useEffect, useState } from "react";
import { callIam, type ApiFailure } from "../api";
import { ErrorNote } from "../components";
import { downloadFile, useRunner } from "../forms";
import { asFailure } from "../use-call";
import { parseCsv } from "./csv";

interface Report {
  csv: string;
  generated?: string;
}

function decodeBase64(content: string): string {
  const bytes = Uint8Array.from(atob(content), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

async function readReport(): Promise<Report> {
  const report = await callIam<{ Content?: string; GeneratedTime?: string }>("GetCredentialReport");
  return {
    csv: decodeBase64(report.Content ?? ""),
    ...(report.GeneratedTime === undefined ? {} : { generated: report.GeneratedTime }),
  };
}

const sleep = (ms: number) => new Promise((resolve) => window.setTimeout(resolve, ms));

export function CredentialReportPage() {
  const [report, setReport] = useState<Report>();
  const [loadError, setLoadError] = useState<ApiFailure>();
  const runner = useRunner();
  useEffect(() => {
    // An earlier report, if any; none yet (ReportNotPresent) is no error here.
    readReport().then(setReport, (err: unknown) => {
      const failure = asFailure(err);
      if (failure.code !== "ReportNotPresent") setLoadError(failure);
    });
  }, []);
  const generate = () =>
    void runner.run(async () => {
      for (let i = 0; ; i++) {
        const state = await callIam<{ State?: string }>("GenerateCredentialReport");
        if (state.State === "COMPLETE" || i >= 60) break;
        await sleep(1000);
      }
      setReport(await readReport());
    });
  const rows = report === undefined ? [] : parseCsv(report.csv);
  const [header, ...body] = rows;
  return (
    <section>
      <h1>Credential report</h1>
      <p>
        Every user of the account with the state of their credentials: passwords, access keys and
        MFA devices, and when each was last used or changed.
      </p>
      <div className="toolbar">
        <button type="button" disabled={runner.busy} onClick={generate}>
          {runner.busy ? "Generating…" : "Generate report"}
        </button>
        {report === undefined ? null : (
          <button
            type="button"
            className="secondary"
            onClick={() => downloadFile("credential-report.csv", report.csv)}
          >
            Download report
          </button>
        )}
      </div>
      <ErrorNote error={runner.error ?? loadError} />
      {report?.generated === undefined ? null : (
        <p className="muted" data-testid="report-time">
          Generated {report.generated}
        </p>
      )}
      {header === undefined ? null : (
        <div className="wide">
          <table className="list" aria-label="Credential report">
            <thead>
              <tr>
                {header.map((h) => (
                  <th key={h}>{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {body.map((r, n) => (
                <tr key={`${n}-${r[0] ?? ""}`}>
                  {r.map((cell, i) => (
                    <td key={header[i] ?? i}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
