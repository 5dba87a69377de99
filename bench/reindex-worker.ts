/**
 * LiveIndex start-up and reindexes at scale, in a fresh process (run by `reindex.ts`): opens a
 * LiveIndex over a synthetic corpus with a data directory (a full build, then its snapshot
 * written), opens it again from that snapshot, reindexes after one article changed, then calls
 * reindex() on a second corpus of the same size (another seed: a full rebuild) while a timer asks
 * a dev question every few milliseconds. Prints one `RESULT {json}` line.
 */
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";
import { parseArgs } from "node:util";
import type { Corpus } from "../src/corpus/types.js";
import { readQuestionSet } from "../src/eval/metrics.js";
import { LiveIndex } from "../src/search/live-index.js";
import { SNAPSHOT_FILE } from "../src/search/snapshot.js";
import { splitSentences } from "../src/text/sentences.js";
import { summarize } from "./stats.js";

export interface ReindexSample {
  paragraphs: number;
  /** The first open: a full build (no snapshot yet). */
  openMs: number;
  /** Writing that build's snapshot (in slices, after the open). */
  snapshotWriteMs: number;
  snapshotBytes: number;
  /** The second open, of the same corpus: read from the snapshot. */
  snapshotOpenMs: number;
  snapshotOpenSource: string;
  /** reindex() after one article's text changed. */
  oneArticleReindexMs: number;
  oneArticleSource: string;
  oneArticleAnalyzed: number;
  /** Longest gap between 1 ms ticks during that reindex. */
  oneArticleMaxStallMs: number;
  /** The most CPU time this thread used between two of those ticks (null off Linux). */
  oneArticleMaxCpuMs: number | null;
  /** How the full rebuild was made (`worker` above LiveIndex's threshold). */
  fullReindexSource: string;
  reindexMs: number;
  reindexOk: boolean;
  reindexError: string | null;
  /** Longest delay of a 1 ms-resolution timer (monitorEventLoopDelay max) during the rebuild. */
  eventLoopDelayMaxMs: number;
  eventLoopDelayP99Ms: number;
  /** Longest gap between two ticks of a 1 ms interval during the rebuild. */
  maxTickGapMs: number;
  /** Ticks gaps over 50 ms during the rebuild. */
  gapsOver50Ms: number;
  /** Longest tick gap once the time spent in the load's own queries inside it is taken out. */
  maxRebuildGapMs: number;
  rebuildGapsOver50Ms: number;
  /**
   * The most CPU time this thread used between two ticks, our queries' time taken out (from
   * /proc's schedstat; null off Linux): what the rebuild held, however loaded the machine is.
   */
  maxRebuildCpuMs: number | null;
  /** The 1-minute load average when the rebuild started and when it ended. */
  loadAverage: [start: number, end: number];
  /** Longest garbage-collection pause seen during the rebuild. */
  maxGcPauseMs: number;
  queriesIssued: number;
  queriesAnswered: number;
  /** Queries that threw, or got no passage where the index serving them gives some at rest. */
  queriesUnanswered: number;
  queriesThatThrew: number;
  servedByOldIndex: number;
  servedByNewIndex: number;
  queryDuringRebuild: ReturnType<typeof summarize>;
  /** How late the query timer fired relative to its period (the wait a user would feel). */
  queryWaitDuringRebuild: ReturnType<typeof summarize>;
}

const { values } = parseArgs({
  options: {
    corpus: { type: "string", multiple: true },
    questions: { type: "string" },
    "interval-ms": { type: "string", default: "5" },
  },
});
const files = values.corpus ?? [];
if (files.length !== 2 || !values.questions) {
  throw new Error(
    "reindex-worker: needs --corpus OLD.json --corpus NEW.json --questions FILE.jsonl",
  );
}
const corpora = await Promise.all(
  files.map(async (file) => JSON.parse(await readFile(file, "utf8")) as Corpus),
);
const questions = (await readQuestionSet(values.questions)).filter(
  (question) => question.gold.length > 0,
);
const intervalMs = Number(values["interval-ms"]);

