/**
 * The simulator's right side: the actions (typed, or ticked from a service
 * of AWS's catalogue when the server has it), the resources, an optional
 * resource policy with the caller it is simulated for, and a value (and
 * type) for each context key the policies use.
 */
import { useEffect, useState } from "react";
import {
  catalogService,
  catalogServices,
  type ApiFailure,
  type CatalogService,
  type CatalogServiceDetail,
} from "../api";
import { Field, Picker } from "../forms";
import { words, type ContextValue } from "./simulator-run";

/** The text of the right side's fields. */
export interface RequestForm {
  actions: string;
  resources: string;
  resourcePolicy: string;
  callerArn: string;
  context: ContextValue[];
}

export const KEY_TYPES = [
  "string",
  "stringList",
  "numeric",
  "numericList",
  "boolean",
  "booleanList",
  "date",
  "dateList",
  "ip",
  "ipList",
  "binary",
  "binaryList",
] as const;

/** The ContextKeyType of a global key as AWS types it; other keys start as strings. */
export function keyType(key: string): string {
  const k = key.toLowerCase();
  if (k === "aws:sourceip") return "ip";
  if (["aws:securetransport", "aws:multifactorauthpresent", "aws:viaawsservice"].includes(k)) {
    return "boolean";
  }
  if (["aws:multifactorauthage", "aws:epochtime"].includes(k)) return "numeric";
  if (["aws:currenttime", "aws:tokenissuetime"].includes(k)) return "date";
  if (["aws:tagkeys", "aws:calledvia"].includes(k)) return "stringList";
  return "string";
}

export function SimulatorRequest(props: {
  form: RequestForm;
  update(change: (form: RequestForm) => RequestForm): void;
  errors: Record<string, ApiFailure>;
  onListKeys(): void;
  busy: boolean;
}) {
  const { form, update } = props;
  const set = (field: "actions" | "resources" | "resourcePolicy" | "callerArn", value: string) =>
    update((f) => ({ ...f, [field]: value }));
  const setKey = (name: string, change: Partial<ContextValue>) =>
    update((f) => ({
      ...f,
      context: f.context.map((c) => (c.name === name ? { ...c, ...change } : c)),
    }));
  return (
    <div className="panel simulator-side">
      <h2>Request</h2>
      <Field
        id="sim-actions"
        label="Actions"
        hint="One per line or separated by commas, e.g. iam:CreateUser, s3:GetObject"
      >
        <textarea
          id="sim-actions"
          value={form.actions}
          onChange={(e) => set("actions", e.target.value)}
        />
      </Field>
      <CatalogActions actions={form.actions} onChange={(text) => set("actions", text)} />
      <Field id="sim-resources" label="Resources (ARNs)" hint="One per line; * for all">
        <textarea
          id="sim-resources"
          value={form.resources}
          onChange={(e) => set("resources", e.target.value)}
        />
      </Field>
      <Field
        id="sim-resource-policy"
        label="Resource policy (optional)"
        error={props.errors["sim-resource-policy"]}
      >
        <textarea
          id="sim-resource-policy"
          className="json short"
          spellCheck={false}
          value={form.resourcePolicy}
          onChange={(e) => set("resourcePolicy", e.target.value)}
        />
      </Field>
      <Field
        id="sim-caller"
        label="Caller ARN (optional)"
        hint="The IAM user the resource policy is simulated for; a user's own ARN by default."
        error={props.errors["sim-caller"]}
      >
        <input
          id="sim-caller"
          value={form.callerArn}
          onChange={(e) => set("callerArn", e.target.value)}
        />
      </Field>
      <button type="button" className="secondary" disabled={props.busy} onClick={props.onListKeys}>
        List context keys
      </button>
      {form.context.length === 0 ? null : (
        <fieldset className="choice sim-keys">
          <legend>Context keys the policies use</legend>
          {form.context.map((k) => (
            <div key={k.name} className="sim-key">
              <Field
                id={`sim-key-${k.name}`}
                label={k.name}
                hint={k.type.endsWith("List") ? "Values separated by commas" : undefined}
                error={props.errors[`sim-key-${k.name}`]}
              >
                <input
                  id={`sim-key-${k.name}`}
                  value={k.value}
                  onChange={(e) => setKey(k.name, { value: e.target.value })}
                />
              </Field>
              <Field id={`sim-key-type-${k.name}`} label={`Type of ${k.name}`}>
                <select
                  id={`sim-key-type-${k.name}`}
                  value={k.type}
                  onChange={(e) => setKey(k.name, { type: e.target.value })}
                >
                  {KEY_TYPES.map((t) => (
                    <option key={t}>{t}</option>
                  ))}
                </select>
              </Field>
            </div>
          ))}
        </fieldset>
      )}
    </div>
  );
}

/** Ticks a service's actions into the actions text (when the catalogue answers). */
function CatalogActions(props: { actions: string; onChange(text: string): void }) {
  const [services, setServices] = useState<CatalogService[]>([]);
  const [prefix, setPrefix] = useState("");
  const [detail, setDetail] = useState<CatalogServiceDetail>();
  useEffect(() => {
    catalogServices().then(setServices, () => setServices([]));
  }, []);
  useEffect(() => {
    if (prefix === "") return;
    let live = true;
    catalogService(prefix).then(
      (d) => live && setDetail(d),
      () => live && setDetail(undefined),
    );
    return () => {
      live = false;
    };
  }, [prefix]);
  if (services.length === 0) return null;
  const chosen = words(props.actions);
  const shown = detail?.prefix === prefix ? detail : undefined;
  return (
    <div className="sim-catalog">
      <Field id="sim-service" label="Service (to tick its actions from AWS’s catalogue)">
        <select id="sim-service" value={prefix} onChange={(e) => setPrefix(e.target.value)}>
          <option value="">Choose a service</option>
          {services.map((s) => (
            <option key={s.prefix} value={s.prefix}>
              {s.name} ({s.prefix})
            </option>
          ))}
        </select>
      </Field>
      {shown === undefined ? null : (
        <Picker
          label={`Actions of ${shown.name}`}
          items={shown.actions.map((a) => ({
            id: `${shown.prefix}:${a.name}`,
            title: `${shown.prefix}:${a.name}`,
            detail: a.accessLevel,
          }))}
          chosen={chosen}
          onChange={(next) => props.onChange(next.join("\n"))}
        />
      )}
    </div>
  );
}
