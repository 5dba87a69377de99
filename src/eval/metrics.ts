import { readFile } from "node:fs/promises";
import { z } from "zod";

/** One evaluation question (the format of `shared/eval/dev.jsonl`). */
export interface EvalQuestion {
  id: string;
  question: string;
  lang: string;
  /** Question kind: `lexical`, `typo`, `english`, `nomatch`… */
  kind: string;
  /** Prefixes of the gold passages' text; empty for a question the corpus does not answer. */
  gold: string[];
}

/** Anything that ranks passage texts for a question; an empty list means "no answer". */
export interface RetrievalEngine {
  name: string;
  search(question: string): string[] | Promise<string[]>;
}

/** Retrieval figures over a question set. */
export interface RetrievalMetrics {
  /** Answerable questions whose first passage is a gold one. */
  precisionAt1: number;
  /** Mean reciprocal rank of the first gold passage (0 when absent from the top 10). */
  mrr: number;
  /** Mean fraction of gold passages found in the top 3. */
  recallAt3: number;
  /** `nomatch` questions answered with no passage, over all `nomatch` questions. */
  noAnswerPrecision: number | null;
  /** Answerable questions wrongly answered with no passage. */
  falseNoAnswers: number;
  answerable: number;
  nomatch: number;
}

export interface EvalReport extends RetrievalMetrics {
  engine: string;
  byKind: Record<string, RetrievalMetrics>;
  /** Question ids whose first passage was not gold (or that abstained wrongly), for reading. */
  misses: string[];
}

const questionSchema = z.object({
  id: z.string(),
  question: z.string(),
  lang: z.string().default("fr"),
  kind: z.string().default("unknown"),
  gold: z.array(z.string()).default([]),
});

/** Reads a JSONL question set; throws naming the file and line of a malformed one. */
export async function readQuestionSet(file: string): Promise<EvalQuestion[]> {
  const text = await readFile(file, "utf8");
  const questions: EvalQuestion[] = [];
  text.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      throw new Error(`${file}: line ${index + 1} is not valid JSON`);
    }
    const parsed = questionSchema.safeParse(data);
    if (!parsed.success) {
      throw new Error(
        `${file}: line ${index + 1} is not a question (${parsed.error.issues[0]?.message ?? "invalid"})`,
      );
    }
    questions.push(parsed.data);
  });
  return questions;
}

const RANK_DEPTH = 10;

/** Runs every question through the engine and scores the rankings. */
export async function evaluate(
  questions: readonly EvalQuestion[],
  engine: RetrievalEngine,
): Promise<EvalReport> {
  const rows: { question: EvalQuestion; texts: string[] }[] = [];
  for (const question of questions) {
    rows.push({ question, texts: (await engine.search(question.question)).slice(0, RANK_DEPTH) });
  }
  const byKind: Record<string, RetrievalMetrics> = {};
  for (const kind of [...new Set(questions.map((question) => question.kind))].sort()) {
    byKind[kind] = score(rows.filter((row) => row.question.kind === kind));
  }
  const misses = rows
    .filter(({ question, texts }) =>
      question.gold.length === 0 ? texts.length > 0 : !isGold(texts[0], question.gold),
    )
    .map((row) => row.question.id);
  return { engine: engine.name, ...score(rows), byKind, misses };
}

function score(rows: { question: EvalQuestion; texts: string[] }[]): RetrievalMetrics {
  const answerable = rows.filter((row) => row.question.gold.length > 0);
  const nomatch = rows.filter((row) => row.question.gold.length === 0);
  let p1 = 0;
  let rr = 0;
  let recall = 0;
  let falseNoAnswers = 0;
  for (const { question, texts } of answerable) {
    if (texts.length === 0) falseNoAnswers++;
    if (isGold(texts[0], question.gold)) p1++;
    const rank = texts.findIndex((text) => isGold(text, question.gold));
    if (rank >= 0) rr += 1 / (rank + 1);
    const top3 = texts.slice(0, 3);
    recall +=
      question.gold.filter((gold) => top3.some((text) => text.startsWith(gold))).length /
      question.gold.length;
  }
  const n = answerable.length;
  return {
    precisionAt1: n ? p1 / n : 0,
    mrr: n ? rr / n : 0,
    recallAt3: n ? recall / n : 0,
    noAnswerPrecision: nomatch.length
      ? nomatch.filter((row) => row.texts.length === 0).length / nomatch.length
      : null,
    falseNoAnswers,
    answerable: n,
    nomatch: nomatch.length,
  };
}

/** A passage is gold when its text starts with one of the gold prefixes. */
function isGold(text: string | undefined, gold: readonly string[]): boolean {
  return text !== undefined && gold.some((prefix) => text.startsWith(prefix));
}