const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`;
/** CPU time this (main) thread has run, in ms, from the kernel's schedstat; null off Linux. */
function threadCpuMs(): number | null {
  try {
    return Number(readFileSync(SCHEDSTAT, "utf8").split(" ")[0]) / 1e6;
  } catch {
    return null;
  }
}

const [first, second] = corpora as [Corpus, Corpus];
const gc = (globalThis as { gc?: () => void }).gc;
const dataDir = await mkdtemp(path.join(tmpdir(), "gazette-bench-data-"));
let serve: Corpus = first;
const loadCorpus = async () => serve;

const openStarted = performance.now();
const built = await LiveIndex.open({ loadCorpus, dataDir });
const openMs = performance.now() - openStarted;
const writeStarted = performance.now();
await built.live.flushed();
const snapshotWriteMs = performance.now() - writeStarted;
const snapshotBytes = (await stat(path.join(dataDir, SNAPSHOT_FILE))).size;
gc?.();

const snapshotStarted = performance.now();
const { live, report: snapshotReport } = await LiveIndex.open({ loadCorpus, dataDir });
const snapshotOpenMs = performance.now() - snapshotStarted;
gc?.();

// One article changes (a sentence added to its first paragraph); the rest of the corpus is equal.
const target = first.articles[Math.floor(first.articles.length / 2)];
serve = {
  ...first,
  articles: first.articles.map((article) => {
    if (article !== target) return article;
    const [head, ...rest] = article.passages;
    if (!head) return article;
    const text = `${head.text} Une phrase ajoutée change cet article.`;
    return { ...article, passages: [{ ...head, text, sentences: splitSentences(text) }, ...rest] };
  }),
};
const oneArticle = await watchingTheLoop(() => live.reindex());
await live.flushed();
serve = second;
const oldIndex = live.index;
// What each index answers at rest: a query during the rebuild counts as answered when it gets
// passages wherever the index that served it gives some at rest (the two corpora differ, and
// questions an index cannot answer at all are not held against the reindex).
const answersAtRest = (index: typeof oldIndex) =>
  new Set(
    questions
      .filter((question) => index.search(question.question).results.length > 0)
      .map((question) => question.id),
  );
const oldAnswers = answersAtRest(oldIndex);
const served: { question: string; old: boolean; found: boolean }[] = [];
gc?.();

let rebuilding = false;
const tickGaps: number[] = [];
// The same gaps minus the time our own queries ran inside them: what the rebuild (and GC) held.
const rebuildGaps: number[] = [];
// The CPU time this thread used between ticks, minus our queries': what the rebuild (and GC) held.
const rebuildCpu: number[] = [];
let queryTimeSinceTick = 0;
let lastTick = performance.now();
let lastCpu = threadCpuMs();
const ticker = setInterval(() => {
  const now = performance.now();
  const cpu = threadCpuMs();
  if (rebuilding) {
    tickGaps.push(now - lastTick);
    rebuildGaps.push(now - lastTick - queryTimeSinceTick);
    if (cpu !== null && lastCpu !== null) rebuildCpu.push(cpu - lastCpu - queryTimeSinceTick);
  }
  queryTimeSinceTick = 0;
  lastTick = now;
  lastCpu = cpu;
}, 1);

const gcPauses: number[] = [];
const gcObserver = new PerformanceObserver((list) => {
  if (rebuilding) for (const entry of list.getEntries()) gcPauses.push(entry.duration);
});
gcObserver.observe({ entryTypes: ["gc"] });

let issued = 0;
let threw = 0;
const queryTimes: number[] = [];
const waits: number[] = [];
let lastQuery = performance.now();
const asker = setInterval(() => {
  const now = performance.now();
  if (!rebuilding) {
    lastQuery = now;
    return;
  }
  waits.push(Math.max(0, now - lastQuery - intervalMs));
  lastQuery = now;
  const question = questions[issued % questions.length];
  issued++;
  if (!question) return;
  const old = live.index === oldIndex;
  try {
    const start = performance.now();
    const response = live.search(question.question);
    const took = performance.now() - start;
    queryTimes.push(took);
    queryTimeSinceTick += took;
    served.push({ question: question.id, old, found: response.results.length > 0 });
  } catch {
    threw++;
  }
}, intervalMs);

await new Promise((resolve) => setTimeout(resolve, 300));
const histogram = monitorEventLoopDelay({ resolution: 1 });
histogram.enable();
rebuilding = true;
lastTick = performance.now();
lastCpu = threadCpuMs();
const loadAtStart = loadavg()[0] as number;
const started = performance.now();
const outcome = await live.reindex();
const reindexMs = performance.now() - started;
// Keep asking a little after the swap, so queries served by the new index are seen too.
await new Promise((resolve) => setTimeout(resolve, 200));
rebuilding = false;
histogram.disable();
clearInterval(ticker);
clearInterval(asker);
gcObserver.disconnect();

const newAnswers = answersAtRest(live.index);
const answered = served.filter(
  (query) => query.found || !(query.old ? oldAnswers : newAnswers).has(query.question),
);
await rm(dataDir, { recursive: true, force: true });
const sample: ReindexSample = {
  paragraphs: second.articles.reduce((sum, article) => sum + article.passages.length, 0),
  openMs,
  snapshotWriteMs,
  snapshotBytes,
  snapshotOpenMs,
  snapshotOpenSource: snapshotReport.source ?? "unknown",
  oneArticleReindexMs: oneArticle.durationMs,
  oneArticleSource: oneArticle.outcome.ok ? (oneArticle.outcome.report.source ?? "") : "failed",
  oneArticleAnalyzed: oneArticle.outcome.ok
    ? (oneArticle.outcome.report.analyzedArticles ?? -1)
    : -1,
  oneArticleMaxStallMs: oneArticle.maxGapMs,
  oneArticleMaxCpuMs: oneArticle.maxCpuMs,
  fullReindexSource: outcome.ok ? (outcome.report.source ?? "") : "failed",
  reindexMs,
  reindexOk: outcome.ok,
  reindexError: outcome.ok ? null : outcome.error,
  eventLoopDelayMaxMs: histogram.max / 1e6,
  eventLoopDelayP99Ms: histogram.percentile(99) / 1e6,
  maxTickGapMs: Math.max(0, ...tickGaps),
  gapsOver50Ms: tickGaps.filter((gap) => gap > 50).length,
  maxRebuildGapMs: Math.max(0, ...rebuildGaps),
  rebuildGapsOver50Ms: rebuildGaps.filter((gap) => gap > 50).length,
  maxRebuildCpuMs: threadCpuMs() === null ? null : Math.max(0, ...rebuildCpu),
  loadAverage: [loadAtStart, loadavg()[0] as number],
  maxGcPauseMs: Math.max(0, ...gcPauses),
  queriesIssued: issued,
  queriesAnswered: answered.length,
  queriesUnanswered: issued - answered.length,
  queriesThatThrew: threw,
  servedByOldIndex: served.filter((query) => query.old).length,
  servedByNewIndex: served.filter((query) => !query.old).length,
  queryDuringRebuild: summarize(queryTimes),
  queryWaitDuringRebuild: summarize(waits),
};
process.stdout.write(`RESULT ${JSON.stringify(sample)}\n`);

/**
 * Runs `work` while a 1 ms interval records its longest gap (how long the loop was held) and the
 * most CPU time this thread used between two ticks.
 */
async function watchingTheLoop<T>(work: () => Promise<T>) {
  let last = performance.now();
  let lastCpu = threadCpuMs();
  let maxGapMs = 0;
  let maxCpuMs: number | null = lastCpu === null ? null : 0;
  const tick = () => {
    const now = performance.now();
    const cpu = threadCpuMs();
    maxGapMs = Math.max(maxGapMs, now - last);
    if (maxCpuMs !== null && cpu !== null && lastCpu !== null) {
      maxCpuMs = Math.max(maxCpuMs, cpu - lastCpu);
    }
    last = now;
    lastCpu = cpu;
  };
  const ticker = setInterval(tick, 1);
  const started = performance.now();
  last = started;
  lastCpu = threadCpuMs();
  const outcome = await work();
  const durationMs = performance.now() - started;
  clearInterval(ticker);
  tick();
  return { outcome, durationMs, maxGapMs, maxCpuMs };
}
