/**
 * The agent's listener on a random loopback port, its credential holder
 * filled with fixed values (the agent's own state, no server involved), and
 * a plain HTTP client that shows every status and header.
 */
import { request } from "node:http";
import { after, before } from "node:test";
import { CredentialHolder } from "../../src/agent/credentials.js";
import { listen, type AgentListener } from "../../src/agent/http-server.js";
import { ImdsTokens } from "../../src/agent/imds-tokens.js";
import type { RoleCredentials } from "../../src/agent/server-client.js";
import type { InstanceIdentity } from "../../src/agent/state.js";

export const IDENTITY: InstanceIdentity = {
  instanceId: "i-0123456789abcdef0",
  accountId: "123456789012",
  region: "eu-west-1",
  name: "web-1",
  launchedAt: "2026-11-29T03:00:00Z",
  registeredAt: "2026-11-29T03:01:00Z",
};

export const CONTAINER_TOKEN = "container-token-0123456789abcdefghijklmnop";

export function fixedCredentials(nowMs: number): RoleCredentials {
  return {
    roleName: "EC2-S3-Access",
    roleArn: "arn:aws:iam::123456789012:role/EC2-S3-Access",
    accessKeyId: "ASIAGATEHOUSEAGENT01",
    secretAccessKey: "agentsecretagentsecretagentsecret0123456",
    sessionToken: "session-token-value",
    issuedAt: new Date(nowMs - 60_000).toISOString().replace(/\.\d{3}Z$/, "Z"),
    expiration: new Date(nowMs + 3_600_000).toISOString().replace(/\.\d{3}Z$/, "Z"),
    instanceProfileArn: "arn:aws:iam::123456789012:instance-profile/EC2-S3-Access",
    instanceProfileId: "AIPAGATEHOUSEPROFILE1",
  };
}

export interface Agent {
  url: string;
  holder: CredentialHolder;
  /** The IMDS token clock: tests move it to expire tokens. */
  clock: { offsetMs: number };
}

/** A listener for the enclosing test file, with credentials held. */
export function useListener(imdsv1 = false): Agent {
  const agent = { clock: { offsetMs: 0 } } as Agent;
  let listener: AgentListener | undefined;
  before(async () => {
    const holder = new CredentialHolder();
    holder.set(fixedCredentials(Date.now()), Date.now());
    agent.holder = holder;
    listener = await listen({
      host: "127.0.0.1",
      port: 0,
      imds: {
        tokens: new ImdsTokens(() => Date.now() + agent.clock.offsetMs),
        imdsv1,
        view: () => ({ identity: IDENTITY, credentials: holder.current() }),
      },
      container: { token: CONTAINER_TOKEN, credentials: () => holder.current() },
    });
    agent.url = listener.url;
  });
  after(async () => {
    await listener?.close();
  });
  return agent;
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One raw HTTP request (any method, any headers, X-Forwarded-For included). */
export function call(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

/** A fresh IMDSv2 token for the agent at base. */
export async function imdsToken(base: string, ttl = "21600"): Promise<string> {
  const answer = await call(base, "PUT", "/latest/api/token", {
    "X-aws-ec2-metadata-token-ttl-seconds": ttl,
  });
  if (answer.status !== 200) throw new Error(`token: ${answer.status}`);
  return answer.body;
}
