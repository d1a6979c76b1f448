/**
 * The agent protocol's answers (POST /_gatehouse/agent/…), shared by the
 * server (src/instances/) and the agent (src/agent/), which imports nothing
 * else of the server side.
 */

/** The register answer: who the instance is. */
export interface InstanceIdentity {
  instanceId: string;
  accountId: string;
  region: string;
  name: string | null;
  launchedAt: string;
  registeredAt: string;
}
