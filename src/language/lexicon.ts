import { readFileSync } from "node:fs";
import type { AliasGroups } from "../corpus/types.js";
import { analyze, termOf } from "./analyze.js";

/** Longest lexicon key, in content words (`cost of living`, `panier à salade`: two). */
export const MAX_KEY_WORDS = 3;

/**
 * Adverb particles of English phrasal verbs (`take off`, `step down`, `lay off`): a lexicon key
 * of a verb and one of them keeps both, stopwords or not, since the particle makes the meaning.
 */
export const PARTICLES: ReadonlySet<string> = new Set(
  "up down off out over back away in into on for through apart ahead forward around".split(" "),
);

/** The lexicon key of an English phrasal verb: the verb's English term, then the particle. */
export function phrasalKey(verbTerm: string, particle: string): string {
  return `${verbTerm} ${particle}`;
}

/** A word of a lexicon as index terms, with the confidence its source gives it, in (0, 1]. */
export interface LexiconWord {
  terms: readonly string[];
  weight: number;
  /**
   * For a one-term target word (a translation, a familiar word's standard), the words, folded, it
   * was written as (`détenu`): its synonyms are theirs, not every word of its term's.
   */
  words?: readonly string[];
}

/** Sets a one-term word's written words after its terms in the compiled file (`deten|detenu`). */
export const WORDS_MARK = "|";

/**
 * The general lexicons as `scripts/lexicon/compile.ts` writes them (`data/lexicon.txt`): every
 * key and word already analysed into index terms, so start-up only reads them. Words are their
 * terms joined by spaces, each with its confidence.
 */
export interface CompiledLexicon {
  format: 2;
  /** English term (Snowball English) → French words. */
  english: Record<string, [words: string, weight: number][]>;
  /**
   * An English word that shares its term with a shorter one (`striking`, `strike`) → its own
   * French words, which count less under the term.
   */
  englishWords: Record<string, [words: string, weight: number][]>;
  /** French term → French synonyms. */
  synonyms: Record<string, [words: string, weight: number][]>;
  /**
   * A French word, folded, whose term several words share (`traitement`, `traite`, `traité`:
   * `trait`) → its own synonyms, so a question word gets those of its word, not the salary and
   * the medicine of every word of its term.
   */
  synonymWords: Record<string, [words: string, weight: number][]>;
  /**
   * French term → the words, folded, space-joined, whose synonyms it holds (`traite traitement`;
   * `detenteur` alone), so a target word knows whether its term's synonyms are its own.
   */
  termWords: Record<string, string>;
  /** Term of a familiar, chat or abbreviated word → the standard words (`bagnol` → `voitur`). */
  familiar: Record<string, [words: string, weight: number][]>;
  /**
   * A familiar word, folded, whose term another familiar word shares (`boss`, `bosser`: `boss`)
   * → its own standard words, so `boss` means the chief and not to work.
   */
  familiarWords: Record<string, [words: string, weight: number][]>;
  /** Term several familiar words share → those words, folded, space-joined (`boss bosser`). */
  familiarTermWords: Record<string, string>;
  /** Term of an acronym → the words it stands for. */
  acronyms: Record<string, [words: string, weight: number][]>;
  /** French term → words of the opposite meaning. */
  antonyms: Record<string, string[]>;
  /** Irregular English form → its base word's English term (`fled` → `flee`), where translated. */
  englishForms: Record<string, string>;
  /**
   * Terms of every common French word known: the dictionary's lemmas (names left out) and every
   * French word of the tables above, space-joined (one string parses much faster than an array).
   */
  commonWords: string;
  /** French phonetic keys of the dictionary's common words, space-joined. */
  commonSounds: string;
  /** The dictionary's names, folded (`lyon`, `sncf`), when no common word is spelt alike; space-joined. */
  names: string;
  /**
   * The dictionary's words that are only ever nouns, folded (`paludisme`, `rugby`), with the parts
   * of its compound nouns that are no common word (`kouign`); space-joined.
   */
  nouns: string;
}

