/**
 * What the console's forms share: running a call with its busy state and
 * AWS error, a labelled field with its error beside it, tabs, a JSON
 * document shown as AWS's console shows it, a list picker, and the delete
 * dialog that names what goes with the entity and asks for its name.
 */
import { useState, type ReactNode } from "react";
import type { ApiFailure } from "./api";
import { ErrorNote } from "./components";
import { asFailure } from "./use-call";

export interface Runner {
  busy: boolean;
  error: ApiFailure | undefined;
  setError(error: ApiFailure | undefined): void;
  /** Runs `fn`; an AWS error is kept in `error` (and answers false). */
  run(fn: () => Promise<unknown>): Promise<boolean>;
}

export function useRunner(): Runner {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiFailure>();
  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await fn();
      return true;
    } catch (err) {
      setError(asFailure(err));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}

/** A labelled input (or other control) with the server's error for it right below. */
export function Field(props: {
  id: string;
  label: string;
  hint?: string;
  error?: ApiFailure | undefined;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.children}
      {props.hint === undefined ? null : <p className="muted hint">{props.hint}</p>}
      <ErrorNote error={props.error} />
    </div>
  );
}

export function Tabs<T extends string>(props: {
  tabs: readonly { id: T; title: string }[];
  current: T;
  onChange(id: T): void;
}) {
  return (
    <div className="tabs" role="tablist">
      {props.tabs.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          aria-selected={t.id === props.current}
          className={t.id === props.current ? "tab current" : "tab"}
          onClick={() => props.onChange(t.id)}
        >
          {t.title}
        </button>
      ))}
    </div>
  );
}

/** A policy document, pretty-printed when it parses. */
export function PolicyDocument(props: { text: string; label?: string }) {
  let shown = props.text;
  try {
    shown = JSON.stringify(JSON.parse(props.text), null, 2);
  } catch {
    // Shown as stored.
  }
  return (
    <pre className="policy-document" aria-label={props.label ?? "Policy document"}>
      {shown}
    </pre>
  );
}

/** Checkboxes over a filtered list (policies, groups, users) with a search box. */
export function Picker(props: {
  label: string;
  items: readonly { id: string; title: string; detail?: string }[];
  chosen: readonly string[];
  onChange(chosen: string[]): void;
  limit?: number;
}) {
  const [filter, setFilter] = useState("");
  const needle = filter.trim().toLowerCase();
  // The closest first: the exact name, then names that start with the search.
  const rank = (title: string) => {
    const t = title.toLowerCase();
    return t === needle ? 0 : t.startsWith(needle) ? 1 : 2;
  };
  const matches = props.items
    .filter((i) => i.title.toLowerCase().includes(needle))
    .map((item, index) => ({ item, index, rank: rank(item.title) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((m) => m.item);
  const limit = props.limit ?? 50;
  const toggle = (id: string) =>
    props.onChange(
      props.chosen.includes(id) ? props.chosen.filter((c) => c !== id) : [...props.chosen, id],
    );
  const searchId = `${props.label.replace(/\W+/g, "-").toLowerCase()}-search`;
  return (
    <fieldset className="picker">
      <legend>{props.label}</legend>
      <label htmlFor={searchId} className="sr-only">
        Search {props.label.toLowerCase()}
      </label>
      <input
        id={searchId}
        type="search"
        placeholder="Search"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <ul>
        {matches.slice(0, limit).map((item) => (
          <li key={item.id}>
            <label>
              <input
                type="checkbox"
                checked={props.chosen.includes(item.id)}
                onChange={() => toggle(item.id)}
              />{" "}
              {item.title}
              {item.detail === undefined ? null : <span className="muted"> {item.detail}</span>}
            </label>
          </li>
        ))}
      </ul>
      {matches.length > limit ? (
        <p className="muted">{matches.length - limit} more; narrow the search to see them.</p>
      ) : null}
      {props.chosen.length > 0 ? <p className="muted">{props.chosen.length} selected</p> : null}
    </fieldset>
  );
}

/**
 * Deleting an entity as AWS's console does: what goes with it is listed,
 * and the name must be typed to confirm.
 */
export function DeleteDialog(props: {
  name: string;
  kind: string;
  dependents: readonly string[];
  runner: Runner;
  onDelete(): void;
  onCancel(): void;
}) {
  const [typed, setTyped] = useState("");
  return (
    <div className="panel danger" role="dialog" aria-label={`Delete ${props.kind}`}>
      <h2>
        Delete {props.kind} {props.name}?
      </h2>
      {props.dependents.length === 0 ? (
        <p>Nothing else is attached to it.</p>
      ) : (
        <>
          <p>These go with it, in this order:</p>
          <ul data-testid="dependents">
            {props.dependents.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </>
      )}
      <Field id="confirm-delete" label={`Type ${props.name} to confirm`}>
        <input id="confirm-delete" value={typed} onChange={(e) => setTyped(e.target.value)} />
      </Field>
      <button
        type="button"
        className="danger"
        disabled={typed !== props.name || props.runner.busy}
        onClick={props.onDelete}
      >
        Delete
      </button>{" "}
      <button type="button" className="secondary" onClick={props.onCancel}>
        Cancel
      </button>
      <ErrorNote error={props.runner.error} />
    </div>
  );
}

/** Saves `text` as a file (a CSV of new credentials, the credential report). */
export function downloadFile(name: string, text: string, type = "text/csv"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** One CSV field, quoted when it needs to be. */
export function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
