/**
 * Joining WordNet and the French wordnets into English → French translations: for each English
 * lemma, the French lemmas of its dominant senses, ranked by sense weight and source agreement.
 */
import { isTranslatableEnglishPhrase, isTranslatableEnglishWord } from "./english-words.js";
import { countWords, isUsableFrenchWord } from "./french-words.js";
import type { SynsetLemmas } from "./omw.js";
import {
  defaultSenseSelectionOptions,
  selectDominantSenses,
  totalTagCount,
  type DominantSense,
  type SenseSelectionOptions,
} from "./senses.js";
import { formatTsv, formatWeight } from "./tsv.js";
import type { WordNet } from "./wordnet.js";

/** The sources the translation lexicon is joined from. */
export interface TranslationSources {
  wordnet: WordNet;
  /** WOLF lemmas by synset. */
  wolf: SynsetLemmas;
  /** Wiktionary-derived French lemmas by synset (OMW `wn-wikt-fra.tab`). */
  wiktionary: SynsetLemmas;
  /** French word → number of thesaurus lists it appears in ({@link countThesaurusMentions}). */
  frenchMentions: Map<string, number>;
}

/** One row of `en-fr.tsv`. */
export interface TranslationRow {
  english: string;
  french: string;
  /** Confidence in (0, 1]. */
  weight: number;
  /** Sorted source names: `wolf`, `wikt`. */
  sources: string[];
}

/** Thresholds of {@link buildTranslationRows}. */
export interface TranslationOptions {
  senses: SenseSelectionOptions;
  /** At most this many French values per English word. */
  maxTranslations: number;
  /** Longest French value, in words. */
  maxFrenchWords: number;
  /** English lemmas with fewer SemCor tags than this must have an agreed translation to get a row. */
  minTagCountUnagreed: number;
  /** Rows below this weight are dropped. */
  minWeight: number;
}

/** Defaults of {@link buildTranslationRows}. */
export const defaultTranslationOptions: TranslationOptions = {
  senses: defaultSenseSelectionOptions,
  maxTranslations: 5,
  maxFrenchWords: 3,
  minTagCountUnagreed: 1,
  minWeight: 0.35,
};

/** The header row of `en-fr.tsv`. */
export const TRANSLATION_HEADER = ["english", "french", "weight", "sources"] as const;

interface Candidate {
  french: string;
  /** Weight of the first kept sense (in sense order) that holds the candidate. */
  firstSense: string;
  bestSenseWeight: number;
  synsets: Set<string>;
  sources: Set<string>;
}

/** Folds accents away and keeps letters only (`hélicoptère` → `helicoptere`). */
function foldLetters(word: string): string {
  return word.normalize("NFD").replace(/[^a-z]/g, "");
}

/**
 * Whether two words look like cognates: the same first five letters once folded, or the same
 * word when shorter (`helicopter`/`hélicoptère`, `police`/`police`).
 */
export function isCognate(english: string, french: string): boolean {
  const a = foldLetters(english);
  const b = foldLetters(french);
  const length = Math.min(5, a.length, b.length);
  return length >= 3 && a.slice(0, length) === b.slice(0, length);
}

/**
 * Whether a French lemma of a synset translates another English word of that synset rather than
 * `english`: it appears in other synsets of that other word but in no other synset of `english`
 * (WOLF gives "loi" for {police, police force, law} because of "law"). A cognate of `english`
 * is never taken for another word's translation.
 */
export function translatesAnotherWord(
  lookup: FrenchLookup,
  english: string,
  synsetId: string,
  french: string,
): boolean {
  const frenchSynsets = lookup.synsetsOfFrench.get(french);
  if (frenchSynsets === undefined || isCognate(english, french)) return false;
  const elsewhere = (lemma: string): boolean =>
    (lookup.synsetsOfEnglish.get(lemma) ?? []).some(
      (id) => id !== synsetId && frenchSynsets.has(id),
    );
  if (elsewhere(english)) return false;
  const others = (lookup.wordnet.synsets.get(synsetId)?.words ?? [])
    .map((word) => word.toLowerCase())
    .filter((word) => word !== english);
  return others.some(elsewhere);
}