/** The general lexicons as look-ups by index term. */
export interface GeneralLexicon {
  english: WordTable;
  englishWords: WordTable;
  synonyms: WordTable;
  synonymWords: WordTable;
  /** French term → the words, folded, whose synonyms it holds. */
  termWords: ReadonlyMap<string, readonly string[]>;
  familiar: WordTable;
  familiarWords: WordTable;
  /** Term several familiar words share → those words, folded. */
  familiarTermWords: ReadonlyMap<string, readonly string[]>;
  acronyms: WordTable;
  antonyms: WordTable;
  /** Every French term some lexicon knows as a common word (keys and words alike). */
  frenchTerms: TermSet;
  /** Irregular English form → its base word's English term. */
  englishForms: ReadonlyMap<string, string>;
  /** Phonetic keys of the dictionary's common words. */
  commonSounds: TermSet;
  /** Folded names of the dictionary. */
  names: TermSet;
  /** Folded words of the dictionary that are only ever nouns. */
  nouns: TermSet;
}

/** A set of terms, as the look-ups need it. */
export interface TermSet {
  has(term: string): boolean;
}

/**
 * A space-joined list of tens of thousands of terms, made into a set on its first look-up: start-up
 * only keeps the string.
 */
class LazyTermSet implements TermSet {
  #joined: string;
  #set: Set<string> | null = null;

  constructor(joined: string) {
    this.#joined = joined;
  }

  has(term: string): boolean {
    if (!this.#set) {
      this.#set = new Set(this.#joined.split(" "));
      this.#joined = "";
    }
    return this.#set.has(term);
  }
}

/** Turns compiled lexicons (in their object form) into look-ups. */
export function generalLexiconFrom(compiled: CompiledLexicon): GeneralLexicon {
  const antonyms = Object.fromEntries(
    Object.entries(compiled.antonyms).map(([key, words]) => [
      key,
      words.map((word): [string, number] => [word, 1]),
    ]),
  );
  return {
    english: WordTable.fromRecord(compiled.english),
    englishWords: WordTable.fromRecord(compiled.englishWords),
    synonyms: WordTable.fromRecord(compiled.synonyms),
    synonymWords: WordTable.fromRecord(compiled.synonymWords),
    termWords: new Map(
      Object.entries(compiled.termWords).map(([term, words]) => [term, words.split(" ")]),
    ),
    familiar: WordTable.fromRecord(compiled.familiar),
    familiarWords: WordTable.fromRecord(compiled.familiarWords),
    familiarTermWords: splitWords(compiled.familiarTermWords),
    acronyms: WordTable.fromRecord(compiled.acronyms),
    antonyms: WordTable.fromRecord(antonyms),
    frenchTerms: new Set(compiled.commonWords.split(" ")),
    englishForms: new Map(Object.entries(compiled.englishForms)),
    commonSounds: new Set(compiled.commonSounds.split(" ")),
    names: new Set(compiled.names.split(" ")),
    nouns: new Set(compiled.nouns.split(" ")),
  };
}

/**
 * One compiled table as a look-up by key. Each key's words are kept as the compiled file writes
 * them (`terms:weight;terms:weight`) and made into {@link LexiconWord}s the first time the key is
 * asked for, so start-up does not turn tens of thousands of entries it may never read.
 */
export class WordTable {
  readonly #encoded: ReadonlyMap<string, string>;
  readonly #read = new Map<string, readonly LexiconWord[]>();

  constructor(encoded: ReadonlyMap<string, string>) {
    this.#encoded = encoded;
  }

  /** A table from its object form (as {@link CompiledLexicon} holds it). */
  static fromRecord(record: Record<string, [words: string, weight: number][]>): WordTable {
    return new WordTable(
      new Map(Object.entries(record).map(([key, words]) => [key, encodeWords(words)])),
    );
  }

  has(key: string): boolean {
    return this.#encoded.has(key);
  }

