export interface CooldownOptions {
  /** The window in seconds; 0 turns cooldowns off. */
  seconds: number;
  /** How many questions a user may ask within any window of `seconds` (default 5). */
  burst?: number;
  now?: () => number;
}

/** How many questions a user may ask in a window unless told otherwise. */
export const DEFAULT_BURST = 5;

/**
 * A per-user burst allowance shared by the commands that take it (`/ask` and `/summary`): a user
 * may ask `burst` questions within any `seconds`-long window, so a follow-up question goes through
 * at once and only a flood waits. Memory holds only users with a question inside the window.
 */
export class Cooldowns {
  /** User id → times of their questions still inside the window, oldest first. */
  readonly #asked = new Map<string, number[]>();
  readonly #windowMs: number;
  readonly #burst: number;
  readonly #now: () => number;

  constructor(options: CooldownOptions) {
    this.#windowMs = options.seconds * 1000;
    this.#burst = Math.max(1, options.burst ?? DEFAULT_BURST);
    this.#now = options.now ?? Date.now;
  }

  /**
   * Counts a question by the user and returns 0, or, when they already asked `burst` questions
   * within the window, returns the whole seconds (at least 1) until they may ask again, without
   * counting this one.
   */
  take(userId: string): number {
    if (this.#windowMs <= 0) return 0;
    const now = this.#now();
    const since = now - this.#windowMs;
    const times = (this.#asked.get(userId) ?? []).filter((time) => time > since);
    if (times.length >= this.#burst) {
      const oldest = times[times.length - this.#burst] ?? now;
      this.#asked.set(userId, times);
      return Math.max(1, Math.ceil((oldest + this.#windowMs - now) / 1000));
    }
    times.push(now);
    // Re-inserting keeps the map ordered by each user's latest question: expired users sit first.
    this.#asked.delete(userId);
    this.#asked.set(userId, times);
    for (const [other, list] of this.#asked) {
      if ((list.at(-1) ?? 0) > since) break;
      this.#asked.delete(other);
    }
    return 0;
  }

  /** How many questions a user may ask within the window. */
  get burst(): number {
    return this.#burst;
  }

  /** The window in seconds (0: cooldowns are off). */
  get seconds(): number {
    return this.#windowMs / 1000;
  }

  /** How many users have a question inside the window (for tests and metrics). */
  get size(): number {
    return this.#asked.size;
  }
}
