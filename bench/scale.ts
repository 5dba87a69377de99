import type { Corpus } from "../src/corpus/types.js";
import { runBenchChild } from "./child.js";
import { syntheticCorpusFile } from "./corpus-files.js";
import { type Figure, figure, type NotMeasured } from "./figures.js";
import type { ScaleSample } from "./scale-worker.js";
import { ratio } from "./stats.js";
import { formatTable, megabytes, show } from "./table.js";

export interface ScaleOptions {
  sizes: readonly number[];
  engines: readonly string[];
  /** Engines run at sizes above the smallest (all of them in a full run). */
  largeSizeEngines: readonly string[];
  questionsFile: string;
  /** Real corpus placed inside each synthetic one, so the dev questions keep their answers. */
  include: Corpus;
  rounds: number;
  prefixStep: number;
  budgetMs: number;
  timeoutMs: number;
  log: (line: string) => void;
}

/** One engine at one size, as written to latest.json. */
export interface ScaleRow {
  engine: string;
  paragraphs: number;
  buildTime: Figure;
  indexHeap: Figure;
  heapAfterBuild: Figure;
  serializedSize: Figure | NotMeasured;
  precisionAt1: Figure;
  mrr: Figure;
  queryP50: Figure;
  queryP99: Figure;
  queries: Figure;
  autocompleteP50: Figure;
  autocompleteP99: Figure;
  autocompletes: Figure;
}

export interface ScaleResult {
  corpus: string;
  method: string;
  rows: (ScaleRow | ({ engine: string; paragraphs: number } & NotMeasured))[];
  /** How each cost grows from the smallest to the largest size, per engine (ratio largest/smallest). */
  growth: Record<string, Record<string, Figure>>;
}

/** Builds each engine at each size in its own process and collects the figures. */
export async function measureScale(options: ScaleOptions): Promise<ScaleResult> {
  const rows: ScaleResult["rows"] = [];
  for (const paragraphs of options.sizes) {
    const file = await syntheticCorpusFile(paragraphs, options.include, options.log);
    const names =
      paragraphs === Math.min(...options.sizes) ? options.engines : options.largeSizeEngines;
    for (const engine of names) {
      try {
        const sample = await runBenchChild<ScaleSample>(
          "./scale-worker.ts",
          [
            "--engine",
            engine,
            "--corpus",
            file,
            "--questions",
            options.questionsFile,
            "--rounds",
            String(options.rounds),
            "--prefix-step",
            String(options.prefixStep),
            "--budget-ms",
            String(options.budgetMs),
          ],
          options.timeoutMs,
        );
        rows.push(toRow(sample));
        options.log(
          `scale: ${engine} @ ${paragraphs}: build ${Math.round(sample.buildMs)} ms, query p99 ${sample.query.p99.toFixed(2)} ms, autocomplete p99 ${sample.autocomplete.p99.toFixed(2)} ms`,
        );
      } catch (error) {
        rows.push({ engine, paragraphs, notMeasured: (error as Error).message });
        options.log(`scale: ${engine} @ ${paragraphs}: not measured (${(error as Error).message})`);
      }
    }
  }
  return {
    corpus: `generateSyntheticCorpus (bench/synthetic-corpus.ts, seeded) with the real corpus/ articles placed in the middle; sizes ${options.sizes.join(", ")} paragraphs`,
    method: `one fresh Node process per engine and size (--expose-gc); heap = heapUsed + arrayBuffers (typed arrays' contents) after two full GCs, minus before build; latency = performance.now() around each call after three untimed warm-up rounds of the questions (the scoring round and two more); queries: the ${"dev"} questions × up to ${options.rounds} rounds; autocomplete: every ${options.prefixStep}nd keystroke prefix of each question ending inside a word; each loop stops after ${options.budgetMs / 1000} s`,
    rows,
    growth: growthOf(rows, options.sizes),
  };
}