  get(key: string): readonly LexiconWord[] | undefined {
    const known = this.#read.get(key);
    if (known) return known;
    const encoded = this.#encoded.get(key);
    if (encoded === undefined) return undefined;
    const words = encoded.split(";").map(decodeWord);
    this.#read.set(key, words);
    return words;
  }
}

/** One word as the compiled file writes it: `terms:weight`, or `terms|words:weight`. */
function decodeWord(entry: string): LexiconWord {
  const colon = entry.lastIndexOf(":");
  const weight = Number(entry.slice(colon + 1));
  const [joined = "", words] = entry.slice(0, colon).split(WORDS_MARK);
  const terms = joined.split(" ");
  return words === undefined ? { terms, weight } : { terms, weight, words: words.split(",") };
}

/** A key's words as the compiled file writes them: `terms:weight;terms:weight`. */
export function encodeWords(words: readonly (readonly [string, number])[]): string {
  return words.map(([terms, weight]) => `${terms}:${weight}`).join(";");
}

/** Where the shipped compiled lexicons live. */
export const LEXICON_DATA_URL = new URL("./data/lexicon.txt", import.meta.url);

/** First line of the compiled file (`scripts/lexicon/compile.ts` writes it). */
export const LEXICON_FORMAT = "gazette-lexicon 2";

let shipped: GeneralLexicon | undefined;

/** The lexicons shipped with Gazette (`src/language/data/`), read once per process on first use. */
export function shippedLexicon(): GeneralLexicon {
  shipped ??= parseLexiconText(readFileSync(LEXICON_DATA_URL, "utf8"));
  return shipped;
}

/**
 * Reads the compiled file: its format line, then sections (`[english]`) of `key<TAB>value` lines;
 * the word lists (`[commonWords]`…) are one line of space-joined terms. Line splitting only:
 * the words of a key are read when first asked for ({@link WordTable}).
 */
export function parseLexiconText(text: string): GeneralLexicon {
  const lines = text.split("\n");
  if (lines[0] !== LEXICON_FORMAT)
    throw new Error(`lexicon: the file does not start with "${LEXICON_FORMAT}"`);
  const sections = new Map<string, Map<string, string>>();
  const lists = new Map<string, string>();
  let current: Map<string, string> | null = null;
  let name = "";
  for (const line of lines.slice(1)) {
    if (line.startsWith("[")) {
      name = line.slice(1, -1);
      current = new Map();
      sections.set(name, current);
    } else if (line !== "" && current) {
      const tab = line.indexOf("\t");
      if (tab < 0) lists.set(name, line);
      else current.set(line.slice(0, tab), line.slice(tab + 1));
    }
  }
  const table = (section: string) => new WordTable(sections.get(section) ?? new Map());
  const list = (section: string) => new LazyTermSet(lists.get(section) ?? "");
  return {
    english: table("english"),
    englishWords: table("englishWords"),
    synonyms: table("synonyms"),
    synonymWords: table("synonymWords"),
    termWords: new Map(
      [...(sections.get("termWords") ?? new Map<string, string>())].map(([term, words]) => [
        term,
        words.split(" "),
      ]),
    ),
    familiar: table("familiar"),
    familiarWords: table("familiarWords"),
    familiarTermWords: splitWords(Object.fromEntries(sections.get("familiarTermWords") ?? [])),
    acronyms: table("acronyms"),
    antonyms: table("antonyms"),
    frenchTerms: list("commonWords"),
    englishForms: sections.get("englishForms") ?? new Map(),
    commonSounds: list("commonSounds"),
    names: list("names"),
    nouns: list("nouns"),
  };
}

/** An alias name as a sequence of index terms, and the terms of every other name of its group. */
export interface AliasPhrase {
  terms: readonly string[];
  alternatives: readonly (readonly string[])[];
}

const NONE: readonly LexiconWord[] = [];

/**
 * Weight kept by the synonyms of the other words of a question word's term (`traitement`'s for
 * `traité`): see {@link Lexicon.synonymsOfWord}.
 */
export const OTHER_WORD_WEIGHT = 0.7;

/**
 * Everything the term resolver knows beyond the corpus's own words: the general lexicons and the
 * corpus's alias groups (names of one thing: `EI`, `Daech`, `Etat islamique`).
 */
