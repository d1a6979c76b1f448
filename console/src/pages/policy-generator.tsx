/**
 * The policy generator: pick an effect, a service (from AWS's catalogue, or
 * your own prefix), its actions (by access level, filtered, or free text),
 * resources (ARN templates of the actions' resource types, or all) and
 * conditions; "Add statement" appends it to the document shown live. "Use
 * this policy" takes the document to Create policy.
 */
import { useEffect, useState } from "react";
import {
  catalogService,
  catalogServices,
  type CatalogService,
  type CatalogServiceDetail,
} from "../api";
import { CopyButton } from "../components";
import { Field, PolicyDocument, useRunner } from "../forms";
import { PATHS } from "../paths";
import {
  actionName,
  arnTemplate,
  OPERATORS,
  policyJson,
  type BuiltCondition,
  type BuiltStatement,
} from "../policy-builder";
import { navigate } from "../router";
import { GENERATED_POLICY_KEY } from "./policy-create";
import { GeneratorActions } from "./policy-generator-actions";

export function PolicyGeneratorPage() {
  const [services, setServices] = useState<CatalogService[]>([]);
  const [statements, setStatements] = useState<BuiltStatement[]>([]);
  const [effect, setEffect] = useState<"Allow" | "Deny">("Allow");
  const [prefix, setPrefix] = useState("");
  const [loaded, setDetail] = useState<CatalogServiceDetail>();
  const [actions, setActions] = useState<string[]>([]);
  const [freeActions, setFreeActions] = useState("");
  const [resources, setResources] = useState("*");
  const [conditions, setConditions] = useState<BuiltCondition[]>([]);
  const [condKey, setCondKey] = useState("");
  const [condOperator, setCondOperator] = useState("StringEquals");
  const [condValue, setCondValue] = useState("");
  const runner = useRunner();
  useEffect(() => {
    catalogServices().then(setServices, () => setServices([]));
  }, []);
  // A service of the catalogue (once its list is here) brings its actions.
  const known = services.some((s) => s.prefix === prefix);
  useEffect(() => {
    if (!known) return;
    let live = true;
    void runner.run(async () => {
      const found = await catalogService(prefix);
      if (live) setDetail(found);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [prefix, known]);
  const chooseService = (value: string) => {
    setPrefix(value);
    setActions([]);
  };
  const detail = loaded?.prefix === prefix ? loaded : undefined;
  const chosenTypes = new Set(
    (detail?.actions ?? [])
      .filter((a) => actions.includes(actionName(detail?.prefix ?? "", a.name)))
      .flatMap((a) => a.resourceTypes.map((r) => r.name)),
  );
  const templates = (detail?.resourceTypes ?? []).filter((r) => chosenTypes.has(r.name));
  const keys = [...(detail?.conditionKeys ?? []), ...(detail?.globalConditionKeys ?? [])];
  const allActions = [
    ...actions,
    ...freeActions
      .split(/[\s,]+/)
      .map((a) => a.trim())
      .filter(Boolean),
  ];
  const addCondition = () => {
    if (condKey.trim() === "" || condValue.trim() === "") return;
    setConditions([
      ...conditions,
      {
        operator: condOperator,
        key: condKey.trim(),
        values: condValue
          .split(",")
          .map((v) => v.trim())
          .filter(Boolean),
      },
    ]);
    setCondKey("");
    setCondValue("");
  };
  const addStatement = () => {
    if (allActions.length === 0) return;
    setStatements([
      ...statements,
      {
        effect,
        actions: allActions,
        resources: resources
          .split(/[\s,]+/)
          .map((r) => r.trim())
          .filter(Boolean),
        conditions,
      },
    ]);
    setActions([]);
    setFreeActions("");
    setResources("*");
    setConditions([]);
  };
  const document = policyJson(statements);
  const use = () => {
    window.sessionStorage.setItem(GENERATED_POLICY_KEY, document);
    navigate(`${PATHS.policies}/create`);
  };
  return (
    <section>
      <h1>Policy generator</h1>
      <div className="panel">
        <h2>Statement {statements.length + 1}</h2>
        <fieldset className="choice">
          <legend>Effect</legend>
          <label>
            <input type="radio" checked={effect === "Allow"} onChange={() => setEffect("Allow")} />{" "}
            Allow
          </label>
          <label>
            <input type="radio" checked={effect === "Deny"} onChange={() => setEffect("Deny")} />{" "}
            Deny
          </label>
        </fieldset>
        <Field
          id="gen-service"
          label="Service"
          hint="A service prefix from AWS's catalogue (s3, iam, ec2…), or your own."
          error={runner.error}
        >
          <input
            id="gen-service"
            list="gen-services"
            value={prefix}
            onChange={(e) => chooseService(e.target.value.trim())}
          />
          <datalist id="gen-services">
            {services.map((s) => (
              <option key={s.prefix} value={s.prefix}>
                {s.name}
              </option>
            ))}
          </datalist>
        </Field>
        {detail === undefined ? null : (
          <GeneratorActions detail={detail} chosen={actions} onChange={setActions} />
        )}
        <Field
          id="gen-free-actions"
          label="Other actions"
          hint="As written, e.g. myservice:DoThing, separated by spaces or commas."
        >
          <input
            id="gen-free-actions"
            value={freeActions}
            onChange={(e) => setFreeActions(e.target.value)}
          />
        </Field>
        <Field
          id="gen-resources"
          label="Resources (ARNs)"
          hint={"* for all resources; several separated by spaces or commas."}
        >
          <input
            id="gen-resources"
            value={resources}
            onChange={(e) => setResources(e.target.value)}
          />
        </Field>
        {templates.length === 0 ? null : (
          <ul className="muted" aria-label="ARN formats">
            {templates.map((t) => (
              <li key={t.name}>
                {t.name}: <code>{arnTemplate(t.arn)}</code>{" "}
                <button
                  type="button"
                  className="secondary small"
                  onClick={() => setResources(arnTemplate(t.arn))}
                >
                  Use {t.name} ARN
                </button>
              </li>
            ))}
          </ul>
        )}
        <fieldset className="choice">
          <legend>Conditions (optional)</legend>
          <Field id="gen-cond-key" label="Condition key">
            <input
              id="gen-cond-key"
              list="gen-keys"
              value={condKey}
              onChange={(e) => setCondKey(e.target.value)}
            />
            <datalist id="gen-keys">
              {keys.map((k) => (
                <option key={k.key} value={k.key}>
                  {k.type}
                </option>
              ))}
            </datalist>
          </Field>
          <Field id="gen-cond-operator" label="Operator">
            <select
              id="gen-cond-operator"
              value={condOperator}
              onChange={(e) => setCondOperator(e.target.value)}
            >
              {OPERATORS.flatMap((o) => (o === "Null" ? [o] : [o, `${o}IfExists`])).map((o) => (
                <option key={o}>{o}</option>
              ))}
            </select>
          </Field>
          <Field id="gen-cond-value" label="Value" hint="Several separated by commas.">
            <input
              id="gen-cond-value"
              value={condValue}
              onChange={(e) => setCondValue(e.target.value)}
            />
          </Field>
          <button type="button" className="secondary" onClick={addCondition}>
            Add condition
          </button>
          <ul aria-label="Conditions">
            {conditions.map((c, i) => (
              <li key={i}>
                {c.operator} {c.key} = {c.values.join(", ")}
              </li>
            ))}
          </ul>
        </fieldset>
        <button type="button" disabled={allActions.length === 0} onClick={addStatement}>
          Add statement
        </button>
      </div>
      <div className="panel">
        <h2>Statements</h2>
        <ol>
          {statements.map((s, i) => (
            <li key={i}>
              {s.effect} {s.actions.join(", ")} on {s.resources.join(", ") || "*"}{" "}
              <button
                type="button"
                className="secondary small"
                onClick={() => setStatements(statements.filter((_, j) => j !== i))}
              >
                Remove statement {i + 1}
              </button>
            </li>
          ))}
        </ol>
        <PolicyDocument text={document} label="Generated policy" />
        <div className="toolbar">
          <button type="button" disabled={statements.length === 0} onClick={use}>
            Use this policy
          </button>
          <CopyButton text={document} />
        </div>
      </div>
    </section>
  );
}
