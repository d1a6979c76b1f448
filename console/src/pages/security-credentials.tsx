/**
 * My security credentials: the signed-in principal's own password (an IAM
 * user changes it here, under the account's password policy), MFA devices
 * and access keys — the root user's as well.
 */
import { useState, type FormEvent } from "react";
import { ApiFailure, callIam } from "../api";
import { Field, useRunner } from "../forms";
import { useSession } from "../session";
import { AccessKeys } from "./access-keys";
import { MfaDevices } from "./mfa-devices";

export function SecurityCredentialsPage() {
  const session = useSession();
  const root = session.principal.type === "root";
  return (
    <section>
      <h1>My security credentials</h1>
      <p className="muted">{session.principal.arn}</p>
      {root ? null : <ChangePassword />}
      <div className="panel">
        <h2>Multi-factor authentication (MFA)</h2>
        <MfaDevices />
      </div>
      <AccessKeys />
    </section>
  );
}

function ChangePassword() {
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
