/**
 * The agent endpoints, beside the Query API: JSON in, JSON out, errors as
 * `{"code", "message"}` with a 4xx status. The work is the instances
 * module's (agent-register.ts, agent-credentials.ts); this only speaks HTTP.
 * Answers are never cached: they carry credentials.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AgentError, type AgentContext } from "../instances/agent-common.js";
import { instanceCredentials } from "../instances/agent-credentials.js";
import { registerAgent } from "../instances/agent-register.js";
import { serviceUnavailable } from "../protocol/errors.js";
import { isConnectionLost } from "../store/index.js";
import type { Services } from "./services.js";

export const AGENT_REGISTER_PATH = "/_gatehouse/agent/register";
export const AGENT_CREDENTIALS_PATH = "/_gatehouse/agent/credentials";
export const SIGNATURE_HEADER = "x-gatehouse-signature";

export function registerAgentRoutes(app: FastifyInstance, services: Services): void {
  const context = (): AgentContext => ({
    store: services.store,
    secrets: services.secrets,
    partition: services.partition,
    now: services.clock(),
  });
  app.post(AGENT_REGISTER_PATH, (req, reply) =>
    answer(services, reply, () => registerAgent(context(), bodyOf(req))),
  );
  app.post(AGENT_CREDENTIALS_PATH, (req, reply) => {
    const header = req.headers[SIGNATURE_HEADER];
    const signature = typeof header === "string" ? header : undefined;
    return answer(services, reply, () => instanceCredentials(context(), bodyOf(req), signature));
  });
}

function bodyOf(req: FastifyRequest): Uint8Array {
  return req.body instanceof Buffer ? req.body : new Uint8Array();
}

async function answer(
  services: Services,
  reply: FastifyReply,
  work: () => Promise<object>,
): Promise<FastifyReply> {
  reply.header("cache-control", "no-store").type("application/json");
  try {
    return reply.code(200).send(JSON.stringify(await work()));
  } catch (err) {
    if (err instanceof AgentError) {
      return reply.code(err.status).send(JSON.stringify({ code: err.code, message: err.message }));
    }
    if (isConnectionLost(err)) {
      const { code, status, message } = serviceUnavailable();
      return reply.code(status).send(JSON.stringify({ code, message }));
    }
    services.logger.error({ err }, "agent endpoint failed");
    return reply
      .code(500)
      .send(JSON.stringify({ code: "InternalFailure", message: "The request failed." }));
  }
}
