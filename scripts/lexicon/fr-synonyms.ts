/**
 * Joining WOLF, the Wiktionary-derived French wordnet and mythes-fr into French synonym pairs:
 * lemmas sharing a dominant synset, and thesaurus pairs that are reciprocal or come from a short
 * list. Pairs are undirected; the file lists each in both directions.
 */
import { isUsableFrenchWord } from "./french-words.js";
import type { Thesaurus } from "./mythes.js";
import type { SynsetLemmas } from "./omw.js";
import { compareCodeUnits, formatTsv, formatWeight } from "./tsv.js";

/** The sources the synonym lexicon is joined from. */
export interface SynonymSources {
  wolf: SynsetLemmas;
  wiktionary: SynsetLemmas;
  thesaurus: Thesaurus;
  /** Synsets that are a dominant sense of at least one English lemma ({@link collectDominantSynsets}). */
  dominantSynsets: ReadonlySet<string>;
  /** French word → number of thesaurus lists it appears in. */
  frenchMentions: Map<string, number>;
}

/** Thresholds of {@link buildSynonymRows}. */
export interface SynonymOptions {
  /** Synsets with more usable French lemmas than this are skipped (mixed or over-generated). */
  maxSynsetWords: number;
  /** A thesaurus sense list this short is trusted without reciprocity. */
  maxShortSenseList: number;
  /** At most this many synonyms per word (the best ones); a pair is kept when both words keep it. */
  maxSynonymsPerWord: number;
  /** A reciprocal thesaurus pair is kept when each word is among the first this-many of the other's list. */
  maxReciprocalRank: number;
  /** A pair found only in a wordnet is kept when each word has at most this many synsets there. */
  maxSynsetsOfWordnetOnlyWord: number;
}

/** Defaults of {@link buildSynonymRows}. */
export const defaultSynonymOptions: SynonymOptions = {
  maxSynsetWords: 6,
  maxShortSenseList: 2,
  maxSynonymsPerWord: 10,
  maxReciprocalRank: 5,
  maxSynsetsOfWordnetOnlyWord: 3,
};

/** One row of `fr-synonyms.tsv`. */
export interface SynonymRow {
  word: string;
  synonym: string;
  /** Confidence in (0, 1). */
  weight: number;
  /** Sorted source names: `mythes`, `wikt`, `wolf`. */
  sources: string[];
}

/** The header row of `fr-synonyms.tsv`. */
export const SYNONYM_HEADER = ["word", "synonym", "weight", "sources"] as const;

/** What is known about one undirected pair. */
interface PairEvidence {
  sources: Set<string>;
  /** Each word lists the other in the thesaurus. */
  reciprocal: boolean;
}

function pairKey(a: string, b: string): string {
  return compareCodeUnits(a, b) < 0 ? `${a}\t${b}` : `${b}\t${a}`;
}

