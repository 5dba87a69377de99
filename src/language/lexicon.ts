import { readFileSync } from "node:fs";
import type { AliasGroups } from "../corpus/types.js";
import { analyze, termOf } from "./analyze.js";

/** A word of a lexicon as index terms, with the confidence its source gives it, in (0, 1]. */
export interface LexiconWord {
  terms: readonly string[];
  weight: number;
}

/**
 * The general lexicons as `scripts/lexicon/compile.ts` writes them (`data/lexicon.json`): every
 * key and word already analysed into index terms, so start-up only reads them. Words are their
 * terms joined by spaces, each with its confidence.
 */
export interface CompiledLexicon {
  format: 1;
  /** English term (Snowball English) → French words. */
  english: Record<string, [words: string, weight: number][]>;
  /** French term → French synonyms. */
  synonyms: Record<string, [words: string, weight: number][]>;
  /** Term of a familiar, chat or abbreviated word → the standard words (`bagnol` → `voitur`). */
  familiar: Record<string, [words: string, weight: number][]>;
  /** Term of an acronym → the words it stands for. */
  acronyms: Record<string, [words: string, weight: number][]>;
  /** French term → words of the opposite meaning. */
  antonyms: Record<string, string[]>;
  /** Irregular English form → its base word's English term (`fled` → `flee`), where translated. */
  englishForms: Record<string, string>;
  /** Terms of the French dictionary's common words (lemmas), names left out. */
  commonWords: string[];
  /** French phonetic keys of those words: a misspelt common word still sounds like one. */
  commonSounds: string[];
  /** The dictionary's names, folded (`lyon`, `sncf`), when no common word is spelt alike. */
  names: string[];
}

/** The general lexicons as look-ups by index term. */
export interface GeneralLexicon {
  english: ReadonlyMap<string, readonly LexiconWord[]>;
  synonyms: ReadonlyMap<string, readonly LexiconWord[]>;
  familiar: ReadonlyMap<string, readonly LexiconWord[]>;
  acronyms: ReadonlyMap<string, readonly LexiconWord[]>;
  antonyms: ReadonlyMap<string, readonly LexiconWord[]>;
  /** Every French term some lexicon knows as a common word (keys and words alike). */
  frenchTerms: ReadonlySet<string>;
  /** Irregular English form → its base word's English term. */
  englishForms: ReadonlyMap<string, string>;
  /** Phonetic keys of the dictionary's common words. */
  commonSounds: ReadonlySet<string>;
  /** Folded names of the dictionary. */
  names: ReadonlySet<string>;
}

/** Turns compiled lexicons into look-ups. */
export function generalLexiconFrom(compiled: CompiledLexicon): GeneralLexicon {
  const frenchTerms = new Set<string>(compiled.commonWords);
  const lookup = (table: Record<string, [string, number][]>, french: boolean) => {
    const map = new Map<string, LexiconWord[]>();
    for (const [key, words] of Object.entries(table)) {
      if (french) frenchTerms.add(key);
      map.set(
        key,
        words.map(([joined, weight]) => {
          const terms = joined.split(" ");
          for (const term of terms) frenchTerms.add(term);
          return { terms, weight };
        }),
      );
    }
    return map;
  };
  const antonyms = Object.fromEntries(
    Object.entries(compiled.antonyms).map(([key, words]) => [
      key,
      words.map((word): [string, number] => [word, 1]),
    ]),
  );
  return {
    english: lookup(compiled.english, false),
    synonyms: lookup(compiled.synonyms, true),
    familiar: lookup(compiled.familiar, false),
    acronyms: lookup(compiled.acronyms, false),
    antonyms: lookup(antonyms, true),
    frenchTerms,
    englishForms: new Map(Object.entries(compiled.englishForms)),
    commonSounds: new Set(compiled.commonSounds),
    names: new Set(compiled.names),
  };
}

/** Where the shipped compiled lexicons live. */
export const LEXICON_DATA_URL = new URL("./data/lexicon.json", import.meta.url);

let shipped: GeneralLexicon | undefined;

/** The lexicons shipped with Gazette (`src/language/data/`), read once per process on first use. */
export function shippedLexicon(): GeneralLexicon {
  shipped ??= generalLexiconFrom(
    JSON.parse(readFileSync(LEXICON_DATA_URL, "utf8")) as CompiledLexicon,
  );
  return shipped;
}

/** An alias name as a sequence of index terms, and the terms of every other name of its group. */
export interface AliasPhrase {
  terms: readonly string[];
  alternatives: readonly (readonly string[])[];
}

const NONE: readonly LexiconWord[] = [];

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

  /** The English term to translate a word by: its base's for an irregular form (`fled` → `flee`). */
  englishTermOf(word: string): string {
    const lower = word.toLowerCase();
    return this.#general.englishForms.get(lower) ?? termOf(lower, "en");
  }

  /** French synonyms of a French term. */
  synonymsOf(term: string): readonly LexiconWord[] {
    return this.#general.synonyms.get(term) ?? NONE;
  }

  /** Standard words for a familiar, chat or abbreviated one. */
  standardOf(term: string): readonly LexiconWord[] {
    return this.#general.familiar.get(term) ?? NONE;
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

  /** Whether a common French word has this phonetic key (a misspelling of a real word). */
  soundsCommon(key: string): boolean {
    return this.#general.commonSounds.has(key);
  }

  /** Whether some lexicon knows the term as a common French word (not a name). */
  isCommonWord(term: string): boolean {
    return this.#general.frenchTerms.has(term) || this.#general.familiar.has(term);
  }
}

/** Alias names keep short words (`EI`, `IS`) that ordinary analysis would drop as too short. */
function aliasTerms(name: string): string[] {
  const terms = analyze(name).map((token) => token.term);
  if (terms.length > 0) return terms;
  const word = name.trim();
  return word.length >= 2 ? [termOf(word)] : [];
}
