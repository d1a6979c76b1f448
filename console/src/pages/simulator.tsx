/**
 * The policy simulator: a user, group or role (its policies and its groups'
 * as stored), or policies pasted in; actions, resources and the values of
 * the context keys those policies use; SimulatePrincipalPolicy or
 * SimulateCustomPolicy, every page of results, each decision explained.
 */
import { useEffect, useState } from "react";
import { callIam } from "../api";
import { ErrorNote } from "../components";
import { Field, useRunner } from "../forms";
import { listAll, type EntityKind } from "../lists";
import { SimulatorResults, type EvalResult } from "./simulator-results";
import { principalPolicies, type SourcePolicy } from "./simulator-sources";

type Mode = EntityKind | "custom";

const split = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((t) => t.trim())
    .filter(Boolean);

/** The ContextKeyType of a global key (AWS's types); service keys are taken as strings. */
function keyType(key: string): string {
  const k = key.toLowerCase();
  if (k === "aws:sourceip") return "ip";
  if (["aws:securetransport", "aws:multifactorauthpresent", "aws:viaawsservice"].includes(k)) {
    return "boolean";
  }
  if (["aws:multifactorauthage", "aws:epochtime"].includes(k)) return "numeric";
  if (["aws:currenttime", "aws:tokenissuetime"].includes(k)) return "date";
  return "string";
}

export function SimulatorPage() {
  const [mode, setMode] = useState<Mode>("user");
  const [names, setNames] = useState<{ name: string; arn: string }[]>([]);
  const [principal, setPrincipal] = useState("");
  const [custom, setCustom] = useState<string[]>([""]);
  const [actions, setActions] = useState("");
  const [resources, setResources] = useState("*");
  const [keys, setKeys] = useState<string[]>([]);
  const [values, setValues] = useState<Record<string, string>>({});
  const [sources, setSources] = useState<SourcePolicy[]>([]);
  const [results, setResults] = useState<EvalResult[]>();
  const loading = useRunner();
  const running = useRunner();
  useEffect(() => {
    if (mode === "custom") return;
    const stem = mode === "user" ? "User" : mode === "group" ? "Group" : "Role";
    void loading.run(async () => {
      const list = await listAll<Record<string, string>>(`List${stem}s`, `${stem}s`);
      setNames(list.map((e) => ({ name: e[`${stem}Name`] ?? "", arn: e["Arn"] ?? "" })));
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mode]);
  const arn = names.find((n) => n.name === principal)?.arn;
  const documents = custom.filter((c) => c.trim() !== "");
  const target =
    mode === "custom" ? { PolicyInputList: documents } : { PolicySourceArn: arn ?? "" };

  const choose = (next: Mode) => {
    setMode(next);
    setPrincipal("");
    setResults(undefined);
    setKeys([]);
  };
  const readKeys = () =>
    void running.run(async () => {
      const answer = await callIam<{ ContextKeyNames?: string[] }>(
        mode === "custom" ? "GetContextKeysForCustomPolicy" : "GetContextKeysForPrincipalPolicy",
        target,
      );
      setKeys(answer.ContextKeyNames ?? []);
    });
  const run = () =>
    void running.run(async () => {
      const contextEntries = keys
        .filter((k) => (values[k] ?? "").trim() !== "")
        .map((k) => ({
          ContextKeyName: k,
          ContextKeyType: keyType(k),
          ContextKeyValues: [(values[k] ?? "").trim()],
        }));
      const input = {
        ...target,
        ActionNames: split(actions),
        ...(split(resources).length === 0 ? {} : { ResourceArns: split(resources) }),
        ...(contextEntries.length === 0 ? {} : { ContextEntries: contextEntries }),
      };
      const action = mode === "custom" ? "SimulateCustomPolicy" : "SimulatePrincipalPolicy";
      const all = await listAll<EvalResult>(action, "EvaluationResults", input);
      setSources(
        mode === "custom"
          ? documents.map((text, i) => ({
              id: `PolicyInputList.${i + 1}`,
              title: `Policy ${i + 1}`,
              text,
            }))
          : await principalPolicies(mode, principal),
      );
      setResults(all);
    });
  return (
    <section>
      <h1>Policy simulator</h1>
      <div className="panel">
        <fieldset className="choice">
          <legend>Simulate the policies of</legend>
          {(["user", "group", "role", "custom"] as const).map((m) => (
            <label key={m}>
              <input type="radio" checked={mode === m} onChange={() => choose(m)} />{" "}
              {m === "custom" ? "Policies I paste" : `A ${m}`}
            </label>
          ))}
        </fieldset>
        {mode === "custom" ? (
          <>
            {custom.map((text, i) => (
              <Field key={i} id={`sim-policy-${i + 1}`} label={`Policy ${i + 1}`}>
                <textarea
                  id={`sim-policy-${i + 1}`}
                  className="json"
                  spellCheck={false}
                  value={text}
                  onChange={(e) => setCustom(custom.map((c, j) => (j === i ? e.target.value : c)))}
                />
              </Field>
            ))}
            <button
              type="button"
              className="secondary small"
              onClick={() => setCustom([...custom, ""])}
            >
              Add another policy
            </button>
          </>
        ) : (
          <Field id="sim-principal" label={`The ${mode}`} error={loading.error}>
            <select
              id="sim-principal"
              value={principal}
              onChange={(e) => setPrincipal(e.target.value)}
            >
              <option value="">Choose</option>
              {names.map((n) => (
                <option key={n.arn} value={n.name}>
                  {n.name}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field id="sim-actions" label="Actions" hint="e.g. iam:CreateUser s3:GetObject">
          <textarea id="sim-actions" value={actions} onChange={(e) => setActions(e.target.value)} />
        </Field>
        <Field id="sim-resources" label="Resources (ARNs)" hint="* for all">
          <input
            id="sim-resources"
            value={resources}
            onChange={(e) => setResources(e.target.value)}
          />
        </Field>
        <button type="button" className="secondary" onClick={readKeys}>
          List context keys
        </button>
        {keys.length === 0 ? null : (
          <fieldset className="choice">
            <legend>Context keys the policies use</legend>
            {keys.map((k) => (
              <Field key={k} id={`sim-key-${k}`} label={k}>
                <input
                  id={`sim-key-${k}`}
                  value={values[k] ?? ""}
                  onChange={(e) => setValues({ ...values, [k]: e.target.value })}
                />
              </Field>
            ))}
          </fieldset>
        )}
        <ErrorNote error={running.error} />
        <button
          type="button"
          disabled={running.busy || (mode !== "custom" && arn === undefined)}
          onClick={run}
        >
          Run simulation
        </button>
      </div>
      {results === undefined ? null : <SimulatorResults results={results} sources={sources} />}
    </section>
  );
}
