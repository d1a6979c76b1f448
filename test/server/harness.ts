/**
 * Starts a real Gatehouse server for a test file: ephemeral store (or a
 * SQLite file / PostgreSQL schema when asked), fixed root keys, a random port.
 * Clients are the real AWS SDK, signing real requests.
 */
import { IAMClient } from "@aws-sdk/client-iam";
import { STSClient } from "@aws-sdk/client-sts";
import { after, before } from "node:test";
import { parseConfig, type ServerConfig } from "../../src/server/config.js";
import { startServer, type RunningServer } from "../../src/server/start.js";

export const ACCOUNT = "123456789012";
export const ROOT_KEY = {
  accessKeyId: "AKIAGATEHOUSEROOT001",
  secretAccessKey: "rootsecretrootsecretrootsecret0123456789",
};

export interface Keys {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface TestServer {
  server: RunningServer;
  url: string;
  iam(keys?: Keys): IAMClient;
  sts(keys?: Keys): STSClient;
  reset(): Promise<void>;
}

/** A server for the enclosing test file, started before and closed after its tests. */
export function useServer(extra: Partial<ServerConfig> = {}): TestServer {
  const handle = {} as TestServer;
  before(async () => {
    const config = parseConfig(["--ephemeral", "--port", "0", "--log-level", "silent"], {
      GATEHOUSE_ACCOUNT_ID: ACCOUNT,
      GATEHOUSE_ROOT_ACCESS_KEY_ID: ROOT_KEY.accessKeyId,
      GATEHOUSE_ROOT_SECRET_ACCESS_KEY: ROOT_KEY.secretAccessKey,
    });
    if ("error" in config) throw new Error(config.error);
    const server = await startServer({ ...config, ...extra }, {});
    handle.server = server;
    handle.url = server.url;
  });
  after(async () => {
    await handle.server?.close();
  });
  handle.iam = (keys = ROOT_KEY) =>
    new IAMClient({ region: "us-east-1", endpoint: handle.url, credentials: keys, maxAttempts: 1 });
  handle.sts = (keys = ROOT_KEY) =>
    new STSClient({ region: "us-east-1", endpoint: handle.url, credentials: keys, maxAttempts: 1 });
  handle.reset = async () => {
    const res = await fetch(`${handle.url}/_gatehouse/reset`, { method: "POST" });
    if (res.status !== 200) throw new Error(`reset answered ${res.status}`);
  };
  return handle;
}

/** The error a call fails with (fails the test if it succeeds). */
export async function failure(
  call: Promise<unknown>,
): Promise<{ name: string; message: string; status: number | undefined }> {
  try {
    await call;
  } catch (err) {
    const e = err as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
    return { name: e.name, message: e.message, status: e.$metadata?.httpStatusCode };
  }
  throw new Error("the call succeeded; it should have failed");
}

/** The error name a call fails with, or "ok" when it succeeds. */
export async function outcome(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "ok";
  } catch (err) {
    return (err as Error).name;
  }
}
