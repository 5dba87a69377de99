import { describe, expect, it } from "vitest";
import { figure } from "../../bench/figures.js";
import type { QualityResult, QualityRow } from "../../bench/quality.js";
import type { ReindexResult } from "../../bench/reindex.js";
import type { ScaleResult, ScaleRow } from "../../bench/scale.js";
import { checkTargets } from "../../bench/targets.js";

const qualityRow = (engine: string, p1: number, mrr: number): QualityRow => ({
  engine,
  configuration: "",
  precisionAt1: figure(p1, "fraction"),
  mrr: figure(mrr, "fraction"),
  recallAt3: figure(0, "fraction"),
  noAnswerPrecision: figure(0, "fraction"),
  falseNoAnswers: figure(0, "questions"),
  byKind: {},
  misses: [],
});

const scaleRow = (
  engine: string,
  paragraphs: number,
  p99: number,
  p1: number,
  autocomplete: number,
): ScaleRow => ({
  engine,
  paragraphs,
  buildTime: figure(1, "ms"),
  indexHeap: figure(1, "bytes"),
  heapAfterBuild: figure(1, "bytes"),
  serializedSize: { notMeasured: "none" },
  precisionAt1: figure(p1, "fraction"),
  mrr: figure(p1, "fraction"),
  queryP50: figure(p99 / 2, "ms"),
  queryP99: figure(p99, "ms"),
  queries: figure(200, "samples"),
  autocompleteP50: figure(autocomplete / 2, "ms"),
  autocompleteP99: figure(autocomplete, "ms"),
  autocompletes: figure(700, "samples"),
});

const quality: QualityResult = {
  questionSet: "dev",
  questions: 3,
  corpus: { articles: 1, passages: 7 },
  engines: [qualityRow("gazette", 0.9, 0.92), qualityRow("orama-fr", 0.8, 0.95)],
};

const scale: ScaleResult = {
  corpus: "",
  method: "",
  growth: {},
  rows: [
    scaleRow("gazette", 1000, 1, 0.9, 1),
    scaleRow("gazette", 10_000, 5, 0.9, 1),
    scaleRow("flexsearch-fr", 10_000, 2, 0.5, 1),
    scaleRow("gazette", 100_000, 3, 0.9, 6),
    scaleRow("flexsearch-fr", 100_000, 1, 0.5, 1),
    scaleRow("minisearch-fr-fuzzy", 100_000, 60, 0.8, 9),
  ],
};

const reindex = {
  paragraphs: 100_000,
  duration: figure(1000, "ms"),
  maxRebuildStall: figure(20, "ms"),
} as unknown as ReindexResult;

describe("checkTargets", () => {
  const checks = checkTargets(
    quality,
    scale,
    {
      ...reindex,
      eventLoopDelayMax: figure(30, "ms"),
      queriesUnanswered: figure(0, "queries"),
      queriesAnswered: figure(9, "queries"),
      queriesIssued: figure(9, "queries"),
      servedByOldIndex: figure(8, "queries"),
    },
    { notMeasured: "no stand-in" },
  );
  const find = (start: string) => checks.find((check) => check.target.startsWith(start));

  it("compares quality with the best peer per metric", () => {
    expect(find("quality: Gazette P@1")?.met).toBe(true);
    expect(find("quality: Gazette MRR")?.met).toBe(false);
    expect(find("quality: Gazette MRR")?.detail).toContain("orama-fr");
  });

  it("compares query p99 at the largest size with the fastest peer and the 10x point", () => {
    const fastest = find("query p99 at 100000 paragraphs within 2x");
    expect(fastest?.measured).toEqual(figure(3, "x flexsearch-fr"));
    expect(fastest?.met).toBe(false);
    expect(find("query p99 at 100000 paragraphs ≥ 10x")?.measured).toEqual(figure(20, "x faster"));
    expect(find("no loss of P@1")?.met).toBe(true);
    const tenK = find("query p99 at 10000 paragraphs within 2x FlexSearch");
    expect(tenK?.measured).toEqual(figure(2.5, "x flexsearch-fr"));
    expect(tenK?.met).toBe(false);
  });

  it("holds autocomplete to 5 ms at the worst size", () => {
    expect(find("autocomplete p99")?.measured).toEqual(figure(6, "ms"));
    expect(find("autocomplete p99")?.met).toBe(false);
  });

  it("judges the reindex by the stall the rebuild held, and keeps unmeasured targets open", () => {
    expect(find("reindex of 100000")?.met).toBe(true);
    expect(find("reindex: no query unanswered")?.met).toBe(true);
    expect(find("end to end")?.met).toBeNull();
  });
});
