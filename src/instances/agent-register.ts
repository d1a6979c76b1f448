/**
 * POST /_gatehouse/agent/register: the agent trades the launch token, once,
 * for the instance's identity, bound to the Ed25519 public key it sends
 * (base64 of the SPKI DER; the private key never leaves the instance). The
 * token is consumed in the transaction that stores the key: an unknown,
 * expired or used token — or one of an instance terminated meanwhile — is
 * InvalidLaunchToken (401), alike, so the answer tells nothing more.
 */
import { createPublicKey, type KeyObject } from "node:crypto";
import { isoTime } from "../store/index.js";
import {
  AgentError,
  invalidRequest,
  jsonObject,
  protocolTime,
  stringMember,
} from "./agent-common.js";
import type { InstanceIdentity } from "../protocol/agent.js";
import type { AgentContext } from "./agent-common.js";
import { hashLaunchToken } from "./launch.js";

export type Registration = InstanceIdentity;

const invalidLaunchToken = () =>
  new AgentError(
    401,
    "InvalidLaunchToken",
    "The launch token is invalid, expired or has already been used.",
  );

/** An Ed25519 public key from base64 SPKI DER, or InvalidRequest. */
export function ed25519Key(text: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey({ key: Buffer.from(text, "base64"), format: "der", type: "spki" });
  } catch {
    throw invalidRequest("publicKey must be an Ed25519 public key: base64 of its SPKI DER.");
  }
  if (key.asymmetricKeyType !== "ed25519") {
    throw invalidRequest("publicKey must be an Ed25519 public key: base64 of its SPKI DER.");
  }
  return key;
}

export async function registerAgent(ctx: AgentContext, body: Uint8Array): Promise<Registration> {
  const request = jsonObject(body);
  const token = stringMember(request, "launchToken", 512);
  const key = ed25519Key(stringMember(request, "publicKey", 1024));
  const publicKey = key.export({ format: "der", type: "spki" }).toString("base64");
  const hash = hashLaunchToken(token);
  const found = await ctx.store.read((db) =>
    db
      .selectFrom("instances")
      .select("account_id")
      .where("launch_token_hash", "=", hash)
      .executeTakeFirst(),
  );
  if (found === undefined) throw invalidLaunchToken();
  const now = isoTime(ctx.now);
  return ctx.store.write(found.account_id, async (tx) => {
    const row = await tx
      .selectFrom("instances")
      .selectAll()
      .where("launch_token_hash", "=", hash)
      .executeTakeFirst();
    if (row === undefined || row.state !== "pending" || row.launch_token_expires_at <= now) {
      throw invalidLaunchToken();
    }
    await tx
      .updateTable("instances")
      .set({ state: "running", public_key: publicKey, registered_at: now })
      .where("id", "=", row.id)
      .where("state", "=", "pending")
      .execute();
    return {
      instanceId: row.id,
      accountId: row.account_id,
      region: row.region,
      name: row.name,
      launchedAt: protocolTime(row.launched_at),
      registeredAt: protocolTime(now),
    };
  });
}
