/**
 * `gatehouse agent` put together: the state directory's key pair and
 * identity (registering with the launch token on the first run), the
 * credential refresher, and the metadata listener.
 */
import type { AgentConfig } from "./config.js";
import { CredentialHolder } from "./credentials.js";
import { listen, type AgentListener } from "./http-server.js";
import { ImdsTokens } from "./imds-tokens.js";
import { Refresher, retryDelay } from "./refresher.js";
import { register, requestCredentials } from "./server-client.js";
import {
  ensureStateDir,
  loadOrCreateContainerToken,
  loadOrCreateKeyPair,
  readIdentity,
  writeIdentity,
  type InstanceIdentity,
  type KeyPair,
} from "./state.js";

export interface RunningAgent {
  identity: InstanceIdentity;
  listener: AgentListener;
  holder: CredentialHolder;
  refresher: Refresher;
  close(): Promise<void>;
}

/** Registration tries this many times while the server cannot be reached. */
const REGISTER_ATTEMPTS = 6;

async function registerInstance(
  config: AgentConfig,
  keys: KeyPair,
  log: (line: string) => void,
): Promise<InstanceIdentity> {
  if (config.launchToken === undefined) {
    throw new Error(
      `${config.stateDir} holds no registered instance: the first run needs --launch-token`,
    );
  }
  for (let attempt = 0; ; attempt++) {
    const answer = await register(config.server, config.launchToken, keys.publicKey);
    if (answer.kind === "ok") return answer.value;
    if (answer.kind === "refused") {
      throw new Error(`the server refused the registration (${answer.code}: ${answer.message})`);
    }
    if (attempt + 1 >= REGISTER_ATTEMPTS) {
      throw new Error(`the server at ${config.server} is unavailable (${answer.reason})`);
    }
    const delay = retryDelay(attempt);
    log(
      `the server is unavailable (${answer.reason}); retrying the registration in ${delay / 1000} s`,
    );
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

export async function runAgent(
  config: AgentConfig,
  log: (line: string) => void,
): Promise<RunningAgent> {
  ensureStateDir(config.stateDir);
  const { keys, created } = loadOrCreateKeyPair(config.stateDir);
  if (created) log(`generated a new Ed25519 key pair in ${config.stateDir}/key.pem`);
  let identity = readIdentity(config.stateDir);
  if (identity === undefined) {
    identity = await registerInstance(config, keys, log);
    writeIdentity(config.stateDir, identity);
    log(
      `registered as instance ${identity.instanceId} (account ${identity.accountId}, ${identity.region})`,
    );
  } else {
    log(
      `instance ${identity.instanceId} (account ${identity.accountId}, ${identity.region})` +
        (config.launchToken === undefined
          ? ""
          : "; already registered, the launch token is not used"),
    );
  }
  const containerToken = loadOrCreateContainerToken(config.stateDir);
  const holder = new CredentialHolder();
  const instanceId = identity.instanceId;
  const refresher = new Refresher({
    fetchCredentials: (now) => requestCredentials(config.server, instanceId, keys.privateKey, now),
    holder,
    intervalMs: config.refreshInterval * 1000,
    log,
  });
  const known = identity;
  const listener = await listen({
    host: config.host,
    port: config.port,
    imds: {
      tokens: new ImdsTokens(),
      imdsv1: config.imdsv1,
      view: () => ({ identity: known, credentials: holder.current() }),
    },
    container: { token: containerToken, credentials: () => holder.current() },
  });
  log(
    `serving instance metadata at ${listener.url}/ (IMDSv1 ${config.imdsv1 ? "on" : "off"}) and container credentials at ${listener.url}/latest/container-credentials`,
  );
  void refresher.start();
  return {
    identity: known,
    listener,
    holder,
    refresher,
    close: async () => {
      refresher.stop();
      await listener.close();
    },
  };
}
