/**
 * The policy simulator page: whose policies on the left (simulator-principal),
 * the request on the right (simulator-request), "Run simulation" below; the
 * results with each decision explained (simulator-results). Refusals of a
 * pasted document or a context value show beside that field.
 */
import { useState } from "react";
import type { ApiFailure } from "../api";
import { ErrorNote } from "../components";
import { useRunner } from "../forms";
import { asFailure } from "../use-call";
import { SimulatorPrincipal } from "./simulator-principal";
import { keyType, SimulatorRequest, type RequestForm } from "./simulator-request";
import { SimulatorResults, type EvalResult } from "./simulator-results";
import {
  blame,
  contextKeys,
  mergeKeys,
  plan,
  simulateAll,
  words,
  type Request,
  type Setup,
} from "./simulator-run";
import type { SourcePolicy } from "./simulator-sources";
import "./simulator.css";

const START: Setup = {
  mode: "user",
  principal: undefined,
  loaded: [],
  excluded: [],
  pasted: [""],
  boundary: "",
  ready: true,
};

const EMPTY_FORM: RequestForm = {
  actions: "",
  resources: "*",
  resourcePolicy: "",
  callerArn: "",
  context: [],
};

function toRequest(form: RequestForm): Request {
  const resources = words(form.resources);
  return {
    actions: words(form.actions),
    resources,
    resourcePolicy: form.resourcePolicy,
    callerArn: form.callerArn,
    context: form.context,
  };
}

/** The form's keys for `names`, with the values already typed kept. */
function withKeys(form: RequestForm, names: readonly string[]): RequestForm {
  return {
    ...form,
    context: names.map(
      (name) =>
        form.context.find((c) => c.name.toLowerCase() === name.toLowerCase()) ?? {
          name,
          type: keyType(name),
          value: "",
        },
    ),
  };
}

export function SimulatorPage() {
  const [setup, setSetup] = useState<Setup>(START);
  const [form, setForm] = useState<RequestForm>(EMPTY_FORM);
  const [errors, setErrors] = useState<Record<string, ApiFailure>>({});
  const [outcome, setOutcome] = useState<{
    round: number;
    results: EvalResult[];
    sources: SourcePolicy[];
  }>();
  const running = useRunner();

  /** Runs `fn`; a refusal that belongs to a field is shown beside it. */
  const attempt = (fn: (request: Request) => Promise<void>) =>
    void running.run(async () => {
      setErrors({});
      const request = toRequest(form);
      try {
        await fn(request);
      } catch (err) {
        const found = await blame(setup, request, asFailure(err));
        if (found === undefined) throw err;
        setErrors({ [found.field]: found.error });
      }
    });

  const listKeys = () =>
    attempt(async (request) => {
      const names = await contextKeys(setup, request);
      setForm((f) => withKeys(f, names));
    });

  const run = () =>
    attempt(async (request) => {
      setOutcome(undefined);
      const p = plan(setup, request);
      const results = await simulateAll<EvalResult>(p);
      setOutcome((o) => ({ round: (o?.round ?? 0) + 1, results, sources: p.sources }));
      // Keys a result missed join the ones to fill in.
      const missing = results.flatMap((r) => r.MissingContextValues ?? []);
      setForm((f) =>
        withKeys(
          f,
          mergeKeys(
            f.context.map((c) => c.name),
            missing,
          ),
        ),
      );
    });

  const blocked =
    words(form.actions).length === 0 ||
    !setup.ready ||
    (setup.mode !== "custom" && setup.principal === undefined);
  return (
    <section>
      <h1>Policy simulator</h1>
      <p className="muted">
        Which actions the policies allow, as the server decides them, without calling the actions.
      </p>
      <div className="simulator-grid">
        <SimulatorPrincipal setup={setup} update={setSetup} errors={errors} />
        <SimulatorRequest
          form={form}
          update={setForm}
          errors={errors}
          onListKeys={listKeys}
          busy={running.busy}
        />
      </div>
      <div className="simulator-run">
        <ErrorNote error={running.error} />
        <button type="button" disabled={running.busy || blocked} onClick={run}>
          Run simulation
        </button>
        {running.busy ? <span className="muted"> Simulating…</span> : null}
      </div>
      {outcome === undefined ? null : (
        <SimulatorResults key={outcome.round} results={outcome.results} sources={outcome.sources} />
      )}
    </section>
  );
}
