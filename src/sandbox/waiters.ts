/**
 * Promises that resolve when the stand-in's state reaches a condition: each waiter re-checks its
 * condition whenever the state changes ({@link Waiters.settle}), and rejects after a timeout with
 * a message saying what it waited for.
 */
export class Waiters {
  readonly #timeoutMs: number;
  #pending: { check: () => unknown; resolve: (value: unknown) => void }[] = [];

  constructor(options: { timeoutMs: number }) {
    this.#timeoutMs = options.timeoutMs;
  }

  /**
   * Resolves with the first value `check` returns that is not `undefined` (at once when it already
   * does); rejects with `Discord stand-in: timed out after N ms waiting for <what>`.
   */
  waitFor<T>(what: string, check: () => T | undefined): Promise<T> {
    const now = check();
    if (now !== undefined) return Promise.resolve(now);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending = this.#pending.filter((waiter) => waiter !== entry);
        reject(
          new Error(`Discord stand-in: timed out after ${this.#timeoutMs} ms waiting for ${what}`),
        );
      }, this.#timeoutMs);
      const entry = {
        check,
        resolve: (value: unknown) => {
          clearTimeout(timer);
          resolve(value as T);
        },
      };
      this.#pending.push(entry);
    });
  }

  /** Re-checks every pending waiter; call after any change of state. */
  settle(): void {
    this.#pending = this.#pending.filter((waiter) => {
      const value = waiter.check();
      if (value === undefined) return true;
      waiter.resolve(value);
      return false;
    });
  }
}
