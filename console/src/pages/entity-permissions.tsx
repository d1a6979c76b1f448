/**
 * The Permissions tab of a user, group or role: managed policies attached
 * (attach from a searchable list, detach, show the document) and inline
 * policies (view, add or edit as JSON, delete).
 */
import { useEffect, useState } from "react";
import { callIam } from "../api";
import { ErrorNote, Loading } from "../components";
import { Field, Picker, PolicyDocument, useRunner } from "../forms";
import {
  allPolicies,
  entityWords,
  policyDocument,
  type EntityKind,
  type PolicySummary,
} from "../lists";
import { useIamCall } from "../use-call";
import { PolicyEditor } from "./policy-editor";

interface Attached {
  PolicyName: string;
  PolicyArn: string;
}

export function EntityPermissions(props: { kind: EntityKind; name: string }) {
  const { member, stem } = entityWords(props.kind);
  const input = { [member]: props.name };
  const attached = useIamCall<{ AttachedPolicies?: Attached[] }>(
    `ListAttached${stem}Policies`,
    input,
  );
  const inline = useIamCall<{ PolicyNames?: string[] }>(`List${stem}Policies`, input);
  return (
    <div>
      <div className="panel">
        <h2>Managed policies</h2>
        <ErrorNote error={attached.error} />
        {attached.data === undefined ? (
          attached.error ? null : (
            <Loading />
          )
        ) : (
          <AttachedList
            kind={props.kind}
            name={props.name}
            policies={attached.data.AttachedPolicies ?? []}
            reload={attached.reload}
          />
        )}
      </div>
      <div className="panel">
        <h2>Inline policies</h2>
        <ErrorNote error={inline.error} />
        {inline.data === undefined ? null : (
          <InlineList
            kind={props.kind}
            name={props.name}
            names={inline.data.PolicyNames ?? []}
            reload={inline.reload}
          />
        )}
      </div>
    </div>
  );
}

