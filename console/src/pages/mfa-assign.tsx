/**
 * Assigning a virtual MFA device: name it (CreateVirtualMFADevice), scan the
 * QR code or type the secret key, enter two consecutive codes
 * (EnableMFADevice). A device that is not enabled in the end — the codes
 * refused, the form cancelled or left — is deleted again
 * (DeleteVirtualMFADevice), so nothing is left half-assigned.
 */
import { useEffect, useRef, useState, type FormEvent } from "react";
import { callIam, type ApiFailure } from "../api";
import { Field, useRunner } from "../forms";
import { useSession } from "../session";
import { asFailure } from "../use-call";

interface Created {
  SerialNumber: string;
  Base32StringSeed: string;
  QRCodePNG: string;
}

/**
 * The UserName EnableMFADevice and ResyncMFADevice take: the user's, or for
 * the root user the account id (src/iam/mfa-devices-common.ts).
 */
export function useMfaOwner(userName: string | undefined): string {
  const session = useSession();
  if (userName !== undefined) return userName;
  return session.principal.type === "root" ? session.accountId : (session.principal.userName ?? "");
}

const forget = (serial: string) =>
  callIam("DeleteVirtualMFADevice", { SerialNumber: serial }).catch(() => undefined);

export function AssignDevice(props: { userName?: string; onDone(): void }) {
  const owner = useMfaOwner(props.userName);
  const [name, setName] = useState(props.userName ?? "root-account-mfa-device");
  const [device, setDevice] = useState<Created>();
  const [refused, setRefused] = useState<{ codes: [string, string]; error: ApiFailure }>();
  const creating = useRunner();
  const enabling = useRunner();
  // The device made but not enabled yet: deleted if the form goes away.
  const pending = useRef<string | undefined>(undefined);
  useEffect(
    () => () => {
      if (pending.current !== undefined) void forget(pending.current);
    },
    [],
  );

  const create = (event: FormEvent) => {
    event.preventDefault();
    setRefused(undefined);
    void creating.run(async () => {
      const made = await callIam<{ VirtualMFADevice: Created }>("CreateVirtualMFADevice", {
        VirtualMFADeviceName: name.trim(),
      });
      pending.current = made.VirtualMFADevice.SerialNumber;
      // Blobs come base64-encoded: the seed is base32 text inside.
      const seed = atob(made.VirtualMFADevice.Base32StringSeed);
      setDevice({ ...made.VirtualMFADevice, Base32StringSeed: seed });
    });
  };
  const enable = (code1: string, code2: string) => {
    if (device === undefined) return;
    void enabling.run(async () => {
      try {
        await callIam("EnableMFADevice", {
          UserName: owner,
          SerialNumber: device.SerialNumber,
          AuthenticationCode1: code1,
          AuthenticationCode2: code2,
        });
      } catch (err) {
        await forget(device.SerialNumber);
        pending.current = undefined;
        setDevice(undefined);
        setRefused({ codes: [code1, code2], error: asFailure(err) });
        return;
      }
      pending.current = undefined;
      props.onDone();
    });
  };
  const cancel = () => {
    if (pending.current !== undefined) void forget(pending.current);
    pending.current = undefined;
    props.onDone();
  };

  return (
    <div className="panel">
      <h3>Assign a virtual MFA device</h3>
      {device !== undefined ? (
        <EnableForm device={device} busy={enabling.busy} onEnable={enable} onCancel={cancel} />
      ) : (
        <>
          {refused === undefined ? null : <Refused {...refused} />}
          <form aria-label="Name the MFA device" onSubmit={create}>
            <Field
              id="mfa-device-name"
              label="Device name"
              hint="Unique in the account; letters, digits and +=,.@_-"
              error={creating.error}
            >
              <input id="mfa-device-name" value={name} onChange={(e) => setName(e.target.value)} />
            </Field>
            <button type="submit" disabled={creating.busy}>
              Next
            </button>{" "}
            <button type="button" className="secondary" onClick={cancel}>
              Cancel
            </button>
          </form>
        </>
      )}
    </div>
  );
}

/** The refused codes with AWS's error beside them; the device is gone. */
function Refused(props: { codes: [string, string]; error: ApiFailure }) {
  return (
    <div className="mfa-refused" data-testid="mfa-refused">
      <Field id="mfa-refused-1" label="Refused code 1">
        <input id="mfa-refused-1" value={props.codes[0]} readOnly />
      </Field>
      <Field id="mfa-refused-2" label="Refused code 2" error={props.error}>
        <input id="mfa-refused-2" value={props.codes[1]} readOnly />
      </Field>
      <p className="muted">
        The device was deleted, so nothing is left half-assigned. Make a new one to try again (the
        QR code and secret key change).
      </p>
    </div>
  );
}

function EnableForm(props: {
  device: Created;
  busy: boolean;
  onEnable(code1: string, code2: string): void;
  onCancel(): void;
}) {
  const [showSecret, setShowSecret] = useState(false);
  const [code1, setCode1] = useState("");
  const [code2, setCode2] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onEnable(code1, code2);
  };
  return (
    <form aria-label="Enable the MFA device" onSubmit={submit}>
      <ol>
        <li>Install an authenticator app (Google Authenticator, Authy, 1Password…).</li>
        <li>
          Scan this QR code with it, or type the secret key.
          <div>
            <img
              src={`data:image/png;base64,${props.device.QRCodePNG}`}
              alt="QR code of the MFA device"
              width={200}
              height={200}
            />
          </div>
          <button
            type="button"
            className="secondary small"
            aria-expanded={showSecret}
            onClick={() => setShowSecret(!showSecret)}
          >
            {showSecret ? "Hide secret key" : "Show secret key"}
          </button>
          {showSecret ? (
            <p>
              Secret key:{" "}
              <span className="secret" data-testid="mfa-secret">
                {props.device.Base32StringSeed}
              </span>
            </p>
          ) : null}
        </li>
        <li>Enter two consecutive codes from the app.</li>
      </ol>
      <CodeField id="mfa-code-1" label="MFA code 1" value={code1} onChange={setCode1} />
      <CodeField id="mfa-code-2" label="MFA code 2" value={code2} onChange={setCode2} />
      <button type="submit" disabled={props.busy}>
        Add MFA
      </button>{" "}
      <button type="button" className="secondary" onClick={props.onCancel}>
        Cancel
      </button>
    </form>
  );
}

/** A six-digit code input. */
export function CodeField(props: {
  id: string;
  label: string;
  value: string;
  error?: ApiFailure | undefined;
  onChange(value: string): void;
}) {
  return (
    <Field id={props.id} label={props.label} error={props.error}>
      <input
        id={props.id}
        inputMode="numeric"
        autoComplete="one-time-code"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value.trim())}
      />
    </Field>
  );
}
