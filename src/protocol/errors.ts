/**
 * AWS-shaped errors for the Query protocol (IAM, STS) and their rendering:
 *
 *   <ErrorResponse xmlns="{namespace}">
 *     <Error>
 *       <Type>Sender</Type>
 *       <Code>NoSuchEntity</Code>
 *       <Message>The user with name bob cannot be found.</Message>
 *     </Error>
 *     <RequestId>…</RequestId>
 *   </ErrorResponse>
 *
 * The layout (xmlns on ErrorResponse, no XML declaration, two-space indent,
 * RequestId beside Error) is IAM's and STS's as pasted from real responses.
 */
import type { SigV4Failure } from "../auth/sigv4-errors.js";
import { serviceErrors } from "../model/api/load.js";
import type { ApiModel } from "../model/api/types.js";
import { IamError as ApiError, type ErrorType } from "../model/errors.js";
import type { InputError } from "../model/input-error.js";
import { escapeXml } from "./xml-text.js";

/**
 * The error every layer throws for an AWS-shaped answer: the model's class
 * (src/model/errors.ts), `new ApiError(code, status, message, type?)`, with
 * `type` "Receiver" for 5xx and "Sender" otherwise unless given.
 */
export { ApiError, type ErrorType };

/** What renderError needs; ApiError (IamError) has it. */
export interface WireError {
  code: string;
  status: number;
  message: string;
  type: ErrorType;
}

/** An input error from model/ (ValidationError, InvalidAction, InvalidParameterValue…). */
export function fromInputError(error: InputError): ApiError {
  return new ApiError(error.code, error.httpStatus, error.message);
}

/** A SigV4 verification failure from auth/, with the code, status and text it carries. */
export function fromSigV4Failure(failure: SigV4Failure): ApiError {
  return new ApiError(failure.code, failure.status, failure.message);
}

/**
 * One of the service's modelled errors by its code (`NoSuchEntity`,
 * `EntityAlreadyExists`, `ExpiredToken`…), with the status and fault the
 * model gives it. Throws for a code the model does not declare (a bug).
 */
export function modelError(model: ApiModel, code: string, message: string): ApiError {
  const info = errorsOf(model).get(code);
  if (!info) throw new Error(`API model ${model.service.name} has no error ${code}`);
  return new ApiError(
    code,
    info.httpStatus,
    message,
    info.fault === "server" ? "Receiver" : "Sender",
  );
}

const errorTables = new WeakMap<ApiModel, ReturnType<typeof serviceErrors>>();

function errorsOf(model: ApiModel): ReturnType<typeof serviceErrors> {
  let table = errorTables.get(model);
  if (!table) {
    table = serviceErrors(model);
    errorTables.set(model, table);
  }
  return table;
}

// The common errors of the Query protocol. Codes and statuses are AWS's
// documented "Common Errors" (every Query API reference carries the same
// table); where a message text could not be confirmed the comment says so.

/** No `Action` parameter. Text unconfirmed for IAM/STS (the Query emulators' text). */
export const missingAction = (): ApiError => new ApiError("MissingAction", 400, "Missing Action");

/**
 * A required parameter is absent (for checks outside the model's `required`).
 * EC2's Query text; unconfirmed for IAM/STS.
 */
export const missingParameter = (name: string): ApiError =>
  new ApiError("MissingParameter", 400, `The request must contain the parameter ${name}`);

export const invalidParameterValue = (message: string): ApiError =>
  new ApiError("InvalidParameterValue", 400, message);

export const invalidParameterCombination = (message: string): ApiError =>
  new ApiError("InvalidParameterCombination", 400, message);

export const invalidQueryParameter = (message: string): ApiError =>
  new ApiError("InvalidQueryParameter", 400, message);

/** Status 404 is AWS's documented one for MalformedQueryString. */
export const malformedQueryString = (message: string): ApiError =>
  new ApiError("MalformedQueryString", 404, message);

/** Text is the documented description of InternalFailure; the live text is unconfirmed. */
export const internalFailure = (): ApiError =>
  new ApiError(
    "InternalFailure",
    500,
    "The request processing has failed because of an unknown error, exception or failure.",
  );

/** Text is the documented description of ServiceUnavailable; the live text is unconfirmed. */
export const serviceUnavailable = (): ApiError =>
  new ApiError(
    "ServiceUnavailable",
    503,
    "The request has failed due to a temporary failure of the server.",
  );

/** "Rate exceeded", Sender, 400: as Query APIs answer it (confirmed for CloudFormation). */
export const throttling = (): ApiError => new ApiError("Throttling", 400, "Rate exceeded");

/** The message is the caller's: "User: arn:… is not authorized to perform: iam:GetUser on resource: …". */
export const accessDenied = (message: string): ApiError =>
  new ApiError("AccessDenied", 403, message);

/** A thrown value as an ApiError: ApiErrors as they are, anything else as InternalFailure. */
export function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : internalFailure();
}

export interface RenderedError {
  status: number;
  /** "text/xml", as IAM and STS answer. */
  contentType: string;
  body: string;
}

/** IAM's and STS's response Content-Type (confirmed: STS GetCallerIdentity sample). */
export const XML_CONTENT_TYPE = "text/xml";
/** The header AWS repeats the request id in (the SDKs read $metadata.requestId from it). */
export const REQUEST_ID_HEADER = "x-amzn-RequestId";

/**
 * The ErrorResponse document and HTTP status for an error; `namespace` is the
 * model's (trusted). An empty message leaves Message out, as IAM answers
 * errors it gives no text (recorded: ReportNotPresent).
 */
export function renderError(error: WireError, requestId: string, namespace: string): RenderedError {
  const message =
    error.message === "" ? "" : `    <Message>${escapeXml(error.message)}</Message>\n`;
  const body =
    `<ErrorResponse xmlns="${namespace}">\n` +
    "  <Error>\n" +
    `    <Type>${error.type}</Type>\n` +
    `    <Code>${escapeXml(error.code)}</Code>\n` +
    message +
    "  </Error>\n" +
    `  <RequestId>${escapeXml(requestId)}</RequestId>\n` +
    "</ErrorResponse>\n";
  return { status: error.status, contentType: XML_CONTENT_TYPE, body };
}
