import { CorpusError, type CorpusProblem, formatProblem } from "./corpus/parse.js";
import { coalesceRuns } from "./coalesce.js";
import { type CorpusLimits, readValidArticles } from "./corpus/read.js";
import type { Corpus } from "./corpus/types.js";
import { type Logger, silentLogger } from "./logger.js";
import {
  LiveIndex,
  type LiveIndexOptions,
  type ReindexOutcome,
  type ReindexReport,
} from "./search/live-index.js";
import type { PassageIndexOptions } from "./search/passage-index.js";

/** What {@link Library.reindex} reports: the index's outcome, how long it took, what was left out. */
export type LibraryReindexOutcome = ReindexOutcome & {
  durationMs: number;
  /**
   * Files (or alias groups) of the new corpus left out because they are invalid. On success the
   * index serves every other article; on failure (no valid article) the previous index serves.
   */
  leftOut: readonly CorpusProblem[];
};

export interface LibraryOptions {
  /** The articles directory (`CORPUS_DIR`). */
  corpusDir: string;
  logger?: Logger;
  /** Called after every reindex, successful or not (metrics). */
  onReindex?: (outcome: LibraryReindexOutcome) => void;
  /** Search tuning passed to every build. */
  index?: PassageIndexOptions;
  /** Size limits per article and per corpus (default `DEFAULT_CORPUS_LIMITS`). */
  limits?: CorpusLimits;
  /**
   * Where the index snapshot lives (`DATA_DIR`): read at open when it matches the corpus, written
   * after every build. Null or absent: no snapshot (tests, the CLI).
   */
  dataDir?: string | null;
  /** How reindexes choose between an update in place, a build here and one in a worker. */
  rebuild?: Pick<LiveIndexOptions, "maxIncrementalPassages" | "workerAbovePassages" | "onAnalyze">;
}

/** What {@link Library.open} reports about the first index. */
export interface LibraryOpenReport extends ReindexReport {
  leftOut: readonly CorpusProblem[];
}

/**
 * The articles Gazette serves: a {@link LiveIndex} over every valid article of the corpus
 * directory. An invalid article never keeps Gazette from starting nor from reindexing: it is left
 * out, with a warning naming the file, the line and the fix. With no valid article at start the
 * library opens empty (and says so); a reindex that would leave no valid article keeps the
 * previous index serving.
 */
export class Library {
  readonly live: LiveIndex;
  #generation = 1;
  #leftOut: readonly CorpusProblem[];
  readonly #coalesced = coalesceRuns(() => this.#reindex(() => this.live.reindex()));
  readonly #coalescedAdopt = coalesceRuns(() => this.#reindex(() => this.live.adoptLatest()));
  #lastReading: readonly CorpusProblem[] = [];
  readonly #options: LibraryOptions;
  readonly #logger: Logger;

  private constructor(options: LibraryOptions, live: LiveIndex, leftOut: readonly CorpusProblem[]) {
    this.#options = options;
    this.#logger = options.logger ?? silentLogger;
    this.live = live;
    this.#leftOut = leftOut;
  }

  /** Reads the valid articles and builds the first index; never fails for what the corpus holds. */
  static async open(
    options: LibraryOptions,
  ): Promise<{ library: Library; report: LibraryOpenReport }> {
    const logger = options.logger ?? silentLogger;
    const first = await readValidArticles(options.corpusDir, options.limits);
    logLeftOut(logger, first.problems);
    if (first.corpus.articles.length === 0) {
      logger.error(
        { corpusDir: options.corpusDir, leftOut: first.problems.length },
        "no valid article in the corpus: Gazette starts anyway and tells users that no articles are loaded yet; fix the files above, then run /reindex",
      );
    }
    let library: Library | null = null;
    let initial: Corpus | null = first.corpus;
    const { live, report } = await LiveIndex.open({
      logger,
      ...(options.index ? { index: options.index } : {}),
      ...options.rebuild,
      dataDir: options.dataDir ?? null,
      loadCorpus: async () => {
        if (initial) {
          const corpus = initial;
          initial = null;
          return corpus;
        }
        return library ? library.#readForReindex() : { articles: [], aliases: [] };
      },
    });
    library = new Library(options, live, first.problems);
    return { library, report: { ...report, leftOut: first.problems } };
  }

  /** 1 for the index built at start, one more for each successful reindex. */
  get generation(): number {
    return this.#generation;
  }

  /** What the serving index left out of the corpus it was built from. */
  get leftOut(): readonly CorpusProblem[] {
    return this.#leftOut;
  }

  /**
   * Rebuilds the index from the corpus directory's valid articles and swaps it in; with no valid
   * article the previous index keeps serving. Concurrent calls coalesce (see {@link coalesceRuns}):
   * every caller's outcome comes from a rebuild that started after its own call.
   */
  reindex(): Promise<LibraryReindexOutcome> {
    return this.#coalesced();
  }

  /**
   * Serves the newest snapshot of the data directory when it was written for the corpus as it is
   * now, without analyzing anything (another process, e.g. another shard, reindexed it);
   * otherwise reindexes as {@link reindex} does (only what changed). Concurrent calls coalesce.
   */
  adoptLatest(): Promise<LibraryReindexOutcome> {
    return this.#coalescedAdopt();
  }

  /** Resolves once the serving index's snapshot is written (see {@link LiveIndex.flushed}). */
  flushed(): Promise<void> {
    return this.live.flushed();
  }

  async #reindex(run: () => Promise<ReindexOutcome>): Promise<LibraryReindexOutcome> {
    const started = performance.now();
    this.#lastReading = [];
    const outcome = await run();
    const durationMs = performance.now() - started;
    const leftOut = this.#lastReading;
    if (outcome.ok) {
      this.#generation += 1;
      this.#leftOut = leftOut;
    }
    const result: LibraryReindexOutcome = {
      ...outcome,
      durationMs,
      leftOut: outcome.ok ? leftOut : [],
    };
    this.#options.onReindex?.(result);
    return result;
  }

  /** The loader behind reindexes: valid articles, or a CorpusError listing why there is none. */
  async #readForReindex(): Promise<Corpus> {
    const { corpus, problems } = await readValidArticles(
      this.#options.corpusDir,
      this.#options.limits,
    );
    logLeftOut(this.#logger, problems);
    if (corpus.articles.length === 0) throw new CorpusError(problems);
    this.#lastReading = problems;
    return corpus;
  }
}

function logLeftOut(logger: Logger, problems: readonly CorpusProblem[]) {
  for (const problem of problems) {
    logger.warn(
      { file: problem.file, line: problem.line, fix: problem.fix },
      `left out of the index: ${formatProblem(problem)}`,
    );
  }
}
