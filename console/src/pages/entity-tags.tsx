/** The Tags tab of a user or role: list, add (or change the value of) and remove tags. */
import { useState } from "react";
import { callIam } from "../api";
import { ErrorNote } from "../components";
import { Field, useRunner } from "../forms";
import { entityWords } from "../lists";
import { useIamCall } from "../use-call";

interface Tag {
  Key: string;
  Value: string;
}

export function EntityTags(props: { kind: "user" | "role"; name: string }) {
  const { member, stem } = entityWords(props.kind);
  const tags = useIamCall<{ Tags?: Tag[] }>(`List${stem}Tags`, { [member]: props.name });
  const [key, setKey] = useState("");
  const [value, setValue] = useState("");
  const runner = useRunner();
  const add = () =>
    void runner
      .run(() =>
        callIam(`Tag${stem}`, { [member]: props.name, Tags: [{ Key: key, Value: value }] }),
      )
      .then((ok) => {
        if (!ok) return;
        setKey("");
        setValue("");
        tags.reload();
      });
  const remove = (k: string) =>
    void runner
      .run(() => callIam(`Untag${stem}`, { [member]: props.name, TagKeys: [k] }))
      .then(tags.reload);
  return (
    <div className="panel">
      <h2>Tags</h2>
      <ErrorNote error={tags.error} />
      <table className="list" aria-label="Tags">
        <tbody>
          {(tags.data?.Tags ?? []).map((t) => (
            <tr key={t.Key}>
              <td>{t.Key}</td>
              <td>{t.Value}</td>
              <td>
                <button type="button" className="secondary small" onClick={() => remove(t.Key)}>
                  Remove tag {t.Key}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="toolbar"
        aria-label="Add a tag"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <Field id="tag-key" label="Key">
          <input id="tag-key" value={key} onChange={(e) => setKey(e.target.value)} />
        </Field>
        <Field id="tag-value" label="Value">
          <input id="tag-value" value={value} onChange={(e) => setValue(e.target.value)} />
        </Field>
        <button type="submit" disabled={runner.busy}>
          Add tag
        </button>
      </form>
      <ErrorNote error={runner.error} />
    </div>
  );
}
