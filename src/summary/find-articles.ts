import type { Article, Corpus } from "../corpus/types.js";
import { foldWord, tokenize } from "../language/analyze.js";
import { wordCloseness } from "../language/word-distance.js";

/** Autocomplete shows at most 25 choices (Discord's limit). */
export const DEFAULT_ARTICLE_LIMIT = 25;

/** How well an article matches what was typed: 0 when it does not. */
function matchScore(article: Article, typed: string): number {
  const id = article.id;
  const title = normalize(article.title);
  if (id === typed) return 100;
  if (title === typed) return 90;
  if (id.startsWith(typed)) return 80;
  if (title.startsWith(typed)) return 70;
  if (id.includes(typed) || title.includes(typed)) return 50;
  // Every typed word begins a word of the title or id, in any order: `offensive palm`.
  const words = tokenize(`${title} ${id.replace(/[-_]/g, " ")}`).map((token) => token.surface);
  const typedWords = tokenize(typed).map((token) => token.surface);
  if (typedWords.length > 0 && typedWords.every((w) => words.some((word) => word.startsWith(w)))) {
    return 30;
  }
  return 0;
}

function normalize(input: string): string {
  return foldWord(input).replace(/[’']/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * Articles whose id or title matches a partial input (accent- and case-insensitive), best first:
 * exact id, exact title, id or title starting with it, containing it, then titles holding every
 * typed word's beginning. An empty input lists the corpus's articles in order. For autocomplete.
 */
export function findArticles(
  corpus: Corpus,
  partial: string,
  limit: number = DEFAULT_ARTICLE_LIMIT,
): Article[] {
  const typed = normalize(partial);
  if (typed === "") return corpus.articles.slice(0, limit);
  return corpus.articles
    .map((article, order) => ({ article, order, score: matchScore(article, typed) }))
    .filter((match) => match.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((match) => match.article);
}

/** The article a summary is about, or why it cannot be chosen. */
export type ArticleChoice =
  | { kind: "article"; article: Article }
  | { kind: "unknown-article"; query: string; suggestions: Article[] }
  | { kind: "choose-article"; suggestions: Article[] };

const SUGGESTION_LIMIT = 5;

/**
 * Resolves the `article` option: the one article of the corpus when none is given; else the
 * article with that id or title, or the single best partial match. Several equally good matches
 * ask the user to choose; none gives the closest articles (those sharing a word) as suggestions.
 */
export function chooseArticle(corpus: Corpus, query: string | undefined): ArticleChoice {
  const typed = normalize(query ?? "");
  if (typed === "") {
    const [only, ...others] = corpus.articles;
    if (only && others.length === 0) return { kind: "article", article: only };
    if (!only) return { kind: "unknown-article", query: query ?? "", suggestions: [] };
    return { kind: "choose-article", suggestions: corpus.articles.slice(0, DEFAULT_ARTICLE_LIMIT) };
  }
  const scored = corpus.articles
    .map((article, order) => ({ article, order, score: matchScore(article, typed) }))
    .filter((match) => match.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const [best, second] = scored;
  if (best && (!second || best.score > second.score))
    return { kind: "article", article: best.article };
  if (best) {
    const top = scored.filter((match) => match.score === best.score).map((match) => match.article);
    return { kind: "choose-article", suggestions: top.slice(0, DEFAULT_ARTICLE_LIMIT) };
  }
  return {
    kind: "unknown-article",
    query: query ?? "",
    suggestions: articlesSharingAWord(corpus, typed).slice(0, SUGGESTION_LIMIT),
  };
}

/**
 * Articles whose title or id has a word close to a typed word of 4+ letters (same word, typo,
 * shared beginning: `palmire` finds `Palmyre`), most such words first; else the first articles.
 */
function articlesSharingAWord(corpus: Corpus, typed: string): Article[] {
  const typedWords = tokenize(typed)
    .map((token) => token.surface)
    .filter((word) => word.length >= 4);
  const ranked = corpus.articles
    .map((article, order) => {
      const words = tokenize(normalize(`${article.title} ${article.id.replace(/[-_]/g, " ")}`));
      const shared = typedWords.filter((typedWord) =>
        words.some((word) => wordCloseness(typedWord, word.surface) > 0),
      );
      return { article, order, shared: shared.length };
    })
    .filter((entry) => entry.shared > 0)
    .sort((a, b) => b.shared - a.shared || a.order - b.order)
    .map((entry) => entry.article);
  return ranked.length > 0 ? ranked : corpus.articles.slice(0, SUGGESTION_LIMIT);
}
