/**
 * The simulator's results: each action on each resource with its decision,
 * the context keys it missed, and, for the one selected, the policies with
 * the statements that decided it highlighted where they stand.
 */
import { useState } from "react";
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

export interface EvalResult {
  EvalActionName: string;
  EvalResourceName?: string;
  EvalDecision: string;
  MatchedStatements?: Matched[];
  MissingContextValues?: string[];
  PermissionsBoundaryDecisionDetail?: { AllowedByPermissionsBoundary?: boolean };
  ResourceSpecificResults?: { EvalResourceName: string; EvalResourceDecision: string }[];
}

const DECISION_TEXT: Record<string, string> = {
  allowed: "allowed",
  explicitDeny: "denied (explicit deny)",
  implicitDeny: "denied (no statement allows it)",
};

export function SimulatorResults(props: { results: EvalResult[]; sources: SourcePolicy[] }) {
  const [selected, setSelected] = useState<number>();
  const chosen = selected === undefined ? undefined : props.results[selected];
  return (
    <div className="panel">
      <h2>Results</h2>
      <table className="list" aria-label="Simulation results">
        <thead>
          <tr>
            <th>Action</th>
            <th>Resource</th>
            <th>Decision</th>
            <th>Missing context keys</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {props.results.map((r, i) => (
            <tr
              key={`${r.EvalActionName} ${r.EvalResourceName ?? "*"}`}
              data-testid={`result-${r.EvalActionName}`}
            >
              <td>{r.EvalActionName}</td>
              <td>{r.EvalResourceName ?? "*"}</td>
              <td className={`decision ${r.EvalDecision}`} data-testid="decision">
                {DECISION_TEXT[r.EvalDecision] ?? r.EvalDecision}
                {r.PermissionsBoundaryDecisionDetail?.AllowedByPermissionsBoundary === false
                  ? " — not allowed by the permissions boundary"
                  : ""}
              </td>
              <td>{(r.MissingContextValues ?? []).join(", ")}</td>
              <td>
                <button type="button" className="secondary small" onClick={() => setSelected(i)}>
                  Why {r.EvalActionName}
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
  const matched = props.result.MatchedStatements ?? [];
  return (
    <div data-testid="explanation">
      <h3>
        {props.result.EvalActionName}: {DECISION_TEXT[props.result.EvalDecision] ?? ""}
      </h3>
      {matched.length === 0 ? <p>No statement of the policies matched this request.</p> : null}
      {(props.result.ResourceSpecificResults ?? []).length > 1 ? (
        <ul>
          {(props.result.ResourceSpecificResults ?? []).map((r) => (
            <li key={r.EvalResourceName}>
              {r.EvalResourceName}: {r.EvalResourceDecision}
            </li>
          ))}
        </ul>
      ) : null}
      {matched.map((m, i) => {
        const source = props.sources.find((s) => s.id === m.SourcePolicyId);
        return (
          <div key={i}>
            <h4>
              {source?.title ?? m.SourcePolicyId} ({m.SourcePolicyType})
            </h4>
            {source === undefined ||
            m.StartPosition === undefined ||
            m.EndPosition === undefined ? (
              <p className="muted">The policy's text is not available here.</p>
            ) : (
              <Highlighted text={source.text} start={m.StartPosition} end={m.EndPosition} />
            )}
          </div>
        );
      })}
    </div>
  );
}

function Highlighted(props: { text: string; start: Place; end: Place }) {
  const from = offsetOf(props.text, props.start.Line, props.start.Column);
  const to = offsetOf(props.text, props.end.Line, props.end.Column);
  return (
    <pre className="policy-document">
      {props.text.slice(0, from)}
      <mark>{props.text.slice(from, to)}</mark>
      {props.text.slice(to)}
    </pre>
  );
}
