/**
 * An IAM user changing its own console password (ChangePassword), with the
 * account's password policy's rules listed above the fields
 * (GetAccountPasswordPolicy; IAM's default rules when there is none). A
 * refusal (PasswordPolicyViolation naming the failed rules, a wrong current
 * password, AccessDenied) is shown beside the fields.
 */
import { useState, type FormEvent } from "react";
import { ApiFailure, callIam } from "../api";
import { ErrorNote } from "../components";
import { Field, useRunner } from "../forms";
import { useIamCall } from "../use-call";

export interface PasswordPolicy {
  MinimumPasswordLength?: number;
  RequireSymbols?: boolean;
  RequireNumbers?: boolean;
  RequireUppercaseCharacters?: boolean;
  RequireLowercaseCharacters?: boolean;
  AllowUsersToChangePassword?: boolean;
  MaxPasswordAge?: number;
  PasswordReusePrevention?: number;
  HardExpiry?: boolean;
}

/** The rules a new password must follow under `p`, in plain words. */
export function passwordRules(p: PasswordPolicy): string[] {
  const rules = [`At least ${p.MinimumPasswordLength ?? 8} characters`];
  if (p.RequireUppercaseCharacters) rules.push("At least one uppercase letter (A–Z)");
  if (p.RequireLowercaseCharacters) rules.push("At least one lowercase letter (a–z)");
  if (p.RequireNumbers) rules.push("At least one number (0–9)");
  if (p.RequireSymbols) rules.push("At least one non-alphanumeric character (! @ # $ % ^ & * …)");
  if (p.PasswordReusePrevention !== undefined) {
    rules.push(`Not one of your last ${p.PasswordReusePrevention} passwords`);
  }
  if (p.MaxPasswordAge !== undefined) rules.push(`Expires after ${p.MaxPasswordAge} days`);
  return rules;
}

function PolicyRules() {
  const policy = useIamCall<{ PasswordPolicy: PasswordPolicy }>("GetAccountPasswordPolicy");
  if (policy.error?.code === "NoSuchEntity") {
    return (
      <ul className="muted" data-testid="password-rules">
        <li>At least 8 characters</li>
        <li>At least three of: uppercase letters, lowercase letters, numbers, symbols</li>
      </ul>
    );
  }
  if (policy.error !== undefined) return <ErrorNote error={policy.error} />;
  if (policy.data === undefined) return null;
  return (
    <ul className="muted" data-testid="password-rules">
      {passwordRules(policy.data.PasswordPolicy).map((r) => (
        <li key={r}>{r}</li>
      ))}
    </ul>
  );
}

export function ChangeOwnPassword() {
  const [oldPassword, setOld] = useState("");
  const [newPassword, setNew] = useState("");
  const [again, setAgain] = useState("");
  const [done, setDone] = useState(false);
  const runner = useRunner();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    if (newPassword !== again) {
      runner.setError(new ApiFailure(400, "PasswordMismatch", "The new passwords do not match."));
      return;
    }
    void runner
      .run(() => callIam("ChangePassword", { OldPassword: oldPassword, NewPassword: newPassword }))
      .then((ok) => {
        if (!ok) return;
        setDone(true);
        setOld("");
        setNew("");
        setAgain("");
      });
  };
  return (
    <form className="panel" aria-label="Change your password" onSubmit={submit}>
      <h2>Console password</h2>
      <p>Your new password must follow the account's password policy:</p>
      <PolicyRules />
      <Field id="old-password" label="Current password">
        <input
          id="old-password"
          type="password"
          autoComplete="current-password"
          value={oldPassword}
          onChange={(e) => setOld(e.target.value)}
        />
      </Field>
      <Field id="new-password" label="New password">
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={(e) => setNew(e.target.value)}
        />
      </Field>
      <Field id="new-password-again" label="Confirm new password" error={runner.error}>
        <input
          id="new-password-again"
          type="password"
          autoComplete="new-password"
          value={again}
          onChange={(e) => setAgain(e.target.value)}
        />
      </Field>
      <button type="submit" disabled={runner.busy}>
        Change password
      </button>
      {done ? <p role="status">Your password has been changed.</p> : null}
    </form>
  );
}
