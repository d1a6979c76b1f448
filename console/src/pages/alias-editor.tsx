/**
 * The account alias, beside the sign-in link as on AWS's dashboard: create,
 * change or delete it (CreateAccountAlias, DeleteAccountAlias). A refusal
 * (a taken alias, a bad one, no permission) is shown next to the field.
 */
import { useState, type FormEvent } from "react";
import { callIam, type ApiFailure } from "../api";
import { ErrorNote } from "../components";
import { useRefreshSession, useSession } from "../session";
import { asFailure } from "../use-call";

export function AliasEditor() {
  const session = useSession();
  const refresh = useRefreshSession();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(session.alias ?? "");
  const [error, setError] = useState<ApiFailure>();
  const [busy, setBusy] = useState(false);

  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await fn();
      await refresh();
      setEditing(false);
    } catch (err) {
      setError(asFailure(err));
    } finally {
      setBusy(false);
    }
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(() => callIam("CreateAccountAlias", { AccountAlias: value.trim() }));
  };
  const remove = () =>
    void run(() => callIam("DeleteAccountAlias", { AccountAlias: session.alias ?? "" }));

  if (!editing) {
    return (
      <div className="alias">
        <span>
          Account alias: <strong data-testid="alias">{session.alias ?? "none"}</strong>
        </span>
        <button type="button" className="secondary small" onClick={() => setEditing(true)}>
          {session.alias === undefined ? "Create" : "Edit"}
        </button>
        {session.alias === undefined ? null : (
          <button type="button" className="secondary small" disabled={busy} onClick={remove}>
            Delete
          </button>
        )}
        <ErrorNote error={error} />
      </div>
    );
  }
  return (
    <form className="alias" onSubmit={save} aria-label="Edit the account alias">
      <label htmlFor="accountAlias">Account alias</label>
      <input
        id="accountAlias"
        className="inline"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        autoFocus
      />
      <button type="submit" disabled={busy}>
        Save
      </button>
      <button type="button" className="secondary" onClick={() => setEditing(false)}>
        Cancel
      </button>
      <ErrorNote error={error} />
    </form>
  );
}
