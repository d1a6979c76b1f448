/** Starting the server: store, key, bootstrap, services, HTTP. */
import type { FastifyInstance } from "fastify";
import { loadQuotas } from "../model/quotas.js";
import { openStore, type OpenStoreOptions, type Store } from "../store/index.js";
import { buildApp } from "./app.js";
import { consoleSettings } from "./console/settings.js";
import { AuthCache } from "./auth-cache.js";
import { bootstrap, type BootstrapResult } from "./bootstrap.js";
import type { ServerConfig } from "./config.js";
import { serverActions } from "./served.js";
import { loadServerKey, recordCheck, secretBoxFor, SECRET_KEY_ENV } from "./server-key.js";
import type { Services } from "./services.js";

export interface RunningServer {
  app: FastifyInstance;
  store: Store;
  services: Services;
  accountId: string;
  /** The address it listens on, e.g. http://127.0.0.1:7701. */
  url: string;
  boot: BootstrapResult;
  close(): Promise<void>;
}

export async function startServer(
  config: ServerConfig,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<RunningServer> {
  const store = await openStore(storeOptions(config));
  try {
    const { secrets, bootOptions, boot } = await prepare(store, config, env);
    const authCache = new AuthCache(store.changes);
    const services: Services = {
      store,
      secrets,
      quotas: loadQuotas(config.quotas),
      authCache,
      actions: serverActions(config.launchTokenLifetime),
      partition: "aws",
      clock: () => new Date(),
      logger: { info() {}, warn() {}, error() {} },
    };
    const rootKey = rootKeyOf(boot, bootOptions);
    const reset = async () => {
      await store.reset();
      await recordCheck(store, secrets);
      // Back to the freshly bootstrapped account: same id, same root keys.
      await bootstrap(
        store,
        secrets,
        { ...bootOptions, accountId: boot.accountId, ...rootKey },
        new Date(),
      );
    };
    const app = buildApp({
      services,
      logLevel: config.logLevel,
      console: consoleSettings(config),
      ...(config.ephemeral ? { reset } : {}),
    });
    services.logger = app.log;
    const address = await app.listen({ host: config.host, port: config.port });
    return {
      app,
      store,
      services,
      accountId: boot.accountId,
      url: address,
      boot,
      async close() {
        await app.close();
        await store.close();
      },
    };
  } catch (err) {
    await store.close();
    throw err;
  }
}

function storeOptions(config: ServerConfig): OpenStoreOptions {
  return config.databaseUrl !== undefined
    ? { url: config.databaseUrl }
    : { dataDir: config.dataDir, ephemeral: config.ephemeral };
}

/** The server key, the secret box, and the default account as bootstrapped. */
async function prepare(
  store: Store,
  config: ServerConfig,
  env: Readonly<Record<string, string | undefined>>,
) {
  const key = loadServerKey({
    dataDir: config.dataDir,
    ephemeral: config.ephemeral,
    given: env[SECRET_KEY_ENV],
  });
  const secrets = await secretBoxFor(store, key);
  const bootOptions = {
    accountId: config.accountId,
    rootAccessKeyId: config.rootAccessKeyId,
    rootSecretAccessKey: config.rootSecretAccessKey,
    dataDir: config.dataDir,
    ephemeral: config.ephemeral,
    rootPassword: config.rootPassword,
  };
  const boot = await bootstrap(store, secrets, bootOptions, new Date());
  return { secrets, bootOptions, boot };
}

/**
 * What the first of several nodes does before any serves (`--workers`): the
 * store's schema brought up to date, the server key, the default account and
 * its root key, once; then the store is closed again.
 */
export async function prepareStore(
  config: ServerConfig,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<BootstrapResult> {
  const store = await openStore(storeOptions(config));
  try {
    return (await prepare(store, config, env)).boot;
  } finally {
    await store.close();
  }
}

function rootKeyOf(
  boot: BootstrapResult,
  options: { rootAccessKeyId: string | undefined; rootSecretAccessKey: string | undefined },
): { rootAccessKeyId: string | undefined; rootSecretAccessKey: string | undefined } {
  if (boot.generatedRootKey !== undefined) {
    return {
      rootAccessKeyId: boot.generatedRootKey.accessKeyId,
      rootSecretAccessKey: boot.generatedRootKey.secretAccessKey,
    };
  }
  return {
    rootAccessKeyId: options.rootAccessKeyId,
    rootSecretAccessKey: options.rootSecretAccessKey,
  };
}
