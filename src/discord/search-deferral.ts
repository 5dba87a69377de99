/** When `/ask` defers its reply rather than searching inside Discord's 3 s window. */
export interface SearchDeferralOptions {
  /** Defer when the serving index holds more passages than this (0: always defer). */
  abovePassages: number;
  /** Defer when one of the last few searches took longer than this, in ms. */
  slowSearchMs: number;
}

/** How many recent search durations are remembered (a fixed-size ring: bounded state). */
const RECENT_SEARCHES = 8;

/**
 * Decides whether a search may be slow enough to miss Discord's 3 s acknowledgement window: a
 * large index, or recent searches over budget (a busy event loop, a rebuild under way). Deferring
 * costs one extra request, so small fast indexes keep answering in a single reply.
 */
export class SearchDeferral {
  readonly #options: SearchDeferralOptions;
  readonly #recentMs = new Float64Array(RECENT_SEARCHES);
  #next = 0;

  constructor(options: SearchDeferralOptions) {
    this.#options = options;
  }

  /** Whether to defer before searching an index of `passages` passages. */
  shouldDefer(passages: number): boolean {
    if (passages > this.#options.abovePassages) return true;
    return this.#recentMs.some((ms) => ms > this.#options.slowSearchMs);
  }

  /** Records how long a search took, from the moment it was asked for to its result, in ms. */
  record(ms: number): void {
    this.#recentMs[this.#next] = ms;
    this.#next = (this.#next + 1) % RECENT_SEARCHES;
  }
}
