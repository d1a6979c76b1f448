/** Roles: the list with a search box, each linking to the role's page. */
import { useEffect, useState } from "react";
import { ErrorNote, Loading } from "../components";
import { useRunner } from "../forms";
import { listAll } from "../lists";
import { PATHS } from "../paths";
import { Link } from "../router";

interface Role {
  RoleName: string;
  Arn: string;
  Description?: string;
  CreateDate?: string;
}

export function RolesPage() {
  const [roles, setRoles] = useState<Role[]>();
  const [filter, setFilter] = useState("");
  const runner = useRunner();
  useEffect(() => {
    void runner.run(async () => setRoles(await listAll<Role>("ListRoles", "Roles")));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const shown = (roles ?? []).filter((r) =>
    r.RoleName.toLowerCase().includes(filter.trim().toLowerCase()),
  );
  return (
    <section>
      <h1>Roles</h1>
      <div className="toolbar">
        <label htmlFor="role-search" className="sr-only">
          Search roles
        </label>
        <input
          id="role-search"
          type="search"
          placeholder="Search roles"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <Link to={`${PATHS.roles}/create`} className="button">
          Create role
        </Link>
      </div>
      <ErrorNote error={runner.error} />
      {roles === undefined ? (
        runner.error ? null : (
          <Loading />
        )
      ) : (
        <table className="list" aria-label="Roles">
          <thead>
            <tr>
              <th>Role name</th>
              <th>Description</th>
              <th>Created</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.Arn}>
                <td>
                  <Link to={`${PATHS.roles}/${encodeURIComponent(r.RoleName)}`}>{r.RoleName}</Link>
                </td>
                <td>{r.Description ?? ""}</td>
                <td>{r.CreateDate ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
