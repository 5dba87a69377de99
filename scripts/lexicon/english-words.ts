/** Which English WordNet lemmas become keys of the English → French lexicon. */
import { eng as englishStopwords } from "stopword";

/**
 * English words too general or too functional to translate (on top of the `stopword` package's
 * English list): auxiliaries, light verbs, pronoun-like nouns.
 */
export const GENERAL_ENGLISH_WORDS: ReadonlySet<string> = new Set([
  "be",
  "have",
  "do",
  "get",
  "got",
  "make",
  "go",
  "let",
  "thing",
  "stuff",
  "way",
  "lot",
  "put",
  "take",
  "give",
  "seem",
  "can",
  "will",
  "may",
  "might",
  "must",
  "shall",
  "should",
  "would",
  "could",
  "one",
  "ones",
  "also",
  "yes",
  "no",
  "not",
  "very",
  "much",
  "many",
  "more",
  "most",
  "well",
  "just",
  "even",
  "ever",
  "still",
  "yet",
  "too",
  "so",
  "such",
  "other",
  "another",
  "own",
  "same",
  "else",
  "here",
  "there",
  "now",
  "then",
  "us",
  "it",
  "who",
  "i",
  "a",
  "an",
  "per",
  "etc",
  "via",
  "re",
  "un",
  "la",
  "le",
  "de",
]);

const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(englishStopwords);

/** Whether an English lemma is one lower-case word and not a stopword or function word. */
export function isTranslatableEnglishWord(lemma: string): boolean {
  return (
    /^[a-z]{2,}$/.test(lemma) && !ENGLISH_STOPWORDS.has(lemma) && !GENERAL_ENGLISH_WORDS.has(lemma)
  );
}
