/**
 * A principal's MFA devices: an IAM user's (userName) or, without one, the
 * signed-in principal's own (the root user's included). Lists them
 * (ListMFADevices), assigns a virtual device (mfa-assign.tsx), resynchronizes
 * one (ResyncMFADevice), and removes one after a confirmation: deactivated
 * (DeactivateMFADevice), then deleted when virtual (DeleteVirtualMFADevice).
 */
import { useState, type FormEvent } from "react";
import { callIam } from "../api";
import { ErrorNote, Loading } from "../components";
import { useRunner } from "../forms";
import { useIamCall } from "../use-call";
import { AssignDevice, CodeField, useMfaOwner } from "./mfa-assign";

interface MfaDevice {
  SerialNumber: string;
  EnableDate?: string;
}

type Open = { kind: "remove" | "resync"; serial: string } | undefined;

export function MfaDevices(props: { userName?: string }) {
  const input = props.userName === undefined ? {} : { UserName: props.userName };
  const devices = useIamCall<{ MFADevices?: MfaDevice[] }>("ListMFADevices", input);
  const [assigning, setAssigning] = useState(false);
  const [open, setOpen] = useState<Open>();
  const done = () => {
    setOpen(undefined);
    devices.reload();
  };
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
          <thead>
            <tr>
              <th>Device</th>
              <th>Assigned</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((d) => (
              <tr key={d.SerialNumber}>
                <td>
                  <code>{d.SerialNumber}</code>
                </td>
                <td>{d.EnableDate ?? ""}</td>
                <td>
                  <button
                    type="button"
                    className="secondary small"
                    onClick={() => setOpen({ kind: "resync", serial: d.SerialNumber })}
                  >
                    Resync MFA device
                  </button>{" "}
                  <button
                    type="button"
                    className="secondary small"
                    onClick={() => setOpen({ kind: "remove", serial: d.SerialNumber })}
                  >
                    Remove MFA device
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open?.kind === "remove" ? (
        <RemoveDevice {...input} serial={open.serial} onDone={done} />
      ) : open?.kind === "resync" ? (
        <ResyncDevice {...props} serial={open.serial} onDone={done} />
      ) : null}
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

function RemoveDevice(props: { UserName?: string; serial: string; onDone(): void }) {
  const runner = useRunner();
  const virtual = props.serial.includes(":mfa/");
  const remove = () =>
    void runner
      .run(async () => {
        await callIam("DeactivateMFADevice", {
          ...(props.UserName === undefined ? {} : { UserName: props.UserName }),
          SerialNumber: props.serial,
        });
        if (virtual) await callIam("DeleteVirtualMFADevice", { SerialNumber: props.serial });
      })
      .then((ok) => ok && props.onDone());
  return (
    <div className="panel danger" role="dialog" aria-label="Remove the MFA device">
      <p>
        Remove <code>{props.serial}</code>? It is deactivated
        {virtual ? " and deleted" : ""}; signing in no longer asks for its codes, and policies that
        require MFA stop allowing this principal until a device is assigned again.
      </p>
      <ErrorNote error={runner.error} />
      <button type="button" className="danger" disabled={runner.busy} onClick={remove}>
        {virtual ? "Deactivate and delete" : "Deactivate"}
      </button>{" "}
      <button type="button" className="secondary" onClick={props.onDone}>
        Cancel
      </button>
    </div>
  );
}

/** ResyncMFADevice: two fresh consecutive codes of a device whose clock drifted. */
function ResyncDevice(props: { userName?: string; serial: string; onDone(): void }) {
  const owner = useMfaOwner(props.userName);
  const [code1, setCode1] = useState("");
  const [code2, setCode2] = useState("");
  const runner = useRunner();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void runner
      .run(() =>
        callIam("ResyncMFADevice", {
          UserName: owner,
          SerialNumber: props.serial,
          AuthenticationCode1: code1,
          AuthenticationCode2: code2,
        }),
      )
      .then((ok) => ok && props.onDone());
  };
  return (
    <form className="panel" aria-label="Resync the MFA device" onSubmit={submit}>
      <p>
        Resync <code>{props.serial}</code>: enter two consecutive codes from the app.
      </p>
      <CodeField id="resync-code-1" label="Resync code 1" value={code1} onChange={setCode1} />
      <CodeField
        id="resync-code-2"
        label="Resync code 2"
        value={code2}
        onChange={setCode2}
        error={runner.error}
      />
      <button type="submit" disabled={runner.busy}>
        Resync
      </button>{" "}
      <button type="button" className="secondary" onClick={props.onDone}>
        Cancel
      </button>
    </form>
  );
}
