/** Which English WordNet lemmas become keys of the English → French lexicon. */
import { eng as englishStopwords } from "stopword";
import { MAX_KEY_WORDS, PARTICLES } from "../../src/language/lexicon.js";

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

/**
 * Whether a WordNet lemma of several words becomes a key, written with spaces (`town_hall` →
 * `town hall`): two or three translatable words once English stopwords are left out, as a
 * question's are (`death toll`, `head of state`), the first and last among them (`abide by`
 * would compile to `abide` alone and lend the phrase's sense to the word). Verbs with a particle
 * (`set up`, `break down`) are left to the curated rows: WordNet's first senses of them are
 * seldom the news sense.
 */
export function isTranslatableEnglishPhrase(lemma: string): boolean {
  const parts = lemma.split("_");
  if (parts.length < 2) return false;
  const content = parts.filter((part) => !ENGLISH_STOPWORDS.has(part));
  return (
    content.length >= 2 &&
    content.length <= MAX_KEY_WORDS &&
    content.every(isTranslatableEnglishWord) &&
    !PARTICLES.has(parts.at(-1) ?? "") &&
    isTranslatableEnglishWord(parts[0] ?? "") &&
    isTranslatableEnglishWord(parts.at(-1) ?? "")
  );
}
