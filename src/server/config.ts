/**
 * Server configuration: command-line options, each also an environment
 * variable, with defaults. Parsing is pure: it returns a config or an error
 * message, and never reads files.
 */

export interface ServerConfig {
  host: string;
  port: number;
  dataDir: string;
  /** postgres://… to store in PostgreSQL; undefined for the embedded SQLite file. */
  databaseUrl: string | undefined;
  /** Everything in memory, and POST /_gatehouse/reset enabled (for test suites). */
  ephemeral: boolean;
  accountId: string | undefined;
  rootAccessKeyId: string | undefined;
  rootSecretAccessKey: string | undefined;
  rootPassword: string | undefined;
  /** Log level for pino; "silent" turns logging off. */
  logLevel: string;
  /** Quota overrides by name (see src/model/quotas.ts), e.g. { users: "100" }. */
  quotas: Record<string, string>;
  /** Console sessions end after this many seconds without a request… */
  consoleIdleTimeout: number;
  /** …and this many seconds after sign-in, whatever happens. */
  consoleSessionLifetime: number;
  /** Failed sign-ins (passwords, MFA codes) of one user before it is locked out. */
  signInMaxFailures: number;
  /** Failed sign-ins from one client address before it is locked out. */
  signInMaxFailuresPerAddress: number;
  /** Seconds a lockout lasts, and the window failures are counted in. */
  signInLockout: number;
  /** Milliseconds a failed sign-in's answer is held per failure so far (at most 2 s). */
  signInFailureDelay: number;
  /** Seconds an instance's launch token may be traded for its identity. */
  launchTokenLifetime: number;
  /** Server processes on the one port, each a node of the store ("auto": one per core). */
  workers: string;
}

/** Out of the way of the usual AWS emulators (4566) and web servers. */
export const DEFAULT_PORT = 7701;

interface Option {
  flag: string;
  env: string;
  key: keyof ServerConfig;
  kind: "string" | "port" | "boolean" | "count";
  help: string;
}

export const OPTIONS: readonly Option[] = [
  {
    flag: "--host",
    env: "GATEHOUSE_HOST",
    key: "host",
    kind: "string",
    help: "address to listen on (default 127.0.0.1)",
  },
  {
    flag: "--port",
    env: "GATEHOUSE_PORT",
    key: "port",
    kind: "port",
    help: `port to listen on (default ${DEFAULT_PORT})`,
  },
  {
    flag: "--data-dir",
    env: "GATEHOUSE_DATA_DIR",
    key: "dataDir",
    kind: "string",
    help: "where the SQLite database and the server key live (default ./data)",
  },
  {
    flag: "--database-url",
    env: "GATEHOUSE_DATABASE_URL",
    key: "databaseUrl",
    kind: "string",
    help: "postgres://… to store in PostgreSQL instead of SQLite",
  },
  {
    flag: "--ephemeral",
    env: "GATEHOUSE_EPHEMERAL",
    key: "ephemeral",
    kind: "boolean",
    help: "keep everything in memory; enables POST /_gatehouse/reset",
  },
  {
    flag: "--log-level",
    env: "GATEHOUSE_LOG_LEVEL",
    key: "logLevel",
    kind: "string",
    help: "info (default), debug, warn, error or silent",
  },
  {
    flag: "--console-idle-timeout",
    env: "GATEHOUSE_CONSOLE_IDLE_TIMEOUT",
    key: "consoleIdleTimeout",
    kind: "count",
    help: "seconds without a request that end a console session (default 3600)",
  },
  {
    flag: "--console-session-lifetime",
    env: "GATEHOUSE_CONSOLE_SESSION_LIFETIME",
    key: "consoleSessionLifetime",
    kind: "count",
    help: "seconds a console session lasts at most (default 43200)",
  },
  {
    flag: "--sign-in-max-failures",
    env: "GATEHOUSE_SIGN_IN_MAX_FAILURES",
    key: "signInMaxFailures",
    kind: "count",
    help: "failed console sign-ins of one user before a lockout (default 5)",
  },
  {
    flag: "--sign-in-max-failures-per-address",
    env: "GATEHOUSE_SIGN_IN_MAX_FAILURES_PER_ADDRESS",
    key: "signInMaxFailuresPerAddress",
    kind: "count",
    help: "failed console sign-ins from one client address before a lockout (default 20)",
  },
  {
    flag: "--sign-in-lockout",
    env: "GATEHOUSE_SIGN_IN_LOCKOUT",
    key: "signInLockout",
    kind: "count",
    help: "seconds a sign-in lockout lasts (default 900)",
  },
  {
    flag: "--sign-in-failure-delay",
    env: "GATEHOUSE_SIGN_IN_FAILURE_DELAY",
    key: "signInFailureDelay",
    kind: "count",
    help: "milliseconds a failed sign-in is slowed per failure so far (default 250)",
  },
  {
    flag: "--launch-token-lifetime",
    env: "GATEHOUSE_LAUNCH_TOKEN_LIFETIME",
    key: "launchTokenLifetime",
    kind: "count",
    help: "seconds an instance's launch token stays valid (default 600)",
  },
  {
    flag: "--workers",
    env: "GATEHOUSE_WORKERS",
    key: "workers",
    kind: "string",
    help: "server processes on the port, each a node of the store; auto: one per core (default 1)",
  },
];

