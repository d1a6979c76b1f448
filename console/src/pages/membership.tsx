/**
 * Group membership from either side: a user's groups or a group's users.
 * The members (each linking to its page, each removable) and "add" from a
 * searchable list of the others.
 */
import { useState } from "react";
import { callIam } from "../api";
import { ErrorNote } from "../components";
import { Picker, useRunner } from "../forms";
import { listAll } from "../lists";
import { PATHS } from "../paths";
import { Link } from "../router";

export function Membership(props: {
  /** Whose membership: the user's groups, or the group's users. */
  side: "user" | "group";
  name: string;
  members: string[];
  reload(): void;
}) {
  const [adding, setAdding] = useState<string[]>();
  const [others, setOthers] = useState<string[]>([]);
  const runner = useRunner();
  const userSide = props.side === "user";
  const pair = (other: string) =>
    userSide
      ? { UserName: props.name, GroupName: other }
      : { GroupName: props.name, UserName: other };
  const open = () =>
    void runner.run(async () => {
      const all = userSide
        ? (await listAll<{ GroupName: string }>("ListGroups", "Groups")).map((g) => g.GroupName)
        : (await listAll<{ UserName: string }>("ListUsers", "Users")).map((u) => u.UserName);
      setOthers(all.filter((n) => !props.members.includes(n)));
      setAdding([]);
    });
  const add = () =>
    void runner
      .run(async () => {
        for (const other of adding ?? []) await callIam("AddUserToGroup", pair(other));
      })
      .then((ok) => {
        if (ok) setAdding(undefined);
        props.reload();
      });
  const remove = (other: string) =>
    void runner.run(() => callIam("RemoveUserFromGroup", pair(other))).then(props.reload);
  const path = userSide ? PATHS.groups : PATHS.users;
  return (
    <div className="panel">
      <h2>{userSide ? "Groups" : "Users in this group"}</h2>
      {props.members.length === 0 ? (
        <p className="muted">{userSide ? "In no group." : "No users."}</p>
      ) : null}
      <table className="list" aria-label={userSide ? "Groups of the user" : "Users in the group"}>
        <tbody>
          {props.members.map((m) => (
            <tr key={m}>
              <td>
                <Link to={`${path}/${encodeURIComponent(m)}`}>{m}</Link>
              </td>
              <td>
                <button type="button" className="secondary small" onClick={() => remove(m)}>
                  {userSide ? `Remove from ${m}` : `Remove ${m}`}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {adding === undefined ? (
        <button type="button" onClick={open}>
          {userSide ? "Add user to groups" : "Add users"}
        </button>
      ) : (
        <>
          <Picker
            label={userSide ? "Groups" : "Users"}
            items={others.map((n) => ({ id: n, title: n }))}
            chosen={adding}
            onChange={setAdding}
          />
          <button type="button" disabled={runner.busy || adding.length === 0} onClick={add}>
            {userSide ? "Add to selected groups" : "Add selected users"}
          </button>{" "}
          <button type="button" className="secondary" onClick={() => setAdding(undefined)}>
            Cancel
          </button>
        </>
      )}
      <ErrorNote error={runner.error} />
    </div>
  );
}
