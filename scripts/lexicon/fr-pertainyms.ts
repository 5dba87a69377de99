/**
 * French noun ↔ adjective pairs where the adjective pertains to the noun (`Europe` / `européen`,
 * `région` / `régional`, `économie` / `économique`): a question asks "en Europe" what an article
 * says as "la politique européenne". WordNet 3.0 links an English adjective to the noun it pertains
 * to (pointer `\`) or derives from (`+`); the French lemmas of the two synsets, from WOLF and the
 * Wiktionary-derived OMW file, give the French pairs.
 */
import { termOf } from "../../src/language/analyze.js";
import type { SynsetLemmas } from "./omw.js";
import { formatTsv, formatWeight } from "./tsv.js";
import type { WordNet } from "./wordnet.js";

/**
 * Weight of a pertainym pair: the same idea said by another part of speech, less sure than a
 * derivation of one word (an adjective may pertain loosely: `sanitaire` / `santé`).
 */
export const PERTAINYM_WEIGHT = 0.8;

/** Letters two words must share at their start to be taken as one family without a second source. */
export const SHARED_PREFIX_LENGTH = 4;

/** One noun ↔ adjective pair and the French sources giving it, sorted (`wikt,wolf`). */
export interface PertainymRow {
  noun: string;
  adjective: string;
  sources: string;
}

/** The French sources of synset lemmas, by the name the `sources` column gives them (`wolf`, `wikt`). */
export type FrenchLemmaSources = Readonly<Record<string, SynsetLemmas>>;

/** Adjective synset id → noun synset id → whether the link is a pertainym (`\`), both directions read. */
type Links = Map<string, Map<string, boolean>>;

function adjectiveNounLinks(wordnet: WordNet): Links {
  const links: Links = new Map();
  const link = (adjective: string, noun: string, pertainym: boolean) => {
    const nouns = links.get(adjective) ?? new Map<string, boolean>();
    nouns.set(noun, nouns.get(noun) === true || pertainym);
    links.set(adjective, nouns);
  };
  for (const record of wordnet.synsets.values()) {
    for (const { targetId, pertainym } of record.relatedForms ?? []) {
      if (record.id.endsWith("-a") && targetId.endsWith("-n")) link(record.id, targetId, pertainym);
      if (record.id.endsWith("-n") && targetId.endsWith("-a")) link(targetId, record.id, pertainym);
    }
  }
  return links;
}

function fold(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Whether two words begin with the same {@link SHARED_PREFIX_LENGTH} letters, accents aside. */
export function shareStemPrefix(a: string, b: string): boolean {
  const prefix = fold(a).slice(0, SHARED_PREFIX_LENGTH);
  return prefix.length === SHARED_PREFIX_LENGTH && fold(b).startsWith(prefix);
}

function isSingleWord(lemma: string): boolean {
  return /^\p{L}+$/u.test(lemma);
}

/** Which sources give a pair: any of its links, and through a pertainym link. */
interface Attestation {
  sources: Set<string>;
  byPertainym: Set<string>;
}

/** `noun\tadjective` → the names of the sources whose lemmas give the pair. */
function attestedPairs(links: Links, sources: FrenchLemmaSources): Map<string, Attestation> {
  const pairs = new Map<string, Attestation>();
  for (const [name, lemmas] of Object.entries(sources)) {
    for (const [adjectiveId, nounIds] of links) {
      const adjectives = (lemmas.get(adjectiveId) ?? []).filter(isSingleWord);
      for (const [nounId, pertainym] of nounIds) {
        for (const noun of (lemmas.get(nounId) ?? []).filter(isSingleWord)) {
          for (const adjective of adjectives) {
            const key = `${noun}\t${adjective}`;
            const attestation = pairs.get(key) ?? { sources: new Set(), byPertainym: new Set() };
            attestation.sources.add(name);
            if (pertainym) attestation.byPertainym.add(name);
            pairs.set(key, attestation);
          }
        }
      }
    }
  }
  return pairs;
}

/**
 * The pairs, sorted: a synset-level join pairs every noun of a synset with every adjective of the
 * other, so a pair is kept only when its words share a stem prefix or both French sources give it
 * through a pertainym link (a derivation link alone is too loose: `vibration` / `boiteux`), and
 * when the two have different index terms (the same term already matches).
 */
export function buildPertainymRows(wordnet: WordNet, sources: FrenchLemmaSources): PertainymRow[] {
  const rows: PertainymRow[] = [];
  for (const [key, attestation] of attestedPairs(adjectiveNounLinks(wordnet), sources)) {
    const [noun = "", adjective = ""] = key.split("\t");
    if (!shareStemPrefix(noun, adjective) && attestation.byPertainym.size < 2) continue;
    if (termOf(noun.toLowerCase()) === termOf(adjective.toLowerCase())) continue;
    rows.push({ noun, adjective, sources: [...attestation.sources].sort().join(",") });
  }
  return rows.sort((a, b) =>
    a.noun === b.noun ? a.adjective.localeCompare(b.adjective) : a.noun.localeCompare(b.noun),
  );
}

/** The text of `fr-pertainyms.tsv`: both directions of each pair, like `fr-derivations.tsv`. */
export function formatPertainymTsv(rows: readonly PertainymRow[]): string {
  const weight = formatWeight(PERTAINYM_WEIGHT);
  return formatTsv(
    ["word", "synonym", "weight", "sources"],
    rows.flatMap(({ noun, adjective, sources }) => [
      [noun, adjective, weight, sources],
      [adjective, noun, weight, sources],
    ]),
  );
}