/** Quota overrides from the environment: "users=100,groupsPerUser=20". */
export const QUOTAS_ENV = "GATEHOUSE_QUOTAS";

/** Only from the environment: the bootstrap of the default account on first start. */
export const BOOTSTRAP_ENV = {
  accountId: "GATEHOUSE_ACCOUNT_ID",
  rootAccessKeyId: "GATEHOUSE_ROOT_ACCESS_KEY_ID",
  rootSecretAccessKey: "GATEHOUSE_ROOT_SECRET_ACCESS_KEY",
  rootPassword: "GATEHOUSE_ROOT_PASSWORD",
} as const;

export function parseConfig(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ServerConfig | { error: string } {
  const config: ServerConfig = {
    host: "127.0.0.1",
    port: DEFAULT_PORT,
    dataDir: "./data",
    databaseUrl: undefined,
    ephemeral: false,
    accountId: undefined,
    rootAccessKeyId: undefined,
    rootSecretAccessKey: undefined,
    rootPassword: undefined,
    logLevel: "info",
    quotas: {},
    consoleIdleTimeout: 3600,
    consoleSessionLifetime: 43200,
    signInMaxFailures: 5,
    signInMaxFailuresPerAddress: 20,
    signInLockout: 900,
    signInFailureDelay: 250,
    launchTokenLifetime: 600,
    workers: "1",
  };
  for (const option of OPTIONS) {
    const value = env[option.env];
    if (value === undefined || value === "") continue;
    const error = apply(config, option, value, option.env);
    if (error !== undefined) return { error };
  }
  const quotaEnv = env[QUOTAS_ENV];
  if (quotaEnv !== undefined && quotaEnv !== "") {
    for (const pair of quotaEnv.split(",")) {
      const error = addQuota(config, pair.trim(), QUOTAS_ENV);
      if (error !== undefined) return { error };
    }
  }
  for (const [key, name] of Object.entries(BOOTSTRAP_ENV) as [
    keyof typeof BOOTSTRAP_ENV,
    string,
  ][]) {
    const value = env[name];
    if (value !== undefined && value !== "") config[key] = value;
  }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const eq = arg.indexOf("=");
    const flag = eq < 0 ? arg : arg.slice(0, eq);
    if (flag === "--quota") {
      const value = eq < 0 ? args[++i] : arg.slice(eq + 1);
      const error =
        value === undefined ? "--quota needs NAME=VALUE" : addQuota(config, value, "--quota");
      if (error !== undefined) return { error };
      continue;
    }
    const option = OPTIONS.find((o) => o.flag === flag);
    if (option === undefined) return { error: `unknown option '${arg}'` };
    let value: string | undefined = eq < 0 ? undefined : arg.slice(eq + 1);
    if (value === undefined && option.kind !== "boolean") {
      value = args[++i];
      if (value === undefined) return { error: `${flag} needs a value` };
    }
    const error = apply(config, option, value ?? "true", flag);
    if (error !== undefined) return { error };
  }
  if (config.accountId !== undefined && !/^\d{12}$/.test(config.accountId)) {
    return { error: `${BOOTSTRAP_ENV.accountId} must be 12 digits` };
  }
  const keyError = rootKeyError(config.rootAccessKeyId, config.rootSecretAccessKey);
  if (keyError !== undefined) return { error: keyError };
  if ((config.rootAccessKeyId === undefined) !== (config.rootSecretAccessKey === undefined)) {
    return {
      error: `give both ${BOOTSTRAP_ENV.rootAccessKeyId} and ${BOOTSTRAP_ENV.rootSecretAccessKey}, or neither`,
    };
  }
  if (config.workers !== "auto" && !/^[1-9]\d{0,2}$/.test(config.workers)) {
    return { error: "--workers must be a whole number from 1 to 999, or auto" };
  }
  if (config.ephemeral && config.workers !== "1") {
    return { error: "--ephemeral keeps the store in one process's memory: it takes no --workers" };
  }
  if (config.databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(config.databaseUrl)) {
    return { error: "--database-url must start with postgres:// or postgresql://" };
  }
  return config;
}

