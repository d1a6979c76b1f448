/**
 * What authentication and authorization remember between requests: access
 * keys (with their decrypted secrets) and each principal's compiled policy
 * set. Every committed write bumps `generation`, which empties both, so a
 * revoked key or a detached policy takes effect on the next request.
 * (Several nodes will hear of each other's writes in a later step.)
 */
import type { CompiledPolicySet } from "../policy/index.js";

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

  /** Forget everything: called after every committed write. */
  invalidate(): void {
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
