import type { Figure, NotMeasured } from "./figures.js";
import { figure } from "./figures.js";
import type { QualityResult } from "./quality.js";
import type { ReindexResult } from "./reindex.js";
import { isMeasured, type ScaleResult, type ScaleRow } from "./scale.js";
import { ratio } from "./stats.js";
import { formatTable, show } from "./table.js";

/** One target of issue 5, with the ratio measured in this run. */
export interface TargetCheck {
  target: string;
  measured: Figure | NotMeasured;
  /** The bound the measured figure is held to, in the same unit. */
  bound: string;
  met: boolean | null;
  detail: string;
}

/** Minimal view of the end-to-end section the targets need. */
export interface EndToEndSummary {
  p50Ratio: number | null;
  throughputRatios: Record<string, number | null>;
  startupRatio: number | null;
  memoryRatio: number | null;
}

const GAZETTE = "gazette";
const FUZZY_POINT = "minisearch-fr-fuzzy";
const FLEXSEARCH = "flexsearch-fr";
const FLEXSEARCH_SIZE = 10_000;

/** Checks every target of the issue against this run's figures. */
export function checkTargets(
  quality: QualityResult | NotMeasured,
  scale: ScaleResult | NotMeasured,
  reindex: ReindexResult | NotMeasured,
  endToEnd: EndToEndSummary | NotMeasured,
): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const missing = (target: string, bound: string, why: string): TargetCheck => ({
    target,
    measured: { notMeasured: why },
    bound,
    met: null,
    detail: why,
  });

  if ("engines" in quality) {
    const gazette = quality.engines.find((row) => row.engine === GAZETTE);
    const peers = quality.engines.filter((row) => row.engine !== GAZETTE);
    for (const metric of ["precisionAt1", "mrr"] as const) {
      const best = peers.reduce(
        (top, row) => ((row[metric].value ?? 0) > (top?.[metric].value ?? -1) ? row : top),
        peers[0],
      );
      const value = ratio(gazette?.[metric].value, best?.[metric].value);
      checks.push({
        target: `quality: Gazette ${metric === "mrr" ? "MRR" : "P@1"} above every peer`,
        measured: figure(value, `x best peer (${best?.engine})`),
        bound: "> 1",
        met: value === null ? null : value > 1,
        detail: `Gazette ${show(gazette?.[metric].value, 3)} vs ${best?.engine} ${show(best?.[metric].value, 3)}`,
      });
    }
  } else {
    checks.push(
      missing("quality: Gazette P@1 and MRR above every peer", "> 1", quality.notMeasured),
    );
  }

  if ("rows" in scale) {
    const rows = scale.rows.filter(isMeasured);
    const largest = Math.max(...rows.map((row) => row.paragraphs));
    const at = rows.filter((row) => row.paragraphs === largest);
    const gazette = at.find((row) => row.engine === GAZETTE);
    const peers = at.filter((row) => row.engine !== GAZETTE);
    const fastest = peers.reduce<ScaleRow | undefined>(
      (top, row) =>
        (row.queryP99.value ?? Infinity) < (top?.queryP99.value ?? Infinity) ? row : top,
      undefined,
    );
    const vsFastest = ratio(gazette?.queryP99.value, fastest?.queryP99.value);
    checks.push({
      target: `query p99 at ${largest} paragraphs within 2x the fastest peer`,
      measured: figure(vsFastest, `x ${fastest?.engine ?? "fastest peer"}`),
      bound: "≤ 2",
      met: vsFastest === null ? null : vsFastest <= 2,
      detail: `Gazette ${show(gazette?.queryP99.value)} ms vs ${fastest?.engine} ${show(fastest?.queryP99.value)} ms`,
    });
    // The issue's bound at 10k, where FlexSearch is fastest: within 2x of it there too.
    const atTenK = rows.filter((row) => row.paragraphs === FLEXSEARCH_SIZE);
    const gazetteTenK = atTenK.find((row) => row.engine === GAZETTE);
    const flexTenK = atTenK.find((row) => row.engine === FLEXSEARCH);
    const vsFlex = ratio(gazetteTenK?.queryP99.value, flexTenK?.queryP99.value);
    checks.push({
      target: `query p99 at ${FLEXSEARCH_SIZE} paragraphs within 2x FlexSearch`,
      measured: figure(vsFlex, `x ${FLEXSEARCH}`),
      bound: "≤ 2",
      met: vsFlex === null ? null : vsFlex <= 2,
      detail: `Gazette ${show(gazetteTenK?.queryP99.value)} ms vs ${FLEXSEARCH} ${show(flexTenK?.queryP99.value)} ms`,
    });
    const fuzzy = at.find((row) => row.engine === FUZZY_POINT);
    const speedup = ratio(fuzzy?.queryP99.value, gazette?.queryP99.value);
    checks.push({
      target: `query p99 at ${largest} paragraphs ≥ 10x faster than MiniSearch French fuzzy+prefix`,
      measured: figure(speedup, "x faster"),
      bound: "≥ 10",
      met: speedup === null ? null : speedup >= 10,
      detail: `${FUZZY_POINT} ${show(fuzzy?.queryP99.value)} ms vs Gazette ${show(gazette?.queryP99.value)} ms`,
    });
    const p1 = ratio(gazette?.precisionAt1.value, fuzzy?.precisionAt1.value);
    checks.push({
      target: `no loss of P@1 against MiniSearch French fuzzy+prefix at ${largest} paragraphs`,
      measured: figure(p1, `x ${FUZZY_POINT} P@1`),
      bound: "≥ 1",
      met: p1 === null ? null : p1 >= 1,
      detail: `Gazette ${show(gazette?.precisionAt1.value, 3)} vs ${show(fuzzy?.precisionAt1.value, 3)}`,
    });
    const worst = rows
      .filter((row) => row.engine === GAZETTE)
      .reduce<ScaleRow | undefined>(
        (top, row) =>
          (row.autocompleteP99.value ?? 0) > (top?.autocompleteP99.value ?? -1) ? row : top,
        undefined,
      );
    checks.push({
      target: "autocomplete p99 under 5 ms (worst size)",
      measured: figure(worst?.autocompleteP99.value, "ms"),
      bound: "< 5 ms",
      met: worst?.autocompleteP99.value == null ? null : worst.autocompleteP99.value < 5,
      detail: `at ${worst?.paragraphs} paragraphs; ratio to the bound ${show(ratio(worst?.autocompleteP99.value, 5))}x`,
    });
  } else {
    checks.push(missing("query and autocomplete latency at scale", "see issue", scale.notMeasured));
  }

  if ("rows" in scale) {
    const rows = scale.rows.filter(isMeasured);
    const largest = Math.max(...rows.map((row) => row.paragraphs));
    const gazette = rows.find((row) => row.engine === GAZETTE && row.paragraphs === largest);
    const heap = gazette?.indexHeap.value ?? null;
    checks.push({
      target: `index heap at ${largest} paragraphs ≤ 340 MB (the leanest MiniSearch peer)`,
      measured: figure(heap === null ? null : heap / 2 ** 20, "MB"),
      bound: "≤ 340 MB",
      met: heap === null ? null : heap / 2 ** 20 <= 340,
      detail: `ratio to the bound ${show(ratio(heap === null ? null : heap / 2 ** 20, 340))}x`,
    });
  }

  if ("duration" in reindex && reindex.startFromSnapshot) {
    const start = reindex.startFromSnapshot.value;
    checks.push({
      target: `start-up at ${reindex.paragraphs} paragraphs from the snapshot ≤ 5 s`,
      measured: figure(start === null ? null : start / 1000, "s"),
      bound: "≤ 5 s",
      met: start === null ? null : start <= 5000,
      detail: `source: ${reindex.startSource}; full build ${show((reindex.open.value ?? 0) / 1000, 1)} s`,
    });
    checks.push({
      target: "start-up from the snapshot ≤ 0.1x a full build (same run)",
      measured: reindex.startRatio,
      bound: "≤ 0.1",
      met: reindex.startRatio.value === null ? null : reindex.startRatio.value <= 0.1,
      detail: "",
    });
    const one = reindex.oneArticleReindex.value;
    checks.push({
      target: `reindex after one article of ${reindex.paragraphs} paragraphs changed ≤ 2 s`,
      measured: figure(one === null ? null : one / 1000, "s"),
      bound: "≤ 2 s",
      met: one === null ? null : one <= 2000,
      detail: `${reindex.oneArticleSource}, ${reindex.oneArticleAnalyzed.value} article(s) analyzed; longest loop gap ${show(reindex.oneArticleMaxStall.value, 1)} ms`,
    });
  }

  if ("duration" in reindex) {
    const stall = Math.max(
      reindex.maxRebuildStall.value ?? 0,
      reindex.oneArticleMaxStall?.value ?? 0,
    );
    checks.push({
      target: `reindex of ${reindex.paragraphs} paragraphs: longest event-loop stall under 50 ms`,
      measured: figure(stall, "ms held by the rebuild"),
      bound: "< 50 ms",
      met: stall < 50,
      detail: `${show(stall / 50)}x the bound (full rebuild: ${reindex.fullReindexSource ?? "in-thread"}; one-article reindex included); raw longest loop delay ${show(reindex.eventLoopDelayMax.value, 1)} ms including the load's own queries${cpuHeld(reindex)}`,
    });
    checks.push({
      target: "reindex: no query unanswered",
      measured: figure(reindex.queriesUnanswered.value, "queries"),
      bound: "0",
      met: reindex.queriesUnanswered.value === 0,
      detail: `${reindex.queriesAnswered.value} of ${reindex.queriesIssued.value} answered (${reindex.servedByOldIndex.value} by the old index)`,
    });
  } else {
    checks.push(
      missing("reindex: stall < 50 ms, no query unanswered", "< 50 ms, 0", reindex.notMeasured),
    );
  }

  if ("p50Ratio" in endToEnd) {
    checks.push({
      target: "end to end: /ask p50 within 1.2x the null bot",
      measured: figure(endToEnd.p50Ratio, "x null bot"),
      bound: "≤ 1.2",
      met: endToEnd.p50Ratio === null ? null : endToEnd.p50Ratio <= 1.2,
      detail: "at 1 in flight",
    });
    for (const [inFlight, value] of Object.entries(endToEnd.throughputRatios)) {
      checks.push({
        target: `end to end: throughput at ${inFlight} in flight at least 0.8x the null bot`,
        measured: figure(value, "x null bot"),
        bound: "≥ 0.8",
        met: value === null ? null : value >= 0.8,
        detail: "",
      });
    }
    checks.push({
      target: "end to end: start-up within 1.2x the null bot",
      measured: figure(endToEnd.startupRatio, "x null bot"),
      bound: "≤ 1.2",
      met: endToEnd.startupRatio === null ? null : endToEnd.startupRatio <= 1.2,
      detail: "",
    });
    checks.push({
      target: "end to end: resident memory after the interactions within 1.2x the null bot",
      measured: figure(endToEnd.memoryRatio, "x null bot"),
      bound: "≤ 1.2",
      met: endToEnd.memoryRatio === null ? null : endToEnd.memoryRatio <= 1.2,
      detail: "",
    });
  } else {
    checks.push(
      missing(
        "end to end: p50, throughput, start-up and memory against the null bot",
        "see issue",
        endToEnd.notMeasured,
      ),
    );
  }
  return checks;
}

export function formatTargets(checks: readonly TargetCheck[]): string {
  return `Targets (ratios measured in this run)\n${formatTable(
    ["target", "measured", "bound", "met", "detail"],
    checks.map((check) => [
      check.target,
      "notMeasured" in check.measured
        ? "not measured"
        : `${show(check.measured.value)} ${check.measured.unit}`,
      check.bound,
      check.met === null ? "n/a" : check.met ? "yes" : "NO",
      check.detail,
    ]),
  )}`;
}

/** The CPU the main thread held at most between two ticks, when measured (see reindex-worker.ts). */
function cpuHeld(reindex: ReindexResult): string {
  const cpu = Math.max(reindex.maxRebuildCpu?.value ?? -1, reindex.oneArticleMaxCpu?.value ?? -1);
  if (cpu < 0) return "";
  const load = reindex.loadAverage ? `, load average ${reindex.loadAverage[0].toFixed(1)}` : "";
  return `; at most ${show(cpu, 1)} ms of main-thread CPU between two ticks${load}`;
}
