/**
 * Keeps the held credentials fresh: asks the server at start, again when less
 * than max(5 minutes, a quarter of their lifetime) remains or when the refresh
 * interval has passed, whichever comes first; retries with backoff while the
 * server cannot be reached; and stops serving credentials when the server
 * refuses the instance (for good once it says the instance is terminated).
 */
import type { CredentialHolder } from "./credentials.js";
import type { RoleCredentials, ServerAnswer } from "./server-client.js";

export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => {
    const handle = setTimeout(run, ms);
    handle.unref();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const MINUTE = 60_000;
/** Never ask again sooner than this after an answer with credentials. */
const MIN_GAP_MS = 10_000;
const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 60_000;

/** When to ask again, after credentials were received at receivedAtMs. */
export function nextRefreshAt(
  credentials: Pick<RoleCredentials, "issuedAt" | "expiration">,
  receivedAtMs: number,
  intervalMs: number,
): number {
  const expires = Date.parse(credentials.expiration);
  const issued = Date.parse(credentials.issuedAt);
  const lifetime = Math.max(0, expires - issued);
  const margin = Math.max(5 * MINUTE, lifetime / 4);
  const due = Math.min(expires - margin, receivedAtMs + intervalMs);
  return Math.max(due, receivedAtMs + Math.min(MIN_GAP_MS, intervalMs));
}

/** The wait before retry number `attempt` (0 for the first) when the server was unavailable. */
export function retryDelay(attempt: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(attempt, 16));
}

export type RefresherState = "starting" | "serving" | "refused" | "unavailable" | "terminated";

export interface RefresherOptions {
  /** One request to the server for the instance's credentials. */
  fetchCredentials: (nowMs: number) => Promise<ServerAnswer<RoleCredentials>>;
  holder: CredentialHolder;
  intervalMs: number;
  clock?: Clock;
  log?: (line: string) => void;
}

export class Refresher {
  private readonly clock: Clock;
  private timer: unknown;
  private running: Promise<void> | undefined;
  private failures = 0;
  private stopped = false;
  state: RefresherState = "starting";
  /** When the next request is due (ms since the epoch), or undefined when none is. */
  nextAt: number | undefined;

  constructor(private readonly options: RefresherOptions) {
    this.clock = options.clock ?? systemClock;
  }

  /** Asks now, then keeps asking on schedule. */
  start(): Promise<void> {
    return this.refreshNow();
  }

  stop(): void {
    this.stopped = true;
    this.cancelTimer();
  }

  /** One request now (or the one already running), and the next one scheduled. */
  refreshNow(): Promise<void> {
    if (this.running === undefined) {
      this.cancelTimer();
      this.running = this.once().finally(() => {
        this.running = undefined;
      });
    }
    return this.running;
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.nextAt = undefined;
  }

  private schedule(at: number): void {
    if (this.stopped) return;
    this.cancelTimer();
    this.nextAt = at;
    this.timer = this.clock.setTimeout(
      () => {
        this.timer = undefined;
        void this.refreshNow();
      },
      Math.max(0, at - this.clock.now()),
    );
  }

  private log(line: string): void {
    this.options.log?.(line);
  }

  private async once(): Promise<void> {
    const { holder, intervalMs } = this.options;
    let answer: ServerAnswer<RoleCredentials>;
    try {
      answer = await this.options.fetchCredentials(this.clock.now());
    } catch (err) {
      answer = { kind: "unavailable", reason: (err as Error).message };
    }
    if (this.stopped) return;
    const now = this.clock.now();
    if (answer.kind === "ok") {
      this.failures = 0;
      holder.set(answer.value, now);
      this.state = "serving";
      const next = nextRefreshAt(answer.value, now, intervalMs);
      this.log(
        `credentials for role ${answer.value.roleName}, expiring ${answer.value.expiration}; next refresh in ${Math.round((next - now) / 1000)} s`,
      );
      this.schedule(next);
      return;
    }
    if (answer.kind === "refused") {
      this.failures = 0;
      holder.clear();
      if (answer.status === 403 && answer.code === "InstanceTerminated") {
        this.state = "terminated";
        this.log(`the instance is terminated (${answer.code}); serving no credentials from now on`);
        this.stopped = true;
        this.cancelTimer();
        return;
      }
      this.state = "refused";
      this.log(
        `the server refused credentials (${answer.status} ${answer.code}: ${answer.message}); serving none; asking again in ${Math.round(intervalMs / 1000)} s`,
      );
      this.schedule(now + intervalMs);
      return;
    }
    const delay = Math.min(retryDelay(this.failures), intervalMs);
    this.failures += 1;
    this.state = "unavailable";
    this.log(
      `the server is unavailable (${answer.reason}); ${holder.current() === undefined ? "no credentials to serve" : "still serving the current credentials"}; retrying in ${Math.round(delay / 1000)} s`,
    );
    this.schedule(now + delay);
  }
}
