/** Small pieces every page uses: an AWS error, a copy button, a loading line. */
import { useState } from "react";
import type { ApiFailure } from "./api";

/** An error as AWS words it: the code, then the message (why a call was denied, say). */
export function ErrorNote(props: { error: ApiFailure | undefined }) {
  if (props.error === undefined) return null;
  return (
    <div className="error-note" role="alert">
      <strong>{props.error.code}</strong> {props.error.message}
    </div>
  );
}

export function Loading() {
  return <p className="muted">Loading…</p>;
}

/** Copies `text` to the clipboard; says so for a moment. */
export function CopyButton(props: { text: string; label?: string }) {
  const [copied, setCopied] = useState<"idle" | "done" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.text);
      setCopied("done");
    } catch {
      setCopied("failed");
    }
    window.setTimeout(() => setCopied("idle"), 2000);
  };
  return (
    <button type="button" className="secondary small" onClick={() => void copy()}>
      {copied === "done" ? "Copied" : copied === "failed" ? "Copy failed" : (props.label ?? "Copy")}
    </button>
  );
}
