/**
 * What the STS tests share: clients for temporary credentials, users with
 * keys and policies, virtual MFA devices enrolled through IAM with codes
 * computed from Base32StringSeed (otpauth), and sessions issued directly.
 */
import { PYTHON, toolProblem } from "../e2e/tools.js";
import {
  CreateAccessKeyCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  IAMClient,
  PutUserPolicyCommand,
} from "@aws-sdk/client-iam";
import { STSClient, type Credentials } from "@aws-sdk/client-sts";
import { Secret, TOTP } from "otpauth";
import { issueSession, type IssuedCredentials, type SessionSpec } from "../../src/sts/sessions.js";
import { ACCOUNT, type Keys, type TestServer } from "../server/harness.js";

/** Temporary (or long-term) credentials as the SDK takes them. */
export interface TempKeys extends Keys {
  sessionToken?: string;
}

/** The SDK's Credentials element as keys for a client. */
export function keysOf(c: Credentials | IssuedCredentials | undefined): TempKeys {
  if (c === undefined) throw new Error("no credentials in the answer");
  return {
    accessKeyId: c.AccessKeyId ?? "",
    secretAccessKey: c.SecretAccessKey ?? "",
    sessionToken: c.SessionToken ?? "",
  };
}

export function stsClient(srv: TestServer, keys: TempKeys): STSClient {
  return new STSClient({
    region: "us-east-1",
    endpoint: srv.url,
    credentials: keys,
    maxAttempts: 1,
  });
}

export function iamClient(srv: TestServer, keys: TempKeys): IAMClient {
  return new IAMClient({
    region: "us-east-1",
    endpoint: srv.url,
    credentials: keys,
    maxAttempts: 1,
  });
}

/** A policy document of these statements. */
export const policyOf = (...statements: object[]): string =>
  JSON.stringify({ Version: "2012-10-17", Statement: statements });

export const allow = (...actions: string[]): string =>
  policyOf({ Effect: "Allow", Action: actions, Resource: "*" });

/** A statement: `effect` for `action` on "*" when `condition` holds. */
export const when = (effect: "Allow" | "Deny", action: string, condition: object): object => ({
  Effect: effect,
  Action: action,
  Resource: "*",
  Condition: condition,
});

/** A user with an inline policy (when given) and an access key; answers its id and keys. */
export async function userWithKeys(
  srv: TestServer,
  name: string,
  policy?: string,
): Promise<{ userId: string; keys: TempKeys }> {
  const iam = srv.iam();
  const made = await iam.send(new CreateUserCommand({ UserName: name }));
  if (policy !== undefined) {
    await iam.send(
      new PutUserPolicyCommand({ UserName: name, PolicyName: "p", PolicyDocument: policy }),
    );
  }
  const key = await iam.send(new CreateAccessKeyCommand({ UserName: name }));
  return {
    userId: made.User?.UserId ?? "",
    keys: {
      accessKeyId: key.AccessKey?.AccessKeyId ?? "",
      secretAccessKey: key.AccessKey?.SecretAccessKey ?? "",
    },
  };
}

/** A virtual MFA device's codes, from the seed IAM handed out. */
export class Authenticator {
  private readonly totp: TOTP;
  /** The step of the last code handed out: each code is used once. */
  private step: number;

  constructor(
    readonly serialNumber: string,
    seed: string,
  ) {
    this.totp = new TOTP({ secret: Secret.fromBase32(seed), algorithm: "SHA1", digits: 6 });
    this.step = Math.floor(Date.now() / 30_000) - 2;
  }

  /** The code of a step (30 s each since the epoch). */
  codeAt(step: number): string {
    return this.totp.generate({ timestamp: step * 30_000 });
  }

  /**
   * A code the server has not seen: the next step after the last one given,
   * at most one step ahead of now (the drift the server accepts).
   */
  next(): string {
    const now = Math.floor(Date.now() / 30_000);
    this.step = Math.max(this.step + 1, now - 1);
    if (this.step > now + 1) throw new Error("no fresh code within the drift window");
    return this.codeAt(this.step);
  }

  /** The code handed out last (for replay tests). */
  last(): string {
    return this.codeAt(this.step);
  }
}

/**
 * Creates a virtual MFA device with `iam` (the user's own client, or root's)
 * and enables it for `userName` with two consecutive codes.
 */
export async function enrolMfa(
  iam: IAMClient,
  userName: string,
  deviceName = userName,
): Promise<Authenticator> {
  const made = await iam.send(
    new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: deviceName }),
  );
  const device = made.VirtualMFADevice;
  const seed = Buffer.from(device?.Base32StringSeed ?? new Uint8Array()).toString("utf8");
  const auth = new Authenticator(device?.SerialNumber ?? "", seed);
  const first = auth.next();
  const second = auth.next();
  await iam.send(
    new EnableMFADeviceCommand({
      UserName: userName,
      SerialNumber: auth.serialNumber,
      AuthenticationCode1: first,
      AuthenticationCode2: second,
    }),
  );
  return auth;
}

/** A session stored directly (role sessions: AssumeRole is another family's). */
export async function issueDirect(
  srv: TestServer,
  spec: Omit<SessionSpec, "accountId">,
): Promise<TempKeys> {
  const { store, services } = srv.server;
  const creds = await store.write(ACCOUNT, (tx) =>
    issueSession(tx, services.secrets, { accountId: ACCOUNT, ...spec }, new Date()),
  );
  return keysOf(creds);
}

/** Why boto3 (Debian's python3-boto3) cannot be used, or undefined. */
export const boto3Problem = (): string | undefined =>
  toolProblem(
    PYTHON,
    ["-c", "import boto3, botocore"],
    "apt-get install python3-boto3   (boto3 for Debian's /usr/bin/python3)",
  );

/**
 * The start of every boto3 script these tests run: its arguments as JSON on
 * stdin, no retries, and `client(service, key_id, secret, token=None)`
 * aimed at the test server (`args["endpoint"]`).
 */
export const BOTO3_PRELUDE = `
import json, sys
import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

args = json.loads(sys.stdin.read())
cfg = Config(retries={"max_attempts": 1, "mode": "standard"})

def client(service, key_id, secret, token=None):
    return boto3.client(service, endpoint_url=args["endpoint"], region_name="us-east-1",
        aws_access_key_id=key_id, aws_secret_access_key=secret, aws_session_token=token, config=cfg)
`;
