/**
 * What authentication and authorization remember between requests: access
 * keys (with their decrypted secrets) and each principal's compiled policy
 * set. It hears of every committed write through the store's change feed,
 * this node's and every other node's, and empties itself (bumping
 * `generation`, so a load that raced a write is not kept); while the feed
 * cannot vouch for memory (PostgreSQL's LISTEN connection down) every
 * lookup goes to the database. Nothing else invalidates it.
 */
import type { CompiledPolicySet } from "../policy/index.js";
import type { ChangeFeed } from "../store/index.js";

export interface KeyRecord {
  accessKeyId: string;
  secretAccessKey: string;
  accountId: string;
  /** Null for the root user's keys. */
  userId: string | null;
  active: boolean;
}

const LIMIT = 10_000;

export class AuthCache {
  private generation = 0;
  private readonly keys = new Map<string, KeyRecord | null>();
  private readonly policies = new Map<string, CompiledPolicySet>();

  constructor(private readonly feed: ChangeFeed) {
    feed.subscribe(() => this.invalidate());
  }

  /** Forget everything. */
  private invalidate(): void {
    this.generation++;
    this.keys.clear();
    this.policies.clear();
  }

  get version(): number {
    return this.generation;
  }

  async key(
    id: string,
    load: (id: string) => Promise<KeyRecord | undefined>,
  ): Promise<KeyRecord | undefined> {
    if (!this.feed.current()) return load(id);
    const hit = this.keys.get(id);
    if (hit !== undefined) return hit ?? undefined;
    const before = this.generation;
    const record = await load(id);
    if (before === this.generation) remember(this.keys, id, record ?? null);
    return record;
  }

  async policySet(
    principal: string,
    load: () => Promise<CompiledPolicySet>,
  ): Promise<CompiledPolicySet> {
    if (!this.feed.current()) return load();
    const hit = this.policies.get(principal);
    if (hit !== undefined) return hit;
    const before = this.generation;
    const set = await load();
    if (before === this.generation) remember(this.policies, principal, set);
    return set;
  }
}

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  if (map.size >= LIMIT) map.clear();
  map.set(key, value);
}
