/**
 * Create a customer managed policy in the JSON editor (prefilled from the
 * policy generator when it handed one over), with a name, description and
 * tags. The server's refusal is shown next to the field it is about.
 */
import { useState, type FormEvent } from "react";
import { callIam, type ApiFailure } from "../api";
import { ErrorNote } from "../components";
import { Field, useRunner } from "../forms";
import { Link, navigate } from "../router";
import { PATHS } from "../paths";
import { asFailure } from "../use-call";
import { policyPath } from "./policies";
import { PolicyEditor } from "./policy-editor";

/** Where the policy generator leaves the document it wrote. */
export const GENERATED_POLICY_KEY = "gatehouse.generatedPolicy";

const STARTER = JSON.stringify(
  { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: [], Resource: [] }] },
  null,
  2,
);

function initialDocument(): string {
  try {
    const handed = window.sessionStorage.getItem(GENERATED_POLICY_KEY);
    if (handed !== null) {
      window.sessionStorage.removeItem(GENERATED_POLICY_KEY);
      return handed;
    }
  } catch {
    // No storage: start from the template.
  }
  return STARTER;
}

export function CreatePolicyPage() {
  const [document, setDocument] = useState(initialDocument);
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [failed, setFailed] = useState<{ on: "document" | "name"; error: ApiFailure }>();
  const runner = useRunner();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailed(undefined);
    let arn = "";
    const ok = await runner.run(async () => {
      try {
        const made = await callIam<{ Policy: { Arn: string } }>("CreatePolicy", {
          PolicyName: name,
          PolicyDocument: document,
          ...(description === "" ? {} : { Description: description }),
        });
        arn = made.Policy.Arn;
      } catch (err) {
        const error = asFailure(err);
        const aboutDocument =
          error.code === "MalformedPolicyDocument" || /policyDocument/i.test(error.message);
        setFailed({ on: aboutDocument ? "document" : "name", error });
        throw err;
      }
    });
    if (ok) navigate(policyPath(arn));
  };
  return (
    <section>
      <h1>Create policy</h1>
      <p>
        Write the JSON document, or build it statement by statement with the{" "}
        <Link to={`${PATHS.policies}/generator`}>policy generator</Link>.
      </p>
      <form aria-label="Create policy" onSubmit={(e) => void submit(e)}>
        <PolicyEditor
          id="policy-document"
          label="Policy document"
          value={document}
          onChange={setDocument}
        />
        <ErrorNote error={failed?.on === "document" ? failed.error : undefined} />
        <Field
          id="policy-name"
          label="Policy name"
          error={failed?.on === "name" ? failed.error : undefined}
        >
          <input id="policy-name" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field id="policy-description" label="Description">
          <input
            id="policy-description"
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        </Field>
        <button type="submit" disabled={runner.busy}>
          Create policy
        </button>
      </form>
    </section>
  );
}
