import path from "node:path";
import { CorpusError, type CorpusProblem } from "../corpus/parse.js";
import type { Article, Corpus } from "../corpus/types.js";
import { coalesceRuns } from "../coalesce.js";
import { type Logger, silentLogger } from "../logger.js";
import { type AnalysisObserver, prepareUpdate } from "./index-state.js";
import {
  buildPassageIndexAsync,
  PassageIndex,
  type PassageIndexOptions,
  passageIndexSettings,
} from "./passage-index.js";
import { createSlicer } from "./slicer.js";
import {
  corpusKey,
  type CorpusKey,
  readSnapshot,
  readSnapshotKey,
  SNAPSHOT_FILE,
  SnapshotError,
  writeSnapshot,
} from "./snapshot.js";
import type { IndexStats, SearchOptions, SearchResponse } from "./types.js";
import { buildInWorker } from "./worker-build.js";

/** Passage ids that a reindex added, removed or whose text changed. */
export interface CorpusDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

/**
 * How an index came to be: read from the snapshot, updated in place from the previous one (only
 * the changed articles analyzed), or built from scratch here or in a worker thread.
 */
export type IndexSource = "snapshot" | "incremental" | "full" | "worker";

/** What a successful build or reindex reports. */
export interface ReindexReport extends IndexStats {
  durationMs: number;
  diff: CorpusDiff;
  /** How the index was made (absent in reports made elsewhere, e.g. by older code). */
  source?: IndexSource;
  /** Articles whose text was analyzed (all of them for a full build, none from a snapshot). */
  analyzedArticles?: number;
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
  /**
   * Where the index snapshot is written after every build and read at open (`DATA_DIR`); null or
   * absent: no snapshot, every open builds.
   */
  dataDir?: string | null;
  /**
   * A reindex that changes at most this many passages (old and new counted) updates the serving
   * index's structures in place instead of rebuilding (default {@link defaultLiveIndexOptions}).
   */
  maxIncrementalPassages?: number;
  /** Rebuilds from scratch of more passages than this run in a worker thread (0: every one). */
  workerAbovePassages?: number;
  /** Called with each article analyzed, by any build or update (reports, tests). */
  onAnalyze?: AnalysisObserver;
}

export const defaultLiveIndexOptions = {
  maxIncrementalPassages: 2_000,
  workerAbovePassages: 5_000,
} as const;

/**
 * The index that is serving, and the way to rebuild it without a restart.
 * A reindex prepares the new index aside, validates it, then swaps it in at once; if anything
 * fails the old index keeps serving. When few articles changed, only those are analyzed and the
 * new index shares the unchanged structures (copy on write; MiniSearch's few removals and
 * additions happen in the same synchronous step as the swap). A larger rebuild runs in slices on
 * this thread, or in a worker thread above {@link LiveIndexOptions.workerAbovePassages}. With a
 * data directory, every new index is written as a snapshot that the next open reads instead of
 * building. Concurrent calls to {@link reindex} coalesce: the rebuild under way, then at most one
 * more that starts after the latest call, so every caller's outcome describes a rebuild that
 * started after its own call.
 */
export class LiveIndex {
  #index: PassageIndex;
  #corpus: Corpus;
  #key: string;
  /** The snapshot being written of the serving index; an update waits for it before changing it. */
  #persisting: Promise<void> = Promise.resolve();
  /** Serializes reindexes and adoptions, which both change the serving index. */
  #exclusive: Promise<unknown> = Promise.resolve();
  /** Runs started or waiting in {@link #exclusive}. */
  #pending = 0;
  readonly #coalesced = coalesceRuns(() => this.#exclusively(() => this.#rebuild()));
  readonly #coalescedAdopt = coalesceRuns(() => this.#exclusively(() => this.#adopt()));
  readonly #options: LiveIndexOptions;
  readonly #logger: Logger;

  private constructor(options: LiveIndexOptions, index: PassageIndex, key: string) {
    this.#options = options;
    this.#logger = options.logger ?? silentLogger;
    this.#corpus = index.corpus;
    this.#index = index;
    this.#key = key;
  }

