import snowball from "snowball-stemmers";
import { foldWord } from "./fold.js";
import { isStopword } from "./stopwords.js";
import { verbTermOf } from "./verb-forms.js";
import { wordFormTermOf } from "./word-forms.js";

export { foldWord, isStopword };

/** A word found in a text, with its offsets in that text (UTF-16 code units). */
export interface Token {
  /** The word as written, e.g. `Palmyre`, `armée`. */
  surface: string;
  start: number;
  end: number;
}

/** A token after analysis: the index term it stands for. */
export interface AnalyzedToken extends Token {
  /** Folded, stemmed form used as the search term, e.g. `palmyr`, `arme`. */
  term: string;
}

export type AnalysisLanguage = "fr" | "en";

// Letters (with combining marks) and digits; apostrophes and hyphens separate words, so the
// elided article of `l’armée` becomes its own token (a stopword) and `Al-Qaryatayn` two words.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/**
 * Splits a text into words with their offsets. Apostrophes, hyphens and punctuation separate words.
 * Works on NFC and NFD text alike (combining marks stay inside their word).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ surface: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

const stemmers = {
  fr: snowball.newStemmer("french"),
  en: snowball.newStemmer("english"),
} as const;

const stemCache = { fr: new Map<string, string>(), en: new Map<string, string>() };
const STEM_CACHE_LIMIT = 500_000;

/**
 * The search term for one word: lower-cased, Snowball-stemmed (the stemmer needs the accents),
 * then accent-folded. Numbers are kept as written. `bombardements` → `bombard`, `Sokhné` → `sokhn`.
 * In French, an irregular verb form takes its infinitive's term (`veulent` → `vouloir`, `pris` →
 * `prendr`), and the feminine or irregular plural of an adjective or noun its lemma's (`publique` →
 * `public`, `actrices` → `acteur`), which Snowball alone cannot give.
 */
export function termOf(word: string, language: AnalysisLanguage = "fr"): string {
  const lower = word.toLowerCase();
  const cache = stemCache[language];
  const cached = cache.get(lower);
  if (cached !== undefined) return cached;
  const term = /^\p{N}+$/u.test(lower)
    ? lower
    : ((language === "fr" ? inflectedTermOf(foldWord(lower)) : undefined) ??
      foldWord(stemmers[language].stem(lower)));
  if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
  cache.set(lower, term);
  return term;
}

/** The term the verb-form or word-form table gives a folded French word, if any. */
function inflectedTermOf(folded: string): string | undefined {
  return verbTermOf(folded) ?? wordFormTermOf(folded);
}

// Hyphenated fillers, and fixed phrases, that split into words that would look meaningful
// (`bas`, `être`; `place` in `à la place de`, `lieu` in `au lieu de`, `coup` in `du coup`).
const FILLER_COMPOUNDS =
  /(?<![\p{L}\p{N}])(?:là-bas|la-bas|là-dessus|là-dedans|là-haut|est-ce|peut-être|peut-etre|c['’]est-à-dire|ci-dessus|ci-dessous|celui-ci|celle-ci|ceux-ci|celles-ci|celui-là|celle-là|ceux-là|qu['’]est-ce|[àa] la place(?= d)|au lieu(?= d)|du coup(?! d)|par contre|quand m[êe]me|en tout cas|de toute fa[çc]on|tout de suite)(?![\p{L}\p{N}])/giu;

// A piece of text every filler above holds, one test far cheaper than the fillers' own pattern
// (its look-behind runs at every position of a passage): most texts hold none.
const FILLER_PIECE =
  /l[àa]-|est-|peut-|ci-d|-ci|-là|la place|au lieu|du coup|par contre|quand m|tout cas|toute fa|de suite/iu;

/** Blanks out hyphenated fillers (`là-bas`, `est-ce`) with spaces of the same length, so offsets stay true. */
export function blankFillers(text: string): string {
  if (!FILLER_PIECE.test(text)) return text;
  return text.replace(FILLER_COMPOUNDS, (filler) => " ".repeat(filler.length));
}

/** `[start, end)` spans of the hyphenated fillers of a text. */
export function fillerSpans(text: string): [number, number][] {
  return [...text.matchAll(FILLER_COMPOUNDS)].map((match) => [
    match.index,
    match.index + match[0].length,
  ]);
}

/**
 * Analyzes a text the same way for indexing and for querying: tokenize, drop stopwords and
 * one-letter words, stem and fold. Offsets point into the text as given.
 */
export function analyze(text: string, language: AnalysisLanguage = "fr"): AnalyzedToken[] {
  const result: AnalyzedToken[] = [];
  // The words of `tokenize`, read in one pass without a token object per word: a passage shown
  // in a reply is analysed again for its highlights, ten of them a question.
  const source = blankFillers(text);
  const words = new RegExp(WORD);
  for (let match = words.exec(source); match !== null; match = words.exec(source)) {
    const surface = match[0];
    const term = contentTermOf(surface, language);
    if (term !== null)
      result.push({ surface, start: match.index, end: match.index + surface.length, term });
  }
  return result;
}

// Surface word → its term, or null for a stopword: most words of a corpus recur, so indexing
// mostly hits this cache instead of folding and stemming again.
const contentTermCache = {
  fr: new Map<string, string | null>(),
  en: new Map<string, string | null>(),
};

/** The index term of a word as written, or null when it carries no topic (stopword, one letter). */
export function contentTermOf(surface: string, language: AnalysisLanguage = "fr"): string | null {
  const cache = contentTermCache[language];
  const cached = cache.get(surface);
  if (cached !== undefined) return cached;
  const term =
    (surface.length < 2 && !/\p{N}/u.test(surface)) || isStopword(surface, language)
      ? null
      : termOf(surface, language);
  if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
  cache.set(surface, term);
  return term;
}

/**
 * Empties the caches of words already analyzed. A build fills them with every word of its corpus
 * (hundreds of thousands at 100k passages, tens of MB) while questions need only a few: the
 * build calls this once it is done, so an index does not keep its corpus's words twice.
 */
export function releaseAnalysisCaches(): void {
  for (const cache of [stemCache, contentTermCache]) {
    cache.fr.clear();
    cache.en.clear();
  }
}

/**
 * Guesses whether a short question, tokenized, is written in English or French from its function
 * words. French wins ties, since most users write French.
 */
export function languageOf(tokens: readonly Token[]): AnalysisLanguage {
  let french = 0;
  let english = 0;
  for (const { surface } of tokens) {
    if (isStopword(surface, "fr")) french++;
    if (isStopword(surface, "en")) english++;
  }
  return english > french ? "en" : "fr";
}
