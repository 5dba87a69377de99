import { CorpusError, type CorpusProblem } from "../corpus/parse.js";
import type { Corpus } from "../corpus/types.js";
import { coalesceRuns } from "../coalesce.js";
import { type Logger, silentLogger } from "../logger.js";
import {
  buildPassageIndexAsync,
  type PassageIndex,
  type PassageIndexOptions,
} from "./passage-index.js";
import { createSlicer } from "./slicer.js";
import type { IndexStats, SearchOptions, SearchResponse } from "./types.js";

/** Passage ids that a reindex added, removed or whose text changed. */
export interface CorpusDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

/** What a successful build or reindex reports. */
export interface ReindexReport extends IndexStats {
  durationMs: number;
  diff: CorpusDiff;
}

/** The outcome of {@link LiveIndex.reindex}: the new index's report, or why the old one still serves. */
export type ReindexOutcome =
  | { ok: true; report: ReindexReport }
  | {
      ok: false;
      /** One-line-per-problem explanation, e.g. `corpus/a.txt: front matter "title" is missing…`. */
      error: string;
      /** Corpus problems when the corpus was invalid, empty otherwise. */
      problems: readonly CorpusProblem[];
      /** The index that keeps serving. */
      serving: IndexStats;
    };

export interface LiveIndexOptions {
  /** Reads the corpus; called at open and on every reindex (e.g. `() => readCorpus("corpus")`). */
  loadCorpus: () => Promise<Corpus>;
  logger?: Logger;
  /** Search tuning passed to every build. */
  index?: PassageIndexOptions;
}

/**
 * The index that is serving, and the way to rebuild it without a restart.
 * A reindex builds the new index aside (in slices, so the event loop keeps turning), validates it,
 * then swaps it in at once; if anything fails the old index keeps serving. Concurrent calls to
 * {@link reindex} coalesce: the rebuild under way, then at most one more that starts after the
 * latest call, so every caller's outcome describes a rebuild that started after its own call.
 */
export class LiveIndex {
  #index: PassageIndex;
  #corpus: Corpus;
  readonly #coalesced = coalesceRuns(() => this.#rebuild());
  readonly #options: LiveIndexOptions;
  readonly #logger: Logger;

  private constructor(options: LiveIndexOptions, corpus: Corpus, index: PassageIndex) {
    this.#options = options;
    this.#logger = options.logger ?? silentLogger;
    this.#corpus = corpus;
    this.#index = index;
  }

  /** Loads the corpus and builds the first index. Throws {@link CorpusError} on an invalid corpus. */
  static async open(
    options: LiveIndexOptions,
  ): Promise<{ live: LiveIndex; report: ReindexReport }> {
    const started = performance.now();
    const corpus = await options.loadCorpus();
    const index = await buildPassageIndexAsync(corpus, options.index);
    const report: ReindexReport = {
      ...index.stats,
      durationMs: performance.now() - started,
      diff: await diffCorpora(emptyCorpus, corpus),
    };
    return { live: new LiveIndex(options, corpus, index), report };
  }

  /** The index serving now. Keep no reference to it across a reindex. */
  get index(): PassageIndex {
    return this.#index;
  }

  /** The corpus the serving index was built from. */
  get corpus(): Corpus {
    return this.#corpus;
  }

  get stats(): IndexStats {
    return this.#index.stats;
  }

  /** Searches the serving index. */
  search(query: string, options?: SearchOptions): SearchResponse {
    return this.#index.search(query, options);
  }

  /** Autocomplete suggestions from the serving index. */
  suggest(partial: string, limit?: number): string[] {
    return this.#index.suggest(partial, limit);
  }

  /**
   * Rebuilds from the corpus and swaps the new index in. A call made while a rebuild runs waits for
   * it and shares the next one (one more at most, however many calls), which starts after it.
   */
  reindex(): Promise<ReindexOutcome> {
    return this.#coalesced();
  }

  async #rebuild(): Promise<ReindexOutcome> {
    const started = performance.now();
    try {
      const corpus = await this.#options.loadCorpus();
      const index = await buildPassageIndexAsync(corpus, this.#options.index);
      if (index.stats.passages === 0) throw new Error("the new index has no passage");
      const diff = await diffCorpora(
        this.#corpus,
        corpus,
        createSlicer(this.#options.index?.sliceMs ?? 8),
      );
      const report: ReindexReport = {
        ...index.stats,
        durationMs: performance.now() - started,
        diff,
      };
      this.#corpus = corpus;
      this.#index = index;
      this.#logger.info({ ...report, diff: countDiff(report.diff) }, "reindex done");
      return { ok: true, report };
    } catch (error) {
      const problems = error instanceof CorpusError ? error.problems : [];
      const message = error instanceof Error ? error.message : String(error);
      this.#logger.warn({ err: message }, "reindex failed; the previous index keeps serving");
      return { ok: false, error: message, problems, serving: this.#index.stats };
    }
  }
}

const emptyCorpus: Corpus = { articles: [], aliases: [] };

/**
 * Which passages a new corpus adds, removes or changes, by passage id. `pause` (see
 * {@link createSlicer}) lets a large comparison yield to the event loop.
 */
export async function diffCorpora(
  before: Corpus,
  after: Corpus,
  pause: () => Promise<void> | undefined = () => undefined,
): Promise<CorpusDiff> {
  const old = new Map<string, string>();
  for (const article of before.articles) {
    for (const passage of article.passages) old.set(passage.id, passage.text);
    await pause();
  }
  const diff: CorpusDiff = { added: [], removed: [], changed: [] };
  const seen = new Set<string>();
  for (const article of after.articles) {
    for (const { id, text } of article.passages) {
      seen.add(id);
      const previous = old.get(id);
      if (previous === undefined) diff.added.push(id);
      else if (previous !== text) diff.changed.push(id);
    }
    await pause();
  }
  for (const id of old.keys()) if (!seen.has(id)) diff.removed.push(id);
  return diff;
}

function countDiff(diff: CorpusDiff) {
  return { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length };
}
