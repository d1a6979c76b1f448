/**
 * The HTTP benchmark (part of `npm run bench`): SigV4-signed GetUser and
 * ListUsers (MaxItems 10) against a running Gatehouse (ephemeral store, one
 * child process), and, in the same run, a bare Fastify route answering a
 * fixed XML body in its own child process: the floor. Requests are signed
 * once and replayed (a SigV4 signature stays valid for 15 minutes), so the
 * client's own cost is small and the same for every target. Reports requests
 * per second and p99 latency for each, and the ratio to the floor.
 */
import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { fileURLToPath } from "node:url";

const ROOT = {
  accessKeyId: "AKIAGATEHOUSEBENCH01",
  secretAccessKey: "benchsecretbenchsecretbenchsecret0123456",
};
const UNKNOWN = {
  accessKeyId: "AKIAGATEHOUSEUNKNOWN",
  secretAccessKey: "unknownunknownunknownunknownunknown01234",
};
const quick = process.argv.includes("--quick");
/** Time per target, split over the rounds. */
const DURATION_MS = quick ? 1500 : 6000;
const ROUNDS = 3;
const CONCURRENCY = 16;

interface Target {
  name: string;
  /** The server process answering it (for its CPU time). */
  pid?: number | undefined;
  /** The status every answer must have. */
  status?: number;
  port: number;
  body: string;
  headers: Record<string, string>;
}

async function main(): Promise<void> {
  if (process.argv.includes("--floor")) return floorServer();
  const here = fileURLToPath(new URL(".", import.meta.url));
  const gatehouse = await child(
    process.execPath,
    [`${here}../dist/cli.js`, "serve", "--ephemeral", "--port", "0", "--log-level", "silent"],
    {
      GATEHOUSE_ROOT_ACCESS_KEY_ID: ROOT.accessKeyId,
      GATEHOUSE_ROOT_SECRET_ACCESS_KEY: ROOT.secretAccessKey,
      GATEHOUSE_ACCOUNT_ID: "123456789012",
    },
  );
  const floor = await child(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), "--floor"],
    {},
  );
  const signedFloor = await child(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), "--floor", "--verify"],
    {},
  );
  try {
    // Some users to list and get.
    for (let i = 0; i < 20; i++) {
      await send(
        await signed(gatehouse.port, `Action=CreateUser&Version=2010-05-08&UserName=bench-${i}`),
      );
    }
    const targets: Target[] = [
      {
        name: "floor: bare Fastify, fixed XML",
        pid: floor.process.pid,
        ...(await signed(floor.port, "Action=GetUser&Version=2010-05-08&UserName=bench-1")),
      },
      {
        name: "GetUser",
        pid: gatehouse.process.pid,
        ...(await signed(gatehouse.port, "Action=GetUser&Version=2010-05-08&UserName=bench-1")),
      },
      {
        name: "ListUsers (MaxItems 10)",
        pid: gatehouse.process.pid,
        ...(await signed(gatehouse.port, "Action=ListUsers&Version=2010-05-08&MaxItems=10")),
      },
      {
        // A reference point, not a target: the floor that also verifies each
        // request's SigV4 signature (Gatehouse's own verifier, the secret in
        // memory): what the signature alone costs, with no store, no input
        // model and no XML writer.
        name: "floor + SigV4 only, reference",
        pid: signedFloor.process.pid,
        ...(await signed(signedFloor.port, "Action=GetUser&Version=2010-05-08&UserName=bench-1")),
      },
      {
        // A reference point, not a target: refused at the key lookup, before
        // any hashing, store read or result — the least a request can cost.
        name: "unknown key (403), reference",
        status: 403,
        pid: gatehouse.process.pid,
        ...(await signed(
          gatehouse.port,
          "Action=GetUser&Version=2010-05-08&UserName=bench-1",
          UNKNOWN,
        )),
      },
    ];
    for (const t of targets) {
      const status = await send(t);
      if (status !== (t.status ?? 200)) throw new Error(`${t.name} answered ${status}`);
      await load(t, 300); // warm up
    }
    // Rounds of every target in turn, so that a noisy moment on this shared
    // machine hits one round, not one target: each figure is the median of
    // its rounds, each ratio the median of the ratios within a round.
    const rounds: Measured[][] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const measured: Measured[] = [];
      for (const t of targets) measured.push(await load(t, DURATION_MS / ROUNDS));
      rounds.push(measured);
    }
    console.log(
      `HTTP: ${CONCURRENCY} connections, keep-alive, ${ROUNDS} rounds of ${DURATION_MS / ROUNDS / 1000} s per target, server and floor in their own processes; medians`,
    );
    targets.forEach((t, i) => {
      const of = (pick: (m: Measured[]) => number) => median(rounds.map(pick));
      const rate = of((r) => r[i]?.perSecond ?? NaN);
      const p99 = of((r) => r[i]?.p99 ?? NaN);
      const cpu = of((r) => r[i]?.cpuPerRequest ?? NaN);
      const ratio = of((r) => (r[i]?.perSecond ?? NaN) / (r[0]?.perSecond ?? NaN));
      const cpuRatio = of((r) => (r[0]?.cpuPerRequest ?? NaN) / (r[i]?.cpuPerRequest ?? NaN));
      console.log(
        `${t.name.padEnd(32)} ${Math.round(rate).toLocaleString("en-US").padStart(9)} req/s  p99 ${p99.toFixed(2).padStart(7)} ms  ${ratio.toFixed(2)}× floor` +
          `   server CPU ${cpu.toFixed(0).padStart(4)} µs/req  ${cpuRatio.toFixed(2)}× floor`,
      );
    });
    console.log(
      "(server CPU: the answering process's user+system time per request, from /proc; the floor's over the target's is the throughput ratio a CPU-bound server would reach, whatever else the machine runs)",
    );
  } finally {
    gatehouse.process.kill();
    floor.process.kill();
    signedFloor.process.kill();
  }
}