/**
 * The root key as AWS issues keys: the id is AWS's AccessKeyId pattern
 * (`[\w]+`, 16-128 characters); the secret is 40 characters of base64
 * (`[A-Za-z0-9/+]`) as AWS's are, or for test suites any printable ASCII
 * without spaces up to 128 characters (`FOOBARSECRET`). Neither value is
 * echoed in the message.
 */
export function rootKeyError(
  id: string | undefined,
  secret: string | undefined,
): string | undefined {
  if (id !== undefined && !/^\w{16,128}$/.test(id)) {
    return `${BOOTSTRAP_ENV.rootAccessKeyId} must be 16 to 128 letters, digits or underscores (AWS's access key id pattern)`;
  }
  if (secret !== undefined && !/^[\x21-\x7e]{1,128}$/.test(secret)) {
    return `${BOOTSTRAP_ENV.rootSecretAccessKey} must be printable ASCII without spaces, 1 to 128 characters (AWS's secrets are 40 characters of A-Z, a-z, 0-9, / and +)`;
  }
  return undefined;
}

/** `--quota users=100` or one pair of GATEHOUSE_QUOTAS ("users=100,groupsPerUser=20"). */
function addQuota(config: ServerConfig, pair: string, source: string): string | undefined {
  const eq = pair.indexOf("=");
  if (eq <= 0) return `${source} takes NAME=VALUE, e.g. users=100`;
  config.quotas[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  return undefined;
}

function apply(
  config: ServerConfig,
  option: Option,
  value: string,
  source: string,
): string | undefined {
  switch (option.kind) {
    case "port": {
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        return `${source} must be a port number (0-65535)`;
      }
      (config[option.key] as number) = port;
      return undefined;
    }
    case "boolean": {
      const v = value.toLowerCase();
      if (!["true", "false", "1", "0", "yes", "no"].includes(v))
        return `${source} must be true or false`;
      (config[option.key] as boolean) = v === "true" || v === "1" || v === "yes";
      return undefined;
    }
    case "string":
      (config[option.key] as string) = value;
      return undefined;
    case "count": {
      const n = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
      if (!Number.isInteger(n) || n < 1) return `${source} must be a whole number, 1 or more`;
      (config[option.key] as number) = n;
      return undefined;
    }
  }
}

export function configHelp(): string {
  const lines = OPTIONS.map(
    (o) =>
      `  ${`${o.flag}${o.kind === "boolean" ? "" : " VALUE"}`.padEnd(22)} ${o.help} [${o.env}]`,
  );
  return `${lines.join("\n")}
  ${"--quota NAME=VALUE".padEnd(22)} change a quota (repeatable), e.g. users=100, groupsPerUser=20,
  ${"".padEnd(22)} accessKeysPerUser=2; AWS's defaults otherwise [${QUOTAS_ENV}="users=100,…"]

First start (environment only):
  ${BOOTSTRAP_ENV.accountId.padEnd(34)} the account id (12 digits; generated if unset)
  ${BOOTSTRAP_ENV.rootAccessKeyId.padEnd(34)} the root user's access key id (generated if unset)
  ${BOOTSTRAP_ENV.rootSecretAccessKey.padEnd(34)} and its secret (printed once and saved, 0600, if generated)
  ${BOOTSTRAP_ENV.rootPassword.padEnd(34)} the root user's console password
`;
}
