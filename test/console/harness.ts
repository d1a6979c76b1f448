/**
 * A Gatehouse server for the console's tests (the root user has a console
 * password), a console client that keeps its session cookie and CSRF token
 * like the console's pages do, and helpers to make users and MFA devices
 * through the AWS SDK, as an administrator would.
 */
import {
  AttachUserPolicyCommand,
  CreateLoginProfileCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
} from "@aws-sdk/client-iam";
import { setTimeout as sleep } from "node:timers/promises";
import { Secret, TOTP } from "otpauth";
import type { ServerConfig } from "../../src/server/config.js";
import { ACCOUNT, useServer, type TestServer } from "../server/harness.js";
import { send, type Answer } from "./http.js";

export { ACCOUNT };
export const ROOT_PASSWORD = "Root-Console-Pass-1";
export const JSON_HEADERS = { "content-type": "application/json" };

/** A server whose root user has ROOT_PASSWORD; failed sign-ins barely slowed unless asked. */
export function useConsoleServer(extra: Partial<ServerConfig> = {}): TestServer {
  return useServer({ rootPassword: ROOT_PASSWORD, signInFailureDelay: 1, ...extra });
}

/** A browser's view of the console API: one cookie jar, one CSRF token. */
export class ConsoleClient {
  cookie: string | undefined;
  csrf: string | undefined;

  constructor(
    readonly url: string,
    /** The client address, e.g. "127.0.0.2". */
    readonly from?: string,
  ) {}

  async post(
    path: string,
    body: unknown = {},
    options: { csrf?: boolean; headers?: Record<string, string> } = {},
  ): Promise<Answer> {
    const headers: Record<string, string> = { ...JSON_HEADERS };
    if (this.cookie !== undefined) headers.cookie = this.cookie;
    if (options.csrf !== false && this.csrf !== undefined) headers["x-csrf-token"] = this.csrf;
    const res = await send(this.url, path, {
      method: "POST",
      headers: { ...headers, ...options.headers },
      body: JSON.stringify(body),
      ...(this.from === undefined ? {} : { from: this.from }),
    });
    this.keep(res);
    return res;
  }

  async get(path: string): Promise<Answer> {
    const res = await send(this.url, path, {
      headers: this.cookie === undefined ? {} : { cookie: this.cookie },
      ...(this.from === undefined ? {} : { from: this.from }),
    });
    this.keep(res);
    return res;
  }

  private keep(res: Answer): void {
    for (const set of res.cookies) {
      const pair = set.split(";")[0] ?? "";
      this.cookie = /Max-Age=0/i.test(set) ? undefined : pair;
    }
    const token =
      res.status === 200 ? (res.json() as { csrfToken?: unknown }).csrfToken : undefined;
    if (typeof token === "string") this.csrf = token;
  }

  signIn(body: Record<string, unknown>): Promise<Answer> {
    return this.post("/console/api/signin", { account: ACCOUNT, ...body });
  }

  /** Calls an IAM action through the console API. */
  call(action: string, input: Record<string, unknown> = {}): Promise<Answer> {
    return this.post(`/console/api/call/iam/${action}`, input);
  }
}

/** Signs in as the root user and answers the client. */
export async function rootClient(url: string): Promise<ConsoleClient> {
  const client = new ConsoleClient(url);
  const res = await client.signIn({ root: true, password: ROOT_PASSWORD });
  if (res.status !== 200) throw new Error(`root sign-in answered ${res.status}: ${res.text}`);
  return client;
}

export interface UserSpec {
  name: string;
  password: string;
  resetRequired?: boolean;
  policies?: string[];
}

/** Creates a user with a console password (and AWS managed policies) through the SDK. */
export async function createUser(server: TestServer, spec: UserSpec): Promise<void> {
  const iam = server.iam();
  await iam.send(new CreateUserCommand({ UserName: spec.name }));
  await iam.send(
    new CreateLoginProfileCommand({
      UserName: spec.name,
      Password: spec.password,
      PasswordResetRequired: spec.resetRequired ?? false,
    }),
  );
  for (const policy of spec.policies ?? []) {
    await iam.send(
      new AttachUserPolicyCommand({
        UserName: spec.name,
        PolicyArn: `arn:aws:iam::aws:policy/${policy}`,
      }),
    );
  }
}

/** Codes of a virtual MFA device, from the seed CreateVirtualMFADevice answered. */
export class Authenticator {
  private readonly totp: TOTP;
  constructor(
    readonly serial: string,
    seed: string,
  ) {
    this.totp = new TOTP({ secret: Secret.fromBase32(seed), algorithm: "SHA1", digits: 6 });
  }

  /** The code for `steps` 30-second steps from now. */
  code(steps = 0): string {
    return this.totp.generate({ timestamp: Date.now() + steps * 30_000 });
  }
}

/** Waits, when a 30-second step is about to end, for the next one (codes computed now stay valid). */
export async function awayFromStepEdge(): Promise<void> {
  const into = Date.now() % 30_000;
  if (into > 27_000) await sleep(30_000 - into + 100);
}

/**
 * Creates a virtual MFA device and enables it for `userName` (the root user
 * when undefined) with the codes of the two steps before now, so the code of
 * the current step is still fresh for a sign-in.
 */
export async function enrolMfa(
  server: TestServer,
  userName: string | undefined,
  deviceName: string,
): Promise<Authenticator> {
  const iam = server.iam();
  const created = await iam.send(
    new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: deviceName }),
  );
  const device = created.VirtualMFADevice;
  if (device?.SerialNumber === undefined || device.Base32StringSeed === undefined) {
    throw new Error("CreateVirtualMFADevice answered no serial or seed");
  }
  const seed = new TextDecoder().decode(device.Base32StringSeed);
  const authenticator = new Authenticator(device.SerialNumber, seed);
  await awayFromStepEdge();
  await iam.send(
    new EnableMFADeviceCommand({
      UserName: userName ?? ACCOUNT,
      SerialNumber: device.SerialNumber,
      AuthenticationCode1: authenticator.code(-2),
      AuthenticationCode2: authenticator.code(-1),
    }),
  );
  return authenticator;
}