/**
 * A bare Fastify server with one route answering a fixed GetUser-sized XML
 * body; with --verify, it first verifies the request's SigV4 signature
 * against the bench's root key (403 when it does not match).
 */
async function floorServer(): Promise<void> {
  const { default: Fastify } = await import("fastify");
  const { verifySigV4 } = await import("../src/auth/sigv4.js");
  const verify = process.argv.includes("--verify");
  const app = Fastify({ logger: false });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", { parseAs: "buffer" }, (_req, body, done) => done(null, body));
  const xml =
    '<GetUserResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">\n  <GetUserResult>\n    <User>\n      <Path>/</Path>\n      <UserName>bench-1</UserName>\n      <UserId>AIDAEXAMPLEEXAMPLE01</UserId>\n      <Arn>arn:aws:iam::123456789012:user/bench-1</Arn>\n      <CreateDate>2026-01-01T00:00:00Z</CreateDate>\n    </User>\n  </GetUserResult>\n  <ResponseMetadata>\n    <RequestId>00000000-0000-0000-0000-000000000000</RequestId>\n  </ResponseMetadata>\n</GetUserResponse>\n';
  app.post("/", async (req, reply) => {
    if (verify) {
      const body = req.body instanceof Buffer ? req.body : Buffer.alloc(0);
      const result = verifySigV4(
        { method: "POST", path: "/", query: "", headers: req.raw.headersDistinct, body },
        { now: new Date(), services: ["iam"], lookup: () => ROOT },
      );
      if (!result.ok) return reply.code(403).send(result.code);
    }
    return reply.header("content-type", "text/xml").send(xml);
  });
  const address = await app.listen({ host: "127.0.0.1", port: 0 });
  console.log(`listening ${address}`);
}

async function child(
  command: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ process: ChildProcess; port: number }> {
  const proc = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let text = "";
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const m = /(?:at|listening) http:\/\/127\.0\.0\.1:(\d+)/.exec(text);
      if (m) resolve({ process: proc, port: Number(m[1]) });
    };
    proc.stdout?.on("data", onData);
    proc.stderr?.on("data", onData);
    proc.on("exit", (code) => reject(new Error(`${args.join(" ")} exited ${code}: ${text}`)));
  });
}

async function signed(
  port: number,
  body: string,
  credentials = ROOT,
): Promise<Omit<Target, "name">> {
  const signer = new SignatureV4({
    service: "iam",
    region: "us-east-1",
    credentials,
    sha256: Sha256,
  });
  const req = new HttpRequest({
    method: "POST",
    protocol: "http:",
    hostname: "127.0.0.1",
    port,
    path: "/",
    headers: {
      host: `127.0.0.1:${port}`,
      "content-type": "application/x-www-form-urlencoded; charset=utf-8",
    },
    body,
  });
  const s = await signer.sign(req);
  return { port, body, headers: s.headers as Record<string, string> };
}

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function send(t: Omit<Target, "name">): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port: t.port, method: "POST", path: "/", headers: t.headers, agent },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(t.body);
  });
}

/** A process's user+system CPU time in microseconds (Linux /proc), or NaN elsewhere. */
function cpuMicros(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of stat(5), in clock ticks (USER_HZ, 100 on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return NaN;
  }
}

interface Measured {
  perSecond: number;
  p99: number;
  /** The server's CPU time per request, in microseconds. */
  cpuPerRequest: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function load(t: Target, ms: number): Promise<Measured> {
  const latencies: number[] = [];
  const cpuBefore = cpuMicros(t.pid);
  const until = performance.now() + ms;
  const start = performance.now();
  const worker = async () => {
    while (performance.now() < until) {
      const t0 = performance.now();
      const status = await send(t);
      if (status !== (t.status ?? 200)) throw new Error(`${t.name} answered ${status}`);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    perSecond: latencies.length / elapsed,
    p99: latencies[Math.floor(latencies.length * 0.99)] ?? 0,
    cpuPerRequest: (cpuMicros(t.pid) - cpuBefore) / latencies.length,
  };
}

await main();
