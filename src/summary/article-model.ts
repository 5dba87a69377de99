import type { Article } from "../corpus/types.js";
import { analyze } from "../language/analyze.js";
import { Vocabulary } from "../language/vocabulary.js";
import { cosine, type TermVector, textRank, unitVector } from "./centrality.js";
import {
  countNumbers,
  findNamedEntities,
  leansOnPreviousSentence,
  type NamedEntity,
  speaksOfWhatComesNext,
} from "./sentence-features.js";

/** One sentence of an article with everything the summarizer scores it by. */
export interface ModelSentence {
  /** Position in the article (0-based), for article order. */
  index: number;
  paragraph: number;
  /** Offsets in the paragraph text. */
  start: number;
  end: number;
  text: string;
  /** Its content words as analyzed (stemmed, folded terms, with their surfaces). */
  tokens: { term: string; surface: string }[];
  /** Content term → number of occurrences. */
  counts: Map<string, number>;
  /** Unit tf-idf vector, for similarity. */
  vector: TermVector;
  entities: NamedEntity[];
  numbers: number;
  /** Says what comes next (intent, plan, forecast). */
  outlook: boolean;
  /** Needs the sentence before it to be understood (`Le cas échéant, cette reconquête…`). */
  leansOnPrevious: boolean;
  /** Centrality among the article's sentences (TextRank), in [0, 1]. */
  centrality: number;
  /** How much the sentence deserves a place in a summary without topic, in [0, 1]. */
  salience: number;
}

/** An article prepared for summaries: built once, then every summary reads it. */
export interface ArticleModel {
  article: Article;
  sentences: ModelSentence[];
  /** Term → indices of the sentences that contain it. */
  postings: Map<string, number[]>;
  /** The article's words, sentence by sentence, for resolving summary topics. */
  vocabulary: Vocabulary;
  /** Pairwise sentence similarity (cosine of tf-idf vectors). */
  similarity: number[][];
}

/** How much each clue counts in a sentence's salience (they are summed, then scaled to [0, 1]). */
export interface SalienceWeights {
  /** TextRank centrality. */
  centrality: number;
  /** Being the article's first sentence (the news lede); the rest of the first paragraph gets less. */
  lede: number;
  /** Names and numbers: who, where, how many. */
  information: number;
  /** Sharing words with the title. */
  title: number;
  /** Saying what comes next. */
  outlook: number;
}

export const defaultSalienceWeights: SalienceWeights = {
  centrality: 1,
  lede: 0.8,
  information: 0.35,
  title: 0.3,
  outlook: 0.4,
};

/** Salience kept by a sentence that cannot stand alone (see {@link ModelSentence.leansOnPrevious}). */
const DEPENDENT_SENTENCE_FACTOR = 0.6;

const models = new WeakMap<Article, ArticleModel>();

/** The summary model of an article, built on first use and cached for the article object. */
export function modelOf(article: Article): ArticleModel {
  let model = models.get(article);
  if (!model) {
    model = buildArticleModel(article);
    models.set(article, model);
  }
  return model;
}

/** Builds the model of an article: its sentences analyzed, compared, ranked and scored. */
export function buildArticleModel(
  article: Article,
  weights: SalienceWeights = defaultSalienceWeights,
): ArticleModel {
  const sentences: ModelSentence[] = [];
  const vocabulary = new Vocabulary();
  for (const passage of article.passages) {
    for (const sentence of passage.sentences) {
      const tokens = analyze(sentence.text).map(({ term, surface }) => ({ term, surface }));
      vocabulary.addPassage(tokens);
      const counts = new Map<string, number>();
      for (const { term } of tokens) counts.set(term, (counts.get(term) ?? 0) + 1);
      sentences.push({
        index: sentences.length,
        paragraph: passage.paragraph,
        start: sentence.start,
        end: sentence.end,
        text: sentence.text,
        tokens,
        counts,
        vector: new Map(),
        entities: findNamedEntities(sentence.text),
        numbers: countNumbers(sentence.text),
        outlook: speaksOfWhatComesNext(sentence.text),
        leansOnPrevious: leansOnPreviousSentence(sentence.text),
        centrality: 0,
        salience: 0,
      });
    }
  }

  const postings = new Map<string, number[]>();
  for (const sentence of sentences) {
    for (const term of sentence.counts.keys()) {
      const list = postings.get(term) ?? [];
      list.push(sentence.index);
      postings.set(term, list);
    }
  }
  const idf = (term: string) => Math.log(1 + sentences.length / (postings.get(term)?.length ?? 1));
  for (const sentence of sentences) sentence.vector = unitVector(sentence.counts, idf);

  const similarity = sentences.map((a) =>
    sentences.map((b) => (a === b ? 1 : cosine(a.vector, b.vector))),
  );
  const centrality = textRank(similarity);
  const titleTerms = new Set(analyze(article.title).map((token) => token.term));
  const raw = sentences.map((sentence) => {
    sentence.centrality = centrality[sentence.index] ?? 0;
    return (
      weights.centrality * sentence.centrality +
      weights.lede * ledeScore(sentence, sentences) +
      weights.information * informationScore(sentence) +
      weights.title * overlap(titleTerms, sentence.counts) +
      weights.outlook * (sentence.outlook ? 1 : 0)
    );
  });
  const max = Math.max(0, ...raw);
  for (const sentence of sentences) {
    const score = max > 0 ? (raw[sentence.index] ?? 0) / max : 0;
    // Out of its context, a sentence of two or three content words, or one that leans on the
    // sentence before it, rarely makes sense to a reader.
    const standsAlone = sentence.counts.size >= 4 && !sentence.leansOnPrevious;
    sentence.salience = standsAlone ? score : score * DEPENDENT_SENTENCE_FACTOR;
  }
  return { article, sentences, postings, vocabulary: vocabulary.freezeNow(), similarity };
}

/** The lede (first sentence) scores 1, the rest of the first paragraph 0.6, other paragraph openers 0.1. */
function ledeScore(sentence: ModelSentence, sentences: readonly ModelSentence[]): number {
  if (sentence.index === 0) return 1;
  const firstParagraph = sentences[0]?.paragraph;
  if (sentence.paragraph === firstParagraph) return 0.6;
  const previous = sentences[sentence.index - 1];
  return previous && previous.paragraph !== sentence.paragraph ? 0.1 : 0;
}

/** Names and numbers, saturating at three: a sentence listing ten names is not three times as good. */
function informationScore(sentence: ModelSentence): number {
  return Math.min(1, (sentence.entities.length + 0.5 * sentence.numbers) / 3);
}

function overlap(terms: ReadonlySet<string>, counts: ReadonlyMap<string, number>): number {
  if (terms.size === 0) return 0;
  let shared = 0;
  for (const term of terms) if (counts.has(term)) shared++;
  return shared / terms.size;
}
