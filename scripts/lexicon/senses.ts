/**
 * Choosing the senses of an English word that a news reader most likely means, from WordNet's
 * sense order and the SemCor tag counts of `cntlist.rev`.
 */
import { tagCountKey, type IndexEntry, type PartOfSpeech, type WordNet } from "./wordnet.js";

/** A kept sense of an English lemma. */
export interface DominantSense {
  synsetId: string;
  pos: PartOfSpeech;
  /** 1-based WordNet sense number within the part of speech. */
  senseNumber: number;
  /** Confidence that this is the sense meant, in (0, 1]: 1 for the first sense of the main part of speech. */
  weight: number;
}

/** Thresholds of {@link selectDominantSenses}. */
export interface SenseSelectionOptions {
  /** A sense after the first is kept when its tag count is at least this share of the lemma's total for that part of speech. */
  minShare: number;
  /** …and at least this many tags. */
  minTagCount: number;
  /** At most this many senses per part of speech. */
  maxSensesPerPos: number;
  /** A part of speech other than the most tagged one is kept when its tag total is at least this share of the top total. */
  minPosShare: number;
  /** Weight factor for senses of a part of speech that is not the most tagged one. */
  secondaryPosFactor: number;
  /** Weight factor for the first sense of a part of speech below `minPosShare` (its only kept sense). */
  minorPosFactor: number;
}

/** Defaults of {@link selectDominantSenses}. */
export const defaultSenseSelectionOptions: SenseSelectionOptions = {
  minShare: 0.2,
  minTagCount: 3,
  maxSensesPerPos: 3,
  minPosShare: 0.15,
  secondaryPosFactor: 0.8,
  minorPosFactor: 0.5,
};

function senseTagCounts(wordnet: WordNet, entry: IndexEntry): number[] {
  return entry.synsetIds.map(
    (_, i) => wordnet.tagCounts.get(tagCountKey(entry.lemma, entry.pos, i + 1)) ?? 0,
  );
}

/**
 * Whether the lemma is written with a capital in this synset (`Paris`, `French`): a proper name
 * or a nationality rather than common vocabulary.
 */
export function isProperNameSense(wordnet: WordNet, lemma: string, synsetId: string): boolean {
  const words = wordnet.synsets.get(synsetId)?.words ?? [];
  const written = words.find((word) => word.toLowerCase() === lemma);
  return written !== undefined && written !== lemma;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function selectSensesOfEntry(
  wordnet: WordNet,
  entry: IndexEntry,
  posFactor: number,
  options: SenseSelectionOptions,
  firstOnly: boolean,
): DominantSense[] {
  const counts = senseTagCounts(wordnet, entry);
  const total = sum(counts);
  const first = counts[0] ?? 0;
  const senses: DominantSense[] = [];
  entry.synsetIds.forEach((synsetId, i) => {
    const count = counts[i] ?? 0;
    const dominant = i === 0 || (count >= options.minTagCount && count >= options.minShare * total);
    if (!dominant || senses.length >= (firstOnly ? 1 : options.maxSensesPerPos)) return;
    // A nationality or a religion is written with a capital in English (`French`, `Syrian`) but
    // is common vocabulary, in lower case in French (`français`) and in chat questions.
    if (entry.pos !== "a" && isProperNameSense(wordnet, entry.lemma, synsetId)) return;
    const relative = i === 0 || first === 0 ? 1 : Math.min(1, count / first);
    senses.push({ synsetId, pos: entry.pos, senseNumber: i + 1, weight: posFactor * relative });
  });
  return senses;
}

/**
 * The dominant senses of an English lemma across its parts of speech: always the first sense of
 * each part of speech, plus later senses that carry a substantial share of the tag count. A part
 * of speech with a small share of the lemma's tags keeps only its first sense, at a lower weight.
 * Proper-name senses are skipped, except adjectives (nationalities, religions).
 */
export function selectDominantSenses(
  wordnet: WordNet,
  lemma: string,
  options: SenseSelectionOptions = defaultSenseSelectionOptions,
): DominantSense[] {
  const entries = wordnet.index.get(lemma) ?? [];
  const totals = entries.map((entry) => sum(senseTagCounts(wordnet, entry)));
  const top = Math.max(0, ...totals);
  const topIndex = totals.indexOf(top);
  return entries.flatMap((entry, i) => {
    const total = totals[i] ?? 0;
    const minor = top > 0 && total < options.minPosShare * top;
    const factor =
      top === 0 || i === topIndex ? 1 : minor ? options.minorPosFactor : options.secondaryPosFactor;
    return selectSensesOfEntry(wordnet, entry, factor, options, minor);
  });
}

/** Total SemCor tag count of a lemma over all its senses and parts of speech. */
export function totalTagCount(wordnet: WordNet, lemma: string): number {
  return sum((wordnet.index.get(lemma) ?? []).map((entry) => sum(senseTagCounts(wordnet, entry))));
}

/**
 * Every synset that is a dominant sense of at least one of its English lemmas: the synsets whose
 * French lemmas can safely be treated as synonyms or opposites.
 */
export function collectDominantSynsets(
  wordnet: WordNet,
  options: SenseSelectionOptions = defaultSenseSelectionOptions,
): Set<string> {
  const dominant = new Set<string>();
  for (const lemma of wordnet.index.keys()) {
    for (const sense of selectDominantSenses(wordnet, lemma, options)) dominant.add(sense.synsetId);
  }
  return dominant;
}