  /**
   * Loads the corpus and opens its index: from the snapshot in the data directory when it was
   * written for this corpus and analysis, otherwise built (then written). A missing snapshot
   * means a build; a stale, truncated or corrupt one a build and one warning. Throws
   * {@link CorpusError} on an invalid corpus.
   */
  static async open(
    options: LiveIndexOptions,
  ): Promise<{ live: LiveIndex; report: ReindexReport }> {
    const started = performance.now();
    const logger = options.logger ?? silentLogger;
    const settings = passageIndexSettings(options.index);
    const corpus = await options.loadCorpus();
    const key = await corpusKey(corpus);
    const file = snapshotFile(options);
    let index: PassageIndex | null = null;
    let source: IndexSource = "full";
    if (file) {
      try {
        index = await readSnapshot(file, corpus, key, settings);
        source = "snapshot";
        logger.info({ file }, "index read from its snapshot");
      } catch (error) {
        logSnapshotProblem(logger, error);
      }
    }
    let analyzedArticles = 0;
    if (!index) {
      index = await buildPassageIndexAsync(corpus, options.index, (article) => {
        analyzedArticles++;
        options.onAnalyze?.(article);
      });
    }
    const report: ReindexReport = {
      ...index.stats,
      durationMs: performance.now() - started,
      diff: await diffCorpora(emptyCorpus, corpus),
      source,
      analyzedArticles,
    };
    const live = new LiveIndex(options, index, key.key);
    if (source !== "snapshot") live.#persist();
    return { live, report };
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

  /**
   * Serves the newest snapshot of the data directory when it was written for the corpus as it is
   * now (another process reindexed: nothing is analyzed), otherwise reindexes. Coalesces like
   * {@link reindex}.
   */
  adoptLatest(): Promise<ReindexOutcome> {
    return this.#coalescedAdopt();
  }

  /** Resolves once the snapshot of the serving index is written (or failed, with a warning). */
  flushed(): Promise<void> {
    return this.#persisting;
  }

  #exclusively<T>(run: () => Promise<T>): Promise<T> {
    // Idle: start now (synchronously, as callers expect the corpus to be asked for at once).
    const result = this.#pending === 0 ? run() : this.#exclusive.then(run, run);
    this.#pending++;
    // Settles with nothing: the chain outlives the run, and must not keep its outcome (a report
    // with every passage id of the diff) alive until the next reindex.
    this.#exclusive = result.then(
      () => {
        this.#pending--;
      },
      () => {
        this.#pending--;
      },
    );
    return result;
  }

  async #rebuild(): Promise<ReindexOutcome> {
    return this.#attempt(async () => {
      const corpus = await this.#options.loadCorpus();
      const pause = this.#slicer();
      const key = await corpusKey(corpus, pause);
      return this.#next(corpus, key, pause);
    });
  }

  async #adopt(): Promise<ReindexOutcome> {
    return this.#attempt(async () => {
      const corpus = await this.#options.loadCorpus();
      const pause = this.#slicer();
      const key = await corpusKey(corpus, pause);
      const file = snapshotFile(this.#options);
      if (file && key.key !== this.#key && (await readSnapshotKey(file)) === key.key) {
        try {
          const settings = passageIndexSettings(this.#options.index);
          const index = await readSnapshot(file, corpus, key, settings, pause);
          return { index, key, source: "snapshot" as const, analyzedArticles: 0 };
        } catch (error) {
          logSnapshotProblem(this.#logger, error);
        }
      }
      return this.#next(corpus, key, pause);
    });
  }

  /** The index of `corpus`: updated from the serving one when few passages change, else built. */
  async #next(
    corpus: Corpus,
    key: CorpusKey,
    pause: () => Promise<void> | undefined,
  ): Promise<NextIndex> {
    const previous = this.#index;
    const settings = previous.settings;
    const changed = changedPassages(previous, corpus, key.hashes);
    const limit =
      this.#options.maxIncrementalPassages ?? defaultLiveIndexOptions.maxIncrementalPassages;
    if (changed <= limit) {
      const update = await prepareUpdate(
        previous.state,
        corpus,
        key.hashes,
        pause,
        this.#options.onAnalyze,
      );
      // The serving index's snapshot reads the structures the update is about to change.
      await this.#persisting;
      const index = new PassageIndex(update.apply(), corpus, settings);
      return { index, key, source: "incremental", analyzedArticles: update.analyzed };
    }
    const passages = corpus.articles.reduce((sum, article) => sum + article.passages.length, 0);
    const workerAbove =
      this.#options.workerAbovePassages ?? defaultLiveIndexOptions.workerAbovePassages;
    let analyzedArticles = 0;
    if (passages > workerAbove && !this.#options.onAnalyze && !this.#options.index?.lexicon) {
      const file = snapshotFile(this.#options);
      await this.#persisting;
      const index = await buildInWorker(corpus, key, settings, file, pause);
      return { index, key, source: "worker", analyzedArticles: corpus.articles.length };
    }
    const index = await buildPassageIndexAsync(corpus, this.#options.index, (article) => {
      analyzedArticles++;
      this.#options.onAnalyze?.(article);
    });
    return { index, key, source: "full", analyzedArticles };
  }

  /** Runs one reindex: its outcome, the swap on success, the snapshot written afterwards. */
  async #attempt(prepare: () => Promise<NextIndex>): Promise<ReindexOutcome> {
    const started = performance.now();
    try {
      const { index, key, source, analyzedArticles } = await prepare();
      if (index.stats.passages === 0) throw new Error("the new index has no passage");
      const before = this.#index.state.articles;
      const diff = await diffCorpora(
        this.#corpus,
        index.corpus,
        createSlicer(this.#options.index?.sliceMs ?? 8),
        (article) => before.get(article.id)?.hash === index.state.articles.get(article.id)?.hash,
      );
      const report: ReindexReport = {
        ...index.stats,
        durationMs: performance.now() - started,
        diff,
        source,
        analyzedArticles,
      };
      // The swap: from here on every search reads the new index; the old one (and its caches) is
      // no longer referenced and is collected.
      this.#corpus = index.corpus;
      this.#index = index;
      const wasWritten = source === "snapshot" || source === "worker";
      this.#key = key.key;
      if (!wasWritten) this.#persist();
      this.#logger.info({ ...report, diff: countDiff(report.diff) }, "reindex done");
      return { ok: true, report };
    } catch (error) {
      const problems = error instanceof CorpusError ? error.problems : [];
      const message = error instanceof Error ? error.message : String(error);
      this.#logger.warn({ err: message }, "reindex failed; the previous index keeps serving");
      return { ok: false, error: message, problems, serving: this.#index.stats };
    }
  }

  /** Writes the serving index's snapshot in the background (warns when it cannot). */
  #persist(): void {
    const file = snapshotFile(this.#options);
    if (!file) return;
    const index = this.#index;
    const key = this.#key;
    this.#persisting = this.#persisting
      .then(() => writeSnapshot(index.state, key, file, this.#slicer()))
      .catch((error: unknown) => {
        this.#logger.warn(
          { file, err: error instanceof Error ? error.message : String(error) },
          "could not write the index snapshot; the next start builds the index again",
        );
      });
  }

  #slicer() {
    return createSlicer(this.#options.index?.sliceMs ?? 8);
  }
}

/** A new index made by a reindex, before the swap. */
interface NextIndex {
  index: PassageIndex;
  key: CorpusKey;
  source: IndexSource;
  analyzedArticles: number;
}

/** The snapshot's path, or null without a data directory. */
function snapshotFile(options: LiveIndexOptions): string | null {
  return options.dataDir ? path.join(options.dataDir, SNAPSHOT_FILE) : null;
}

function logSnapshotProblem(logger: Logger, error: unknown): void {
  if (error instanceof SnapshotError && error.reason === "missing") {
    logger.info({ reason: error.message }, "no index snapshot yet; building the index");
  } else {
    logger.warn(
      { reason: error instanceof Error ? error.message : String(error) },
      "the index snapshot cannot be used; building the index again",
    );
  }
}

/** Passages a change from the index's corpus to `corpus` takes out and puts in. */
function changedPassages(
  index: PassageIndex,
  corpus: Corpus,
  hashes: ReadonlyMap<string, string>,
): number {
  let changed = 0;
  const seen = new Set<string>();
  for (const article of corpus.articles) {
    seen.add(article.id);
    const previous = index.state.articles.get(article.id);
    if (previous?.hash === hashes.get(article.id)) continue;
    changed += article.passages.length + (previous?.positions.length ?? 0);
  }
  for (const [id, previous] of index.state.articles) {
    if (!seen.has(id)) changed += previous.positions.length;
  }
  return changed;
}

const emptyCorpus: Corpus = { articles: [], aliases: [] };

/**
 * Which passages a new corpus adds, removes or changes, by passage id. `pause` (see
 * {@link createSlicer}) lets a large comparison yield to the event loop. `unchanged` tells an
 * article both corpora hold alike (by id), whose passages are then not compared: the indexes know
 * each article's hash, and comparing 100k passages for one changed article took a tenth of that
 * reindex.
 */
export async function diffCorpora(
  before: Corpus,
  after: Corpus,
  pause: () => Promise<void> | undefined = () => undefined,
  unchanged: (article: Article) => boolean = () => false,
): Promise<CorpusDiff> {
  const afterIds = new Set(after.articles.map((article) => article.id));
  const compared = (article: Article) => !(afterIds.has(article.id) && unchanged(article));
  const old = new Map<string, string>();
  for (const article of before.articles) {
    if (!compared(article)) continue;
    for (const passage of article.passages) old.set(passage.id, passage.text);
    await pause();
  }
  const diff: CorpusDiff = { added: [], removed: [], changed: [] };
  const seen = new Set<string>();
  for (const article of after.articles) {
    if (!compared(article)) continue;
    for (const { id, text } of article.passages) {
      seen.add(id);
      const previous = old.get(id);
      if (previous === undefined) diff.added.push(id);
      else if (previous !== text) diff.changed.push(id);
    }
    await pause();
  }
  let count = 0;
  for (const id of old.keys()) {
    if (!seen.has(id)) diff.removed.push(id);
    if (++count % 1024 === 0) await pause();
  }
  return diff;
}

function countDiff(diff: CorpusDiff) {
  return { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length };
}
