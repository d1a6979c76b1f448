/**
 * Create role, as AWS's wizard: the trusted entity (an AWS service, an
 * account, a web identity provider) writes the trust policy, shown and
 * editable; then policies, name, description and maximum session duration.
 * An EC2 role gets an instance profile of the same name. All or nothing: a
 * refusal undoes what was done and shows next to the field it is about.
 */
import { useEffect, useState, type FormEvent } from "react";
import { callIam, type ApiFailure } from "../api";
import { ErrorNote } from "../components";
import { Field, Picker, useRunner } from "../forms";
import { allPolicies, type PolicySummary } from "../lists";
import { PATHS } from "../paths";
import { navigate } from "../router";
import { useSession } from "../session";
import { asFailure, useIamCall } from "../use-call";
import { SERVICES, trustPolicy, type Trusted } from "./role-trust";

type Kind = "service" | "account" | "web";
type Step = "trust" | "name" | "policies" | "profile";

interface Provider {
  Arn: string;
}

export function CreateRolePage() {
  const session = useSession();
  const [kind, setKind] = useState<Kind>("service");
  const [service, setService] = useState("ec2.amazonaws.com");
  const [accountId, setAccountId] = useState(session.accountId);
  const [externalId, setExternalId] = useState("");
  const [requireMfa, setRequireMfa] = useState(false);
  const [providerArn, setProviderArn] = useState("");
  const [audience, setAudience] = useState("");
  const [trust, setTrust] = useState("");
  const [edited, setEdited] = useState(false);
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [maxSession, setMaxSession] = useState("3600");
  const [policies, setPolicies] = useState<string[]>([]);
  const [policyList, setPolicyList] = useState<PolicySummary[]>([]);
  const [failed, setFailed] = useState<{ step: Step; error: ApiFailure }>();
  const providers = useIamCall<{ OpenIDConnectProviderList?: Provider[] }>(
    "ListOpenIDConnectProviders",
  );
  const runner = useRunner();
  useEffect(() => {
    allPolicies().then(setPolicyList, () => setPolicyList([]));
  }, []);
  const providerUrl = providerArn.replace(/^arn:[^:]+:iam::\d+:oidc-provider\//, "");
  const trusted: Trusted =
    kind === "service"
      ? { type: "service", service }
      : kind === "account"
        ? { type: "account", accountId, externalId, requireMfa }
        : { type: "web", providerArn, providerUrl, audience };
  // The choices write the trust policy until the user edits it.
  const document = edited ? trust : trustPolicy(trusted);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailed(undefined);
    const undo: (() => Promise<unknown>)[] = [];
    let step: Step = "trust";
    const ok = await runner.run(async () => {
      try {
        await callIam("CreateRole", {
          RoleName: name,
          AssumeRolePolicyDocument: document,
          ...(description === "" ? {} : { Description: description }),
          MaxSessionDuration: Number(maxSession),
        });
        undo.push(() => callIam("DeleteRole", { RoleName: name }));
        step = "policies";
        for (const arn of policies) {
          await callIam("AttachRolePolicy", { RoleName: name, PolicyArn: arn });
          undo.push(() => callIam("DetachRolePolicy", { RoleName: name, PolicyArn: arn }));
        }
        if (kind === "service" && service === "ec2.amazonaws.com") {
          step = "profile";
          await callIam("CreateInstanceProfile", { InstanceProfileName: name });
          undo.push(() => callIam("DeleteInstanceProfile", { InstanceProfileName: name }));
          await callIam("AddRoleToInstanceProfile", { InstanceProfileName: name, RoleName: name });
          undo.push(() =>
            callIam("RemoveRoleFromInstanceProfile", { InstanceProfileName: name, RoleName: name }),
          );
        }
      } catch (err) {
        for (const fn of undo.reverse()) await fn().catch(() => undefined);
        const error = asFailure(err);
        // CreateRole's refusals are about the name unless they are about the document.
        const about: Step =
          step !== "trust" ? step : error.code === "MalformedPolicyDocument" ? "trust" : "name";
        setFailed({ step: about, error });
        throw err;
      }
    });
    if (ok) navigate(`${PATHS.roles}/${encodeURIComponent(name)}`);
  };
  const errorFor = (step: Step) => (failed?.step === step ? failed.error : undefined);
  const providerList = providers.data?.OpenIDConnectProviderList ?? [];
  return (
    <section>
      <h1>Create role</h1>
      <form aria-label="Create role" onSubmit={(e) => void submit(e)}>
        <fieldset className="choice">
          <legend>Trusted entity type</legend>
          <label>
            <input type="radio" checked={kind === "service"} onChange={() => setKind("service")} />{" "}
            AWS service
          </label>
          <label>
            <input type="radio" checked={kind === "account"} onChange={() => setKind("account")} />{" "}
            AWS account
          </label>
          <label>
            <input type="radio" checked={kind === "web"} onChange={() => setKind("web")} /> Web
            identity
          </label>
        </fieldset>
        {kind === "service" ? (
          <Field id="role-service" label="Service principal">
            <select id="role-service" value={service} onChange={(e) => setService(e.target.value)}>
              {SERVICES.map((s) => (
                <option key={s.principal} value={s.principal}>
                  {s.title} ({s.principal})
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        {kind === "account" ? (
          <>
            <Field id="role-account" label="Account ID" hint="This account, or another one.">
              <input
                id="role-account"
                value={accountId}
                onChange={(e) => setAccountId(e.target.value.trim())}
              />
            </Field>
            <Field id="role-external-id" label="Require external ID (optional)">
              <input
                id="role-external-id"
                value={externalId}
                onChange={(e) => setExternalId(e.target.value)}
              />
            </Field>
            <label className="check">
              <input
                type="checkbox"
                checked={requireMfa}
                onChange={(e) => setRequireMfa(e.target.checked)}
              />{" "}
              Require MFA
            </label>
          </>
        ) : null}
        {kind === "web" ? (
          <>
            <Field id="role-provider" label="Identity provider" error={providers.error}>
              <select
                id="role-provider"
                value={providerArn}
                onChange={(e) => setProviderArn(e.target.value)}
              >
                <option value="">Choose a provider</option>
                {providerList.map((p) => (
                  <option key={p.Arn} value={p.Arn}>
                    {p.Arn}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="role-audience" label="Audience">
              <input
                id="role-audience"
                value={audience}
                onChange={(e) => setAudience(e.target.value)}
              />
            </Field>
          </>
        ) : null}
        <Field id="role-trust" label="Trust policy" error={errorFor("trust")}>
          <textarea
            id="role-trust"
            className="json"
            spellCheck={false}
            value={document}
            onChange={(e) => {
              setEdited(true);
              setTrust(e.target.value);
            }}
          />
        </Field>
        {edited ? (
          <button type="button" className="secondary small" onClick={() => setEdited(false)}>
            Write it again from the choices above
          </button>
        ) : null}
        <Picker
          label="Permissions policies"
          items={policyList.map((p) => ({ id: p.Arn, title: p.PolicyName }))}
          chosen={policies}
          onChange={setPolicies}
        />
        <ErrorNote error={errorFor("policies")} />
        <Field id="role-name" label="Role name" error={errorFor("name")}>
          <input id="role-name" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field id="role-description" label="Description">
          <input
            id="role-description"
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        </Field>
        <Field
          id="role-max-session"
          label="Maximum session duration (seconds)"
          hint="3600 to 43200"
        >
          <input
            id="role-max-session"
            inputMode="numeric"
            value={maxSession}
            onChange={(e) => setMaxSession(e.target.value)}
          />
        </Field>
        <ErrorNote error={errorFor("profile")} />
        <button type="submit" disabled={runner.busy}>
          Create role
        </button>
      </form>
    </section>
  );
}
