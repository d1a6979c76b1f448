/**
 * One role's page: summary (last activity, instance profiles), the trust
 * policy (shown and editable), permissions, tags; delete, listing first
 * what goes with the role.
 */
import { useState } from "react";
import { callIam } from "../api";
import { ErrorNote, Loading } from "../components";
import { DeleteDialog, PolicyDocument, Tabs, useRunner } from "../forms";
import { listAll } from "../lists";
import { PATHS } from "../paths";
import { Link, navigate } from "../router";
import { useIamCall } from "../use-call";
import { PolicyEditor } from "./policy-editor";
import { EntityPermissions } from "./entity-permissions";
import { EntityTags } from "./entity-tags";

type Tab = "permissions" | "trust" | "tags";
const TABS: readonly { id: Tab; title: string }[] = [
  { id: "permissions", title: "Permissions" },
  { id: "trust", title: "Trust relationships" },
  { id: "tags", title: "Tags" },
];

interface Role {
  RoleName: string;
  Arn: string;
  Description?: string;
  CreateDate?: string;
  MaxSessionDuration?: number;
  AssumeRolePolicyDocument?: string;
  RoleLastUsed?: { LastUsedDate?: string; Region?: string };
}

export function RolePage(props: { name: string }) {
  const role = useIamCall<{ Role: Role }>("GetRole", { RoleName: props.name });
  const profiles = useIamCall<{
    InstanceProfiles?: { InstanceProfileName: string; Arn: string }[];
  }>("ListInstanceProfilesForRole", { RoleName: props.name });
  const [tab, setTab] = useState<Tab>("permissions");
  const [deleting, setDeleting] = useState<{ labels: string[]; run: () => Promise<void> }>();
  const runner = useRunner();
  if (role.error) return <ErrorNote error={role.error} />;
  if (role.data === undefined) return <Loading />;
  const r = role.data.Role;
  const profileList = profiles.data?.InstanceProfiles ?? [];
  const startDelete = () =>
    void runner.run(async () => {
      const who = { RoleName: r.RoleName };
      const inline = await listAll<string>("ListRolePolicies", "PolicyNames", who);
      const attached = await listAll<{ PolicyArn: string; PolicyName: string }>(
        "ListAttachedRolePolicies",
        "AttachedPolicies",
        who,
      );
      const steps = [
        ...profileList.flatMap((p) => [
          {
            label: `Membership of instance profile ${p.InstanceProfileName}`,
            run: () =>
              callIam("RemoveRoleFromInstanceProfile", {
                ...who,
                InstanceProfileName: p.InstanceProfileName,
              }),
          },
          // The profile the console made with the role goes with it, as in AWS's console.
          ...(p.InstanceProfileName === r.RoleName
            ? [
                {
                  label: `Instance profile ${p.InstanceProfileName}`,
                  run: () =>
                    callIam("DeleteInstanceProfile", {
                      InstanceProfileName: p.InstanceProfileName,
                    }),
                },
              ]
            : []),
        ]),
        ...inline.map((n) => ({
          label: `Inline policy ${n}`,
          run: () => callIam("DeleteRolePolicy", { ...who, PolicyName: n }),
        })),
        ...attached.map((p) => ({
          label: `Attached policy ${p.PolicyName}`,
          run: () => callIam("DetachRolePolicy", { ...who, PolicyArn: p.PolicyArn }),
        })),
      ];
      setDeleting({
        labels: steps.map((s) => s.label),
        run: async () => {
          for (const s of steps) await s.run();
          await callIam("DeleteRole", who);
        },
      });
    });
  return (
    <section>
      <p>
        <Link to={PATHS.roles}>Roles</Link> › {r.RoleName}
      </p>
      <h1>{r.RoleName}</h1>
      <dl className="summary">
        <dt>ARN</dt>
        <dd data-testid="role-arn">{r.Arn}</dd>
        <dt>Description</dt>
        <dd>{r.Description ?? ""}</dd>
        <dt>Created</dt>
        <dd>{r.CreateDate ?? ""}</dd>
        <dt>Maximum session duration</dt>
        <dd>{r.MaxSessionDuration ?? 3600} seconds</dd>
        <dt>Last activity</dt>
        <dd>
          {r.RoleLastUsed?.LastUsedDate === undefined
            ? "None"
            : `${r.RoleLastUsed.LastUsedDate} (${r.RoleLastUsed.Region ?? ""})`}
        </dd>
        <dt>Instance profiles</dt>
        <dd data-testid="instance-profiles">
          {profileList.length === 0 ? "None" : profileList.map((p) => p.Arn).join(", ")}
        </dd>
      </dl>
      <button type="button" className="danger" disabled={runner.busy} onClick={startDelete}>
        Delete role
      </button>
      {/* While the delete dialog is open, it shows the refusal itself. */}
      {deleting === undefined ? <ErrorNote error={runner.error} /> : null}
      {deleting === undefined ? null : (
        <DeleteDialog
          kind="role"
          name={r.RoleName}
          dependents={deleting.labels}
          runner={runner}
          onCancel={() => setDeleting(undefined)}
          onDelete={() => void runner.run(deleting.run).then((ok) => ok && navigate(PATHS.roles))}
        />
      )}
      <Tabs<Tab> tabs={TABS} current={tab} onChange={setTab} />
      {tab === "permissions" ? <EntityPermissions kind="role" name={r.RoleName} /> : null}
      {tab === "trust" ? (
        <TrustPolicy
          name={r.RoleName}
          text={r.AssumeRolePolicyDocument ?? ""}
          reload={role.reload}
        />
      ) : null}
      {tab === "tags" ? <EntityTags kind="role" name={r.RoleName} /> : null}
    </section>
  );
}

function TrustPolicy(props: { name: string; text: string; reload(): void }) {
  const pretty = (() => {
    try {
      return JSON.stringify(JSON.parse(props.text), null, 2);
    } catch {
      return props.text;
    }
  })();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(pretty);
  const runner = useRunner();
  const save = () =>
    void runner
      .run(() => callIam("UpdateAssumeRolePolicy", { RoleName: props.name, PolicyDocument: text }))
      .then((ok) => {
        if (!ok) return;
        setEditing(false);
        props.reload();
      });
  if (!editing) {
    return (
      <div className="panel">
        <h2>Trusted entities</h2>
        <PolicyDocument text={props.text} label="Trust policy" />
        <button
          type="button"
          onClick={() => {
            setText(pretty);
            setEditing(true);
          }}
        >
          Edit trust policy
        </button>
      </div>
    );
  }
  return (
    <form
      className="panel"
      aria-label="Edit trust policy"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <PolicyEditor
        id="trust-policy"
        label="Trust policy document"
        kind="trust"
        value={text}
        onChange={setText}
      />
      <ErrorNote error={runner.error} />
      <button type="submit" disabled={runner.busy}>
        Update policy
      </button>{" "}
      <button type="button" className="secondary" onClick={() => setEditing(false)}>
        Cancel
      </button>
    </form>
  );
}
