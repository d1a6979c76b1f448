/**
 * The simulator's left side: a user, group or role (searched among every
 * one of the account) with its policies, each of which can be left out, or
 * policy documents pasted in; and an optional pasted permissions boundary.
 */
import { useEffect, useState } from "react";
import type { ApiFailure } from "../api";
import { ErrorNote } from "../components";
import { Field, useRunner } from "../forms";
import { entityWords, listAll } from "../lists";
import { wholePrincipal, type Mode, type Setup } from "./simulator-run";
import { principalPolicies } from "./simulator-sources";

type Named = { name: string; arn: string };

export function SimulatorPrincipal(props: {
  setup: Setup;
  update(change: (setup: Setup) => Setup): void;
  errors: Record<string, ApiFailure>;
}) {
  const { setup, update } = props;
  // The list of the kind last listed (another kind's is not shown).
  const [listed, setListed] = useState<{ mode: Mode; names: Named[] }>();
  const names = listed?.mode === setup.mode ? listed.names : [];
  const [search, setSearch] = useState("");
  const listing = useRunner();
  const loading = useRunner();
  useEffect(() => {
    const mode = setup.mode;
    if (mode === "custom") return;
    const { stem } = entityWords(mode);
    let live = true;
    void listing.run(async () => {
      const list = await listAll<Record<string, string>>(`List${stem}s`, `${stem}s`);
      const names = list.map((e) => ({ name: e[`${stem}Name`] ?? "", arn: e["Arn"] ?? "" }));
      if (live) setListed({ mode, names });
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [setup.mode]);

  const chooseMode = (mode: Mode) => {
    setSearch("");
    update((s) => ({ ...s, mode, principal: undefined, loaded: [], excluded: [], ready: true }));
  };
  const choosePrincipal = (name: string) => {
    const principal = names.find((n) => n.name === name);
    update((s) => ({ ...s, principal, loaded: [], excluded: [], ready: principal === undefined }));
    if (principal === undefined || setup.mode === "custom") return;
    const kind = setup.mode;
    // Kept only while it is still the chosen one. When its policies cannot be
    // read, it is still simulated (as stored), without their texts.
    const keep = (change: Partial<Setup>) =>
      update((s) => (s.principal?.arn === principal.arn ? { ...s, ...change, ready: true } : s));
    void loading
      .run(async () => keep({ loaded: await principalPolicies(kind, principal.name) }))
      .then((ok) => ok || keep({}));
  };
  const toggle = (id: string) =>
    update((s) => ({
      ...s,
      excluded: s.excluded.includes(id) ? s.excluded.filter((e) => e !== id) : [...s.excluded, id],
    }));
  const needle = search.trim().toLowerCase();
  const shown = names.filter(
    (n) => n.name.toLowerCase().includes(needle) || n.name === setup.principal?.name,
  );
  const setPasted = (i: number, text: string) =>
    update((s) => ({ ...s, pasted: s.pasted.map((p, j) => (j === i ? text : p)) }));

  return (
    <div className="panel simulator-side">
      <h2>Policies</h2>
      <fieldset className="choice">
        <legend>Simulate the policies of</legend>
        {(["user", "group", "role", "custom"] as const).map((m) => (
          <label key={m}>
            <input
              type="radio"
              name="sim-mode"
              checked={setup.mode === m}
              onChange={() => chooseMode(m)}
            />{" "}
            {m === "custom" ? "Policies I paste" : `A ${m}`}
          </label>
        ))}
      </fieldset>
      {setup.mode === "custom" ? (
        <>
          {setup.pasted.map((text, i) => (
            <Field
              key={i}
              id={`sim-policy-${i + 1}`}
              label={`Policy ${i + 1}`}
              error={props.errors[`sim-policy-${i + 1}`]}
            >
              <textarea
                id={`sim-policy-${i + 1}`}
                className="json"
                spellCheck={false}
                value={text}
                onChange={(e) => setPasted(i, e.target.value)}
              />
            </Field>
          ))}
          <button
            type="button"
            className="secondary small"
            onClick={() => update((s) => ({ ...s, pasted: [...s.pasted, ""] }))}
          >
            Add another policy
          </button>
        </>
      ) : (
        <>
          <Field id="sim-search" label={`Search ${setup.mode}s`}>
            <input
              id="sim-search"
              type="search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
          </Field>
          <Field id="sim-principal" label={`The ${setup.mode}`} error={listing.error}>
            <select
              id="sim-principal"
              size={Math.min(8, Math.max(2, shown.length + 1))}
              value={setup.principal?.name ?? ""}
              onChange={(e) => choosePrincipal(e.target.value)}
            >
              <option value="">Choose</option>
              {shown.map((n) => (
                <option key={n.arn} value={n.name}>
                  {n.name}
                </option>
              ))}
            </select>
          </Field>
          <PolicyChoices
            setup={setup}
            busy={loading.busy}
            error={loading.error}
            onToggle={toggle}
          />
        </>
      )}
      <Field
        id="sim-boundary"
        label="Permissions boundary (optional)"
        hint={
          setup.mode === "custom"
            ? "One policy document that caps what the policies allow."
            : "Replaces the stored boundary for this simulation."
        }
        error={props.errors["sim-boundary"]}
      >
        <textarea
          id="sim-boundary"
          className="json short"
          spellCheck={false}
          value={setup.boundary}
          onChange={(e) => {
            const boundary = e.target.value;
            update((s) => ({ ...s, boundary }));
          }}
        />
      </Field>
    </div>
  );
}

function PolicyChoices(props: {
  setup: Setup;
  busy: boolean;
  error: ApiFailure | undefined;
  onToggle(id: string): void;
}) {
  const { setup } = props;
  if (setup.principal === undefined) return null;
  return (
    <fieldset className="picker">
      <legend>Its policies</legend>
      <ErrorNote error={props.error} />
      {props.busy ? <p className="muted">Loading its policies…</p> : null}
      {!props.busy && props.error === undefined && setup.loaded.length === 0 ? (
        <p className="muted">It has no policies.</p>
      ) : null}
      <ul>
        {setup.loaded.map((p) => (
          <li key={`${p.type} ${p.id}`}>
            <label>
              <input
                type="checkbox"
                checked={!setup.excluded.includes(p.id)}
                onChange={() => props.onToggle(p.id)}
              />{" "}
              {p.title}
            </label>
          </li>
        ))}
      </ul>
      <p className="muted" data-testid="sim-how">
        {wholePrincipal(setup)
          ? "Simulated with SimulatePrincipalPolicy, as stored."
          : "Some policies are left out: simulated with SimulateCustomPolicy on the ticked documents."}
      </p>
    </fieldset>
  );
}
