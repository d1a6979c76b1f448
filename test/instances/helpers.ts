/**
 * What the instances tests share: calls to the instances API through the
 * gatehouse command's own client (our signer, the model-driven XML reader),
 * roles and instance profiles made through IAM with the AWS SDK, and an
 * agent's side of the protocol — an Ed25519 key pair, registration, and
 * credential requests signed the protocol's way.
 */
import assert from "node:assert/strict";
import { generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";
import {
  AddRoleToInstanceProfileCommand,
  CreateInstanceProfileCommand,
  CreateRoleCommand,
  PutRolePolicyCommand,
} from "@aws-sdk/client-iam";
import { callGatehouse, type ApiAnswer } from "../../src/cli/gatehouse-client.js";
import { ACCOUNT, ROOT_KEY, type TestServer } from "../server/harness.js";
import type { TempKeys } from "../sts/helpers.js";

export const EC2_TRUST = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" },
  ],
});

export const LAMBDA_TRUST = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    { Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" },
  ],
});

export type Params = readonly (readonly [string, string])[];

/** Calls an instances API action with `keys` (root's by default), signed for `region`. */
export function gatehouse(
  srv: TestServer,
  action: string,
  params: Params = [],
  keys: TempKeys = ROOT_KEY,
  region = "us-east-1",
): Promise<ApiAnswer> {
  return callGatehouse({ endpoint: srv.url, region, credentials: keys }, action, params);
}

/** The result of a call that must succeed. */
export async function ok(answer: Promise<ApiAnswer>): Promise<Record<string, unknown>> {
  const a = await answer;
  assert.ok(a.ok, a.ok ? "" : `${a.status} ${a.code}: ${a.message}`);
  return a.result;
}

/** The error of a call that must fail. */
export async function refused(
  answer: Promise<ApiAnswer>,
): Promise<{ status: number; code: string; message: string }> {
  const a = await answer;
  assert.ok(!a.ok, `the call succeeded: ${JSON.stringify(a.ok && a.result)}`);
  return { status: a.status, code: a.code, message: a.message };
}

export interface Instance {
  InstanceId: string;
  Arn: string;
  State: string;
  Region: string;
  Name?: string;
  RoleName?: string;
  IamInstanceProfile?: { Arn: string; Id: string; Name: string };
  TerminatedTime?: string;
  RegisteredTime?: string;
}

/** A role (trust policy and an inline policy) in an instance profile of the same name. */
export async function roleInProfile(
  srv: TestServer,
  name: string,
  policy?: string,
  trust = EC2_TRUST,
): Promise<void> {
  const iam = srv.iam();
  await iam.send(new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: trust }));
  if (policy !== undefined) {
    await iam.send(
      new PutRolePolicyCommand({ RoleName: name, PolicyName: "p", PolicyDocument: policy }),
    );
  }
  await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: name }));
  await iam.send(
    new AddRoleToInstanceProfileCommand({ InstanceProfileName: name, RoleName: name }),
  );
}

/** Launches an instance with root's keys: its description and launch token. */
export async function launch(
  srv: TestServer,
  profile: string,
  region = "us-east-1",
): Promise<{ instance: Instance; token: string }> {
  const result = await ok(
    gatehouse(srv, "LaunchInstance", [["InstanceProfileName", profile]], ROOT_KEY, region),
  );
  return { instance: result.Instance as Instance, token: String(result.LaunchToken) };
}

export async function describe(srv: TestServer, id: string): Promise<Instance> {
  const result = await ok(gatehouse(srv, "DescribeInstances", [["InstanceIds.member.1", id]]));
  const [instance] = result.Instances as Instance[];
  assert.ok(instance);
  return instance;
}

/** An agent's side: its key pair, and the protocol's two requests. */
export class Agent {
  readonly privateKey: KeyObject;
  readonly publicKey: string;
  instanceId = "";

  constructor(private readonly srv: TestServer) {
    const pair = generateKeyPairSync("ed25519");
    this.privateKey = pair.privateKey;
    this.publicKey = pair.publicKey.export({ format: "der", type: "spki" }).toString("base64");
  }

  async register(token: string, publicKey = this.publicKey): Promise<JsonAnswer> {
    const answer = await postJson(this.srv, "/_gatehouse/agent/register", {
      launchToken: token,
      publicKey,
    });
    if (answer.status === 200) this.instanceId = String(answer.body.instanceId);
    return answer;
  }

  /** A credentials request: its body as signed, and its signature. */
  request(fields: { time?: string; nonce?: string; instanceId?: string } = {}): {
    body: string;
    signature: string;
  } {
    const body = JSON.stringify({
      instanceId: fields.instanceId ?? this.instanceId,
      time: fields.time ?? new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
      nonce: fields.nonce ?? randomBytes(18).toString("base64url"),
    });
    const signature = sign(null, Buffer.from(body), this.privateKey).toString("base64");
    return { body, signature };
  }

  async credentials(
    req: { body: string; signature: string } = this.request(),
  ): Promise<JsonAnswer> {
    return postJson(this.srv, "/_gatehouse/agent/credentials", req.body, {
      "x-gatehouse-signature": req.signature,
    });
  }

  /** Credentials that must be issued, as the SDK takes them. */
  async keys(): Promise<TempKeys & { roleName: string }> {
    const answer = await this.credentials();
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    return {
      accessKeyId: String(answer.body.accessKeyId),
      secretAccessKey: String(answer.body.secretAccessKey),
      sessionToken: String(answer.body.sessionToken),
      roleName: String(answer.body.roleName),
    };
  }
}

export interface JsonAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** POSTs JSON (an object, or text sent as is) to the server. */
export async function postJson(
  srv: TestServer,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<JsonAnswer> {
  const res = await fetch(`${srv.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  assert.match(res.headers.get("content-type") ?? "", /application\/json/);
  return { status: res.status, body: JSON.parse(text) as Record<string, unknown> };
}

/** A launched and registered instance of `profile`, with its agent. */
export async function runningInstance(srv: TestServer, profile: string): Promise<Agent> {
  const { token } = await launch(srv, profile);
  const agent = new Agent(srv);
  const answer = await agent.register(token);
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return agent;
}

export const instanceArnOf = (id: string, region = "us-east-1") =>
  `arn:aws:ec2:${region}:${ACCOUNT}:instance/${id}`;
