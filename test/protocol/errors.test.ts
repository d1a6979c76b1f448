import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { GetUserCommand, NoSuchEntityException } from "@aws-sdk/client-iam";
import { AssumeRoleCommand, ExpiredTokenException } from "@aws-sdk/client-sts";
import { invalidClientTokenId } from "../../src/auth/sigv4-errors.js";
import { iamModel, stsModel } from "../../src/model/api/load.js";
import { parseQueryInput } from "../../src/model/query-input.js";
import {
  ApiError,
  accessDenied,
  fromInputError,
  fromSigV4Failure,
  internalFailure,
  missingAction,
  modelError,
  renderError,
  throttling,
  toApiError,
  type RenderedError,
} from "../../src/protocol/errors.js";
import { iamClient, rejection, stsClient } from "./sdk-helpers.js";

const IAM_NS = "https://iam.amazonaws.com/doc/2010-05-08/";
const STS_NS = "https://sts.amazonaws.com/doc/2011-06-15/";
const REQUEST_ID = "67c5e7e6-8119-4205-8d38-db0207d2c420";

function iamFailing(rendered: RenderedError) {
  return iamClient(() => ({ status: rendered.status, body: rendered.body }));
}

describe("renderError", () => {
  it("matches a real IAM error response byte for byte", () => {
    // As pasted from IAM (alchemy-run/distilled#65), with the final newline IAM sends.
    const real =
      `<ErrorResponse xmlns="${IAM_NS}">\n` +
      "  <Error>\n" +
      "    <Type>Sender</Type>\n" +
      "    <Code>NoSuchEntity</Code>\n" +
      "    <Message>The user with name itty-aws-test-user cannot be found.</Message>\n" +
      "  </Error>\n" +
      `  <RequestId>${REQUEST_ID}</RequestId>\n` +
      "</ErrorResponse>\n";
    const error = modelError(
      iamModel,
      "NoSuchEntity",
      "The user with name itty-aws-test-user cannot be found.",
    );
    const rendered = renderError(error, REQUEST_ID, IAM_NS);
    assert.equal(rendered.body, real);
    assert.equal(rendered.status, 404);
    assert.equal(rendered.contentType, "text/xml");
  });

  it("surfaces a modelled error as the SDK's exception class", async () => {
    const error = modelError(iamModel, "NoSuchEntity", "The user with name bob cannot be found.");
    const e = await rejection(
      iamFailing(renderError(error, REQUEST_ID, IAM_NS)).send(new GetUserCommand({})),
    );
    assert.ok(e instanceof NoSuchEntityException);
    assert.equal(e.name, "NoSuchEntityException");
    assert.equal(e.message, "The user with name bob cannot be found.");
    assert.equal(e.$metadata?.httpStatusCode, 404);
    assert.equal(e.$fault, "client");
  });

  it("surfaces common errors by their code, with status, fault and escaped text", async () => {
    const cases: [ApiError, string, number, string][] = [
      [missingAction(), "MissingAction", 400, "client"],
      [throttling(), "Throttling", 400, "client"],
      [internalFailure(), "InternalFailure", 500, "server"],
      [accessDenied("User: a & <b> is not authorized"), "AccessDenied", 403, "client"],
      [fromSigV4Failure(invalidClientTokenId()), "InvalidClientTokenId", 403, "client"],
      [new ApiError("Odd", 400, "quotes \" ' and \u0001 control"), "Odd", 400, "client"],
    ];
    for (const [error, name, status, fault] of cases) {
      const e = await rejection(
        iamFailing(renderError(error, REQUEST_ID, IAM_NS)).send(new GetUserCommand({})),
      );
      assert.equal(e.name, name);
      assert.equal(e.$metadata?.httpStatusCode, status);
      assert.equal(e.$fault, fault);
      assert.equal(e.message, error.message.replace("\u0001", "\uFFFD"));
    }
  });

  it("carries model/ input errors (ValidationError, InvalidAction)", async () => {
    const parsed = parseQueryInput(iamModel, "GetUser", { UserName: "" });
    assert.ok(!parsed.ok);
    const validation = fromInputError(parsed.error);
    assert.equal(validation.code, "ValidationError");
    const e = await rejection(
      iamFailing(renderError(validation, REQUEST_ID, IAM_NS)).send(new GetUserCommand({})),
    );
    assert.equal(e.name, "ValidationError");
    assert.equal(e.message, parsed.error.message);
    assert.equal(e.$metadata?.httpStatusCode, 400);

    const unknown = parseQueryInput(iamModel, "GetUsr", {});
    assert.ok(!unknown.ok);
    assert.equal(
      fromInputError(unknown.error).message,
      "Could not find operation GetUsr for version 2010-05-08",
    );
  });

  it("STS errors in STS's namespace", async () => {
    const error = modelError(stsModel, "ExpiredTokenException", "x");
    assert.equal(error.code, "ExpiredTokenException");
    const rendered = renderError(
      modelError(
        stsModel,
        "ExpiredTokenException",
        "The security token included in the request is expired",
      ),
      REQUEST_ID,
      STS_NS,
    );
    assert.match(
      rendered.body,
      /^<ErrorResponse xmlns="https:\/\/sts\.amazonaws\.com\/doc\/2011-06-15\/">\n/,
    );
    const e = await rejection(
      stsClient(() => ({ status: rendered.status, body: rendered.body })).send(
        new AssumeRoleCommand({ RoleArn: "arn:aws:iam::1:role/r", RoleSessionName: "s" }),
      ),
    );
    assert.ok(e instanceof ExpiredTokenException);
    assert.equal(e.message, "The security token included in the request is expired");
    assert.equal(e.$metadata?.httpStatusCode, 400);
  });

  it("types: Receiver for 5xx and server faults, Sender otherwise", () => {
    assert.equal(new ApiError("X", 503, "m").type, "Receiver");
    assert.equal(new ApiError("X", 400, "m").type, "Sender");
    assert.equal(modelError(iamModel, "ServiceFailure", "m").type, "Receiver");
    assert.equal(modelError(iamModel, "ServiceFailure", "m").status, 500);
    assert.throws(() => modelError(iamModel, "NoSuchCode", "m"));
  });

  it("toApiError keeps ApiErrors and hides anything else as InternalFailure", () => {
    const denied = accessDenied("no");
    assert.equal(toApiError(denied), denied);
    const hidden = toApiError(new Error("secret detail"));
    assert.equal(hidden.code, "InternalFailure");
    assert.equal(hidden.status, 500);
    assert.doesNotMatch(hidden.message, /secret/);
  });
});
