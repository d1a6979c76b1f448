/**
 * One AWS Query request, start to finish: read the parameters, verify the
 * signature, find the action, validate its input against AWS's model,
 * authorize the caller with the policy engine, run the action, and write the
 * XML answer — or the AWS-shaped error.
 */
import { randomUUID } from "node:crypto";
import { verifySigV4Async, type SignedRequest } from "../auth/sigv4.js";
import type { Action, Caller, OperationContext, UnsignedContext } from "../iam/action.js";
import { apiModel, type ServiceName } from "../model/api/load.js";
import { isTemporaryAccessKeyId } from "../model/ids.js";
import type { ApiModel } from "../model/api/types.js";
import { recordKeyUse } from "../iam/access-keys.js";
import { recordRoleUse } from "../iam/roles-last-used.js";
import { parseQueryInput } from "../model/query-input.js";
import {
  ApiError,
  fromInputError,
  fromSigV4Failure,
  missingAction,
  renderError,
  REQUEST_ID_HEADER,
  XML_CONTENT_TYPE,
} from "../protocol/errors.js";
import { nulRefusal, parseForm } from "../protocol/form.js";
import { renderResult } from "../protocol/xml.js";
import type { Services } from "./services.js";
import { authorize, requestContext, requestFactsContext, type RequestFacts } from "./authorize.js";
import { callerFor, credentialsFor } from "./callers.js";
import { failureOf } from "./failures.js";

export interface QueryRequest extends SignedRequest {
  sourceIp: string;
  secure: boolean;
}

export interface QueryResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** For the request log. */
  action?: string;
  accessKeyId?: string;
  errorCode?: string;
}

const VERSIONS: Record<string, ServiceName> = {
  "2010-05-08": "iam",
  "2011-06-15": "sts",
  "2026-11-01": "gatehouse",
};

/** The SigV4 services the Query endpoint answers: IAM, STS and Gatehouse's own (instances). */
const SERVICES: readonly ServiceName[] = ["iam", "sts", "gatehouse"];

/** The STS actions AWS takes with no authentication (the token or assertion is the proof). */
const UNSIGNED_ACTIONS: ReadonlySet<string> = new Set([
  "AssumeRoleWithWebIdentity",
  "AssumeRoleWithSAML",
]);

/** The region of a request that names none (unsigned: no credential scope). */
const UNSIGNED_REGION = "us-east-1";

