import { parseArgs } from "node:util";
import { readCorpus } from "../corpus/read.js";
import { plainMiniSearchEngine } from "../eval/baseline.js";
import {
  type EvalReport,
  evaluate,
  type RetrievalMetrics,
  readQuestionSet,
} from "../eval/metrics.js";
import { buildPassageIndexAsync } from "../search/passage-index.js";
import { type CliCommand, UsageError } from "./io.js";

/** `gazette eval --set FILE.jsonl [--json]`: Gazette beside plain MiniSearch on a question set. */
export const evalCommand: CliCommand = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { set: { type: "string" }, json: { type: "boolean", default: false } },
  });
  if (positionals.length > 0)
    throw new UsageError(`eval takes no positional argument ("${String(positionals[0])}")`);
  if (!values.set) throw new UsageError("eval needs --set FILE.jsonl");
  const questions = await readQuestionSet(values.set);
  if (questions.length === 0) throw new UsageError(`${values.set} has no question`);
  const corpus = await readCorpus(io.corpusDir);
  const index = await buildPassageIndexAsync(corpus);
  const gazette = await evaluate(questions, {
    name: "gazette",
    search: (question) =>
      index.search(question, { limit: 10 }).results.map((hit) => hit.passage.text),
  });
  const baseline = await evaluate(questions, plainMiniSearchEngine(corpus));
  if (values.json)
    io.out(JSON.stringify({ set: values.set, questions: questions.length, gazette, baseline }));
  else io.out(formatReports([gazette, baseline]));
  return 0;
};

const percent = (value: number | null) =>
  value === null ? "  n/a" : `${(value * 100).toFixed(1).padStart(5)}`;

function row(label: string, metrics: RetrievalMetrics): string {
  const ranked = (value: number) => percent(metrics.answerable > 0 ? value : null);
  return [
    label.padEnd(28),
    ranked(metrics.precisionAt1),
    ranked(metrics.mrr),
    ranked(metrics.recallAt3),
    percent(metrics.noAnswerPrecision),
    String(metrics.answerable + metrics.nomatch).padStart(4),
  ].join("  ");
}

/** Side-by-side table: overall, then per kind, for each engine (figures in %). */
export function formatReports(reports: EvalReport[]): string {
  const header = `${"engine / kind".padEnd(28)}    P@1    MRR    R@3  NoAns     n`;
  const lines = [header];
  for (const report of reports) {
    lines.push(row(report.engine, report));
    for (const [kind, metrics] of Object.entries(report.byKind))
      lines.push(row(`  ${kind}`, metrics));
    if (report.misses.length > 0) lines.push(`  misses: ${report.misses.join(", ")}`);
  }
  return lines.join("\n");
}
