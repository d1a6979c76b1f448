/**
 * `GET /_gatehouse/health`, for load balancers: 200 when this node's store
 * answers (within 2 s), 503 when it does not. The JSON body names the node
 * and says whether it hears other nodes' writes (the change feed) and how
 * long ago the feed last proved alive; a node whose feed is down still
 * answers correctly (from the database), so that alone is not unhealthy.
 */
import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { Store } from "../store/index.js";

const PING_TIMEOUT_MS = 2000;

export function registerHealth(app: FastifyInstance, store: Store): void {
  const node = randomUUID();
  app.get("/_gatehouse/health", async (_req, reply) => {
    const reachable = await answersWithin(store.ping(), PING_TIMEOUT_MS);
    reply.code(reachable ? 200 : 503);
    return {
      status: reachable ? "ok" : "unavailable",
      node,
      store: store.dialect,
      feed: store.changes.status(),
    };
  });
}

async function answersWithin(ping: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([ping.then(() => true as const), late]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