export async function handleQuery(services: Services, req: QueryRequest): Promise<QueryResponse> {
  const requestId = randomUUID();
  const now = services.clock();
  let model: ApiModel = apiModel("iam");
  let action: string | undefined;
  let accessKeyId: string | undefined;
  try {
    const form = parseForm({
      query: req.query,
      body: req.body,
      contentType: headerText(req.headers["content-type"]),
    });
    if (!form.ok) throw form.error;
    const params = form.params;
    action = params.get("Action");
    const versionService = VERSIONS[params.get("Version") ?? ""];
    if (versionService !== undefined) model = apiModel(versionService);

    const verified = await verifySigV4Async(req, {
      now,
      services: SERVICES,
      lookup: (id) => credentialsFor(services, id),
    });
    if (!verified.ok) {
      // AssumeRoleWithWebIdentity and AssumeRoleWithSAML: AWS takes them with no authentication.
      const open =
        verified.code === "MissingAuthenticationToken"
          ? unsignedAction(services, versionService, action)
          : undefined;
      if (open === undefined) throw fromSigV4Failure(verified);
      const parsed = parseQueryInput(model, open.name, params);
      if (!parsed.ok) throw fromInputError(parsed.error);
      const nul = nulRefusal(params);
      if (nul !== undefined) throw nul;
      const facts = { now, sourceIp: req.sourceIp, secure: req.secure, region: UNSIGNED_REGION };
      const output = await runUnsigned(services, open, facts, parsed.input);
      return {
        status: 200,
        headers: { "content-type": XML_CONTENT_TYPE, [REQUEST_ID_HEADER]: requestId },
        body: renderResult(model, parsed.operation, output, requestId),
        action: open.name,
      };
    }
    accessKeyId = verified.accessKeyId;
    // Last-used data, as AWS records it for every authenticated call (throttled, never fails);
    // temporary credentials (ASIA…) are no access keys of IAM's and have none.
    if (!isTemporaryAccessKeyId(verified.accessKeyId)) {
      void recordKeyUse(
        services.store,
        verified.accessKeyId,
        verified.service,
        verified.region,
        now,
      );
    }
    model = apiModel(verified.service as ServiceName);
    if (action === undefined || action === "") throw missingAction();

    const parsed = parseQueryInput(model, action, params);
    if (!parsed.ok) throw fromInputError(parsed.error);
    const nul = nulRefusal(params);
    if (nul !== undefined) throw nul;
    const definition = services.actions.get(`${model.service.name}:${action}`);
    if (definition === undefined) throw notImplemented(model, action);

    const caller = await callerFor(services, verified.credentials, verified.sessionToken, now);
    // RoleLastUsed: a role is used when its sessions sign requests (throttled, never fails).
    if (caller.role !== undefined) {
      void recordRoleUse(services.store, caller.role.id, verified.region, now);
    }
    const facts: RequestFacts = {
      now,
      sourceIp: req.sourceIp,
      secure: req.secure,
      region: verified.region,
    };
    await authorize(services, caller, definition, parsed.input, facts);
    const output = await run(services, definition, caller, facts, parsed.input);
    return {
      status: 200,
      headers: { "content-type": XML_CONTENT_TYPE, [REQUEST_ID_HEADER]: requestId },
      body: renderResult(model, parsed.operation, output, requestId),
      action,
      accessKeyId,
    };
  } catch (err) {
    const error = failureOf(err);
    if (error.code === "InternalFailure")
      services.logger.error({ err, requestId }, "internal failure");
    if (error.code === "ServiceUnavailable")
      services.logger.warn({ requestId }, "the database is unavailable");
    const rendered = renderError(error, requestId, model.service.xmlNamespace);
    const out: QueryResponse = {
      status: rendered.status,
      headers: { "content-type": rendered.contentType, [REQUEST_ID_HEADER]: requestId },
      body: rendered.body,
      errorCode: error.code,
    };
    if (action !== undefined) out.action = action;
    if (accessKeyId !== undefined) out.accessKeyId = accessKeyId;
    return out;
  }
}

async function run(
  services: Services,
  action: Action,
  caller: Caller,
  facts: RequestFacts,
  input: Readonly<Record<string, unknown>>,
): Promise<Record<string, unknown> | undefined> {
  const ctx: OperationContext = {
    ...operationBase(services, facts),
    caller,
    requestContext: () => requestContext(services, caller, facts),
  };
  // What it writes reaches every cache through the store's change feed.
  return action.run(ctx, input);
}

/**
 * The STS action AWS takes without authentication that the request names,
 * or undefined; NotImplemented for one Gatehouse does not have.
 */
function unsignedAction(
  services: Services,
  service: ServiceName | undefined,
  action: string | undefined,
): (Action & Required<Pick<Action, "runUnsigned">>) | undefined {
  if (service !== "sts" || action === undefined || !UNSIGNED_ACTIONS.has(action)) return undefined;
  const definition = services.actions.get(`sts:${action}`);
  if (definition?.runUnsigned === undefined) throw notImplemented(apiModel("sts"), action);
  return definition as Action & Required<Pick<Action, "runUnsigned">>;
}

async function runUnsigned(
  services: Services,
  action: Action & Required<Pick<Action, "runUnsigned">>,
  facts: RequestFacts,
  input: Readonly<Record<string, unknown>>,
): Promise<Record<string, unknown> | undefined> {
  const ctx: UnsignedContext = {
    ...operationBase(services, facts),
    requestContext: () => Promise.resolve(requestFactsContext(facts)),
  };
  return action.runUnsigned(ctx, input);
}

function operationBase(services: Services, facts: RequestFacts): UnsignedContext {
  const base: UnsignedContext = {
    store: services.store,
    now: facts.now,
    quotas: services.quotas,
    secrets: services.secrets,
    partition: services.partition,
    region: facts.region,
  };
  return services.identityProviderCa === undefined
    ? base
    : { ...base, identityProviderCa: services.identityProviderCa };
}

/** An action AWS has and Gatehouse does not implement (yet): said plainly. */
function notImplemented(model: ApiModel, action: string): ApiError {
  return new ApiError(
    "NotImplemented",
    501,
    `Gatehouse does not implement ${model.service.name}:${action} yet.`,
    "Receiver",
  );
}

function headerText(value: string | readonly string[] | undefined): string | undefined {
  return typeof value === "string" ? value : value?.[0];
}
