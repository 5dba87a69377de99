import type { Corpus } from "../corpus/types.js";
import { modelOf } from "./article-model.js";
import { topicsOf } from "./article-topics.js";
import { chooseArticle } from "./find-articles.js";
import { defaultLengthBudgets, selectSentences } from "./select.js";
import { focusTopic } from "./topic.js";
import type { SummaryLength, SummaryOptions, SummaryResult } from "./types.js";

/** How much a sentence's relevance to the topic counts against its salience in a focused summary. */
const TOPIC_RELEVANCE_SHARE = 0.6;

/**
 * Summarizes one article of the corpus with its own sentences: the most salient ones (central,
 * lede, names and numbers, outlook), no two saying the same thing, in article order, each with
 * its paragraph. With a topic, only sentences about it, or an "off-topic" answer with words the
 * article does contain. Deterministic; the per-article work is cached, so repeated calls are fast.
 *
 * @throws Error when `options.length` is not `short`, `medium` or `long`
 */
export function summarize(corpus: Corpus, options: SummaryOptions = {}): SummaryResult {
  const length: SummaryLength = options.length ?? "short";
  const budget = defaultLengthBudgets[length];
  if (!Object.hasOwn(defaultLengthBudgets, length) || !budget) {
    throw new Error(`summarize: length "${length}" is not one of short, medium, long`);
  }
  const choice = chooseArticle(corpus, options.article);
  if (choice.kind !== "article") return choice;
  const { article } = choice;
  const model = modelOf(article);
  const topic = options.topic?.trim() || null;

  if (topic === null) {
    const scores = model.sentences.map((sentence) => sentence.salience);
    const sentences = selectSentences(model, model.sentences, scores, budget);
    return { kind: "summary", article, length, topic, sentences };
  }

  const focus = focusTopic(topic, model, topicsOf(article), corpus.aliases);
  if (focus.kind === "off-topic") {
    return { kind: "off-topic", article, topic, suggestions: focus.suggestions };
  }
  const candidates = model.sentences.filter((sentence) => focus.relevance.has(sentence.index));
  const maxRelevance = Math.max(...focus.relevance.values());
  const scores = candidates.map(
    (sentence) =>
      TOPIC_RELEVANCE_SHARE * ((focus.relevance.get(sentence.index) ?? 0) / maxRelevance) +
      (1 - TOPIC_RELEVANCE_SHARE) * sentence.salience,
  );
  const sentences = selectSentences(model, candidates, scores, budget);
  return { kind: "summary", article, length, topic, sentences };
}
