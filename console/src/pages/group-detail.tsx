/**
 * One group's page: its users (add, remove) and permissions (managed and
 * inline policies, each document shown); delete, listing what goes first.
 */
import { useState } from "react";
import { callIam } from "../api";
import { ErrorNote, Loading } from "../components";
import { DeleteDialog, Tabs, useRunner } from "../forms";
import { listAll } from "../lists";
import { PATHS } from "../paths";
import { Link, navigate } from "../router";
import { useIamCall } from "../use-call";
import { EntityPermissions } from "./entity-permissions";
import { Membership } from "./membership";

type Tab = "users" | "permissions";
const TABS: readonly { id: Tab; title: string }[] = [
  { id: "users", title: "Users" },
  { id: "permissions", title: "Permissions" },
];

interface GroupAnswer {
  Group: { GroupName: string; Arn: string; CreateDate?: string };
  Users?: { UserName: string }[];
}

export function GroupPage(props: { name: string }) {
  const group = useIamCall<GroupAnswer>("GetGroup", { GroupName: props.name, MaxItems: 1000 });
  const [tab, setTab] = useState<Tab>("users");
  const [deleting, setDeleting] = useState<{ labels: string[]; run: () => Promise<void> }>();
  const runner = useRunner();
  if (group.error) return <ErrorNote error={group.error} />;
  if (group.data === undefined) return <Loading />;
  const g = group.data.Group;
  const users = (group.data.Users ?? []).map((u) => u.UserName);
  const startDelete = () =>
    void runner.run(async () => {
      const who = { GroupName: g.GroupName };
      const inline = await listAll<string>("ListGroupPolicies", "PolicyNames", who);
      const attached = await listAll<{ PolicyArn: string; PolicyName: string }>(
        "ListAttachedGroupPolicies",
        "AttachedPolicies",
        who,
      );
      const steps = [
        ...users.map((u) => ({
          label: `Member ${u}`,
          run: () => callIam("RemoveUserFromGroup", { ...who, UserName: u }),
        })),
        ...inline.map((n) => ({
          label: `Inline policy ${n}`,
          run: () => callIam("DeleteGroupPolicy", { ...who, PolicyName: n }),
        })),
        ...attached.map((p) => ({
          label: `Attached policy ${p.PolicyName}`,
          run: () => callIam("DetachGroupPolicy", { ...who, PolicyArn: p.PolicyArn }),
        })),
      ];
      setDeleting({
        labels: steps.map((s) => s.label),
        run: async () => {
          for (const s of steps) await s.run();
          await callIam("DeleteGroup", who);
        },
      });
    });
  return (
    <section>
      <p>
        <Link to={PATHS.groups}>User groups</Link> › {g.GroupName}
      </p>
      <h1>{g.GroupName}</h1>
      <dl className="summary">
        <dt>ARN</dt>
        <dd>{g.Arn}</dd>
        <dt>Created</dt>
        <dd>{g.CreateDate ?? ""}</dd>
      </dl>
      <button type="button" className="danger" disabled={runner.busy} onClick={startDelete}>
        Delete group
      </button>
      {/* While the delete dialog is open, it shows the refusal itself. */}
      {deleting === undefined ? <ErrorNote error={runner.error} /> : null}
      {deleting === undefined ? null : (
        <DeleteDialog
          kind="group"
          name={g.GroupName}
          dependents={deleting.labels}
          runner={runner}
          onCancel={() => setDeleting(undefined)}
          onDelete={() => void runner.run(deleting.run).then((ok) => ok && navigate(PATHS.groups))}
        />
      )}
      <Tabs<Tab> tabs={TABS} current={tab} onChange={setTab} />
      {tab === "users" ? (
        <Membership side="group" name={g.GroupName} members={users} reload={group.reload} />
      ) : (
        <EntityPermissions kind="group" name={g.GroupName} />
      )}
    </section>
  );
}
