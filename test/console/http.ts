/**
 * Plain HTTP for the console's tests: node:http, so a test controls every
 * byte of the request line (raw, un-normalized paths) and the client address
 * (any of 127.0.0.0/8), and sees every header of the answer.
 */
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: string;
  /** The body as JSON (throws when it is not). */
  json<T = Record<string, unknown>>(): T;
  /** The Set-Cookie headers. */
  cookies: string[];
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** The client address to connect from, e.g. "127.0.0.2". */
  from?: string;
}

export function send(baseUrl: string, path: string, options: RequestOptions = {}): Promise<Answer> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method: options.method ?? "GET",
        path,
        headers: options.headers ?? {},
        ...(options.from === undefined ? {} : { localAddress: options.from }),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const body = Buffer.concat(chunks);
          const text = body.toString("utf8");
          const setCookie = res.headers["set-cookie"];
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body,
            text,
            json: <T>() => JSON.parse(text) as T,
            cookies: setCookie ?? [],
          });
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}
