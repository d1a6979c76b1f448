/**
 * An IAM action called from the console: its JSON input read into the
 * Query protocol's parameters and validated by the same model, the action
 * found in the same table, authorized with the signed-in principal's
 * policies by the same authorize(), run, and its output written as JSON.
 * Errors are thrown as AWS's (ApiError): AccessDenied with AWS's message.
 */
import type { Caller, OperationContext } from "../../iam/action.js";
import { apiModel } from "../../model/api/load.js";
import { parseQueryInput } from "../../model/query-input.js";
import { ApiError, fromInputError } from "../../protocol/errors.js";
import { jsonQueryParams, renderJsonResult } from "../../protocol/json.js";
import { authorize, type RequestFacts } from "../authorize.js";
import type { Services } from "../services.js";

export async function runConsoleAction(
  services: Services,
  caller: Caller,
  name: string,
  body: unknown,
  facts: RequestFacts,
): Promise<Record<string, unknown>> {
  const model = apiModel("iam");
  const flat = jsonQueryParams(model, name, body);
  if (!flat.ok) throw fromInputError(flat.error);
  const parsed = parseQueryInput(model, name, flat.params);
  if (!parsed.ok) throw fromInputError(parsed.error);
  const action = services.actions.get(`iam:${name}`);
  if (action === undefined) {
    throw new ApiError(
      "NotImplemented",
      501,
      `Gatehouse does not implement iam:${name} yet.`,
      "Receiver",
    );
  }
  await authorize(services, caller, action, parsed.input, facts);
  const ctx: OperationContext = {
    store: services.store,
    caller,
    now: facts.now,
    quotas: services.quotas,
    secrets: services.secrets,
    partition: services.partition,
  };
  // What it writes reaches every cache through the store's change feed.
  const output = await action.run(ctx, parsed.input);
  return renderJsonResult(model, parsed.operation, output);
}
