import type { AliasGroups } from "../corpus/types.js";
import { type AnalyzedToken, analyze, foldWord, termOf } from "../text/analyze.js";
import type { ArticleModel } from "./article-model.js";
import type { ArticleTopics } from "./article-topics.js";
import { commonPrefixLength, editDistance, wordCloseness } from "./word-distance.js";

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
  const concepts = analyzeTopic(topic, model, topics, aliases);
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

/** Splits a topic into concepts: alias names first (longest first), then single words. */
export function analyzeTopic(
  topic: string,
  model: ArticleModel,
  topics: ArticleTopics,
  aliases: AliasGroups,
): TopicConcept[] {
  const tokens = analyze(topic);
  const terms = tokens.map((token) => token.term);
  const concepts: TopicConcept[] = [];
  for (let index = 0; index < tokens.length;) {
    const alias = matchAlias(terms, index, aliasPhrasesOf(aliases));
    const length = alias ? alias.terms.length : 1;
    const words = tokens.slice(index, index + length) as [AnalyzedToken, ...AnalyzedToken[]];
    const surface = topic.slice(words[0].start, (words.at(-1) as AnalyzedToken).end);
    const sentences = new Map<number, number>();
    const names = alias ? [alias.terms, ...alias.alternatives] : [[words[0].term]];
    for (const name of names)
      for (const sentence of sentencesWithAll(model, name)) sentences.set(sentence, 1);
    if (sentences.size === 0 && length === 1)
      matchLoosely(words[0].surface, model, topics, sentences);
    concepts.push({ surface, sentences });
    index += length;
  }
  return concepts;
}

function sentencesWithAll(model: ArticleModel, terms: readonly string[]): number[] {
  const [first, ...rest] = terms;
  if (first === undefined) return [];
  return (model.postings.get(first) ?? []).filter((index) =>
    rest.every((term) => model.sentences[index]?.counts.has(term)),
  );
}

/** Typo and prefix tolerance against the article's own words. */
function matchLoosely(
  surface: string,
  model: ArticleModel,
  topics: ArticleTopics,
  sentences: Map<number, number>,
): void {
  const typed = foldWord(surface);
  for (const [folded, { term }] of topics.words) {
    const closeness = wordCloseness(typed, folded);
    if (closeness === 0) continue;
    for (const index of model.postings.get(term) ?? []) {
      sentences.set(index, Math.max(sentences.get(index) ?? 0, closeness));
    }
  }
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

/** An alias name as index terms, with every other name of its group. */
interface AliasPhrase {
  terms: string[];
  alternatives: string[][];
}

const aliasCache = new WeakMap<AliasGroups, AliasPhrase[]>();

/** Alias groups as term sequences, longest names first (`Etat islamique` before `Etat`); cached. */
function aliasPhrasesOf(aliases: AliasGroups): AliasPhrase[] {
  let phrases = aliasCache.get(aliases);
  if (phrases) return phrases;
  phrases = [];
  for (const group of aliases) {
    const names = group.map(aliasTerms).filter((terms) => terms.length > 0);
    for (const [index, terms] of names.entries()) {
      phrases.push({ terms, alternatives: names.filter((_, other) => other !== index) });
    }
  }
  phrases.sort((a, b) => b.terms.length - a.terms.length);
  aliasCache.set(aliases, phrases);
  return phrases;
}

/** Short names (`EI`) that ordinary analysis would drop are kept as they are. */
function aliasTerms(name: string): string[] {
  const terms = analyze(name).map((token) => token.term);
  if (terms.length > 0) return terms;
  return name.trim().length >= 2 ? [termOf(name.trim())] : [];
}

function matchAlias(terms: readonly string[], start: number, phrases: readonly AliasPhrase[]) {
  return (
    phrases.find((phrase) =>
      phrase.terms.every((term, offset) => terms[start + offset] === term),
    ) ?? null
  );
}
