import { MAX_SIGNATURE_AGE_SECONDS } from "./signature.js";

export interface SeenInteractionsOptions {
  /** How long an id is remembered, in ms (default: as long as a signature stays fresh, both ways). */
  ttlMs?: number;
  /** At most this many ids (the oldest are forgotten first). */
  maxEntries?: number;
  now?: () => number;
}

/** Enough for 300 interactions a second during the whole window. */
const DEFAULT_MAX_ENTRIES = 200_000;

/**
 * The interaction ids this process received lately. A request replayed unchanged keeps a valid
 * signature until its timestamp goes stale ({@link MAX_SIGNATURE_AGE_SECONDS}); remembering ids
 * that long refuses such a replay on the replica that saw the original. Memory is bounded: ids
 * expire, and past `maxEntries` the oldest go first.
 */
export class SeenInteractions {
  readonly #expires = new Map<string, number>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;

  constructor(options: SeenInteractionsOptions = {}) {
    this.#ttlMs = options.ttlMs ?? 2 * MAX_SIGNATURE_AGE_SECONDS * 1000;
    this.#maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
    this.#now = options.now ?? Date.now;
  }

  /** Records `id`; false when it was already seen within the window. */
  firstTime(id: string): boolean {
    const now = this.#now();
    // Insertion order is expiry order (one TTL for all): the expired ones are at the front.
    for (const [seen, expires] of this.#expires) {
      if (expires > now && this.#expires.size < this.#maxEntries) break;
      this.#expires.delete(seen);
    }
    if (this.#expires.has(id)) return false;
    this.#expires.set(id, now + this.#ttlMs);
    return true;
  }

  get size(): number {
    return this.#expires.size;
  }
}