/** Indexes used to check which English word of a synset a French lemma translates. */
export interface FrenchLookup {
  wordnet: WordNet;
  /** French lemma → synsets holding it in WOLF or the Wiktionary-derived file. */
  synsetsOfFrench: Map<string, Set<string>>;
  /** English lemma → all its synsets. */
  synsetsOfEnglish: Map<string, string[]>;
}

/** Builds the {@link FrenchLookup} of the sources. */
export function buildFrenchLookup(sources: TranslationSources): FrenchLookup {
  const synsetsOfFrench = new Map<string, Set<string>>();
  for (const lemmas of [sources.wolf, sources.wiktionary]) {
    for (const [id, words] of lemmas) {
      for (const word of words) {
        const set = synsetsOfFrench.get(word) ?? new Set<string>();
        set.add(id);
        synsetsOfFrench.set(word, set);
      }
    }
  }
  const synsetsOfEnglish = new Map<string, string[]>();
  for (const [lemma, entries] of sources.wordnet.index) {
    synsetsOfEnglish.set(
      lemma,
      entries.flatMap((entry) => entry.synsetIds),
    );
  }
  return { wordnet: sources.wordnet, synsetsOfFrench, synsetsOfEnglish };
}

/**
 * French lemmas the Wiktionary-derived file gives for the synsets WordNet marks as opposite to
 * `english` in any of its senses (`open` ↔ `close`: `fermer`). WOLF sometimes files an opposite
 * under a synset (`open` → `fermer`, `wife` → `époux`); only the Wiktionary file is trusted for
 * the opposite, since WOLF's own noise would otherwise remove good rows (`close` → `fermer`).
 */
export function oppositeFrenchWords(english: string, sources: TranslationSources): Set<string> {
  const { wordnet } = sources;
  const opposites = new Set<string>();
  for (const entry of wordnet.index.get(english) ?? []) {
    for (const synsetId of entry.synsetIds) {
      const synset = wordnet.synsets.get(synsetId);
      if (synset === undefined) continue;
      for (const pointer of synset.antonyms) {
        if (synset.words[pointer.sourceWord]?.toLowerCase() !== english) continue;
        for (const french of sources.wiktionary.get(pointer.targetId) ?? []) opposites.add(french);
      }
    }
  }
  return opposites;
}

function gatherCandidates(
  english: string,
  sources: TranslationSources,
  lookup: FrenchLookup,
  senses: readonly DominantSense[],
  maxFrenchWords: number,
): Map<string, Candidate> {
  const candidates = new Map<string, Candidate>();
  for (const sense of senses) {
    const bySource: [string, string[]][] = [
      ["wolf", sources.wolf.get(sense.synsetId) ?? []],
      ["wikt", sources.wiktionary.get(sense.synsetId) ?? []],
    ];
    for (const [source, lemmas] of bySource) {
      for (const french of lemmas) {
        if (!isUsableFrenchWord(french, maxFrenchWords)) continue;
        if (translatesAnotherWord(lookup, english, sense.synsetId, french)) continue;
        const candidate = candidates.get(french) ?? {
          french,
          firstSense: sense.synsetId,
          bestSenseWeight: 0,
          synsets: new Set<string>(),
          sources: new Set<string>(),
        };
        candidate.bestSenseWeight = Math.max(candidate.bestSenseWeight, sense.weight);
        candidate.synsets.add(sense.synsetId);
        candidate.sources.add(source);
        candidates.set(french, candidate);
      }
    }
  }
  return candidates;
}

/** Whether every word of a French value is known to the thesaurus. */
function isKnownFrench(french: string, mentions: Map<string, number>): boolean {
  return (mentions.get(french) ?? 0) > 0 || french.split(/[ ]/).every((w) => mentions.has(w));
}

/** Whether two sources or two kept senses agree on a candidate. */
function isAgreed(candidate: Candidate): boolean {
  return candidate.sources.size >= 2 || candidate.synsets.size >= 2;
}

/**
 * Confidence of a candidate in (0, 1]: its best sense weight, raised when the two French sources
 * agree or several kept senses share it, lowered for multi-word values and words the thesaurus
 * does not know.
 */
