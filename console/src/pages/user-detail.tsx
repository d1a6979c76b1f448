/**
 * One user's page: summary, and tabs for permissions, groups, security
 * credentials and tags; delete, listing first what goes with the user.
 */
import { useState } from "react";
import { callIam } from "../api";
import { ErrorNote, Loading } from "../components";
import { DeleteDialog, Tabs, useRunner } from "../forms";
import { PATHS } from "../paths";
import { Link, navigate } from "../router";
import { useIamCall } from "../use-call";
import { EntityPermissions } from "./entity-permissions";
import { EntityTags } from "./entity-tags";
import { Membership } from "./membership";
import { UserBoundary } from "./user-boundary";
import { UserCredentials } from "./user-credentials";
import { deleteUserSteps } from "./user-delete";
import "./users.css";

type Tab = "permissions" | "groups" | "credentials" | "tags";
const TABS: readonly { id: Tab; title: string }[] = [
  { id: "permissions", title: "Permissions" },
  { id: "groups", title: "Groups" },
  { id: "credentials", title: "Security credentials" },
  { id: "tags", title: "Tags" },
];

interface User {
  UserName: string;
  Arn: string;
  Path: string;
  CreateDate?: string;
  PasswordLastUsed?: string;
  PermissionsBoundary?: { PermissionsBoundaryArn?: string };
}

export function UserPage(props: { name: string }) {
  const user = useIamCall<{ User: User }>("GetUser", { UserName: props.name });
  const [tab, setTab] = useState<Tab>("permissions");
  const [deleting, setDeleting] = useState<{ labels: string[]; run: () => Promise<void> }>();
  const runner = useRunner();
  const startDelete = () =>
    void runner.run(async () => {
      const steps = await deleteUserSteps(props.name);
      setDeleting({
        labels: steps.map((s) => s.label),
        run: async () => {
          for (const s of steps) await s.run();
          await callIam("DeleteUser", { UserName: props.name });
        },
      });
    });
  if (user.error) return <ErrorNote error={user.error} />;
  if (user.data === undefined) return <Loading />;
  const u = user.data.User;
  return (
    <section className="users-page">
      <p>
        <Link to={PATHS.users}>Users</Link> › {u.UserName}
      </p>
      <h1>{u.UserName}</h1>
      <dl className="summary">
        <dt>ARN</dt>
        <dd data-testid="user-arn">{u.Arn}</dd>
        <dt>Created</dt>
        <dd>{u.CreateDate ?? ""}</dd>
        <dt>Console last sign-in</dt>
        <dd>{u.PasswordLastUsed ?? "Never"}</dd>
        <dt>Permissions boundary</dt>
        <dd>{u.PermissionsBoundary?.PermissionsBoundaryArn ?? "Not set"}</dd>
      </dl>
      <button type="button" className="danger" onClick={startDelete} disabled={runner.busy}>
        Delete user
      </button>
      {/* While the delete dialog is open, it shows the refusal itself. */}
      {deleting === undefined ? <ErrorNote error={runner.error} /> : null}
      {deleting === undefined ? null : (
        <DeleteDialog
          kind="user"
          name={u.UserName}
          dependents={deleting.labels}
          runner={runner}
          onCancel={() => setDeleting(undefined)}
          onDelete={() => void runner.run(deleting.run).then((ok) => ok && navigate(PATHS.users))}
        />
      )}
      <Tabs<Tab> tabs={TABS} current={tab} onChange={setTab} />
      {tab === "permissions" ? (
        <>
          <EntityPermissions kind="user" name={u.UserName} />
          <UserBoundary
            name={u.UserName}
            arn={u.PermissionsBoundary?.PermissionsBoundaryArn}
            onChange={user.reload}
          />
        </>
      ) : null}
      {tab === "groups" ? <UserGroups name={u.UserName} /> : null}
      {tab === "credentials" ? <UserCredentials name={u.UserName} /> : null}
      {tab === "tags" ? <EntityTags kind="user" name={u.UserName} /> : null}
    </section>
  );
}

function UserGroups(props: { name: string }) {
  const groups = useIamCall<{ Groups?: { GroupName: string }[] }>("ListGroupsForUser", {
    UserName: props.name,
  });
  return (
    <>
      <ErrorNote error={groups.error} />
      <Membership
        side="user"
        name={props.name}
        members={(groups.data?.Groups ?? []).map((g) => g.GroupName)}
        reload={groups.reload}
      />
    </>
  );
}
