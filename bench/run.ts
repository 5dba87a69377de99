/**
 * `npm run bench [-- --quick] [-- --only quality,scale,reindex,endToEnd]`: measures Gazette beside
 * its peers (answer quality, speed and memory at scale, reindex under load, end to end through
 * discord.js), prints tables and writes bench/results/latest.json. See README.md, "Benchmarks".
 */
import { execFileSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { readCorpus } from "../src/corpus/read.js";
import { readQuestionSet } from "../src/eval/metrics.js";
import { removeCorpusFiles } from "./corpus-files.js";
import { type EndToEndResult, formatEndToEnd, measureEndToEnd } from "./end-to-end.js";
import type { NotMeasured } from "./figures.js";
import { engines } from "./peers/index.js";
import { formatQuality, measureQuality, type QualityResult } from "./quality.js";
import { formatReindex, measureReindex, type ReindexResult } from "./reindex.js";
import { formatScale, measureScale, type ScaleResult } from "./scale.js";
import { checkTargets, formatTargets } from "./targets.js";

const SECTIONS = ["quality", "scale", "reindex", "endToEnd"] as const;
type Section = (typeof SECTIONS)[number];

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    only: { type: "string" },
    /** Measure only these engines in the scale section (comma-separated); other rows are kept. */
    engines: { type: "string" },
    /** Print the tables of results/latest.json again (and write latest.md) without measuring. */
    render: { type: "boolean", default: false },
    questions: {
      type: "string",
      default: fileURLToPath(new URL("../../shared/eval/dev.jsonl", import.meta.url)),
    },
    corpus: { type: "string", default: fileURLToPath(new URL("../corpus", import.meta.url)) },
    out: {
      type: "string",
      default: fileURLToPath(new URL("results/latest.json", import.meta.url)),
    },
  },
});
const only = values.render
  ? []
  : values.only
    ? (values.only.split(",") as Section[])
    : [...SECTIONS];
for (const name of only) {
  if (!SECTIONS.includes(name))
    throw new Error(`bench: unknown section "${name}" (known: ${SECTIONS.join(", ")})`);
}
const quick = values.quick ?? false;
const started = performance.now();
const log = (line: string) =>
  process.stderr.write(
    `[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`,
  );

/** Settings of each mode, written into latest.json with the results. */
const settings = quick
  ? {
      sizes: [1_000, 10_000],
      rounds: 2,
      prefixStep: 4,
      budgetMs: 1_000,
      reindexParagraphs: 10_000,
      timeoutMs: 120_000,
      reindexTimeoutMs: 600_000,
    }
  : {
      sizes: [1_000, 10_000, 100_000],
      rounds: 5,
      prefixStep: 2,
      budgetMs: 5_000,
      reindexParagraphs: 100_000,
      timeoutMs: 600_000,
      reindexTimeoutMs: 2_400_000,
    };

/** Every table printed, also written to results/latest.md for the README. */
const printed: string[] = [];
const print = (table: string) => {
  printed.push(table);
  console.log(`\n${table}\n`);
};

const corpus = await readCorpus(values.corpus as string);
const questions = await readQuestionSet(values.questions as string);
const previous =
  values.only || values.render || values.engines ? await readPrevious(values.out as string) : {};
const skipped = (): NotMeasured => ({ notMeasured: `not run (--only ${values.only})` });
const engineNames = values.engines
  ? values.engines.split(",")
  : engines.map((engine) => engine.name);

const quality = only.includes("quality")
  ? await measureQuality(corpus, questions, engines, "shared/eval/dev.jsonl")
  : (previous.quality ?? skipped());
if ("engines" in quality) print(formatQuality(quality));

const measuredScale = only.includes("scale")
  ? await measureScale({
      sizes: settings.sizes,
      engines: engineNames,
      // Quick runs keep, above 1k paragraphs, the engines the targets compare: Gazette, the
      // fastest peer (FlexSearch) and the 10x point (MiniSearch French fuzzy+prefix).
      largeSizeEngines: quick ? ["gazette", "flexsearch-fr", "minisearch-fr-fuzzy"] : engineNames,
      questionsFile: values.questions as string,
      include: corpus,
      rounds: settings.rounds,
      prefixStep: settings.prefixStep,
      budgetMs: settings.budgetMs,
      timeoutMs: settings.timeoutMs,
      log,
    })
  : (previous.scale ?? skipped());
