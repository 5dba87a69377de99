/**
 * French opposite pairs: WordNet's antonym pointers between dominant senses, carried over to the
 * French lemmas of both synsets, merged with the hand-written pairs of `curated-antonyms.tsv`.
 */
import { buildFrenchLookup, translatesAnotherWord, type FrenchLookup } from "./en-fr.js";
import { isUsableFrenchWord } from "./french-words.js";
import type { SynsetLemmas } from "./omw.js";
import { selectDominantSenses } from "./senses.js";
import { formatTsv, parseTsv } from "./tsv.js";
import type { WordNet } from "./wordnet.js";

/** The sources the antonym lexicon is joined from. */
export interface AntonymSources {
  wordnet: WordNet;
  wolf: SynsetLemmas;
  wiktionary: SynsetLemmas;
  /** French word → number of thesaurus lists it appears in (words it does not know are skipped). */
  frenchMentions: Map<string, number>;
  /** The text of `curated-antonyms.tsv`. */
  curatedTsv: string;
}

/** One row of `fr-antonyms.tsv`. */
export interface AntonymRow {
  word: string;
  antonym: string;
  /** Sorted source names: `curated`, `wikt`, `wolf`. */
  sources: string[];
}

/** The header row of `fr-antonyms.tsv`. */
export const ANTONYM_HEADER = ["word", "antonym", "sources"] as const;

/** The header row of `curated-antonyms.tsv`: two groups of opposite words, comma-separated. */
export const CURATED_ANTONYM_HEADER = ["words", "opposites"] as const;

/** Synsets with more usable French lemmas than this are not used (mixed translations). */
const MAX_SYNSET_WORDS = 3;

type PairSources = Map<string, Set<string>>;

function addPair(pairs: PairSources, a: string, b: string, source: string): void {
  if (a === b) return;
  for (const key of [`${a}\t${b}`, `${b}\t${a}`]) {
    pairs.set(key, (pairs.get(key) ?? new Set()).add(source));
  }
}

/** Reads the curated groups: every word of one cell is an opposite of every word of the other. */
export function parseCuratedAntonyms(text: string): [string[], string[]][] {
  return parseTsv(text, CURATED_ANTONYM_HEADER, "curated-antonyms.tsv").map(
    ([words, opposites]) => [(words ?? "").split(","), (opposites ?? "").split(",")],
  );
}

/**
 * The French lemmas of a synset that translate its English word `english`, known to the
 * thesaurus; none when the synset has too many.
 */
function frenchOf(
  lemmas: SynsetLemmas,
  lookup: FrenchLookup,
  english: string,
  synsetId: string,
  mentions: Map<string, number>,
): string[] {
  const words = (lemmas.get(synsetId) ?? []).filter(
    (word) =>
      isUsableFrenchWord(word) &&
      (mentions.get(word) ?? 0) > 0 &&
      !translatesAnotherWord(lookup, english, synsetId, word),
  );
  return words.length <= MAX_SYNSET_WORDS ? words : [];
}

function isDominantSense(wordnet: WordNet, lemma: string, synsetId: string): boolean {
  return selectDominantSenses(wordnet, lemma).some((sense) => sense.synsetId === synsetId);
}

/**
 * Adds the French pairs of WordNet's lexical antonym pointers whose two ends are dominant senses
 * of their English words, from one French wordnet (`source`).
 */
export function addWordnetAntonyms(
  pairs: PairSources,
  sources: AntonymSources,
  lemmas: SynsetLemmas,
  source: string,
  lookup: FrenchLookup = buildFrenchLookup(sources),
): void {
  const { wordnet } = sources;
  for (const synset of wordnet.synsets.values()) {
    for (const pointer of synset.antonyms) {
      const target = wordnet.synsets.get(pointer.targetId);
      const english = synset.words[pointer.sourceWord]?.toLowerCase();
      const opposite = target?.words[pointer.targetWord]?.toLowerCase();
      if (target === undefined || english === undefined || opposite === undefined) continue;
      if (!isDominantSense(wordnet, english, synset.id)) continue;
      if (!isDominantSense(wordnet, opposite, target.id)) continue;
      const { frenchMentions } = sources;
      const left = frenchOf(lemmas, lookup, english, synset.id, frenchMentions);
      const right = frenchOf(lemmas, lookup, opposite, target.id, frenchMentions);
      for (const a of left) {
        for (const b of right)
          if (!left.includes(b) && !right.includes(a)) addPair(pairs, a, b, source);
      }
    }
  }
}

/** Builds the antonym rows, each pair in both directions. */
export function buildAntonymRows(sources: AntonymSources): AntonymRow[] {
  const pairs: PairSources = new Map();
  const lookup = buildFrenchLookup(sources);
  addWordnetAntonyms(pairs, sources, sources.wolf, "wolf", lookup);
  addWordnetAntonyms(pairs, sources, sources.wiktionary, "wikt", lookup);
  for (const [words, opposites] of parseCuratedAntonyms(sources.curatedTsv)) {
    for (const a of words) for (const b of opposites) addPair(pairs, a, b, "curated");
  }
  return [...pairs].map(([key, names]) => {
    const [word = "", antonym = ""] = key.split("\t");
    return { word, antonym, sources: [...names].sort() };
  });
}

/** Formats antonym rows as the text of `fr-antonyms.tsv`. */
export function formatAntonymTsv(rows: readonly AntonymRow[]): string {
  return formatTsv(
    ANTONYM_HEADER,
    rows.map((row) => [row.word, row.antonym, row.sources.join(",")]),
  );
}
