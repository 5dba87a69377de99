import type { Article, Corpus } from "../corpus/types.js";
import { foldWord } from "../language/analyze.js";
import { type ArticleTopic, topicsOf } from "./article-topics.js";
import { chooseArticle } from "./find-articles.js";

/** Discord's limit on an autocomplete choice's name and value. */
export const MAX_TOPIC_LENGTH = 100;
const DEFAULT_TOPIC_LIMIT = 25;

/**
 * Topic suggestions for a partial input, for autocomplete: the article's names, recurring phrases
 * and words (accents kept) that start with it, then those with a word that starts with it, most
 * prominent first. A partial of several words whose whole does not match completes its last word
 * (`déminage pal` → `déminage Palmyre`). Empty input: the article's main topics. Without an
 * article (or with an unknown one), the topics of every article of the corpus.
 * Fast: the article's topics are computed once and cached.
 */
export function suggestTopics(
  corpus: Corpus,
  partial: string,
  options: { article?: string; limit?: number } = {},
): string[] {
  const limit = options.limit ?? DEFAULT_TOPIC_LIMIT;
  const topics = topicsFor(corpus, options.article);
  const typed = foldWord(partial).replace(/\s+/g, " ").trimStart();
  if (typed.trim() === "")
    return unique(
      topics.map((topic) => topic.display),
      limit,
    );

  const starting = topics.filter((topic) => topic.folded.startsWith(typed));
  const withWord = topics.filter(
    (topic) =>
      !topic.folded.startsWith(typed) && topic.words.some((word) => word.startsWith(typed)),
  );
  const matches = [...starting, ...withWord].map((topic) => topic.display);
  if (matches.length > 0) return unique(matches, limit);

  const lastSpace = partial.trimEnd().lastIndexOf(" ");
  if (lastSpace <= 0) return [];
  const head = partial
    .slice(0, lastSpace + 1)
    .replace(/\s+/g, " ")
    .trimStart();
  const fragment = foldWord(partial.slice(lastSpace + 1).trim());
  const completions = topics
    .filter((topic) => topic.words.length === 1 && topic.folded.startsWith(fragment))
    .map((topic) => `${head}${topic.display}`);
  return unique(completions, limit);
}

function topicsFor(corpus: Corpus, articleQuery: string | undefined): ArticleTopic[] {
  const choice = articleQuery?.trim() ? chooseArticle(corpus, articleQuery) : null;
  const articles: Article[] = choice?.kind === "article" ? [choice.article] : corpus.articles;
  if (articles.length === 1 && articles[0]) return topicsOf(articles[0]).topics;
  const merged = new Map<string, ArticleTopic>();
  for (const article of articles) {
    for (const topic of topicsOf(article).topics) {
      const known = merged.get(topic.folded);
      if (known) merged.set(topic.folded, { ...known, weight: known.weight + topic.weight });
      else merged.set(topic.folded, topic);
    }
  }
  return [...merged.values()].sort(
    (a, b) => b.weight - a.weight || (a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : 0),
  );
}

function unique(choices: string[], limit: number): string[] {
  return [...new Set(choices.filter((choice) => choice.length <= MAX_TOPIC_LENGTH))].slice(
    0,
    limit,
  );
}
