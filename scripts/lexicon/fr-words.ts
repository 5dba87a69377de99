/**
 * The French word list of Grammalecte's Hunspell dictionary (Debian `hunspell-fr-comprehensive`,
 * MPL-2.0): every lemma with whether it is a common word or a name. Gazette uses it to tell a real
 * word the corpus lacks from a typo, and a lower-case name (`lyon`) from a common word.
 */
import { formatTsv } from "./tsv.js";

/** A lemma of the dictionary and what it is. */
export interface FrenchWord {
  word: string;
  kind: "common" | "name";
}

export const FRENCH_WORDS_HEADER = ["word", "kind"] as const;

/**
 * Parses a Hunspell `.dic` with Grammalecte's morphological fields (`Lyon/L'D'Q' po:npr …`): the
 * first line (the count) and entries tagged `po:err` (known misspellings) are skipped. A lemma
 * written with a capital is a name (`Lyon`, `Pierre`, `SNCF`, `Chine`), any other a common word.
 */
export function parseHunspellWords(dic: string): FrenchWord[] {
  const words = new Map<string, FrenchWord>();
  for (const line of dic.split("\n").slice(1)) {
    const [entry = "", ...fields] = line.trim().split(/\s+/);
    if (fields.includes("po:err")) continue;
    const word = entry.split("/")[0] ?? "";
    if (!/^\p{L}[\p{L}'’-]*$/u.test(word) || word.length < 2) continue;
    const kind = /^\p{Lu}/u.test(word) ? "name" : "common";
    words.set(`${word}\t${kind}`, { word, kind });
  }
  return [...words.values()];
}

/** The text of `fr-words.tsv`: header, then sorted rows. */
export function formatFrenchWordsTsv(words: readonly FrenchWord[]): string {
  return formatTsv(
    FRENCH_WORDS_HEADER,
    words.map(({ word, kind }) => [word, kind]),
  );
}
