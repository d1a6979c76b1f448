/**
 * A JSON policy editor: a textarea with line numbers, checked as the user
 * types (after a short pause) by the server's own validator, whose findings
 * are listed under it with their line and column; the line of the first
 * finding is marked in the gutter.
 */
import { useEffect, useState } from "react";
import { validatePolicyText, type PolicyFinding } from "../api";

export function PolicyEditor(props: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  kind?: "identity" | "trust";
}) {
  const [findings, setFindings] = useState<PolicyFinding[]>([]);
  const { value, kind } = props;
  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(() => {
      validatePolicyText(value, kind).then(
        (found) => live && setFindings(found),
        () => live && setFindings([]),
      );
    }, 300);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [value, kind]);
  const lines = value.split("\n").length;
  const marked = new Set(findings.map((f) => f.line).filter((l) => l !== undefined));
  return (
    <div className="policy-editor">
      <label htmlFor={props.id}>{props.label}</label>
      <div className="editor-body">
        <pre className="gutter" aria-hidden="true">
          {Array.from({ length: lines }, (_, i) => (
            <span key={i} className={marked.has(i + 1) ? "marked" : undefined}>
              {i + 1}
              {"\n"}
            </span>
          ))}
        </pre>
        <textarea
          id={props.id}
          className="json"
          spellCheck={false}
          wrap="off"
          rows={Math.max(12, lines + 1)}
          value={value}
          onChange={(e) => props.onChange(e.target.value)}
        />
      </div>
      <ul className="findings" aria-label="Policy findings">
        {findings.map((f, i) => (
          <li key={i} className={f.severity}>
            <strong>{f.severity === "error" ? "Error" : "Warning"}</strong>
            {f.line === undefined ? "" : ` (line ${f.line}, column ${f.column ?? 1})`}: {f.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