function scoreCandidate(candidate: Candidate, mentions: Map<string, number>): number {
  let confidence = 0.6;
  if (candidate.sources.size >= 2) confidence += 0.25;
  if (candidate.synsets.size >= 2) confidence += 0.15;
  if (!isKnownFrench(candidate.french, mentions)) confidence *= 0.7;
  if (countWords(candidate.french) > 1) confidence *= 0.8;
  return Math.min(1, candidate.bestSenseWeight * confidence);
}

/**
 * Picks at most `max` rows: first the best row of each sense (in sense order), so that a second
 * meaning is not crowded out by synonyms of the first, then the best remaining rows.
 */
function pickDiverse(
  ranked: readonly { row: TranslationRow; firstSense: string }[],
  senseOrder: readonly string[],
  max: number,
): TranslationRow[] {
  const picked = new Set<TranslationRow>();
  for (const synsetId of senseOrder) {
    const best = ranked.find((item) => item.firstSense === synsetId && !picked.has(item.row));
    if (best && picked.size < max) picked.add(best.row);
  }
  for (const item of ranked) if (picked.size < max) picked.add(item.row);
  return ranked.map((item) => item.row).filter((row) => picked.has(row));
}

function rankTranslations(
  english: string,
  candidates: Iterable<Candidate>,
  senseOrder: readonly string[],
  sources: TranslationSources,
  options: TranslationOptions,
): TranslationRow[] {
  const tagged = totalTagCount(sources.wordnet, english) >= options.minTagCountUnagreed;
  const rows: { row: TranslationRow; firstSense: string }[] = [];
  for (const candidate of candidates) {
    const known = isKnownFrench(candidate.french, sources.frenchMentions);
    const agreed = isAgreed(candidate);
    // An unknown word is kept only when agreed: WOLF holds machine-built and English leftovers.
    if (!known && !agreed) continue;
    if (!tagged && !agreed) continue;
    const weight = Number(formatWeight(scoreCandidate(candidate, sources.frenchMentions)));
    if (weight < options.minWeight) continue;
    const sourceNames = [...candidate.sources].sort();
    rows.push({
      row: {
        english: english.replaceAll("_", " "),
        french: candidate.french,
        weight,
        sources: sourceNames,
      },
      firstSense: candidate.firstSense,
    });
  }
  const mentionsOf = (row: TranslationRow): number => sources.frenchMentions.get(row.french) ?? 0;
  rows.sort(
    (a, b) =>
      b.row.weight - a.row.weight ||
      mentionsOf(b.row) - mentionsOf(a.row) ||
      (a.row.french < b.row.french ? -1 : a.row.french > b.row.french ? 1 : 0),
  );
  return pickDiverse(rows, senseOrder, options.maxTranslations);
}

/** Builds the translation rows for one English lemma (none when it is not a translatable word). */
export function translateEnglishWord(
  english: string,
  sources: TranslationSources,
  lookup: FrenchLookup,
  options: TranslationOptions = defaultTranslationOptions,
): TranslationRow[] {
  if (!isTranslatableEnglishWord(english) && !isTranslatableEnglishPhrase(english)) return [];
  const senses = selectDominantSenses(sources.wordnet, english, options.senses);
  const candidates = gatherCandidates(english, sources, lookup, senses, options.maxFrenchWords);
  // A word one source alone files under this word but Wiktionary gives for its opposite is noise.
  const opposites = oppositeFrenchWords(english, sources);
  for (const [french, candidate] of candidates)
    if (candidate.sources.size < 2 && opposites.has(french)) candidates.delete(french);
  const senseOrder = senses.map((sense) => sense.synsetId);
  return rankTranslations(english, candidates.values(), senseOrder, sources, options);
}

/** Builds the translation rows for every English lemma of WordNet's index. */
export function buildTranslationRows(
  sources: TranslationSources,
  options: TranslationOptions = defaultTranslationOptions,
): TranslationRow[] {
  const lookup = buildFrenchLookup(sources);
  return [...sources.wordnet.index.keys()].flatMap((english) =>
    translateEnglishWord(english, sources, lookup, options),
  );
}

/** Formats translation rows as the text of `en-fr.tsv`. */
export function formatTranslationTsv(rows: readonly TranslationRow[]): string {
  return formatTsv(
    TRANSLATION_HEADER,
    rows.map((row) => [row.english, row.french, formatWeight(row.weight), row.sources.join(",")]),
  );
}
