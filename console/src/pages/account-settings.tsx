/**
 * Account settings: the password policy (every field AWS has; the server's
 * validation errors shown with the form) and the account alias.
 */
import { useState, type FormEvent } from "react";
import { callIam } from "../api";
import { ErrorNote, Loading } from "../components";
import { Field, useRunner } from "../forms";
import { useIamCall } from "../use-call";
import { AliasEditor } from "./alias-editor";
import type { PasswordPolicy } from "./own-password";

type Policy = PasswordPolicy;

const FLAGS: readonly { key: keyof Policy; label: string }[] = [
  { key: "RequireUppercaseCharacters", label: "Require at least one uppercase letter (A–Z)" },
  { key: "RequireLowercaseCharacters", label: "Require at least one lowercase letter (a–z)" },
  { key: "RequireNumbers", label: "Require at least one number" },
  { key: "RequireSymbols", label: "Require at least one non-alphanumeric character" },
  { key: "AllowUsersToChangePassword", label: "Allow users to change their own password" },
  {
    key: "HardExpiry",
    label:
      "Password expiration requires administrator reset (users cannot set a new one themselves)",
  },
];

export function AccountSettingsPage() {
  return (
    <section>
      <h1>Account settings</h1>
      <PasswordPolicyEditor />
      <div className="panel">
        <h2>Account alias</h2>
        <AliasEditor />
      </div>
    </section>
  );
}

function PasswordPolicyEditor() {
  const current = useIamCall<{ PasswordPolicy: Policy }>("GetAccountPasswordPolicy");
  const unset = current.error?.code === "NoSuchEntity";
  // Kept here: the form starts afresh from what the server answers after a save.
  const [saved, setSaved] = useState(false);
  if (current.error && !unset) return <ErrorNote error={current.error} />;
  if (current.data === undefined && !unset) return <Loading />;
  const p = current.data?.PasswordPolicy ?? {};
  return (
    <PasswordPolicyForm
      key={JSON.stringify(p)}
      policy={p}
      unset={unset}
      reload={current.reload}
      saved={saved}
      setSaved={setSaved}
    />
  );
}

function PasswordPolicyForm(props: {
  policy: Policy;
  unset: boolean;
  reload(): void;
  saved: boolean;
  setSaved(saved: boolean): void;
}) {
  const { policy: p, unset, saved, setSaved } = props;
  const [form, setForm] = useState<Record<string, string | boolean>>(() => ({
    MinimumPasswordLength: String(p.MinimumPasswordLength ?? 8),
    MaxPasswordAge: p.MaxPasswordAge === undefined ? "" : String(p.MaxPasswordAge),
    PasswordReusePrevention:
      p.PasswordReusePrevention === undefined ? "" : String(p.PasswordReusePrevention),
    ...Object.fromEntries(FLAGS.map((f) => [f.key, p[f.key] === true])),
  }));
  const runner = useRunner();
  const number = (key: string) => {
    const text = String(form[key] ?? "").trim();
    // Not a whole number: sent as typed, for the server's own validation error.
    return text === "" ? {} : { [key]: /^-?\d+$/.test(text) ? Number(text) : text };
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    void runner
      .run(() =>
        callIam("UpdateAccountPasswordPolicy", {
          ...number("MinimumPasswordLength"),
          ...number("MaxPasswordAge"),
          ...number("PasswordReusePrevention"),
          ...Object.fromEntries(FLAGS.map((f) => [f.key, form[f.key] === true])),
        }),
      )
      .then((ok) => {
        if (!ok) return;
        setSaved(true);
        props.reload();
      });
  };
  const remove = () =>
    void runner.run(() => callIam("DeleteAccountPasswordPolicy")).then(props.reload);
  const text = (key: string, label: string, hint: string) => (
    <Field id={`pp-${key}`} label={label} hint={hint}>
      <input
        id={`pp-${key}`}
        inputMode="numeric"
        value={String(form[key] ?? "")}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      />
    </Field>
  );
  return (
    <form className="panel" aria-label="Password policy" onSubmit={save}>
      <h2>Password policy</h2>
      <p data-testid="password-policy-state">
        {unset
          ? "This account uses IAM's default password rules (no password policy is set)."
          : "This account has a custom password policy."}
      </p>
      {text("MinimumPasswordLength", "Minimum password length", "6 to 128 characters")}
      {FLAGS.map((f) => (
        <label key={f.key} className="check">
          <input
            type="checkbox"
            checked={form[f.key] === true}
            onChange={(e) => setForm({ ...form, [f.key]: e.target.checked })}
          />{" "}
          {f.label}
        </label>
      ))}
      {text("MaxPasswordAge", "Password expires after (days)", "1 to 1095; empty: never")}
      {text(
        "PasswordReusePrevention",
        "Remember previous passwords",
        "1 to 24; empty: reuse allowed",
      )}
      <ErrorNote error={runner.error} />
      <div className="toolbar">
        <button type="submit" disabled={runner.busy}>
          Save password policy
        </button>
        {unset ? null : (
          <button type="button" className="secondary" disabled={runner.busy} onClick={remove}>
            Delete password policy
          </button>
        )}
        {saved ? <span role="status">Saved.</span> : null}
      </div>
    </form>
  );
}
