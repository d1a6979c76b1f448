/**
 * The credential report: generate it (GenerateCredentialReport, asked again
 * until it is COMPLETE), show it as a table, and download it as AWS's CSV.
 */
import { useState } from "react";
import { callIam } from "../api";
import { ErrorNote } from "../components";
import { downloadFile, useRunner } from "../forms";

/** The report's rows; fields are plain (AWS's report quotes none). */
function parseCsv(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((line) => line !== "")
    .map((line) => line.split(","));
}

function decodeBase64(content: string): string {
  const bytes = Uint8Array.from(atob(content), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

export function CredentialReportPage() {
  const [csv, setCsv] = useState<string>();
  const [generated, setGenerated] = useState<string>();
  const runner = useRunner();
  const generate = () =>
    void runner.run(async () => {
      for (let i = 0; i < 30; i++) {
        const state = await callIam<{ State?: string }>("GenerateCredentialReport");
        if (state.State === "COMPLETE") break;
        await new Promise((resolve) => window.setTimeout(resolve, 1000));
      }
      const report = await callIam<{ Content?: string; GeneratedTime?: string }>(
        "GetCredentialReport",
      );
      setCsv(decodeBase64(report.Content ?? ""));
      setGenerated(report.GeneratedTime);
    });
  const rows = csv === undefined ? [] : parseCsv(csv);
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
          Generate report
        </button>
        {csv === undefined ? null : (
          <button
            type="button"
            className="secondary"
            onClick={() => downloadFile("credential-report.csv", csv)}
          >
            Download report
          </button>
        )}
      </div>
      <ErrorNote error={runner.error} />
      {generated === undefined ? null : <p className="muted">Generated {generated}</p>}
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
              {body.map((r) => (
                <tr key={r[0]}>
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
