/**
 * Sign-in at /signin/<alias or account id>: the account, IAM user or root
 * user, and the password; then, as the server asks, the MFA code and a new
 * password (reset required or expired). The server says nothing of whether a
 * user exists: a failure is one message whatever went wrong.
 */
import { useState, type FormEvent } from "react";
import { ApiFailure, signIn, submitMfaCode, submitNewPassword, type SignInStep } from "../api";
import { ErrorNote } from "../components";
import { navigate } from "../router";
import { rememberAccount } from "../session";
import { asFailure } from "../use-call";

type Step = "password" | "mfa" | "new-password";

export function SignInPage(props: { account: string; notice?: string }) {
  const [step, setStep] = useState<Step>("password");
  const [reason, setReason] = useState<SignInStep["reason"]>();
  const [error, setError] = useState<ApiFailure>();
  const [busy, setBusy] = useState(false);

  const advance = (next: SignInStep) => {
    setError(undefined);
    if (next.next === "done") navigate("/console/", { replace: true });
    else {
      setReason(next.reason);
      setStep(next.next);
    }
  };
  const run = async (fn: () => Promise<SignInStep>) => {
    setBusy(true);
    setError(undefined);
    try {
      advance(await fn());
    } catch (err) {
      const failure = asFailure(err);
      // A sign-in that timed out or got locked out starts over; a wrong code may be retried.
      const over = failure.code === "SessionExpired" || failure.code === "NotSignedIn";
      if (step !== "password" && (over || failure.status === 429)) {
        setStep("password");
      }
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="sign-in">
      <div className="sign-in-box">
        <div className="brand big">Gatehouse</div>
        {props.notice && step === "password" ? (
          <div className="callout" role="status">
            {props.notice}
          </div>
        ) : null}
        {step === "password" ? (
          <PasswordForm
            account={props.account}
            busy={busy}
            onSubmit={(body) => {
              rememberAccount(body.account);
              void run(() => signIn(body));
            }}
          />
        ) : step === "mfa" ? (
          <MfaForm busy={busy} onSubmit={(code) => void run(() => submitMfaCode(code))} />
        ) : (
          <NewPasswordForm
            busy={busy}
            reason={reason}
            onSubmit={(oldPassword, newPassword) =>
              void run(() => submitNewPassword(oldPassword, newPassword))
            }
            onMismatch={() =>
              setError(new ApiFailure(400, "PasswordMismatch", "The new passwords do not match."))
            }
          />
        )}
        <ErrorNote error={error} />
      </div>
    </div>
  );
}

function PasswordForm(props: {
  account: string;
  busy: boolean;
  onSubmit(body: { account: string; root: boolean; userName?: string; password: string }): void;
}) {
  const [account, setAccount] = useState(props.account);
  const [root, setRoot] = useState(false);
  const [userName, setUserName] = useState("");
  const [password, setPassword] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit({ account: account.trim(), root, password, ...(root ? {} : { userName }) });
  };
  return (
    <form onSubmit={submit} aria-label="Sign in">
      <h1>Sign in</h1>
      <fieldset className="choice">
        <legend>Sign in as</legend>
        <label>
          <input type="radio" name="who" checked={!root} onChange={() => setRoot(false)} /> IAM user
        </label>
        <label>
          <input type="radio" name="who" checked={root} onChange={() => setRoot(true)} /> Root user
        </label>
      </fieldset>
      <label htmlFor="account">Account ID or alias</label>
      <input
        id="account"
        name="account"
        autoComplete="organization"
        required
        value={account}
        onChange={(e) => setAccount(e.target.value)}
      />
      {root ? null : (
        <>
          <label htmlFor="userName">IAM user name</label>
          <input
            id="userName"
            name="userName"
            autoComplete="username"
            required
            value={userName}
            onChange={(e) => setUserName(e.target.value)}
          />
        </>
      )}
      <label htmlFor="password">Password</label>
      <input
        id="password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <button type="submit" disabled={props.busy}>
        Sign in
      </button>
    </form>
  );
}

function MfaForm(props: { busy: boolean; onSubmit(code: string): void }) {
  const [code, setCode] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit(code.trim());
  };
  return (
    <form onSubmit={submit} aria-label="Multi-factor authentication">
      <h1>Multi-factor authentication</h1>
      <p>Enter the 6-digit code your authenticator app shows for this account.</p>
      <label htmlFor="mfaCode">MFA code</label>
      <input
        id="mfaCode"
        name="mfaCode"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]{6}"
        maxLength={6}
        required
        autoFocus
        value={code}
        onChange={(e) => setCode(e.target.value)}
      />
      <button type="submit" disabled={props.busy}>
        Submit
      </button>
    </form>
  );
}

function NewPasswordForm(props: {
  busy: boolean;
  reason: SignInStep["reason"];
  onSubmit(oldPassword: string, newPassword: string): void;
  onMismatch(): void;
}) {
  const [oldPassword, setOldPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (newPassword !== confirm) props.onMismatch();
    else props.onSubmit(oldPassword, newPassword);
  };
  return (
    <form onSubmit={submit} aria-label="Set a new password">
      <h1>Set a new password</h1>
      <p>
        {props.reason === "expired"
          ? "Your password has expired."
          : "Your administrator requires you to set a new password."}{" "}
        It must follow the account's password policy.
      </p>
      <label htmlFor="oldPassword">Old password</label>
      <input
        id="oldPassword"
        type="password"
        autoComplete="current-password"
        required
        value={oldPassword}
        onChange={(e) => setOldPassword(e.target.value)}
      />
      <label htmlFor="newPassword">New password</label>
      <input
        id="newPassword"
        type="password"
        autoComplete="new-password"
        required
        value={newPassword}
        onChange={(e) => setNewPassword(e.target.value)}
      />
      <label htmlFor="confirmPassword">Retype new password</label>
      <input
        id="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        value={confirm}
        onChange={(e) => setConfirm(e.target.value)}
      />
      <button type="submit" disabled={props.busy}>
        Set password and continue
      </button>
    </form>
  );
}