function AttachedList(props: {
  kind: EntityKind;
  name: string;
  policies: Attached[];
  reload(): void;
}) {
  const { member, stem } = entityWords(props.kind);
  const runner = useRunner();
  const [adding, setAdding] = useState(false);
  const [shown, setShown] = useState<{ arn: string; text: string }>();
  const detach = (arn: string) =>
    void runner
      .run(() => callIam(`Detach${stem}Policy`, { [member]: props.name, PolicyArn: arn }))
      .then(props.reload);
  const show = (arn: string) =>
    void runner.run(async () => setShown({ arn, text: await policyDocument(arn) }));
  return (
    <>
      {props.policies.length === 0 ? <p className="muted">No managed policies attached.</p> : null}
      <table className="list" aria-label="Attached policies">
        <tbody>
          {props.policies.map((p) => (
            <tr key={p.PolicyArn}>
              <td>{p.PolicyName}</td>
              <td>
                <button type="button" className="secondary small" onClick={() => show(p.PolicyArn)}>
                  Show policy {p.PolicyName}
                </button>{" "}
                <button
                  type="button"
                  className="secondary small"
                  disabled={runner.busy}
                  onClick={() => detach(p.PolicyArn)}
                >
                  Detach {p.PolicyName}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorNote error={runner.error} />
      {shown === undefined ? null : (
        <div>
          <h3>{shown.arn}</h3>
          <PolicyDocument text={shown.text} />
          <button type="button" className="secondary small" onClick={() => setShown(undefined)}>
            Hide policy
          </button>
        </div>
      )}
      {adding ? (
        <AttachForm
          {...props}
          onDone={() => {
            setAdding(false);
            props.reload();
          }}
        />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          Attach policies
        </button>
      )}
    </>
  );
}

function AttachForm(props: {
  kind: EntityKind;
  name: string;
  policies: Attached[];
  onDone(): void;
}) {
  const { member, stem } = entityWords(props.kind);
  const [all, setAll] = useState<PolicySummary[]>();
  const [chosen, setChosen] = useState<string[]>([]);
  const runner = useRunner();
  useEffect(() => {
    void runner.run(async () => setAll(await allPolicies()));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const have = new Set(props.policies.map((p) => p.PolicyArn));
  const attach = () =>
    void runner
      .run(async () => {
        for (const arn of chosen) {
          await callIam(`Attach${stem}Policy`, { [member]: props.name, PolicyArn: arn });
        }
      })
      .then((ok) => ok && props.onDone());
  return (
    <div>
      {all === undefined ? (
        runner.error ? null : (
          <Loading />
        )
      ) : (
        <Picker
          label="Policies to attach"
          items={all
            .filter((p) => !have.has(p.Arn))
            .map((p) => ({ id: p.Arn, title: p.PolicyName }))}
          chosen={chosen}
          onChange={setChosen}
        />
      )}
      <button type="button" disabled={runner.busy || chosen.length === 0} onClick={attach}>
        Attach selected
      </button>{" "}
      <button type="button" className="secondary" onClick={props.onDone}>
        Cancel
      </button>
      <ErrorNote error={runner.error} />
    </div>
  );
}

function InlineList(props: { kind: EntityKind; name: string; names: string[]; reload(): void }) {
  const { member, stem } = entityWords(props.kind);
  const runner = useRunner();
  const [editing, setEditing] = useState<{ name: string; text: string; isNew: boolean }>();
  const [shown, setShown] = useState<{ name: string; text: string }>();
  const read = async (policyName: string) =>
    (
      await callIam<{ PolicyDocument?: string }>(`Get${stem}Policy`, {
        [member]: props.name,
        PolicyName: policyName,
      })
    ).PolicyDocument ?? "";
  const remove = (policyName: string) =>
    void runner
      .run(() => callIam(`Delete${stem}Policy`, { [member]: props.name, PolicyName: policyName }))
      .then(props.reload);
  return (
    <>
      {props.names.length === 0 ? <p className="muted">No inline policies.</p> : null}
      <table className="list" aria-label="Inline policies">
        <tbody>
          {props.names.map((n) => (
            <tr key={n}>
              <td>{n}</td>
              <td>
                <button
                  type="button"
                  className="secondary small"
                  onClick={() =>
                    void runner.run(async () => setShown({ name: n, text: await read(n) }))
                  }
                >
                  Show {n}
                </button>{" "}
                <button
                  type="button"
                  className="secondary small"
                  onClick={() =>
                    void runner.run(async () =>
                      setEditing({ name: n, text: await read(n), isNew: false }),
                    )
                  }
                >
                  Edit {n}
                </button>{" "}
                <button type="button" className="secondary small" onClick={() => remove(n)}>
                  Delete {n}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorNote error={runner.error} />
      {shown === undefined ? null : (
        <PolicyDocument text={shown.text} label={`Inline policy ${shown.name}`} />
      )}
      {editing === undefined ? (
        <button
          type="button"
          onClick={() => setEditing({ name: "", text: NEW_POLICY, isNew: true })}
        >
          Add inline policy
        </button>
      ) : (
        <InlineEditor
          {...props}
          initial={editing}
          onDone={(changed) => {
            setEditing(undefined);
            if (changed) props.reload();
          }}
        />
      )}
    </>
  );
}

const NEW_POLICY = JSON.stringify(
  { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "", Resource: "*" }] },
  null,
  2,
);

function InlineEditor(props: {
  kind: EntityKind;
  name: string;
  initial: { name: string; text: string; isNew: boolean };
  onDone(changed: boolean): void;
}) {
  const { member, stem } = entityWords(props.kind);
  const [policyName, setPolicyName] = useState(props.initial.name);
  const [text, setText] = useState(() => {
    try {
      return JSON.stringify(JSON.parse(props.initial.text), null, 2);
    } catch {
      return props.initial.text;
    }
  });
  const runner = useRunner();
  const save = () =>
    void runner
      .run(() =>
        callIam(`Put${stem}Policy`, {
          [member]: props.name,
          PolicyName: policyName,
          PolicyDocument: text,
        }),
      )
      .then((ok) => ok && props.onDone(true));
  return (
    <form
      className="panel"
      aria-label="Inline policy"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Field id="inline-policy-name" label="Policy name">
        <input
          id="inline-policy-name"
          value={policyName}
          disabled={!props.initial.isNew}
          onChange={(e) => setPolicyName(e.target.value)}
        />
      </Field>
      <PolicyEditor
        id="inline-policy-document"
        label="Policy document (JSON)"
        value={text}
        onChange={setText}
      />
      <ErrorNote error={runner.error} />
      <button type="submit" disabled={runner.busy}>
        Save inline policy
      </button>{" "}
      <button type="button" className="secondary" onClick={() => props.onDone(false)}>
        Cancel
      </button>
    </form>
  );
}
