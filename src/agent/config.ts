/**
 * `gatehouse agent` options, each also an environment variable. Parsing is
 * pure: a config or an error message.
 */

export interface AgentConfig {
  /** The Gatehouse server's base URL (http or https). */
  server: string;
  /** Needed on the first run only, to register the instance. */
  launchToken: string | undefined;
  stateDir: string;
  host: string;
  port: number;
  /** Answer GETs without an IMDSv2 session token too. */
  imdsv1: boolean;
  /** The longest time, in seconds, between two credential requests to the server. */
  refreshInterval: number;
}

export const DEFAULT_LISTEN = "127.0.0.1:7711";
export const DEFAULT_STATE_DIR = "./gatehouse-agent";
export const DEFAULT_REFRESH_INTERVAL = 900;

interface Option {
  flag: string;
  env: string;
  value: string | undefined;
  help: string;
}

export const AGENT_OPTIONS: readonly Option[] = [
  {
    flag: "--server",
    env: "GATEHOUSE_AGENT_SERVER",
    value: "URL",
    help: "the Gatehouse server, e.g. https://iam.example.internal:7701 (required)",
  },
  {
    flag: "--launch-token",
    env: "GATEHOUSE_AGENT_LAUNCH_TOKEN",
    value: "TOKEN",
    help: "the token 'gatehouse instance launch' printed; first run only",
  },
  {
    flag: "--state-dir",
    env: "GATEHOUSE_AGENT_STATE_DIR",
    value: "DIR",
    help: `where the key pair and identity live (default ${DEFAULT_STATE_DIR})`,
  },
  {
    flag: "--listen",
    env: "GATEHOUSE_AGENT_LISTEN",
    value: "HOST:PORT",
    help: `address of the metadata endpoint (default ${DEFAULT_LISTEN})`,
  },
  {
    flag: "--imdsv1",
    env: "GATEHOUSE_AGENT_IMDSV1",
    value: undefined,
    help: "also answer requests without an IMDSv2 session token",
  },
  {
    flag: "--refresh-interval",
    env: "GATEHOUSE_AGENT_REFRESH_INTERVAL",
    value: "SECONDS",
    help: `ask the server at least this often (default ${DEFAULT_REFRESH_INTERVAL})`,
  },
];

/** Where an option's help starts: past the longest flag and its value. */
const HELP_COLUMN = 30;

export function agentOptionsHelp(): string {
  return AGENT_OPTIONS.map((o) => {
    const left = `  ${o.flag}${o.value === undefined ? "" : ` ${o.value}`}`;
    return `${left.padEnd(HELP_COLUMN - 1)} ${o.help}\n${"".padEnd(HELP_COLUMN)}env ${o.env}\n`;
  }).join("");
}

/** "127.0.0.1:7711", "[::1]:7711", "169.254.169.254:80" → host and port. */
export function parseListen(value: string): { host: string; port: number } | undefined {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(value);
  if (match === null) return undefined;
  const port = Number(match[3]);
  if (port > 65535) return undefined;
  return { host: (match[1] ?? match[2]) as string, port };
}

function isTrue(value: string): boolean {
  return /^(1|true|yes|on)$/i.test(value);
}

function apply(
  config: AgentConfig,
  flag: string,
  value: string,
  source: string,
): string | undefined {
  switch (flag) {
    case "--server": {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        return `${source}: '${value}' is not a URL`;
      }
      if (url.protocol !== "http:" && url.protocol !== "https:") {
        return `${source}: the server URL must be http:// or https://`;
      }
      config.server = value.replace(/\/+$/, "");
      return undefined;
    }
    case "--launch-token":
      config.launchToken = value;
      return undefined;
    case "--state-dir":
      config.stateDir = value;
      return undefined;
    case "--listen": {
      const listen = parseListen(value);
      if (listen === undefined) return `${source}: '${value}' is not HOST:PORT`;
      config.host = listen.host;
      config.port = listen.port;
      return undefined;
    }
    case "--imdsv1":
      config.imdsv1 = isTrue(value);
      return undefined;
    case "--refresh-interval": {
      if (!/^\d{1,7}$/.test(value) || Number(value) < 1) {
        return `${source}: the refresh interval is a whole number of seconds, at least 1`;
      }
      config.refreshInterval = Number(value);
      return undefined;
    }
  }
  return `unknown option '${flag}'`;
}

export function parseAgentConfig(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): AgentConfig | { error: string } {
  const defaults = parseListen(DEFAULT_LISTEN) as { host: string; port: number };
  const config: AgentConfig = {
    server: "",
    launchToken: undefined,
    stateDir: DEFAULT_STATE_DIR,
    host: defaults.host,
    port: defaults.port,
    imdsv1: false,
    refreshInterval: DEFAULT_REFRESH_INTERVAL,
  };
  for (const option of AGENT_OPTIONS) {
    const value = env[option.env];
    if (value === undefined || value === "") continue;
    const error = apply(config, option.flag, value, option.env);
    if (error !== undefined) return { error };
  }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const eq = arg.indexOf("=");
    const flag = eq < 0 ? arg : arg.slice(0, eq);
    const option = AGENT_OPTIONS.find((o) => o.flag === flag);
    if (option === undefined) return { error: `unknown option '${arg}'` };
    let value: string | undefined;
    if (option.value === undefined) value = eq < 0 ? "true" : arg.slice(eq + 1);
    else value = eq < 0 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined) return { error: `${flag} needs ${option.value}` };
    const error = apply(config, flag, value, flag);
    if (error !== undefined) return { error };
  }
  if (config.server === "") return { error: "--server URL is required" };
  return config;
}