export class Lexicon {
  readonly #general: GeneralLexicon;
  /** Longest names first, so `Etat islamique` is matched before `Etat`. */
  readonly aliasPhrases: readonly AliasPhrase[];

  constructor(general: GeneralLexicon, aliases: AliasGroups = []) {
    this.#general = general;
    const phrases: AliasPhrase[] = [];
    for (const group of aliases) {
      const names = group.map(aliasTerms).filter((terms) => terms.length > 0);
      for (const [index, terms] of names.entries()) {
        phrases.push({ terms, alternatives: names.filter((_, other) => other !== index) });
      }
    }
    this.aliasPhrases = phrases.sort((a, b) => b.terms.length - a.terms.length);
  }

  /** French words for an English word, given as its English term. */
  translate(englishTerm: string): readonly LexiconWord[] {
    return this.#general.english.get(englishTerm) ?? NONE;
  }

  /**
   * French words for an English word as typed: its own when it shares its term with a shorter
   * word (`striking` → `spectaculaire`, not `strike`'s `grève`), else its term's.
   */
  translateWord(word: string): readonly LexiconWord[] {
    return (
      this.#general.englishWords.get(word.toLowerCase()) ?? this.translate(this.englishTermOf(word))
    );
  }

  /** The English term to translate a word by: its base's for an irregular form (`fled` → `flee`). */
  englishTermOf(word: string): string {
    const lower = word.toLowerCase();
    return this.#general.englishForms.get(lower) ?? termOf(lower, "en");
  }

  /** French synonyms of a French term. */
  synonymsOf(term: string): readonly LexiconWord[] {
    return this.#general.synonyms.get(term) ?? NONE;
  }

  /**
   * French synonyms of a question word, given as its term and its folded form. When several words
   * share the term (`traitement`, `traite`: `trait`), those of the words closest to it (the longest
   * common start: `traitements` → `traitement`) count fully and the others' less
   * ({@link OTHER_WORD_WEIGHT}): they are often its family (`opposer`, `opposant`), but as often
   * another word (the treaty, not the salary).
   */
  synonymsOfWord(term: string, folded: string): readonly LexiconWord[] {
    const words = this.#general.termWords.get(term);
    if (!words) return this.synonymsOf(term);
    const closest = new Set(closestWords(words, folded));
    if (closest.size === words.length) return this.synonymsOf(term);
    return this.#synonymsOfWords(words, closest);
  }

  /**
   * French synonyms of a target word (a translation, a familiar word's standard): when the lexicon
   * keeps the words it was written as, theirs count fully and the other words' of its term less
   * ({@link OTHER_WORD_WEIGHT}), as for a question word; but a target is written as its
   * dictionary form, so only it is its own word, not every word it starts (`argent`, not
   * `argenté`); the others are its family as often as another sense (`détenu`, not `détenir`'s
   * owner). Without its words, its term's synonyms.
   */
  synonymsOfTarget(word: LexiconWord): readonly LexiconWord[] {
    const [term] = word.terms;
    if (word.terms.length !== 1 || term === undefined) return NONE;
    if (!word.words) return this.synonymsOf(term);
    const words = this.#general.termWords.get(term);
    if (!words) return NONE;
    const own = new Set(word.words);
    // One word's rows: the term's (kept by the term alone, not under the word).
    if (words.length === 1)
      return words.some((other) => own.has(other))
        ? this.synonymsOf(term)
        : this.synonymsOf(term).map((synonym) => scaled(synonym, OTHER_WORD_WEIGHT));
    return this.#synonymsOfWords(words, own);
  }

