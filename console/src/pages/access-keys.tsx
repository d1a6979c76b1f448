/**
 * Access keys of a user (or, without userName, of the signed-in principal):
 * status, age and last use; create (the secret is shown once, with a CSV),
 * deactivate or activate, delete.
 */
import { useEffect, useState } from "react";
import { callIam } from "../api";
import { ErrorNote } from "../components";
import { csvField, downloadFile, useRunner } from "../forms";
import { useIamCall } from "../use-call";

interface Key {
  AccessKeyId: string;
  Status: "Active" | "Inactive";
  CreateDate?: string;
}

interface LastUsed {
  LastUsedDate?: string;
  ServiceName?: string;
  Region?: string;
}

export function AccessKeys(props: { userName?: string }) {
  const who = props.userName === undefined ? {} : { UserName: props.userName };
  const keys = useIamCall<{ AccessKeyMetadata?: Key[] }>("ListAccessKeys", who);
  const [fresh, setFresh] = useState<{ id: string; secret: string }>();
  const runner = useRunner();
  const create = () =>
    void runner
      .run(async () => {
        const made = await callIam<{ AccessKey: { AccessKeyId: string; SecretAccessKey: string } }>(
          "CreateAccessKey",
          who,
        );
        setFresh({ id: made.AccessKey.AccessKeyId, secret: made.AccessKey.SecretAccessKey });
      })
      .then(keys.reload);
  const act = (action: string, input: Record<string, unknown>) =>
    void runner.run(() => callIam(action, { ...who, ...input })).then(keys.reload);
  return (
    <div className="panel">
      <h2>Access keys</h2>
      <ErrorNote error={keys.error} />
      <table className="list" aria-label="Access keys">
        <thead>
          <tr>
            <th>Access key ID</th>
            <th>Status</th>
            <th>Created</th>
            <th>Last used</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {(keys.data?.AccessKeyMetadata ?? []).map((k) => (
            <tr key={k.AccessKeyId}>
              <td>{k.AccessKeyId}</td>
              <td>{k.Status}</td>
              <td>{k.CreateDate ?? ""}</td>
              <td>
                <KeyLastUsed id={k.AccessKeyId} />
              </td>
              <td>
                <button
                  type="button"
                  className="secondary small"
                  onClick={() =>
                    act("UpdateAccessKey", {
                      AccessKeyId: k.AccessKeyId,
                      Status: k.Status === "Active" ? "Inactive" : "Active",
                    })
                  }
                >
                  {k.Status === "Active" ? "Deactivate" : "Activate"} {k.AccessKeyId}
                </button>{" "}
                <button
                  type="button"
                  className="secondary small"
                  disabled={k.Status === "Active"}
                  title={k.Status === "Active" ? "Deactivate the key first" : undefined}
                  onClick={() => act("DeleteAccessKey", { AccessKeyId: k.AccessKeyId })}
                >
                  Delete {k.AccessKeyId}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {fresh === undefined ? null : (
        <div className="callout" data-testid="new-access-key">
          <p>
            Access key <strong>{fresh.id}</strong>, secret access key{" "}
            <span className="secret">{fresh.secret}</span>. This is the only time the secret can be
            seen.
          </p>
          <button
            type="button"
            className="secondary small"
            onClick={() => downloadAccessKey(fresh.id, fresh.secret)}
          >
            Download .csv file
          </button>{" "}
          <button type="button" className="secondary small" onClick={() => setFresh(undefined)}>
            Done
          </button>
        </div>
      )}
      <button type="button" disabled={runner.busy} onClick={create}>
        Create access key
      </button>
      <ErrorNote error={runner.error} />
    </div>
  );
}

function KeyLastUsed(props: { id: string }) {
  const [used, setUsed] = useState<LastUsed>();
  useEffect(() => {
    callIam<{ AccessKeyLastUsed?: LastUsed }>("GetAccessKeyLastUsed", {
      AccessKeyId: props.id,
    }).then(
      (r) => setUsed(r.AccessKeyLastUsed ?? {}),
      () => setUsed({}),
    );
  }, [props.id]);
  if (used?.LastUsedDate === undefined) return <span className="muted">Never</span>;
  return (
    <span>
      {used.LastUsedDate} ({used.ServiceName ?? "?"}, {used.Region ?? "?"})
    </span>
  );
}

/** The CSV AWS's console offers for a new access key. */
export function downloadAccessKey(id: string, secret: string): void {
  const csv = `Access key ID,Secret access key\n${csvField(id)},${csvField(secret)}\n`;
  downloadFile(`${id}_accessKeys.csv`, csv);
}
