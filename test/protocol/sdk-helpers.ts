/** Feeds our XML to the real AWS SDK clients through a canned request handler. */
import { Readable } from "node:stream";
import { IAMClient } from "@aws-sdk/client-iam";
import { STSClient } from "@aws-sdk/client-sts";
import { HttpResponse, type HttpRequest } from "@smithy/protocol-http";

export interface Canned {
  status: number;
  body: string;
  contentType?: string;
}

export interface Captured {
  requests: HttpRequest[];
}

function handler(reply: () => Canned, captured: Captured) {
  return {
    handle: async (request: HttpRequest) => {
      captured.requests.push(request);
      const canned = reply();
      return {
        response: new HttpResponse({
          statusCode: canned.status,
          headers: { "content-type": canned.contentType ?? "text/xml" },
          body: Readable.from([Buffer.from(canned.body, "utf8")]),
        }),
      };
    },
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
  };
}

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };

export function iamClient(reply: () => Canned, captured: Captured = { requests: [] }): IAMClient {
  return new IAMClient({
    region: "us-east-1",
    credentials,
    requestHandler: handler(reply, captured),
    maxAttempts: 1,
  });
}

export function stsClient(reply: () => Canned, captured: Captured = { requests: [] }): STSClient {
  return new STSClient({
    region: "us-east-1",
    credentials,
    requestHandler: handler(reply, captured),
    maxAttempts: 1,
  });
}

/** The error a send rejects with, as the SDK surfaces it. */
export interface SdkError {
  name: string;
  message: string;
  $fault?: string;
  $metadata?: { httpStatusCode?: number; requestId?: string };
  Type?: string;
  Code?: string;
}

export async function rejection(promise: Promise<unknown>): Promise<SdkError> {
  try {
    await promise;
  } catch (e) {
    return e as SdkError;
  }
  throw new Error("expected the call to fail");
}
