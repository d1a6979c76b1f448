/**
 * Users: every user of the account (all of ListUsers' pages), a search box
 * over their names, a page of 50 rows at a time with each row's groups,
 * console access, key age and last activity, "Create users", and deleting
 * the selected users with what goes with them.
 */
import { useEffect, useState } from "react";
import { ErrorNote, Loading } from "../components";
import { useRunner } from "../forms";
import { listAll } from "../lists";
import { PATHS } from "../paths";
import { Link } from "../router";
import { UserRow, type ListedUser } from "./users-row";
import { DeleteUsersDialog } from "./users-delete";
import "./users.css";

const PAGE_SIZE = 50;

export function UsersPage() {
  const [users, setUsers] = useState<ListedUser[]>();
  const [filter, setFilter] = useState("");
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<string[]>([]);
  const [deleting, setDeleting] = useState(false);
  const runner = useRunner();
  const load = () =>
    void runner.run(async () => {
      const all = await listAll<ListedUser>("ListUsers", "Users");
      setUsers(all);
      setSelected((s) => s.filter((n) => all.some((u) => u.UserName === n)));
    });
  useEffect(() => {
    load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const needle = filter.trim().toLowerCase();
  const matching = (users ?? []).filter((u) => u.UserName.toLowerCase().includes(needle));
  const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = matching.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const toggle = (name: string) =>
    setSelected((s) => (s.includes(name) ? s.filter((n) => n !== name) : [...s, name]));
  const allShown = shown.length > 0 && shown.every((u) => selected.includes(u.UserName));
  const toggleShown = () =>
    setSelected((s) =>
      allShown
        ? s.filter((n) => !shown.some((u) => u.UserName === n))
        : [...new Set([...s, ...shown.map((u) => u.UserName)])],
    );
  return (
    <section className="users-page">
      <h1>Users{users === undefined ? "" : ` (${users.length})`}</h1>
      <div className="toolbar">
        <label htmlFor="user-search" className="sr-only">
          Search users
        </label>
        <input
          id="user-search"
          type="search"
          placeholder="Search users"
          value={filter}
          onChange={(e) => {
            setFilter(e.target.value);
            setPage(0);
          }}
        />
        <button
          type="button"
          className="secondary"
          disabled={selected.length === 0 || deleting}
          onClick={() => setDeleting(true)}
        >
          Delete selected
        </button>
        <Link to={`${PATHS.users}/create`} className="button">
          Create users
        </Link>
      </div>
      {deleting ? (
        <DeleteUsersDialog
          names={selected}
          onCancel={() => setDeleting(false)}
          onDone={(deleted) => {
            setSelected((s) => s.filter((n) => !deleted.includes(n)));
            setDeleting(false);
            load();
          }}
          onPartial={load}
        />
      ) : null}
      <ErrorNote error={runner.error} />
      {users === undefined ? (
        runner.error ? null : (
          <Loading />
        )
      ) : (
        <table className="list users-list" aria-label="Users">
          <thead>
            <tr>
              <th>
                <input
                  type="checkbox"
                  aria-label="Select all users shown"
                  checked={allShown}
                  onChange={toggleShown}
                />
              </th>
              <th>User name</th>
              <th>Path</th>
              <th>Groups</th>
              <th>Console access</th>
              <th>Active key age</th>
              <th>Last activity</th>
              <th>Created</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((u) => (
              <UserRow
                key={u.Arn}
                user={u}
                selected={selected.includes(u.UserName)}
                onToggle={() => toggle(u.UserName)}
              />
            ))}
          </tbody>
        </table>
      )}
      {users !== undefined && matching.length === 0 ? (
        <p className="muted">No users match.</p>
      ) : null}
      {pages > 1 ? (
        <div className="toolbar pager">
          <button
            type="button"
            className="secondary small"
            disabled={current === 0}
            onClick={() => setPage(current - 1)}
          >
            Previous page
          </button>
          <span>
            Page {current + 1} of {pages}
          </span>
          <button
            type="button"
            className="secondary small"
            disabled={current === pages - 1}
            onClick={() => setPage(current + 1)}
          >
            Next page
          </button>
        </div>
      ) : null}
      {selected.length > 0 ? <p className="muted">{selected.length} selected</p> : null}
    </section>
  );
}