// With --engines, the other engines' rows of the previous run are kept beside the new ones.
const scale =
  values.engines && "rows" in measuredScale && previous.scale && "rows" in previous.scale
    ? {
        ...measuredScale,
        rows: [
          ...previous.scale.rows.filter((row) => !engineNames.includes(row.engine)),
          ...measuredScale.rows,
        ],
        growth: { ...previous.scale.growth, ...measuredScale.growth },
      }
    : measuredScale;
if ("rows" in scale) print(formatScale(scale));

const reindex = only.includes("reindex")
  ? await measureReindex({
      paragraphs: settings.reindexParagraphs,
      include: corpus,
      questionsFile: values.questions as string,
      intervalMs: 5,
      timeoutMs: settings.reindexTimeoutMs,
      log,
    })
  : (previous.reindex ?? skipped());
await removeCorpusFiles();
print(formatReindex(reindex));

const endToEnd = only.includes("endToEnd")
  ? await measureEndToEnd({
      quick,
      questions,
      bots: [
        // Gazette's own entry point (`npm start`) with its production defaults.
        {
          name: "gazette",
          script: "../src/index.ts",
          env: { CORPUS_DIR: values.corpus as string },
        },
        { name: "null-bot", script: "./bots/null-bot.ts", env: {} },
      ],
      log,
    })
  : (previous.endToEnd ?? skipped());
print(formatEndToEnd(endToEnd));

const targets = checkTargets(quality, scale, reindex, endToEnd);
print(formatTargets(targets));

const thisRun: RunInfo = {
  mode: quick ? "quick" : "full",
  sections: only,
  settings,
  durationS: Math.round((performance.now() - started) / 100) / 10,
  date: new Date().toISOString(),
  commit: git(["rev-parse", "--short", "HEAD"]),
  uncommittedChangesIn: git(["status", "--porcelain", "--", "src"])
    .split("\n")
    .filter(Boolean)
    .map((line) => line.slice(3)),
};
const thisMachine = {
  cpu: os.cpus()[0]?.model ?? "unknown",
  cores: os.cpus().length,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
};
const results = {
  quality,
  scale,
  reindex,
  endToEnd,
  targets,
  // --render keeps the measuring run's record; --only keeps it as the source of the other sections.
  run:
    values.render && previous.run
      ? previous.run
      : { ...thisRun, ...(values.only && previous.run ? { otherSectionsFrom: previous.run } : {}) },
  machine: values.render && previous.machine ? previous.machine : thisMachine,
};
await writeFile(values.out as string, `${JSON.stringify(results, null, 2)}\n`);
const { machine, run } = results;
await writeFile(
  (values.out as string).replace(/\.json$/, ".md"),
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.platform}. ` +
    `Run: ${run.mode}, ${run.date}, commit ${run.commit}${run.uncommittedChangesIn.length > 0 ? ` (uncommitted changes in ${run.uncommittedChangesIn.join(", ")})` : ""}, ${run.durationS} s` +
    (run.otherSectionsFrom
      ? `; sections other than ${run.sections.join(", ")} from the ${run.otherSectionsFrom.mode} run of ${run.otherSectionsFrom.date} (${run.otherSectionsFrom.durationS} s)`
      : "") +
    ".\n\n" +
    printed.map((table) => table.replace(/^([^|\n][^\n]*)\n(?=\|)/gm, "**$1**\n\n")).join("\n\n") +
    "\n",
);
log(`wrote ${values.out} (${quick ? "quick" : "full"} run, ${results.run.durationS} s)`);
// The stand-in's waiters keep timers running after a failed bot; the results are written.
process.exit(0);

/** The sections of an earlier run, kept when `--only` re-measures some of them. */
/** When, where and how a run measured. */
interface RunInfo {
  mode: string;
  sections: string[];
  settings: object;
  durationS: number;
  date: string;
  commit: string;
  uncommittedChangesIn: string[];
  otherSectionsFrom?: RunInfo;
}

interface PreviousResults {
  run?: RunInfo;
  machine?: { cpu: string; cores: number; memoryGiB: number; node: string; platform: string };
  quality?: QualityResult | NotMeasured;
  scale?: ScaleResult | NotMeasured;
  reindex?: ReindexResult | NotMeasured;
  endToEnd?: EndToEndResult;
}

async function readPrevious(file: string): Promise<PreviousResults> {
  try {
    return JSON.parse(await readFile(file, "utf8"));
  } catch {
    return {};
  }
}

function git(args: string[]): string {
  try {
    return execFileSync("git", args, {
      encoding: "utf8",
      cwd: fileURLToPath(new URL("..", import.meta.url)),
    }).trim();
  } catch {
    return "unknown";
  }
}
