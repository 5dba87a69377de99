import type { Corpus } from "../src/corpus/types.js";
import { type EvalQuestion, evaluate, type RetrievalMetrics } from "../src/eval/metrics.js";
import { type Figure, figure } from "./figures.js";
import type { PeerEngine } from "./peers/types.js";
import { formatTable, percent } from "./table.js";

/** One engine's answer quality on the question set. */
export interface QualityRow {
  engine: string;
  configuration: string;
  precisionAt1: Figure;
  mrr: Figure;
  recallAt3: Figure;
  noAnswerPrecision: Figure;
  falseNoAnswers: Figure;
  byKind: Record<
    string,
    {
      precisionAt1: Figure;
      mrr: Figure;
      recallAt3: Figure;
      noAnswerPrecision: Figure;
      questions: Figure;
    }
  >;
  /** Question ids whose first passage was not gold (or that abstained wrongly). */
  misses: string[];
}

export interface QualityResult {
  questionSet: string;
  questions: number;
  corpus: { articles: number; passages: number };
  engines: QualityRow[];
}

/** Every engine over the real corpus, scored by `src/eval/metrics.ts` on the question set. */
export async function measureQuality(
  corpus: Corpus,
  questions: readonly EvalQuestion[],
  engines: readonly PeerEngine[],
  questionSet: string,
): Promise<QualityResult> {
  const rows: QualityRow[] = [];
  for (const engine of engines) {
    const built = await engine.build(corpus);
    const report = await evaluate(questions, {
      name: engine.name,
      search: (question) => built.search(question),
    });
    rows.push({
      engine: engine.name,
      configuration: engine.configuration,
      ...metricFigures(report),
      falseNoAnswers: figure(report.falseNoAnswers, "questions"),
      byKind: Object.fromEntries(
        Object.entries(report.byKind).map(([kind, metrics]) => [
          kind,
          {
            ...metricFigures(metrics),
            questions: figure(metrics.answerable + metrics.nomatch, "questions"),
          },
        ]),
      ),
      misses: report.misses,
    });
  }
  return {
    questionSet,
    questions: questions.length,
    corpus: {
      articles: corpus.articles.length,
      passages: corpus.articles.reduce((sum, article) => sum + article.passages.length, 0),
    },
    engines: rows,
  };
}

function metricFigures(metrics: RetrievalMetrics) {
  const ranked = (value: number) => figure(metrics.answerable > 0 ? value : null, "fraction");
  return {
    precisionAt1: ranked(metrics.precisionAt1),
    mrr: ranked(metrics.mrr),
    recallAt3: ranked(metrics.recallAt3),
    noAnswerPrecision: figure(metrics.noAnswerPrecision, "fraction"),
  };
}

/** Overall table, then P@1 by question kind. */
export function formatQuality(result: QualityResult): string {
  const overall = formatTable(
    ["engine", "P@1", "MRR", "R@3", "no-answer prec.", "false no-answers"],
    result.engines.map((row) => [
      row.engine,
      percent(row.precisionAt1.value),
      percent(row.mrr.value),
      percent(row.recallAt3.value),
      percent(row.noAnswerPrecision.value),
      String(row.falseNoAnswers.value),
    ]),
  );
  const kinds = Object.keys(result.engines[0]?.byKind ?? {});
  const byKind = formatTable(
    ["kind (n)", ...result.engines.map((row) => row.engine)],
    kinds.map((kind) => {
      const n = result.engines[0]?.byKind[kind]?.questions.value ?? 0;
      return [
        `${kind} (${n})`,
        ...result.engines.map((row) => {
          const metrics = row.byKind[kind];
          if (!metrics) return "—";
          return kind === "nomatch"
            ? `NA ${percent(metrics.noAnswerPrecision.value)}`
            : `${percent(metrics.precisionAt1.value)} / ${percent(metrics.mrr.value)}`;
        }),
      ];
    }),
  );
  return `Answer quality on ${result.questionSet} (${result.questions} questions, ${result.corpus.passages} passages)\n${overall}\n\nBy kind: P@1 / MRR (nomatch: no-answer precision)\n${byKind}`;
}
