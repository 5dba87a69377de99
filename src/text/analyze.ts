import snowball from "snowball-stemmers";
import { eng, fra } from "stopword";
import { verbTermOf } from "./verb-forms.js";

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
 * Folds a word for matching: Unicode NFD, accents and case removed, ligatures expanded.
 * `Sokhné` → `sokhne`, `Œuvre` → `oeuvre`.
 */
export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .normalize("NFD")
    .replace(/\p{M}/gu, "");
}

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

// Words that carry no topic in a French question or sentence, on top of the `stopword` package's
// list: interrogatives, spoken fillers and elided forms seen when users drop the apostrophe.
const FRENCH_QUESTION_WORDS = [
  "combien",
  "quoi",
  "comment",
  "pourquoi",
  "quand",
  "ca",
  "ça",
  "cela",
  "ceci",
  "y",
  "alors",
  "donc",
  "oui",
  "non",
  "bah",
  "ben",
  "bon",
  "voila",
  "voilà",
  "svp",
  "stp",
  "lequel",
  "laquelle",
  "lesquels",
  "lesquelles",
  "dont",
  "quoi",
  "tout",
  "tous",
  "toute",
  "toutes",
  "aussi",
  "très",
  "plus",
  "moins",
  "fait",
  "faire",
  "font",
  "va",
  "vont",
  "aller",
  "il",
  "elles",
  "jusqu",
  "lorsqu",
  "puisqu",
  "quoiqu",
  "si",
  "ni",
  "car",
  "chez",
  "vers",
  "entre",
  "comme",
  // Adverbs and prepositions of place, time and degree that frame a question, not its topic.
  "près",
  "fois",
  "encore",
  "déjà",
  "toujours",
  "jamais",
  "là",
  "ici",
  "maintenant",
  "puis",
  "ensuite",
  "vraiment",
  "beaucoup",
  "peu",
  "trop",
  "assez",
  "bien",
  "rien",
  "quelque",
  "quelqu",
  "chose",
  "truc",
  "genre",
  "sinon",
  "savoir",
  "sais",
  "sait",
  "dire",
  "dit",
  "dis",
  "exactement",
];

const ENGLISH_QUESTION_WORDS = [
  "whats",
  "why",
  "when",
  "ll",
  "ve",
  "re",
  "yet",
  "already",
  "ever",
  "really",
  "please",
  "tell",
  "know",
  "does",
  "doing",
  "done",
  "will",
  "shall",
  "which",
  "whom",
  "whose",
  "s",
  "t",
  "d",
];

const FRENCH_STOPWORDS = new Set([...fra, ...FRENCH_QUESTION_WORDS].map(foldWord));
const ENGLISH_STOPWORDS = new Set([...eng, ...ENGLISH_QUESTION_WORDS].map(foldWord));

/** True when the (folded) word carries no topic in that language. */
export function isStopword(word: string, language: AnalysisLanguage = "fr"): boolean {
  const folded = foldWord(word);
  return language === "fr" ? FRENCH_STOPWORDS.has(folded) : ENGLISH_STOPWORDS.has(folded);
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
 * `prendr`), which Snowball alone cannot give.
 */
export function termOf(word: string, language: AnalysisLanguage = "fr"): string {
  const lower = word.toLowerCase();
  const cache = stemCache[language];
  const cached = cache.get(lower);
  if (cached !== undefined) return cached;
  const term = /^\p{N}+$/u.test(lower)
    ? lower
    : ((language === "fr" ? verbTermOf(foldWord(lower)) : undefined) ??
      foldWord(stemmers[language].stem(lower)));
  if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
  cache.set(lower, term);
  return term;
}

// Hyphenated fillers that split into words that would look meaningful (`bas`, `être`).
const FILLER_COMPOUNDS =
  /(?<![\p{L}\p{N}])(?:là-bas|la-bas|là-dessus|là-dedans|là-haut|est-ce|peut-être|peut-etre|c['’]est-à-dire|ci-dessus|ci-dessous|celui-ci|celle-ci|ceux-ci|celles-ci|celui-là|celle-là|ceux-là|qu['’]est-ce)(?![\p{L}\p{N}])/giu;

/** Blanks out hyphenated fillers (`là-bas`, `est-ce`) with spaces of the same length, so offsets stay true. */
export function blankFillers(text: string): string {
  return text.replace(FILLER_COMPOUNDS, (filler) => " ".repeat(filler.length));
}

/**
 * Analyzes a text the same way for indexing and for querying: tokenize, drop stopwords and
 * one-letter words, stem and fold. Offsets point into the text as given.
 */
export function analyze(text: string, language: AnalysisLanguage = "fr"): AnalyzedToken[] {
  const result: AnalyzedToken[] = [];
  for (const token of tokenize(blankFillers(text))) {
    const term = contentTermOf(token.surface, language);
    if (term !== null) result.push({ ...token, term });
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
 * Guesses whether a short question is written in English or French from its function words.
 * French wins ties, since most users write French.
 */
export function detectLanguage(text: string): AnalysisLanguage {
  let french = 0;
  let english = 0;
  for (const { surface } of tokenize(text)) {
    const folded = foldWord(surface);
    if (FRENCH_STOPWORDS.has(folded)) french++;
    if (ENGLISH_STOPWORDS.has(folded)) english++;
  }
  return english > french ? "en" : "fr";
}
