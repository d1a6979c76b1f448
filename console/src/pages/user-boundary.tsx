/**
 * A user's permissions boundary on its Permissions tab: the managed policy
 * that caps what the user's policies can allow, set from a searchable list
 * (PutUserPermissionsBoundary) or removed (DeleteUserPermissionsBoundary).
 */
import { useState } from "react";
import { callIam } from "../api";
import { ErrorNote, Loading } from "../components";
import { useRunner } from "../forms";
import { allPolicies, type PolicySummary } from "../lists";

const SHOWN = 20;

export function UserBoundary(props: { name: string; arn: string | undefined; onChange(): void }) {
  const [policies, setPolicies] = useState<PolicySummary[]>();
  const [filter, setFilter] = useState("");
  const [chosen, setChosen] = useState<string>();
  const runner = useRunner();
  const who = { UserName: props.name };
  const open = () => void runner.run(async () => setPolicies(await allPolicies()));
  const set = () =>
    void runner
      .run(() => callIam("PutUserPermissionsBoundary", { ...who, PermissionsBoundary: chosen }))
      .then((ok) => {
        if (!ok) return;
        setPolicies(undefined);
        setChosen(undefined);
        props.onChange();
      });
  const remove = () =>
    void runner
      .run(() => callIam("DeleteUserPermissionsBoundary", who))
      .then((ok) => ok && props.onChange());
  const needle = filter.trim().toLowerCase();
  const matches = (policies ?? []).filter((p) => p.PolicyName.toLowerCase().includes(needle));
  return (
    <div className="panel">
      <h2>Permissions boundary</h2>
      <p data-testid="boundary">{props.arn ?? "Not set"}</p>
      {policies === undefined ? (
        <div className="toolbar">
          <button type="button" className="secondary" disabled={runner.busy} onClick={open}>
            {props.arn === undefined ? "Set permissions boundary" : "Change permissions boundary"}
          </button>
          {props.arn === undefined ? null : (
            <button type="button" className="secondary" disabled={runner.busy} onClick={remove}>
              Remove permissions boundary
            </button>
          )}
        </div>
      ) : (
        <fieldset className="picker">
          <legend>Boundary policy</legend>
          <label htmlFor="boundary-search" className="sr-only">
            Search boundary policies
          </label>
          <input
            id="boundary-search"
            type="search"
            placeholder="Search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
          <ul>
            {matches.slice(0, SHOWN).map((p) => (
              <li key={p.Arn}>
                <label>
                  <input
                    type="radio"
                    name="boundary"
                    checked={chosen === p.Arn}
                    onChange={() => setChosen(p.Arn)}
                  />{" "}
                  {p.PolicyName}
                </label>
              </li>
            ))}
          </ul>
          {matches.length > SHOWN ? (
            <p className="muted">{matches.length - SHOWN} more; narrow the search.</p>
          ) : null}
          <button type="button" disabled={runner.busy || chosen === undefined} onClick={set}>
            Set boundary
          </button>{" "}
          <button type="button" className="secondary" onClick={() => setPolicies(undefined)}>
            Cancel
          </button>
        </fieldset>
      )}
      {runner.busy && policies === undefined ? <Loading /> : null}
      <ErrorNote error={runner.error} />
    </div>
  );
}
