/**
 * One managed policy's page: summary, the default version's document,
 * versions (show, set as default, delete; edit makes a new default
 * version), the entities it is attached to; a customer managed policy can
 * be deleted, its attachments and older versions first.
 */
import { useState } from "react";
import { callIam } from "../api";
import { ErrorNote, Loading } from "../components";
import { DeleteDialog, PolicyDocument, useRunner } from "../forms";
import { listAll } from "../lists";
import { PATHS } from "../paths";
import { Link, navigate } from "../router";
import { useIamCall } from "../use-call";
import { PolicyEditor } from "./policy-editor";

interface Policy {
  PolicyName: string;
  Arn: string;
  Description?: string;
  DefaultVersionId?: string;
  AttachmentCount?: number;
  CreateDate?: string;
  UpdateDate?: string;
}

interface Version {
  VersionId: string;
  IsDefaultVersion?: boolean;
  CreateDate?: string;
  Document?: string;
}

interface Entities {
  PolicyGroups?: { GroupName: string }[];
  PolicyUsers?: { UserName: string }[];
  PolicyRoles?: { RoleName: string }[];
}

export function PolicyPage(props: { arn: string }) {
  const policy = useIamCall<{ Policy: Policy }>("GetPolicy", { PolicyArn: props.arn });
  const versions = useIamCall<{ Versions?: Version[] }>("ListPolicyVersions", {
    PolicyArn: props.arn,
  });
  const entities = useIamCall<Entities>("ListEntitiesForPolicy", { PolicyArn: props.arn });
  const p = policy.data?.Policy;
  const document = useIamCall<{ PolicyVersion?: Version }>("GetPolicyVersion", {
    PolicyArn: props.arn,
    VersionId: p?.DefaultVersionId ?? "v1",
  });
  const [shown, setShown] = useState<string>();
  const [editing, setEditing] = useState<string>();
  const [deleting, setDeleting] = useState<{ labels: string[]; run: () => Promise<void> }>();
  const runner = useRunner();
  if (policy.error) return <ErrorNote error={policy.error} />;
  if (p === undefined) return <Loading />;
  const custom = !p.Arn.startsWith("arn:aws:iam::aws:");
  const reload = () => {
    policy.reload();
    versions.reload();
    document.reload();
  };
  const act = (action: string, input: Record<string, unknown>) =>
    void runner.run(() => callIam(action, { PolicyArn: p.Arn, ...input })).then(reload);
  const saveVersion = () =>
    void runner
      .run(() =>
        callIam("CreatePolicyVersion", {
          PolicyArn: p.Arn,
          PolicyDocument: editing ?? "",
          SetAsDefault: true,
        }),
      )
      .then((ok) => {
        if (!ok) return;
        setEditing(undefined);
        reload();
      });
  const startDelete = () =>
    void runner.run(async () => {
      const who = { PolicyArn: p.Arn };
      const e = entities.data ?? {};
      const old = await listAll<Version>("ListPolicyVersions", "Versions", who);
      const steps = [
        ...(e.PolicyUsers ?? []).map((u) => ({
          label: `Attachment to user ${u.UserName}`,
          run: () => callIam("DetachUserPolicy", { ...who, UserName: u.UserName }),
        })),
        ...(e.PolicyGroups ?? []).map((g) => ({
          label: `Attachment to group ${g.GroupName}`,
          run: () => callIam("DetachGroupPolicy", { ...who, GroupName: g.GroupName }),
        })),
        ...(e.PolicyRoles ?? []).map((r) => ({
          label: `Attachment to role ${r.RoleName}`,
          run: () => callIam("DetachRolePolicy", { ...who, RoleName: r.RoleName }),
        })),
        ...old
          .filter((v) => v.IsDefaultVersion !== true)
          .map((v) => ({
            label: `Version ${v.VersionId}`,
            run: () => callIam("DeletePolicyVersion", { ...who, VersionId: v.VersionId }),
          })),
      ];
      setDeleting({
        labels: steps.map((s) => s.label),
        run: async () => {
          for (const s of steps) await s.run();
          await callIam("DeletePolicy", who);
        },
      });
    });
  const text = document.data?.PolicyVersion?.Document ?? "";
  return (
    <section>
      <p>
        <Link to={PATHS.policies}>Policies</Link> › {p.PolicyName}
      </p>
      <h1>{p.PolicyName}</h1>
      <dl className="summary">
        <dt>ARN</dt>
        <dd>{p.Arn}</dd>
        <dt>Type</dt>
        <dd>{custom ? "Customer managed" : "AWS managed"}</dd>
        <dt>Description</dt>
        <dd>{p.Description ?? ""}</dd>
        <dt>Attachments</dt>
        <dd>{p.AttachmentCount ?? 0}</dd>
        <dt>Created / updated</dt>
        <dd>
          {p.CreateDate ?? ""} / {p.UpdateDate ?? ""}
        </dd>
      </dl>
      {custom ? (
        <button type="button" className="danger" disabled={runner.busy} onClick={startDelete}>
          Delete policy
        </button>
      ) : null}
      {/* While the delete dialog is open, it shows the refusal itself. */}
      {deleting === undefined ? <ErrorNote error={runner.error} /> : null}
      {deleting === undefined ? null : (
        <DeleteDialog
          kind="policy"
          name={p.PolicyName}
          dependents={deleting.labels}
          runner={runner}
          onCancel={() => setDeleting(undefined)}
          onDelete={() =>
            void runner.run(deleting.run).then((ok) => ok && navigate(PATHS.policies))
          }
        />
      )}
      <div className="panel">
        <h2>Permissions ({p.DefaultVersionId})</h2>
        <ErrorNote error={document.error} />
        {editing === undefined ? (
          <>
            <PolicyDocument text={text} />
            {custom ? (
              <button type="button" onClick={() => setEditing(pretty(text))}>
                Edit policy
              </button>
            ) : null}
          </>
        ) : (
          <form
            aria-label="Edit policy"
            onSubmit={(e) => {
              e.preventDefault();
              saveVersion();
            }}
          >
            <PolicyEditor
              id="policy-version-document"
              label="Policy document"
              value={editing}
              onChange={setEditing}
            />
            <button type="submit" disabled={runner.busy}>
              Save as new default version
            </button>{" "}
            <button type="button" className="secondary" onClick={() => setEditing(undefined)}>
              Cancel
            </button>
          </form>
        )}
      </div>
      <div className="panel">
        <h2>Policy versions</h2>
        <ErrorNote error={versions.error} />
        <table className="list" aria-label="Policy versions">
          <tbody>
            {(versions.data?.Versions ?? []).map((v) => (
              <tr key={v.VersionId}>
                <td>
                  {v.VersionId}
                  {v.IsDefaultVersion ? " (default)" : ""}
                </td>
                <td>{v.CreateDate ?? ""}</td>
                <td>
                  <button
                    type="button"
                    className="secondary small"
                    onClick={() =>
                      void runner.run(async () => {
                        const got = await callIam<{ PolicyVersion?: Version }>("GetPolicyVersion", {
                          PolicyArn: p.Arn,
                          VersionId: v.VersionId,
                        });
                        setShown(got.PolicyVersion?.Document ?? "");
                      })
                    }
                  >
                    Show {v.VersionId}
                  </button>{" "}
                  {custom && !v.IsDefaultVersion ? (
                    <>
                      <button
                        type="button"
                        className="secondary small"
                        onClick={() => act("SetDefaultPolicyVersion", { VersionId: v.VersionId })}
                      >
                        Set {v.VersionId} as default
                      </button>{" "}
                      <button
                        type="button"
                        className="secondary small"
                        onClick={() => act("DeletePolicyVersion", { VersionId: v.VersionId })}
                      >
                        Delete {v.VersionId}
                      </button>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown === undefined ? null : <PolicyDocument text={shown} label="Version document" />}
      </div>
      <div className="panel">
        <h2>Entities attached</h2>
        <ErrorNote error={entities.error} />
        <ul data-testid="policy-entities">
          {(entities.data?.PolicyUsers ?? []).map((u) => (
            <li key={`u-${u.UserName}`}>User {u.UserName}</li>
          ))}
          {(entities.data?.PolicyGroups ?? []).map((g) => (
            <li key={`g-${g.GroupName}`}>Group {g.GroupName}</li>
          ))}
          {(entities.data?.PolicyRoles ?? []).map((r) => (
            <li key={`r-${r.RoleName}`}>Role {r.RoleName}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}

function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
