import { randomBytes } from "node:crypto";

export interface TtlStoreOptions {
  /** How long an entry lives after it is added, in ms. */
  ttlMs: number;
  /** At most this many entries; adding one more forgets the oldest. */
  maxEntries: number;
  /** The clock (injected by tests). */
  now?: () => number;
}

/**
 * A bounded store of short-lived values under short random keys, for state a button needs later
 * (custom_ids hold at most 100 characters, a question may not fit). Memory stays bounded whatever
 * the traffic: entries expire after `ttlMs` and the oldest go first past `maxEntries`.
 */
export class TtlStore<V> {
  readonly #entries = new Map<string, { value: V; expires: number }>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;

  constructor(options: TtlStoreOptions) {
    this.#ttlMs = options.ttlMs;
    this.#maxEntries = options.maxEntries;
    this.#now = options.now ?? Date.now;
  }

  /** Stores a value and returns its key (10 characters, no ":"). */
  add(value: V): string {
    this.#prune();
    while (this.#entries.size >= this.#maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
    let key: string;
    do key = randomBytes(8).toString("base64url").slice(0, 10);
    while (this.#entries.has(key));
    this.#entries.set(key, { value, expires: this.#now() + this.#ttlMs });
    return key;
  }

  /** The value under `key`, or undefined when unknown or expired. */
  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= this.#now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Forgets `key` (a one-time confirmation that was used); whether it was there. */
  delete(key: string): boolean {
    return this.#entries.delete(key);
  }

  get size(): number {
    this.#prune();
    return this.#entries.size;
  }

  /** Entries are in insertion order and share one TTL, so the expired ones are at the front. */
  #prune(): void {
    const now = this.#now();
    for (const [key, entry] of this.#entries) {
      if (entry.expires > now) break;
      this.#entries.delete(key);
    }
  }
}
