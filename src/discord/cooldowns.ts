export interface CooldownOptions {
  /** Seconds between two uses of a command by one user; 0 turns cooldowns off. */
  seconds: number;
  now?: () => number;
}

/** Per-user, per-command cooldowns. Memory holds only users still cooling down. */
export class Cooldowns {
  readonly #until = new Map<string, number>();
  readonly #ms: number;
  readonly #now: () => number;

  constructor(options: CooldownOptions) {
    this.#ms = options.seconds * 1000;
    this.#now = options.now ?? Date.now;
  }

  /**
   * Starts the user's cooldown on `command` and returns 0, or, if one is running, returns the
   * whole seconds left (at least 1) without restarting it.
   */
  take(userId: string, command: string): number {
    if (this.#ms <= 0) return 0;
    const now = this.#now();
    const key = `${command}:${userId}`;
    const until = this.#until.get(key);
    if (until !== undefined && until > now) return Math.max(1, Math.ceil((until - now) / 1000));
    this.#until.delete(key);
    this.#until.set(key, now + this.#ms);
    // Insertion order equals expiry order (one duration): drop the expired from the front.
    for (const [other, end] of this.#until) {
      if (end > now) break;
      this.#until.delete(other);
    }
    return 0;
  }
}
