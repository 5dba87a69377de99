/**
 * One engine at one corpus size, in a fresh process (run by `scale.ts` with `--expose-gc`): build
 * time, heap after build, serialized size, quality on the dev set at that size, query and
 * autocomplete latency. Prints one `RESULT {json}` line.
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { Corpus } from "../src/corpus/types.js";
import { evaluate, readQuestionSet } from "../src/eval/metrics.js";
import { engineNamed } from "./peers/index.js";
import { typingPrefixes } from "./prefixes.js";
import { summarize } from "./stats.js";

export interface ScaleSample {
  engine: string;
  paragraphs: number;
  buildMs: number;
  /**
   * heapUsed plus array buffers after build minus before (after full GCs): the index's own memory,
   * typed arrays included (their contents live outside the JS heap).
   */
  indexHeapBytes: number;
  /** heapUsed plus array buffers after build, corpus included. */
  heapAfterBuildBytes: number;
  serializedBytes: number | null;
  precisionAt1: number;
  mrr: number;
  query: ReturnType<typeof summarize>;
  autocomplete: ReturnType<typeof summarize>;
}

/** Untimed rounds of the questions after the scoring round, before the timed ones (every engine). */
const WARM_UP_ROUNDS = 2;

const { values } = parseArgs({
  options: {
    engine: { type: "string" },
    corpus: { type: "string" },
    questions: { type: "string" },
    rounds: { type: "string", default: "5" },
    "prefix-step": { type: "string", default: "2" },
    "budget-ms": { type: "string", default: "30000" },
  },
});
if (!values.engine || !values.corpus || !values.questions) {
  throw new Error("scale-worker: needs --engine, --corpus FILE.json and --questions FILE.jsonl");
}
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("scale-worker: run with --expose-gc");
const collect = () => {
  gc();
  gc();
};

const engine = engineNamed(values.engine);
const corpus = JSON.parse(await readFile(values.corpus, "utf8")) as Corpus;
const questions = await readQuestionSet(values.questions);
const paragraphs = corpus.articles.reduce((sum, article) => sum + article.passages.length, 0);
const budgetMs = Number(values["budget-ms"]);

/** The memory an index can hold: the JS heap and the typed arrays' contents beside it. */
const heapAndBuffers = () => {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};

collect();
const heapBefore = heapAndBuffers();
const started = performance.now();
const built = await engine.build(corpus);
const buildMs = performance.now() - started;
collect();
const heapAfter = heapAndBuffers();

// Scoring the dev set at this size is also the first untimed warm-up round of the query loop;
// every engine then answers the questions WARM_UP_ROUNDS times more, untimed, so the timed rounds
// measure answers at steady state rather than the JIT's first compilations of each code path.
const report = await evaluate(questions, {
  name: engine.name,
  search: (question) => built.search(question),
});
for (let round = 0; round < WARM_UP_ROUNDS; round++)
  for (const question of questions) built.search(question.question);
const queryTimes: number[] = [];
const queryDeadline = performance.now() + budgetMs;
rounds: for (let round = 0; round < Number(values.rounds); round++) {
  for (const question of questions) {
    const start = performance.now();
    built.search(question.question);
    queryTimes.push(performance.now() - start);
    if (performance.now() > queryDeadline) break rounds;
  }
}

const prefixes = typingPrefixes(questions, Number(values["prefix-step"]));
for (const prefix of prefixes.slice(0, 5)) built.complete(prefix);
const completeTimes: number[] = [];
const completeDeadline = performance.now() + budgetMs;
for (const prefix of prefixes) {
  const start = performance.now();
  built.complete(prefix);
  completeTimes.push(performance.now() - start);
  if (performance.now() > completeDeadline) break;
}

const serializedBytes = await built.serializedBytes();
const sample: ScaleSample = {
  engine: engine.name,
  paragraphs,
  buildMs,
  indexHeapBytes: heapAfter - heapBefore,
  heapAfterBuildBytes: heapAfter,
  serializedBytes,
  precisionAt1: report.precisionAt1,
  mrr: report.mrr,
  query: summarize(queryTimes),
  autocomplete: summarize(completeTimes),
};
process.stdout.write(`RESULT ${JSON.stringify(sample)}\n`);