  /** The synonyms of a term's words, those of its own words fully and the others' less. */
  #synonymsOfWords(words: readonly string[], own: ReadonlySet<string>): readonly LexiconWord[] {
    const merged = new Map<string, LexiconWord>();
    for (const word of words) {
      const factor = own.has(word) ? 1 : OTHER_WORD_WEIGHT;
      for (const synonym of this.#general.synonymWords.get(word) ?? NONE) {
        const joined = synonym.terms.join(" ");
        if ((merged.get(joined)?.weight ?? 0) < synonym.weight * factor)
          merged.set(joined, scaled(synonym, factor));
      }
    }
    return [...merged.values()];
  }

  /** Standard words for a familiar, chat or abbreviated one. */
  standardOf(term: string): readonly LexiconWord[] {
    return this.#general.familiar.get(term) ?? NONE;
  }

  /**
   * Standard words for a familiar question word, given as its term and its folded form. When
   * several familiar words share the term, only the rows of the word it is (`boss`) or, for an
   * inflection, the closest ones (the longest common start, then the nearest length: `bossait` →
   * `bosser`) apply: unlike a synonym's family, two
   * familiar words of one term are rarely related (`bide`, the belly; `bidasse`, the soldier).
   */
  standardOfWord(term: string, folded: string): readonly LexiconWord[] {
    const words = this.#general.familiarTermWords.get(term);
    if (!words) return this.standardOf(term);
    const own = words.includes(folded)
      ? [folded]
      : nearestInLength(closestWords(words, folded), folded);
    return own.flatMap((word) => this.#general.familiarWords.get(word) ?? NONE);
  }

  /** The words an acronym stands for. */
  expansionsOf(term: string): readonly LexiconWord[] {
    return this.#general.acronyms.get(term) ?? NONE;
  }

  /** Words of the opposite meaning of a French term. */
  antonymsOf(term: string): readonly LexiconWord[] {
    return this.#general.antonyms.get(term) ?? NONE;
  }

  /** Whether the dictionary knows the folded word as a name (`lyon`, `sncf`). */
  isName(folded: string): boolean {
    return this.#general.names.has(folded);
  }

  /**
   * Whether the folded word, or it without a plural `s` or `x`, is a word the dictionary knows only
   * as a noun (`paludisme`, `forfaits`): a topic, where a verb or an adjective is a way of asking.
   */
  isNoun(folded: string): boolean {
    const { nouns } = this.#general;
    return nouns.has(folded) || (/[sx]$/u.test(folded) && nouns.has(folded.slice(0, -1)));
  }

  /** Whether a common French word has this phonetic key (a misspelling of a real word). */
  soundsCommon(key: string): boolean {
    return this.#general.commonSounds.has(key);
  }

  /** Whether some lexicon knows the term as a common French word (not a name). */
  isCommonWord(term: string): boolean {
    return this.#general.frenchTerms.has(term) || this.#general.familiar.has(term);
  }
}

/** A word with its weight times a factor. */
function scaled(word: LexiconWord, factor: number): LexiconWord {
  return { terms: word.terms, weight: word.weight * factor };
}

/** The words sharing the longest start with a folded word (`traitements`: `traitement`). */
function closestWords(words: readonly string[], folded: string): readonly string[] {
  const shared = words.map((word) => commonStart(word, folded));
  const longest = Math.max(...shared);
  return words.filter((_, index) => shared[index] === longest);
}

/** The words whose length is nearest a folded word's (`bossait`: `bosser` rather than `boss`). */
function nearestInLength(words: readonly string[], folded: string): readonly string[] {
  const gaps = words.map((word) => Math.abs(word.length - folded.length));
  const nearest = Math.min(...gaps);
  return words.filter((_, index) => gaps[index] === nearest);
}

/** Length of the start two words share. */
function commonStart(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

/** Alias names keep short words (`EI`, `IS`) that ordinary analysis would drop as too short. */
function aliasTerms(name: string): string[] {
  const terms = analyze(name).map((token) => token.term);
  if (terms.length > 0) return terms;
  const word = name.trim();
  return word.length >= 2 ? [termOf(word)] : [];
}

/** Term → its words, from their space-joined form (`boss bosser`). */
function splitWords(joined: Record<string, string>): ReadonlyMap<string, readonly string[]> {
  return new Map(Object.entries(joined).map(([term, words]) => [term, words.split(" ")]));
}
