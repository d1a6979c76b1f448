/**
 * The simulator's results: each action on each resource with its decision
 * (coloured, and in words), the boundary's verdict and the context keys it
 * missed; for the one selected, the per-resource results and the policies
 * with the statements that decided it marked where they stand (AWS's line
 * and column positions over each document's text as stored).
 */
import { useState, type ReactNode } from "react";
import { offsetOf, type SourcePolicy } from "./simulator-sources";

interface Place {
  Line: number;
  Column: number;
}

export interface Matched {
  SourcePolicyId?: string;
  SourcePolicyType?: string;
  StartPosition?: Place;
  EndPosition?: Place;
}

interface ResourceResult {
  EvalResourceName: string;
  EvalResourceDecision: string;
  MatchedStatements?: Matched[];
  MissingContextValues?: string[];
  EvalDecisionDetails?: Record<string, string>;
}

export interface EvalResult {
  EvalActionName: string;
  EvalResourceName?: string;
  EvalDecision: string;
  MatchedStatements?: Matched[];
  MissingContextValues?: string[];
  EvalDecisionDetails?: Record<string, string>;
  PermissionsBoundaryDecisionDetail?: { AllowedByPermissionsBoundary?: boolean };
  ResourceSpecificResults?: ResourceResult[];
}

const DECISION_TEXT: Record<string, string> = {
  allowed: "allowed",
  explicitDeny: "denied (explicit deny)",
  implicitDeny: "denied (no statement allows it)",
};

const decisionText = (d: string) => DECISION_TEXT[d] ?? d;

function boundaryText(r: EvalResult): string {
  const allowed = r.PermissionsBoundaryDecisionDetail?.AllowedByPermissionsBoundary;
  return allowed === undefined ? "" : allowed ? "allows" : "does not allow";
}

export function SimulatorResults(props: { results: EvalResult[]; sources: SourcePolicy[] }) {
  const [selected, setSelected] = useState<number>();
  const chosen = selected === undefined ? undefined : props.results[selected];
  const count = (d: string) => props.results.filter((r) => r.EvalDecision === d).length;
  return (
    <div className="panel">
      <h2>Results</h2>
      <p data-testid="sim-summary">
        {props.results.length} results: {count("allowed")} allowed, {count("explicitDeny")}{" "}
        explicitly denied, {count("implicitDeny")} implicitly denied.
      </p>
      <table className="list" aria-label="Simulation results">
        <thead>
          <tr>
            <th>Action</th>
            <th>Resource</th>
            <th>Decision</th>
            <th>Permissions boundary</th>
            <th>Missing context keys</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {props.results.map((r, i) => (
            <tr
              key={i}
              data-testid={`result-${r.EvalActionName}`}
              data-resource={r.EvalResourceName ?? "*"}
              className={selected === i ? "selected" : undefined}
            >
              <td>{r.EvalActionName}</td>
              <td>{r.EvalResourceName ?? "*"}</td>
              <td className={`decision ${r.EvalDecision}`} data-testid="decision">
                {decisionText(r.EvalDecision)}
              </td>
              <td>{boundaryText(r)}</td>
              <td>{(r.MissingContextValues ?? []).join(", ")}</td>
              <td>
                <button
                  type="button"
                  className="secondary small"
                  aria-label={`Why ${r.EvalActionName} on ${r.EvalResourceName ?? "*"}`}
                  onClick={() => setSelected(i)}
                >
                  Why
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {chosen === undefined ? null : <Explanation result={chosen} sources={props.sources} />}
    </div>
  );
}

function Explanation(props: { result: EvalResult; sources: SourcePolicy[] }) {
  const r = props.result;
  const matched = r.MatchedStatements ?? [];
  // The policies that matched, each once, with all its matched statements.
  const byPolicy = new Map<string, Matched[]>();
  for (const m of matched) {
    const key = `${m.SourcePolicyType ?? ""} ${m.SourcePolicyId ?? ""}`;
    byPolicy.set(key, [...(byPolicy.get(key) ?? []), m]);
  }
  const perResource = (r.ResourceSpecificResults ?? []).filter(
    (x) => x.EvalResourceName !== r.EvalResourceName || x.EvalResourceDecision !== r.EvalDecision,
  );
  const details = Object.entries(r.EvalDecisionDetails ?? {});
  return (
    <section data-testid="explanation" aria-label="Why">
      <h3>
        {r.EvalActionName} on {r.EvalResourceName ?? "*"}: {decisionText(r.EvalDecision)}
      </h3>
      {boundaryText(r) === "" ? null : <p>The permissions boundary {boundaryText(r)} it.</p>}
      {(r.MissingContextValues ?? []).length === 0 ? null : (
        <p>
          Context keys without a value: {(r.MissingContextValues ?? []).join(", ")}. Give them
          values under the request to see how they decide.
        </p>
      )}
      {details.length === 0 ? null : (
        <p>Each kind of policy alone: {details.map(([k, v]) => `${k}: ${v}`).join("; ")}.</p>
      )}
      {perResource.length === 0 ? null : (
        <ul aria-label="Per resource">
          {perResource.map((x) => (
            <li key={x.EvalResourceName}>
              {x.EvalResourceName}: {decisionText(x.EvalResourceDecision)}
            </li>
          ))}
        </ul>
      )}
      {matched.length === 0 ? <p>No statement of the policies matched this request.</p> : null}
      {[...byPolicy.values()].map((statements) => {
        const first = statements[0] ?? {};
        const source = props.sources.find(
          (s) => s.id === first.SourcePolicyId && s.type === first.SourcePolicyType,
        );
        return (
          <div key={`${first.SourcePolicyType} ${first.SourcePolicyId}`}>
            <h4>
              {source?.title ?? first.SourcePolicyId} ({first.SourcePolicyType})
            </h4>
            {source === undefined ? (
              <p className="muted">The policy's text is not available here.</p>
            ) : (
              <Highlighted text={source.text} statements={statements} />
            )}
          </div>
        );
      })}
    </section>
  );
}

/** The document with each matched statement's characters in a <mark>. */
function Highlighted(props: { text: string; statements: Matched[] }) {
  const ranges = props.statements
    .flatMap((m) =>
      m.StartPosition === undefined || m.EndPosition === undefined
        ? []
        : [
            [
              offsetOf(props.text, m.StartPosition.Line, m.StartPosition.Column),
              offsetOf(props.text, m.EndPosition.Line, m.EndPosition.Column),
            ] as const,
          ],
    )
    .sort((a, b) => a[0] - b[0]);
  const parts: ReactNode[] = [];
  let at = 0;
  ranges.forEach(([from, to], i) => {
    if (from < at) return;
    parts.push(<span key={`t${i}`}>{props.text.slice(at, from)}</span>);
    parts.push(<mark key={`m${i}`}>{props.text.slice(from, to)}</mark>);
    at = to;
  });
  parts.push(<span key="rest">{props.text.slice(at)}</span>);
  return (
    <pre className="policy-document" tabIndex={0}>
      {parts}
    </pre>
  );
}
