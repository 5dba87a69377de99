import type { AliasGroups } from "../corpus/types.js";
import { analyze, termOf } from "../text/analyze.js";
import { englishToFrench } from "./lexicon/en-fr.js";
import { frenchSynonymGroups } from "./lexicon/fr-synonyms.js";

/** General word lists that widen a question beyond its literal words. */
export interface LexiconSources {
  /** English word → French translations (see `lexicon/en-fr.ts`). */
  englishToFrench: Readonly<Record<string, readonly string[]>>;
  /** Groups of French words a reader may use for one another (see `lexicon/fr-synonyms.ts`). */
  frenchSynonyms: readonly (readonly string[])[];
}

/** The general lexicons shipped with Gazette. */
export const defaultLexiconSources: LexiconSources = {
  englishToFrench,
  frenchSynonyms: frenchSynonymGroups,
};

/** An alias name as a sequence of index terms, and the terms of every other name of its group. */
export interface AliasPhrase {
  terms: string[];
  alternatives: string[][];
}

/**
 * Lexicons turned into lookups by index term: English stem → French terms, French term → synonym
 * terms, and the corpus's alias groups as term sequences.
 */
export class Lexicon {
  readonly #english = new Map<string, Set<string>>();
  readonly #synonyms = new Map<string, Set<string>>();
  readonly aliasPhrases: readonly AliasPhrase[];

  constructor(sources: LexiconSources, aliases: AliasGroups) {
    for (const [english, french] of Object.entries(sources.englishToFrench)) {
      const key = termOf(english, "en");
      const set = this.#english.get(key) ?? new Set<string>();
      for (const word of french) for (const { term } of analyze(word)) set.add(term);
      this.#english.set(key, set);
    }
    for (const group of sources.frenchSynonyms) {
      const terms = [...new Set(group.flatMap((word) => analyze(word).map((token) => token.term)))];
      for (const term of terms) {
        const set = this.#synonyms.get(term) ?? new Set<string>();
        for (const other of terms) if (other !== term) set.add(other);
        this.#synonyms.set(term, set);
      }
    }
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

  /** French terms for an English word (given as its English stem). */
  translate(englishStem: string): readonly string[] {
    return [...(this.#english.get(englishStem) ?? [])];
  }

  /** Synonym terms of a French term. */
  synonymsOf(term: string): readonly string[] {
    return [...(this.#synonyms.get(term) ?? [])];
  }
}

/** Alias names keep short words (`EI`, `IS`) that ordinary analysis would drop as too short. */
function aliasTerms(name: string): string[] {
  const terms = analyze(name).map((token) => token.term);
  if (terms.length > 0) return terms;
  const word = name.trim();
  return word.length >= 2 ? [termOf(word)] : [];
}
