/** Users: the list with a search box, each linking to the user's page. */
import { useEffect, useState } from "react";
import { ErrorNote, Loading } from "../components";
import { useRunner } from "../forms";
import { listAll } from "../lists";
import { PATHS } from "../paths";
import { Link } from "../router";

interface User {
  UserName: string;
  Path: string;
  Arn: string;
  CreateDate?: string;
  PasswordLastUsed?: string;
}

export function UsersPage() {
  const [users, setUsers] = useState<User[]>();
  const [filter, setFilter] = useState("");
  const runner = useRunner();
  useEffect(() => {
    void runner.run(async () => setUsers(await listAll<User>("ListUsers", "Users")));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const needle = filter.trim().toLowerCase();
  const shown = (users ?? []).filter((u) => u.UserName.toLowerCase().includes(needle));
  return (
    <section>
      <h1>Users</h1>
      <div className="toolbar">
        <label htmlFor="user-search" className="sr-only">
          Search users
        </label>
        <input
          id="user-search"
          type="search"
          placeholder="Search users"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <Link to={`${PATHS.users}/create`} className="button">
          Create users
        </Link>
      </div>
      <ErrorNote error={runner.error} />
      {users === undefined ? (
        runner.error ? null : (
          <Loading />
        )
      ) : (
        <table className="list" aria-label="Users">
          <thead>
            <tr>
              <th>User name</th>
              <th>Path</th>
              <th>Created</th>
              <th>Console last sign-in</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((u) => (
              <tr key={u.Arn}>
                <td>
                  <Link to={`${PATHS.users}/${encodeURIComponent(u.UserName)}`}>{u.UserName}</Link>
                </td>
                <td>{u.Path}</td>
                <td>{u.CreateDate ?? ""}</td>
                <td>{u.PasswordLastUsed ?? "Never"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {users !== undefined && shown.length === 0 ? <p className="muted">No users match.</p> : null}
    </section>
  );
}
