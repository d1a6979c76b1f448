/**
 * Identity providers: the account's OpenID Connect providers (URL,
 * audiences, thumbprints, created); add one, add or remove an audience,
 * delete. Roles for web identities trust them (see Create role).
 */
import { useEffect, useState, type FormEvent } from "react";
import { callIam } from "../api";
import { ErrorNote, Loading } from "../components";
import { Field, useRunner } from "../forms";

interface Provider {
  arn: string;
  Url?: string;
  ClientIDList?: string[];
  ThumbprintList?: string[];
  CreateDate?: string;
}

export function IdentityProvidersPage() {
  const [providers, setProviders] = useState<Provider[]>();
  const [round, setRound] = useState(0);
  const runner = useRunner();
  useEffect(() => {
    void runner.run(async () => {
      const list = await callIam<{ OpenIDConnectProviderList?: { Arn: string }[] }>(
        "ListOpenIDConnectProviders",
      );
      const all: Provider[] = [];
      for (const p of list.OpenIDConnectProviderList ?? []) {
        const got = await callIam<Omit<Provider, "arn">>("GetOpenIDConnectProvider", {
          OpenIDConnectProviderArn: p.Arn,
        });
        all.push({ arn: p.Arn, ...got });
      }
      setProviders(all);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [round]);
  const reload = () => setRound((r) => r + 1);
  const act = (action: string, input: Record<string, unknown>) =>
    void runner.run(() => callIam(action, input)).then(reload);
  return (
    <section>
      <h1>Identity providers</h1>
      <ErrorNote error={runner.error} />
      {providers === undefined ? (
        runner.error ? null : (
          <Loading />
        )
      ) : (
        <table className="list" aria-label="Identity providers">
          <thead>
            <tr>
              <th>Provider</th>
              <th>Audiences</th>
              <th>Thumbprints</th>
              <th>Created</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {providers.map((p) => (
              <tr key={p.arn}>
                <td>
                  {p.Url}
                  <div className="muted">{p.arn}</div>
                </td>
                <td>
                  {(p.ClientIDList ?? []).map((c) => (
                    <div key={c}>
                      {c}{" "}
                      <button
                        type="button"
                        className="secondary small"
                        onClick={() =>
                          act("RemoveClientIDFromOpenIDConnectProvider", {
                            OpenIDConnectProviderArn: p.arn,
                            ClientID: c,
                          })
                        }
                      >
                        Remove audience {c}
                      </button>
                    </div>
                  ))}
                  <AddAudience arn={p.arn} onAdded={reload} />
                </td>
                <td>{(p.ThumbprintList ?? []).join(", ")}</td>
                <td>{p.CreateDate ?? ""}</td>
                <td>
                  <button
                    type="button"
                    className="secondary small"
                    onClick={() =>
                      act("DeleteOpenIDConnectProvider", { OpenIDConnectProviderArn: p.arn })
                    }
                  >
                    Delete {p.Url}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AddProvider onAdded={reload} />
    </section>
  );
}

function AddAudience(props: { arn: string; onAdded(): void }) {
  const [value, setValue] = useState("");
  const runner = useRunner();
  const add = (event: FormEvent) => {
    event.preventDefault();
    void runner
      .run(() =>
        callIam("AddClientIDToOpenIDConnectProvider", {
          OpenIDConnectProviderArn: props.arn,
          ClientID: value,
        }),
      )
      .then((ok) => {
        if (!ok) return;
        setValue("");
        props.onAdded();
      });
  };
  const id = `audience-${props.arn.replace(/\W+/g, "-")}`;
  return (
    <form className="toolbar" onSubmit={add} aria-label="Add an audience">
      <label htmlFor={id} className="sr-only">
        New audience
      </label>
      <input id={id} className="inline" value={value} onChange={(e) => setValue(e.target.value)} />
      <button type="submit" className="secondary small" disabled={runner.busy}>
        Add audience
      </button>
      <ErrorNote error={runner.error} />
    </form>
  );
}

function AddProvider(props: { onAdded(): void }) {
  const [url, setUrl] = useState("https://");
  const [audience, setAudience] = useState("");
  const [thumbprint, setThumbprint] = useState("");
  const runner = useRunner();
  const add = (event: FormEvent) => {
    event.preventDefault();
    void runner
      .run(() =>
        callIam("CreateOpenIDConnectProvider", {
          Url: url,
          ClientIDList: audience === "" ? [] : [audience],
          ...(thumbprint === "" ? {} : { ThumbprintList: [thumbprint] }),
        }),
      )
      .then((ok) => ok && props.onAdded());
  };
  return (
    <form className="panel" aria-label="Add provider" onSubmit={add}>
      <h2>Add an OpenID Connect provider</h2>
      <Field id="idp-url" label="Provider URL">
        <input id="idp-url" value={url} onChange={(e) => setUrl(e.target.value)} />
      </Field>
      <Field id="idp-audience" label="Audience">
        <input id="idp-audience" value={audience} onChange={(e) => setAudience(e.target.value)} />
      </Field>
      <Field
        id="idp-thumbprint"
        label="Thumbprint (optional)"
        hint="SHA-1 of the issuer's certificate, 40 hex digits"
        error={runner.error}
      >
        <input
          id="idp-thumbprint"
          value={thumbprint}
          onChange={(e) => setThumbprint(e.target.value)}
        />
      </Field>
      <button type="submit" disabled={runner.busy}>
        Add provider
      </button>
    </form>
  );
}
