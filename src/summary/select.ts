import type { ArticleModel, ModelSentence } from "./article-model.js";
import type { SummaryLength, SummarySentence } from "./types.js";

/** Discord's limit on an embed description: no summary, whatever its length, may exceed it. */
export const MAX_SUMMARY_CHARACTERS = 4096;

/**
 * What each sentence costs beyond its text when shown: a citation such as `[§12] ` and a line
 * break. Budgets count it, so a formatter that adds citations still fits.
 */
export const CITATION_ALLOWANCE = 8;

/** How many sentences and characters a length allows. */
export interface LengthBudget {
  /** Fewest sentences wanted (when the article has them). */
  minSentences: number;
  /** Share of the article's sentences wanted, between the minimum and the maximum. */
  share: number;
  maxSentences: number;
  /** Characters of sentence text plus {@link CITATION_ALLOWANCE} per sentence. */
  maxCharacters: number;
}

export const defaultLengthBudgets: Readonly<Record<SummaryLength, LengthBudget>> = {
  short: { minSentences: 2, share: 0.25, maxSentences: 3, maxCharacters: 1200 },
  medium: { minSentences: 4, share: 0.4, maxSentences: 8, maxCharacters: 2400 },
  long: { minSentences: 6, share: 0.6, maxSentences: 14, maxCharacters: MAX_SUMMARY_CHARACTERS },
};

/** Settings of the redundancy penalty. */
export interface RedundancyOptions {
  /** Maximal Marginal Relevance trade-off: 1 ranks by score alone, 0 by novelty alone. */
  lambda: number;
  /** Similarity from which two sentences say the same thing: the second is never kept. */
  duplicateSimilarity: number;
  /**
   * Subtracted for each sentence already taken from the same paragraph, so longer summaries
   * cover the whole article instead of one rich paragraph.
   */
  sameParagraph: number;
}

export const defaultRedundancyOptions: RedundancyOptions = {
  lambda: 0.7,
  duplicateSimilarity: 0.5,
  sameParagraph: 0.08,
};

/** The number of sentences a length asks for, for an article of `available` sentences. */
export function sentenceCount(budget: LengthBudget, available: number): number {
  const wanted = Math.round(budget.share * available);
  return Math.min(available, Math.max(budget.minSentences, Math.min(budget.maxSentences, wanted)));
}

/**
 * Picks sentences by Maximal Marginal Relevance (Carbonell & Goldstein, 1998): each step takes the
 * candidate with the best `lambda · score − (1 − lambda) · similarity to what is already taken`,
 * skips near-duplicates of a taken sentence and sentences that would overflow the character
 * budget. Returns them in article order. Ties go to the earlier sentence, so the result is
 * deterministic.
 *
 * @param scores one score in [0, 1] per candidate, same order as `candidates`
 */
export function selectSentences(
  model: ArticleModel,
  candidates: readonly ModelSentence[],
  scores: readonly number[],
  budget: LengthBudget,
  redundancy: RedundancyOptions = defaultRedundancyOptions,
): SummarySentence[] {
  const count = sentenceCount(budget, candidates.length);
  const maxCharacters = Math.min(budget.maxCharacters, MAX_SUMMARY_CHARACTERS);
  const taken: ModelSentence[] = [];
  const open = candidates.map((sentence, position) => ({
    sentence,
    score: scores[position] ?? 0,
  }));
  let used = 0;
  while (taken.length < count && open.length > 0) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (let position = 0; position < open.length; position++) {
      const { sentence, score } = open[position] as (typeof open)[number];
      const redundancyWith = maxSimilarity(model, sentence, taken);
      const neighbours = taken.filter((other) => other.paragraph === sentence.paragraph).length;
      const value =
        redundancy.lambda * score -
        (1 - redundancy.lambda) * redundancyWith -
        redundancy.sameParagraph * neighbours;
      if (value > bestValue + 1e-12) {
        best = position;
        bestValue = value;
      }
    }
    const [choice] = open.splice(best, 1);
    if (!choice) break;
    const cost = choice.sentence.text.length + CITATION_ALLOWANCE;
    if (maxSimilarity(model, choice.sentence, taken) >= redundancy.duplicateSimilarity) continue;
    if (used + cost > maxCharacters) continue;
    taken.push(choice.sentence);
    used += cost;
  }
  if (taken.length === 0) return firstFitting(candidates, scores, maxCharacters);
  return taken
    .sort((a, b) => a.index - b.index)
    .map(({ text, paragraph, start, end }) => ({ text, paragraph, start, end }));
}

function maxSimilarity(
  model: ArticleModel,
  sentence: ModelSentence,
  taken: readonly ModelSentence[],
): number {
  let max = 0;
  for (const other of taken)
    max = Math.max(max, model.similarity[sentence.index]?.[other.index] ?? 0);
  return max;
}

/**
 * When even the best sentence is longer than the budget (a paragraph without punctuation), keep
 * its beginning up to the last word that fits, so the summary is never empty nor too long.
 */
function firstFitting(
  candidates: readonly ModelSentence[],
  scores: readonly number[],
  maxCharacters: number,
): SummarySentence[] {
  let best: ModelSentence | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  candidates.forEach((sentence, position) => {
    if ((scores[position] ?? 0) > bestScore) {
      best = sentence;
      bestScore = scores[position] ?? 0;
    }
  });
  if (!best) return [];
  const room = maxCharacters - CITATION_ALLOWANCE;
  const cut = best.text.lastIndexOf(" ", room);
  const text = best.text.slice(0, cut > 0 ? cut : room).trimEnd();
  return [{ text, paragraph: best.paragraph, start: best.start, end: best.start + text.length }];
}