function toRow(sample: ScaleSample): ScaleRow {
  return {
    engine: sample.engine,
    paragraphs: sample.paragraphs,
    buildTime: figure(sample.buildMs, "ms"),
    indexHeap: figure(sample.indexHeapBytes, "bytes"),
    heapAfterBuild: figure(sample.heapAfterBuildBytes, "bytes"),
    serializedSize:
      sample.serializedBytes === null
        ? { notMeasured: "the engine has no serialization API" }
        : figure(sample.serializedBytes, "bytes"),
    precisionAt1: figure(sample.precisionAt1, "fraction"),
    mrr: figure(sample.mrr, "fraction"),
    queryP50: figure(sample.query.p50, "ms"),
    queryP99: figure(sample.query.p99, "ms"),
    queries: figure(sample.query.n, "samples"),
    autocompleteP50: figure(sample.autocomplete.p50, "ms"),
    autocompleteP99: figure(sample.autocomplete.p99, "ms"),
    autocompletes: figure(sample.autocomplete.n, "samples"),
  };
}

export function isMeasured(row: ScaleResult["rows"][number]): row is ScaleRow {
  return !("notMeasured" in row);
}

function growthOf(rows: ScaleResult["rows"], sizes: readonly number[]): ScaleResult["growth"] {
  const smallest = Math.min(...sizes);
  const largest = Math.max(...sizes);
  const growth: ScaleResult["growth"] = {};
  for (const row of rows) {
    if (!isMeasured(row) || row.paragraphs !== largest) continue;
    const base = rows.find((other) => other.engine === row.engine && other.paragraphs === smallest);
    if (!base || !isMeasured(base)) continue;
    const unit = `x (${largest}/${smallest} paragraphs)`;
    growth[row.engine] = {
      buildTime: figure(ratio(row.buildTime.value, base.buildTime.value), unit),
      indexHeap: figure(ratio(row.indexHeap.value, base.indexHeap.value), unit),
      queryP50: figure(ratio(row.queryP50.value, base.queryP50.value), unit),
      queryP99: figure(ratio(row.queryP99.value, base.queryP99.value), unit),
      autocompleteP99: figure(ratio(row.autocompleteP99.value, base.autocompleteP99.value), unit),
    };
  }
  return growth;
}

/** One table per size, then the growth table. */
export function formatScale(result: ScaleResult): string {
  const sizes = [...new Set(result.rows.map((row) => row.paragraphs))];
  const parts: string[] = [];
  for (const size of sizes) {
    const rows = result.rows.filter((row) => row.paragraphs === size);
    parts.push(
      `Scale: ${size.toLocaleString("en-US")} paragraphs\n${formatTable(
        [
          "engine",
          "build",
          "index heap",
          "serialized",
          "P@1",
          "query p50",
          "query p99",
          "autocomp. p50",
          "autocomp. p99",
        ],
        rows.map((row) =>
          isMeasured(row)
            ? [
                row.engine,
                show((row.buildTime.value ?? 0) / 1000, 2, " s"),
                megabytes(row.indexHeap.value),
                "value" in row.serializedSize ? megabytes(row.serializedSize.value) : "n/a",
                show((row.precisionAt1.value ?? 0) * 100, 1, "%"),
                show(row.queryP50.value, 2, " ms"),
                show(row.queryP99.value, 2, " ms"),
                show(row.autocompleteP50.value, 2, " ms"),
                show(row.autocompleteP99.value, 2, " ms"),
              ]
            : [
                row.engine,
                `not measured: ${row.notMeasured.slice(0, 80)}`,
                "",
                "",
                "",
                "",
                "",
                "",
                "",
              ],
        ),
      )}`,
    );
  }
  const engines = Object.keys(result.growth);
  if (engines.length > 0) {
    parts.push(
      `Growth from ${Math.min(...sizes)} to ${Math.max(...sizes)} paragraphs (x)\n${formatTable(
        ["engine", "build", "index heap", "query p50", "query p99", "autocomp. p99"],
        engines.map((engine) => {
          const g = result.growth[engine] ?? {};
          return [
            engine,
            show(g.buildTime?.value, 1, "x"),
            show(g.indexHeap?.value, 1, "x"),
            show(g.queryP50?.value, 1, "x"),
            show(g.queryP99?.value, 1, "x"),
            show(g.autocompleteP99?.value, 1, "x"),
          ];
        }),
      )}`,
    );
  }
  return parts.join("\n\n");
}
