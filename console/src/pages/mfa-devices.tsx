/**
 * A principal's MFA devices: an IAM user's (userName) or, without one, the
 * signed-in principal's own (the root user's included). Lists them, assigns
 * a virtual device (a QR code to scan, or the secret key to type, then two
 * consecutive codes), deactivates and deletes. A device whose enabling
 * fails is deleted again, so nothing is left half-assigned.
 */
import { useState, type FormEvent } from "react";
import { callIam } from "../api";
import { ErrorNote, Loading } from "../components";
import { Field, useRunner } from "../forms";
import { useSession } from "../session";
import { useIamCall } from "../use-call";

interface MfaDevice {
  SerialNumber: string;
  EnableDate?: string;
}

export function MfaDevices(props: { userName?: string }) {
  const input = props.userName === undefined ? {} : { UserName: props.userName };
  const devices = useIamCall<{ MFADevices?: MfaDevice[] }>("ListMFADevices", input);
  const [assigning, setAssigning] = useState(false);
  const runner = useRunner();
  const remove = (serial: string) =>
    void runner
      .run(async () => {
        await callIam("DeactivateMFADevice", { ...input, SerialNumber: serial });
        if (serial.includes(":mfa/")) {
          await callIam("DeleteVirtualMFADevice", { SerialNumber: serial });
        }
      })
      .then(devices.reload);
  if (devices.error !== undefined) return <ErrorNote error={devices.error} />;
  if (devices.data === undefined) return <Loading />;
  const list = devices.data.MFADevices ?? [];
  return (
    <div>
      {list.length === 0 ? (
        <p className="muted" data-testid="mfa-none">
          No MFA device assigned.
        </p>
      ) : (
        <table className="list" aria-label="MFA devices">
          <tbody>
            {list.map((d) => (
              <tr key={d.SerialNumber}>
                <td>
                  <code>{d.SerialNumber}</code>
                </td>
                <td>{d.EnableDate === undefined ? "" : `Assigned ${d.EnableDate}`}</td>
                <td>
                  <button
                    type="button"
                    className="secondary small"
                    disabled={runner.busy}
                    onClick={() => remove(d.SerialNumber)}
                  >
                    Remove MFA device
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ErrorNote error={runner.error} />
      {assigning ? (
        <AssignDevice
          {...props}
          onDone={() => {
            setAssigning(false);
            devices.reload();
          }}
        />
      ) : (
        <button type="button" onClick={() => setAssigning(true)}>
          Assign MFA device
        </button>
      )}
    </div>
  );
}

interface Created {
  SerialNumber: string;
  Base32StringSeed: string;
  QRCodePNG: string;
}

function AssignDevice(props: { userName?: string; onDone(): void }) {
  const session = useSession();
  // EnableMFADevice names the owner: the user, or (for the root user) the account id.
  const owner =
    props.userName ??
    (session.principal.type === "root" ? session.accountId : (session.principal.userName ?? ""));
  const [name, setName] = useState(props.userName ?? "root-account-mfa-device");
  const [device, setDevice] = useState<Created>();
  const [showSecret, setShowSecret] = useState(false);
  const [code1, setCode1] = useState("");
  const [code2, setCode2] = useState("");
  const creating = useRunner();
  const enabling = useRunner();
  const create = (event: FormEvent) => {
    event.preventDefault();
    setCode1("");
    setCode2("");
    void creating.run(async () => {
      const made = await callIam<{ VirtualMFADevice: Created }>("CreateVirtualMFADevice", {
        VirtualMFADeviceName: name,
      });
      // Blobs come base64-encoded: the seed is base32 text inside.
      const seed = atob(made.VirtualMFADevice.Base32StringSeed);
      setDevice({ ...made.VirtualMFADevice, Base32StringSeed: seed });
      enabling.setError(undefined);
    });
  };
  const enable = (event: FormEvent) => {
    event.preventDefault();
    if (device === undefined) return;
    void enabling
      .run(async () => {
        try {
          await callIam("EnableMFADevice", {
            UserName: owner,
            SerialNumber: device.SerialNumber,
            AuthenticationCode1: code1,
            AuthenticationCode2: code2,
          });
        } catch (err) {
          // Not left behind half-assigned: the next try makes a new one.
          await callIam("DeleteVirtualMFADevice", { SerialNumber: device.SerialNumber }).catch(
            () => undefined,
          );
          setDevice(undefined);
          throw err;
        }
      })
      .then((ok) => ok && props.onDone());
  };
  return (
    <div className="panel">
      <h3>Assign a virtual MFA device</h3>
      {device === undefined ? (
        <form aria-label="Name the MFA device" onSubmit={create}>
          <Field id="mfa-device-name" label="Device name" error={creating.error}>
            <input id="mfa-device-name" value={name} onChange={(e) => setName(e.target.value)} />
          </Field>
          <ErrorNote error={enabling.error} />
          <button type="submit" disabled={creating.busy}>
            Next
          </button>{" "}
          <button type="button" className="secondary" onClick={props.onDone}>
            Cancel
          </button>
        </form>
      ) : (
        <form aria-label="Enable the MFA device" onSubmit={enable}>
          <ol>
            <li>Install an authenticator app (Google Authenticator, Authy, 1Password…).</li>
            <li>
              Scan this QR code with it, or type the secret key.
              <div>
                <img
                  src={`data:image/png;base64,${device.QRCodePNG}`}
                  alt="QR code of the MFA device"
                  width={200}
                  height={200}
                />
              </div>
              <button
                type="button"
                className="secondary small"
                onClick={() => setShowSecret(!showSecret)}
              >
                {showSecret ? "Hide secret key" : "Show secret key"}
              </button>
              {showSecret ? (
                <p>
                  Secret key:{" "}
                  <span className="secret" data-testid="mfa-secret">
                    {device.Base32StringSeed}
                  </span>
                </p>
              ) : null}
            </li>
            <li>Enter two consecutive codes from the app.</li>
          </ol>
          <Field id="mfa-code-1" label="MFA code 1">
            <input
              id="mfa-code-1"
              inputMode="numeric"
              autoComplete="one-time-code"
              value={code1}
              onChange={(e) => setCode1(e.target.value.trim())}
            />
          </Field>
          <Field id="mfa-code-2" label="MFA code 2" error={enabling.error}>
            <input
              id="mfa-code-2"
              inputMode="numeric"
              autoComplete="one-time-code"
              value={code2}
              onChange={(e) => setCode2(e.target.value.trim())}
            />
          </Field>
          <button type="submit" disabled={enabling.busy}>
            Add MFA
          </button>
        </form>
      )}
    </div>
  );
}
