import type { AliasGroups } from "../corpus/types.js";
import { analyze, termOf } from "../text/analyze.js";
import { frenchAntonymPairs } from "./lexicon/fr-antonyms.js";
import { englishToFrench } from "./lexicon/en-fr.js";
import { frenchSynonymGroups } from "./lexicon/fr-synonyms.js";

/** General word lists that widen a question beyond its literal words. */
export interface LexiconSources {
  /** English word → French translations (see `lexicon/en-fr.ts`). */
  englishToFrench: Readonly<Record<string, readonly string[]>>;
  /** Groups of French words a reader may use for one another (see `lexicon/fr-synonyms.ts`). */
  frenchSynonyms: readonly (readonly string[])[];
  /** Pairs of opposed French word groups (see `lexicon/fr-antonyms.ts`). */
  frenchAntonyms: readonly (readonly [readonly string[], readonly string[]])[];
}

/** The general lexicons shipped with Gazette. */
export const defaultLexiconSources: LexiconSources = {
  englishToFrench,
  frenchSynonyms: frenchSynonymGroups,
  frenchAntonyms: frenchAntonymPairs,
};

/** An alias name as a sequence of index terms, and the terms of every other name of its group. */
export interface AliasPhrase {
  terms: string[];
  alternatives: string[][];
}

/** A word as index terms: one term, or several for a compound (`contre-offensive`). */
export type TermSequence = readonly string[];

/**
 * Lexicons turned into lookups by index term: English stem → French words, French term → synonym
 * words, and the corpus's alias groups, every word as its sequence of index terms.
 */
export class Lexicon {
  readonly #english: ReadonlyMap<string, TermSequence[]>;
  readonly #synonyms: ReadonlyMap<string, TermSequence[]>;
  readonly #antonyms: ReadonlyMap<string, TermSequence[]>;
  readonly aliasPhrases: readonly AliasPhrase[];

  constructor(sources: LexiconSources, aliases: AliasGroups) {
    const general = generalLexiconOf(sources);
    this.#english = general.english;
    this.#synonyms = general.synonyms;
    this.#antonyms = general.antonyms;
    const phrases: AliasPhrase[] = [];
    for (const group of aliases) {
      const names = group.map((name) => aliasTerms(name)).filter((terms) => terms.length > 0);
      for (const [index, terms] of names.entries()) {
        phrases.push({ terms, alternatives: names.filter((_, other) => other !== index) });
      }
    }
    // Longest names first, so "Etat islamique" is matched before "Etat".
    this.aliasPhrases = phrases.sort((a, b) => b.terms.length - a.terms.length);
  }

  /** French words for an English word (given as its English stem). */
  translate(englishStem: string): readonly TermSequence[] {
    return this.#english.get(englishStem) ?? [];
  }

  /** Synonyms of a French word (given as its term). */
  synonymsOf(term: string): readonly TermSequence[] {
    return this.#synonyms.get(term) ?? [];
  }

  /** Words of the opposite meaning of a French word (given as its term). */
  antonymsOf(term: string): readonly TermSequence[] {
    return this.#antonyms.get(term) ?? [];
  }
}

interface GeneralLexicon {
  english: Map<string, TermSequence[]>;
  synonyms: Map<string, TermSequence[]>;
  antonyms: Map<string, TermSequence[]>;
}

// Analyzing thousands of lexicon words takes a few hundred milliseconds: done once per set of
// sources, not on every reindex (where it would also hold the event loop).
const generalLexicons = new WeakMap<LexiconSources, GeneralLexicon>();

function generalLexiconOf(sources: LexiconSources): GeneralLexicon {
  const cached = generalLexicons.get(sources);
  if (cached) return cached;
  const english = new Map<string, TermSequence[]>();
  for (const [word, french] of Object.entries(sources.englishToFrench)) {
    const key = termOf(word, "en");
    const words = english.get(key) ?? [];
    for (const translation of french) addUnique(words, termsOf(translation));
    english.set(key, words);
  }
  const synonyms = new Map<string, TermSequence[]>();
  for (const group of sources.frenchSynonyms) {
    const words: TermSequence[] = [];
    for (const word of group) addUnique(words, termsOf(word));
    for (const word of words) {
      const [key] = word;
      if (word.length !== 1 || key === undefined) continue;
      const known = synonyms.get(key) ?? [];
      for (const other of words) if (other !== word) addUnique(known, other);
      synonyms.set(key, known);
    }
  }
  const antonyms = new Map<string, TermSequence[]>();
  for (const [one, other] of sources.frenchAntonyms) {
    linkOpposites(antonyms, one, other);
    linkOpposites(antonyms, other, one);
  }
  const general = { english, synonyms, antonyms };
  generalLexicons.set(sources, general);
  return general;
}

/** Every single-term word of `words` gets each word of `opposites` as an antonym. */
function linkOpposites(
  antonyms: Map<string, TermSequence[]>,
  words: readonly string[],
  opposites: readonly string[],
): void {
  const oppositeTerms = opposites.map(termsOf);
  for (const word of words) {
    const [key, ...rest] = termsOf(word);
    if (key === undefined || rest.length > 0) continue;
    const known = antonyms.get(key) ?? [];
    for (const opposite of oppositeTerms) if (!opposite.includes(key)) addUnique(known, opposite);
    antonyms.set(key, known);
  }
}

function termsOf(word: string): string[] {
  return analyze(word).map((token) => token.term);
}

function addUnique(words: TermSequence[], word: TermSequence): void {
  if (word.length === 0) return;
  const key = word.join(" ");
  if (!words.some((known) => known.join(" ") === key)) words.push(word);
}

/** Alias names keep short words (`EI`, `IS`) that ordinary analysis would drop as too short. */
function aliasTerms(name: string): string[] {
  const terms = analyze(name).map((token) => token.term);
  if (terms.length > 0) return terms;
  const word = name.trim();
  return word.length >= 2 ? [termOf(word)] : [];
}
