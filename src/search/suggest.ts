import type { Article } from "../corpus/types.js";
import { isStopword, tokenize } from "../language/analyze.js";
import type { Vocabulary, VocabularyWord } from "../language/vocabulary.js";

/** Discord's limit on an autocomplete choice's name and value. */
export const MAX_SUGGESTION_LENGTH = 100;

export interface SuggestionSources {
  vocabulary: Vocabulary;
  articles: readonly Article[];
  /**
   * Whether an index term occurs in the passages that best match the words typed before the
   * last one: the test is asked for every candidate completion, so it must be cheap.
   */
  relatedTo: (head: string) => (term: string) => boolean;
}

/**
 * Completions of a partial question: the words typed so far, with the last (partial) word
 * completed by corpus words that start with it. Words found in the passages that match the
 * earlier words rank first, then the most frequent. With nothing typed: article titles and the
 * corpus's most frequent words.
 */
export function suggestCompletions(
  partial: string,
  limit: number,
  sources: SuggestionSources,
): string[] {
  const text = partial.replace(/\s+/g, " ").trimStart();
  if (text.trim() === "") {
    const titles = sources.articles.map((article) => article.title);
    const words = sources.vocabulary.topWords(limit).map((word) => word.display);
    return unique([...titles, ...words].map((choice) => clip(choice))).slice(0, limit);
  }
  const tokens = tokenize(text);
  const last = tokens.at(-1);
  const endsWord = last !== undefined && last.end === text.length;
  const head = endsWord ? text.slice(0, last.start) : `${text.trimEnd()} `;
  const fragment = endsWord ? last.surface : "";

  const choices: string[] = [];
  if (fragment !== "") {
    const candidates = sources.vocabulary.wordsStartingWith(fragment, 50);
    const related: VocabularyWord[] = [];
    const others: VocabularyWord[] = [];
    const isRelated = head.trim() === "" ? () => false : sources.relatedTo(head);
    for (const word of candidates) (isRelated(word.term) ? related : others).push(word);
    for (const word of [...related, ...others]) choices.push(clip(`${head}${word.display}`));
  }
  // The text as typed is always a valid choice (users may ask about what the corpus lacks).
  choices.unshift(clip(text.trim()));
  return unique(choices).slice(0, limit);
}

/** Keeps the end of a long question (the part being typed), within Discord's 100 characters. */
function clip(choice: string): string {
  if (choice.length <= MAX_SUGGESTION_LENGTH) return choice;
  return `…${choice.slice(choice.length - (MAX_SUGGESTION_LENGTH - 1))}`;
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((value) => value !== ""))];
}

/**
 * A question to try on a new article (`/article add` suggests it): the title's words that carry a
 * topic, at most 6 (the first paragraph's when the title has none), within 100 characters.
 */
export function suggestQuestion(article: Pick<Article, "title" | "language" | "passages">): string {
  const language = article.language.startsWith("en") ? "en" : "fr";
  const topical = (text: string) =>
    tokenize(text)
      .map((token) => token.surface)
      .filter((word) => word.length > 1 && !isStopword(word, language));
  const words = topical(article.title);
  const chosen = words.length > 0 ? words : topical(article.passages[0]?.text ?? "");
  return clip(chosen.slice(0, 6).join(" ")).trim();
}
