/**
 * The agent's one listener (node:http): the container credentials path, and
 * every other path is the instance metadata service.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { CONTAINER_PATH, handleContainer, type ContainerOptions } from "./container.js";
import { handleImds, sendText, type ImdsOptions } from "./imds.js";

export interface AgentListener {
  /** http://host:port with the port actually bound. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface ListenerOptions {
  host: string;
  port: number;
  imds: ImdsOptions;
  container: ContainerOptions;
}

function pathOf(url: string | undefined): string {
  const raw = url ?? "/";
  const end = raw.search(/[?#]/);
  return end < 0 ? raw : raw.slice(0, end);
}

export function createAgentServer(options: Pick<ListenerOptions, "imds" | "container">): Server {
  const server = createServer((req, res) => {
    req.resume();
    try {
      const path = pathOf(req.url);
      if (path === CONTAINER_PATH || path === `${CONTAINER_PATH}/`) {
        handleContainer(req, res, options.container);
      } else {
        handleImds(req, res, path, options.imds);
      }
    } catch {
      if (!res.headersSent) sendText(req, res, 500, "500 - Internal Server Error\n");
      else res.destroy();
    }
  });
  server.keepAliveTimeout = 5_000;
  server.headersTimeout = 10_000;
  server.requestTimeout = 10_000;
  return server;
}

export async function listen(options: ListenerOptions): Promise<AgentListener> {
  const server = createAgentServer(options);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