/** Folds accents and hyphens, so that spelling variants ("clé"/"clef" aside) are not paired. */
function foldSpelling(word: string): string {
  return word.normalize("NFD").replace(/[\u0300-\u036f'-]/g, "");
}

function addEvidence(
  pairs: Map<string, PairEvidence>,
  a: string,
  b: string,
  source: string,
  reciprocal = false,
): void {
  if (foldSpelling(a) === foldSpelling(b)) return;
  const key = pairKey(a, b);
  const evidence = pairs.get(key) ?? { sources: new Set<string>(), reciprocal: false };
  evidence.sources.add(source);
  evidence.reciprocal ||= reciprocal;
  pairs.set(key, evidence);
}

function isKnown(word: string, mentions: Map<string, number>): boolean {
  return (mentions.get(word) ?? 0) > 0;
}

/** Adds the pairs of lemmas that share a dominant synset in one French wordnet. */
export function addWordnetPairs(
  pairs: Map<string, PairEvidence>,
  lemmas: SynsetLemmas,
  source: string,
  sources: SynonymSources,
  options: SynonymOptions,
): void {
  for (const [id, words] of lemmas) {
    if (!sources.dominantSynsets.has(id)) continue;
    const usable = words.filter(
      (word) => isUsableFrenchWord(word) && isKnown(word, sources.frenchMentions),
    );
    if (usable.length < 2 || usable.length > options.maxSynsetWords) continue;
    for (const [i, a] of usable.entries()) {
      for (const b of usable.slice(i + 1)) addEvidence(pairs, a, b, source);
    }
  }
}

/** 0-based position of `word` in the sense lists of `head` (the best one), or `Infinity`. */
function rankInEntry(thesaurus: Thesaurus, head: string, word: string): number {
  const ranks = (thesaurus.get(head)?.senses ?? [])
    .map((sense) => sense.synonyms.indexOf(word))
    .filter((rank) => rank >= 0);
  return Math.min(Infinity, ...ranks);
}

/**
 * Adds thesaurus pairs that are reciprocal with both words near the head of each other's list
 * (mythes-fr lists run from the main sense to looser ones), or that come from a short list.
 */
export function addThesaurusPairs(
  pairs: Map<string, PairEvidence>,
  thesaurus: Thesaurus,
  wordnetLemmas: ReadonlySet<string>,
  options: SynonymOptions,
): void {
  // Only words that a French wordnet also lists as lemmas: mythes-fr has inflected head words
  // ("fléchis", "commerces") and rare words whose lists drift.
  const isLemma = (word: string): boolean => isUsableFrenchWord(word) && wordnetLemmas.has(word);
  for (const entry of thesaurus.values()) {
    if (!isLemma(entry.word)) continue;
    for (const sense of entry.senses) {
      const usable = sense.synonyms.filter((synonym) => synonym !== entry.word && isLemma(synonym));
      for (const [rank, synonym] of sense.synonyms.entries()) {
        if (!usable.includes(synonym)) continue;
        const backRank = rankInEntry(thesaurus, synonym, entry.word);
        const reciprocal = rank < options.maxReciprocalRank && backRank < options.maxReciprocalRank;
        if (reciprocal || usable.length <= options.maxShortSenseList) {
          addEvidence(pairs, entry.word, synonym, "mythes", reciprocal);
        }
      }
    }
  }
}

/**
 * Weight of a pair, below 1: highest when the thesaurus and a wordnet agree, then when both
 * wordnets agree, then a reciprocal thesaurus pair, a single wordnet, a one-way thesaurus pair.
 */
export function weighPair(evidence: PairEvidence): number {
  const wordnets = ["wolf", "wikt"].filter((source) => evidence.sources.has(source)).length;
  const mythes = evidence.sources.has("mythes");
  if (mythes && wordnets > 0) return evidence.reciprocal ? 0.9 : 0.8;
  if (wordnets === 2) return 0.8;
  if (mythes) return evidence.reciprocal ? 0.6 : 0.4;
  return 0.5;
}

function capPerWord(
  rows: readonly SynonymRow[],
  mentions: Map<string, number>,
  max: number,
): Set<string> {
  const byWord = new Map<string, SynonymRow[]>();
  for (const row of rows) {
    const list = byWord.get(row.word) ?? [];
    list.push(row);
    byWord.set(row.word, list);
  }
  const kept = new Set<string>();
  for (const list of byWord.values()) {
    list.sort(
      (a, b) =>
        b.weight - a.weight ||
        (mentions.get(b.synonym) ?? 0) - (mentions.get(a.synonym) ?? 0) ||
        compareCodeUnits(a.synonym, b.synonym),
    );
    for (const row of list.slice(0, max)) kept.add(`${row.word}\t${row.synonym}`);
  }
  return kept;
}

/** French lemma → number of distinct synsets holding it in the given wordnets. */
function countSynsetsOfWords(wordnets: readonly SynsetLemmas[]): Map<string, number> {
  const synsets = new Map<string, Set<string>>();
  for (const lemmas of wordnets) {
    for (const [id, words] of lemmas) {
      for (const word of words) synsets.set(word, (synsets.get(word) ?? new Set()).add(id));
    }
  }
  return new Map([...synsets].map(([word, ids]) => [word, ids.size]));
}

/**
 * Builds the synonym rows, each pair in both directions. A pair found only in a wordnet is kept
 * only between words with few senses there, since WOLF does not say which sense of a French word
 * is the usual one ("police" sits in the synset of "font").
 */
export function buildSynonymRows(
  sources: SynonymSources,
  options: SynonymOptions = defaultSynonymOptions,
): SynonymRow[] {
  const pairs = new Map<string, PairEvidence>();
  addWordnetPairs(pairs, sources.wolf, "wolf", sources, options);
  addWordnetPairs(pairs, sources.wiktionary, "wikt", sources, options);
  const synsetCounts = countSynsetsOfWords([sources.wolf, sources.wiktionary]);
  addThesaurusPairs(pairs, sources.thesaurus, new Set(synsetCounts.keys()), options);
  const rows: SynonymRow[] = [];
  for (const [key, evidence] of pairs) {
    const [a = "", b = ""] = key.split("\t");
    if (!evidence.sources.has("mythes")) {
      const max = options.maxSynsetsOfWordnetOnlyWord;
      if ((synsetCounts.get(a) ?? 0) > max || (synsetCounts.get(b) ?? 0) > max) continue;
    }
    const weight = weighPair(evidence);
    const names = [...evidence.sources].sort();
    rows.push({ word: a, synonym: b, weight, sources: names });
    rows.push({ word: b, synonym: a, weight, sources: names });
  }
  const kept = capPerWord(rows, sources.frenchMentions, options.maxSynonymsPerWord);
  return rows.filter(
    (row) => kept.has(`${row.word}\t${row.synonym}`) && kept.has(`${row.synonym}\t${row.word}`),
  );
}

/** Formats synonym rows as the text of `fr-synonyms.tsv`. */
export function formatSynonymTsv(rows: readonly SynonymRow[]): string {
  return formatTsv(
    SYNONYM_HEADER,
    rows.map((row) => [row.word, row.synonym, formatWeight(row.weight), row.sources.join(",")]),
  );
}
