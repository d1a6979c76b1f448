/**
 * User groups: the list with a search box, and "create group" with managed
 * policies attached and users added at once (all of it, or nothing: a
 * refusal undoes what was done and is shown next to its field).
 */
import { useEffect, useState, type FormEvent } from "react";
import { callIam, type ApiFailure } from "../api";
import { ErrorNote, Loading } from "../components";
import { Field, Picker, useRunner } from "../forms";
import { allPolicies, listAll, type PolicySummary } from "../lists";
import { PATHS } from "../paths";
import { Link, navigate } from "../router";
import { asFailure } from "../use-call";

interface Group {
  GroupName: string;
  Arn: string;
  CreateDate?: string;
}

export function GroupsPage() {
  const [groups, setGroups] = useState<Group[]>();
  const [filter, setFilter] = useState("");
  const runner = useRunner();
  useEffect(() => {
    void runner.run(async () => setGroups(await listAll<Group>("ListGroups", "Groups")));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const shown = (groups ?? []).filter((g) =>
    g.GroupName.toLowerCase().includes(filter.trim().toLowerCase()),
  );
  return (
    <section>
      <h1>User groups</h1>
      <div className="toolbar">
        <label htmlFor="group-search" className="sr-only">
          Search groups
        </label>
        <input
          id="group-search"
          type="search"
          placeholder="Search groups"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <Link to={`${PATHS.groups}/create`} className="button">
          Create group
        </Link>
      </div>
      <ErrorNote error={runner.error} />
      {groups === undefined ? (
        runner.error ? null : (
          <Loading />
        )
      ) : (
        <table className="list" aria-label="Groups">
          <thead>
            <tr>
              <th>Group name</th>
              <th>Created</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((g) => (
              <tr key={g.Arn}>
                <td>
                  <Link to={`${PATHS.groups}/${encodeURIComponent(g.GroupName)}`}>
                    {g.GroupName}
                  </Link>
                </td>
                <td>{g.CreateDate ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function CreateGroupPage() {
  const [name, setName] = useState("");
  const [users, setUsers] = useState<string[]>([]);
  const [policies, setPolicies] = useState<string[]>([]);
  const [userList, setUserList] = useState<string[]>([]);
  const [policyList, setPolicyList] = useState<PolicySummary[]>([]);
  const [failed, setFailed] = useState<{
    step: "name" | "users" | "policies";
    error: ApiFailure;
  }>();
  const runner = useRunner();
  useEffect(() => {
    listAll<{ UserName: string }>("ListUsers", "Users").then(
      (u) => setUserList(u.map((x) => x.UserName)),
      () => setUserList([]),
    );
    allPolicies().then(setPolicyList, () => setPolicyList([]));
  }, []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailed(undefined);
    const undo: (() => Promise<unknown>)[] = [];
    let step: "name" | "users" | "policies" = "name";
    const ok = await runner.run(async () => {
      try {
        await callIam("CreateGroup", { GroupName: name });
        undo.push(() => callIam("DeleteGroup", { GroupName: name }));
        step = "policies";
        for (const arn of policies) {
          await callIam("AttachGroupPolicy", { GroupName: name, PolicyArn: arn });
          undo.push(() => callIam("DetachGroupPolicy", { GroupName: name, PolicyArn: arn }));
        }
        step = "users";
        for (const user of users) {
          await callIam("AddUserToGroup", { GroupName: name, UserName: user });
          undo.push(() => callIam("RemoveUserFromGroup", { GroupName: name, UserName: user }));
        }
      } catch (err) {
        for (const fn of undo.reverse()) await fn().catch(() => undefined);
        setFailed({ step, error: asFailure(err) });
        throw err;
      }
    });
    if (ok) navigate(`${PATHS.groups}/${encodeURIComponent(name)}`);
  };
  const errorFor = (step: "name" | "users" | "policies") =>
    failed?.step === step ? failed.error : undefined;
  return (
    <section>
      <h1>Create user group</h1>
      <form aria-label="Create user group" onSubmit={(e) => void submit(e)}>
        <Field id="group-name" label="User group name" error={errorFor("name")}>
          <input id="group-name" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Picker
          label="Add users to the group"
          items={userList.map((u) => ({ id: u, title: u }))}
          chosen={users}
          onChange={setUsers}
        />
        <ErrorNote error={errorFor("users")} />
        <Picker
          label="Attach permissions policies"
          items={policyList.map((p) => ({ id: p.Arn, title: p.PolicyName }))}
          chosen={policies}
          onChange={setPolicies}
        />
        <ErrorNote error={errorFor("policies")} />
        <button type="submit" disabled={runner.busy}>
          Create group
        </button>
      </form>
    </section>
  );
}
