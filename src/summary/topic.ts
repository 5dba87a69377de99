import type { AliasGroups } from "../corpus/types.js";
import { foldWord } from "../language/analyze.js";
import { type GeneralLexicon, Lexicon, shippedLexicon } from "../language/lexicon.js";
import { analyzeQuestion } from "../language/question.js";
import { TermResolver } from "../language/resolver.js";
import type { ArticleModel } from "./article-model.js";
import type { ArticleTopics } from "./article-topics.js";
import { commonPrefixLength, editDistance } from "../language/word-distance.js";

/** One idea of a topic and the sentences that speak of it, each with how well it matches (0-1]. */
export interface TopicConcept {
  /** The words of the topic it comes from, as typed. */
  surface: string;
  sentences: Map<number, number>;
}

/** What a topic selects in an article: candidate sentences and their relevance, or nothing. */
export type TopicFocus =
  { kind: "focus"; relevance: Map<number, number> } | { kind: "off-topic"; suggestions: string[] };

/** A concept found in more than this share of the sentences does not narrow a summary down. */
const UBIQUITOUS_SHARE = 0.5;
const MAX_SUGGESTIONS = 5;

/**
 * Focuses a summary on a topic. Each topic word is matched against the article through its
 * French term, then the corpus aliases (`Daech` finds `Etat islamique`), then light typo
 * tolerance (`deminage` finds `démineurs`). The topic is off the article when none of its words
 * is found, or when the only words found are everywhere in it (`football à Palmyre` in an
 * article about Palmyre). Sentences are then relevant by the distinctive words they contain.
 */
export function focusTopic(
  topic: string,
  model: ArticleModel,
  topics: ArticleTopics,
  aliases: AliasGroups,
): TopicFocus {
  const concepts = analyzeTopic(topic, model, aliases);
  const total = model.sentences.length;
  const found = concepts.filter((concept) => concept.sentences.size > 0);
  const specific = found.filter((concept) => concept.sentences.size <= total * UBIQUITOUS_SHARE);
  const missing = concepts.length - found.length;
  if (found.length === 0 || (missing > 0 && specific.length === 0)) {
    return { kind: "off-topic", suggestions: suggestInstead(topic, concepts, topics) };
  }
  const selecting = specific.length > 0 ? specific : found;
  const relevance = new Map<number, number>();
  for (const concept of selecting) {
    for (const index of concept.sentences.keys()) relevance.set(index, 0);
  }
  for (const concept of found) {
    const idf = Math.log(1 + total / concept.sentences.size);
    for (const [index, weight] of concept.sentences) {
      const current = relevance.get(index);
      if (current !== undefined) relevance.set(index, current + weight * idf);
    }
  }
  addContext(relevance, model);
  return { kind: "focus", relevance };
}

/** A sentence's neighbours in its paragraph are context for it (`désamorcer les mines` before `démineurs`). */
const CONTEXT_SHARE = 0.25;

function addContext(relevance: Map<number, number>, model: ArticleModel): void {
  const matched = [...relevance];
  for (const [index, value] of matched) {
    const sentence = model.sentences[index];
    for (const neighbour of [model.sentences[index - 1], model.sentences[index + 1]]) {
      if (!sentence || !neighbour || neighbour.paragraph !== sentence.paragraph) continue;
      const known = relevance.get(neighbour.index);
      const context = value * CONTEXT_SHARE;
      if (
        known === undefined ||
        (!matched.some(([i]) => i === neighbour.index) && known < context)
      ) {
        relevance.set(neighbour.index, context);
      }
    }
  }
}

/**
 * The topic's concepts, each with the sentences that speak of it: the topic resolved against the
 * article's own words by the same term resolver as `/ask` (aliases, translation, familiar words,
 * synonyms, typo tolerance and sound), so a topic that `/ask` finds is a topic a summary covers.
 */
export function analyzeTopic(
  topic: string,
  model: ArticleModel,
  aliases: AliasGroups,
  lexicon: GeneralLexicon = shippedLexicon(),
): TopicConcept[] {
  const concepts = resolverFor(aliases, lexicon).resolve(analyzeQuestion(topic), model.vocabulary);
  return concepts.map((concept) => {
    const sentences = new Map<number, number>();
    for (const [term, weight] of concept.alternatives)
      for (const index of model.postings.get(term) ?? [])
        sentences.set(index, Math.max(sentences.get(index) ?? 0, weight));
    return { surface: concept.surface, sentences };
  });
}

const resolvers = new WeakMap<AliasGroups, Map<GeneralLexicon, TermResolver>>();

/** One resolver per alias groups and lexicon, as the search index keeps one per corpus. */
function resolverFor(aliases: AliasGroups, lexicon: GeneralLexicon): TermResolver {
  const byLexicon = resolvers.get(aliases) ?? new Map<GeneralLexicon, TermResolver>();
  resolvers.set(aliases, byLexicon);
  let resolver = byLexicon.get(lexicon);
  if (!resolver) {
    resolver = new TermResolver(new Lexicon(lexicon, aliases));
    byLexicon.set(lexicon, resolver);
  }
  return resolver;
}

/** Words of the article close to the topic's missing words, then the article's main topics. */
function suggestInstead(
  topic: string,
  concepts: readonly TopicConcept[],
  topics: ArticleTopics,
): string[] {
  const close: { display: string; distance: number }[] = [];
  const typed = concepts.length > 0 ? concepts.map((concept) => concept.surface) : [topic];
  for (const word of typed.map(foldWord)) {
    for (const [folded, { display }] of topics.words) {
      const distance =
        commonPrefixLength(word, folded) >= 4
          ? 1
          : editDistance(word, folded, word.length < 6 ? 1 : 2);
      if (distance <= 2 && folded.length >= 3) close.push({ display, distance });
    }
  }
  close.sort((a, b) => a.distance - b.distance || (a.display < b.display ? -1 : 1));
  const main = topics.topics.slice(0, MAX_SUGGESTIONS * 2).map((entry) => entry.display);
  return [...new Set([...close.map((entry) => entry.display), ...main])].slice(0, MAX_SUGGESTIONS);
}
