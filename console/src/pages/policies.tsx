/**
 * Policies: AWS managed and customer managed, filtered by type and name,
 * shown a hundred at a time; each links to its page.
 */
import { useEffect, useState } from "react";
import { ErrorNote, Loading } from "../components";
import { useRunner } from "../forms";
import { allPolicies, type PolicySummary } from "../lists";
import { PATHS } from "../paths";
import { Link } from "../router";

type Scope = "All" | "AWS" | "Local";
const PAGE = 100;

export const policyPath = (arn: string) => `${PATHS.policies}/${encodeURIComponent(arn)}`;

export function PoliciesPage() {
  const [scope, setScope] = useState<Scope>("All");
  const [policies, setPolicies] = useState<PolicySummary[]>();
  const [filter, setFilter] = useState("");
  const [limit, setLimit] = useState(PAGE);
  const runner = useRunner();
  useEffect(() => {
    // A list still arriving for the type chosen before is dropped, not shown.
    let current = true;
    void runner.run(async () => {
      const list = await allPolicies(scope);
      if (current) setPolicies(list);
    });
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scope]);
  const needle = filter.trim().toLowerCase();
  const matches = (policies ?? []).filter((p) => p.PolicyName.toLowerCase().includes(needle));
  return (
    <section>
      <h1>Policies</h1>
      <div className="toolbar">
        <label htmlFor="policy-type">Type</label>
        <select
          id="policy-type"
          value={scope}
          onChange={(e) => {
            setScope(e.target.value as Scope);
            setLimit(PAGE);
          }}
        >
          <option value="All">All types</option>
          <option value="AWS">AWS managed</option>
          <option value="Local">Customer managed</option>
        </select>
        <label htmlFor="policy-search" className="sr-only">
          Search policies
        </label>
        <input
          id="policy-search"
          type="search"
          placeholder="Search policies"
          value={filter}
          onChange={(e) => {
            setFilter(e.target.value);
            setLimit(PAGE);
          }}
        />
        <Link to={`${PATHS.policies}/create`} className="button">
          Create policy
        </Link>
        <Link to={`${PATHS.policies}/generator`}>Policy generator</Link>
      </div>
      <ErrorNote error={runner.error} />
      {policies === undefined || runner.busy ? (
        runner.error ? null : (
          <Loading />
        )
      ) : (
        <>
          <p className="muted" data-testid="policy-count">
            {matches.length} policies
          </p>
          <table className="list" aria-label="Policies">
            <thead>
              <tr>
                <th>Policy name</th>
                <th>Type</th>
                <th>Used as</th>
                <th>Description</th>
              </tr>
            </thead>
            <tbody>
              {matches.slice(0, limit).map((p) => (
                <tr key={p.Arn}>
                  <td>
                    <Link to={policyPath(p.Arn)}>{p.PolicyName}</Link>
                  </td>
                  <td>
                    {p.Arn.startsWith("arn:aws:iam::aws:") ? "AWS managed" : "Customer managed"}
                  </td>
                  <td>{(p.AttachmentCount ?? 0) > 0 ? `${p.AttachmentCount} attachments` : "—"}</td>
                  <td>{p.Description ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {matches.length > limit ? (
            <button type="button" className="secondary" onClick={() => setLimit(limit + PAGE)}>
              Show more
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
