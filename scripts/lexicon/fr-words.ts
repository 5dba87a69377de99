/**
 * The French word list of Grammalecte's Hunspell dictionary (Debian `hunspell-fr-comprehensive`,
 * MPL-2.0): every lemma with whether it is a name, a noun or another common word. Gazette uses it
 * to tell a real word the corpus lacks from a typo, a lower-case name (`lyon`) from a common word,
 * and a missing topic (`paludisme`, `rugby`) from a missing verb or chat word.
 */
import { foldWord } from "../../src/language/fold.js";
import { formatTsv } from "./tsv.js";

/**
 * A lemma of the dictionary and what it is: a `name` (written with a capital), a `noun` (every
 * entry of its spelling is tagged a noun only, and it is no verb form), or another `common` word.
 */
export interface FrenchWord {
  word: string;
  kind: "common" | "noun" | "name";
}

/** Whether a `kind` of `fr-words.tsv` is a common word (a noun or another), not a name. */
export function isCommonKind(kind: string | undefined): boolean {
  return kind === "common" || kind === "noun";
}

export const FRENCH_WORDS_HEADER = ["word", "kind"] as const;

/**
 * Parses a Hunspell `.dic` with Grammalecte's morphological fields (`Lyon/L'D'Q' po:npr …`): the
 * first line (the count) and entries tagged `po:err` (known misspellings) are skipped. A lemma
 * written with a capital is a name (`Lyon`, `Pierre`, `SNCF`, `Chine`); a lower-case one is a noun
 * when each of its entries is tagged `po:nom` and nothing else (`paludisme`, `rugby`; not
 * `carburant`, also an adjective, nor `demain`, also an adverb) and neither it nor its plural is
 * one of `verbForms` (folded forms of conjugated verbs: `garde`, `réforme`, `vit`, `forfait`);
 * any other is a common word.
 */
export function parseHunspellWords(
  dic: string,
  verbForms: ReadonlySet<string> = new Set(),
): FrenchWord[] {
  const words = new Map<string, FrenchWord>();
  /** Parts of speech of each lower-case spelling, over all its entries. */
  const tags = new Map<string, Set<string>>();
  for (const line of dic.split("\n").slice(1)) {
    const [entry = "", ...fields] = line.trim().split(/\s+/);
    if (fields.includes("po:err")) continue;
    const word = entry.split("/")[0] ?? "";
    if (!/^\p{L}[\p{L}'’-]*$/u.test(word) || word.length < 2) continue;
    const kind = /^\p{Lu}/u.test(word) ? "name" : "common";
    words.set(`${word}\t${kind}`, { word, kind });
    if (kind === "common") {
      const known = tags.get(word) ?? new Set<string>();
      for (const field of fields) if (field.startsWith("po:")) known.add(field);
      tags.set(word, known);
    }
  }
  return [...words.values()].map((entry) =>
    entry.kind === "common" && isNoun(entry.word, tags, verbForms)
      ? { word: entry.word, kind: "noun" }
      : entry,
  );
}

/** Whether a spelling is only ever a noun: tagged `po:nom` alone, and no verb form. */
function isNoun(
  word: string,
  tags: ReadonlyMap<string, ReadonlySet<string>>,
  verbForms: ReadonlySet<string>,
): boolean {
  const known = tags.get(word);
  if (!known || known.size !== 1 || !known.has("po:nom")) return false;
  const folded = foldWord(word);
  return !verbForms.has(folded) && !verbForms.has(`${folded}s`);
}

/** The text of `fr-words.tsv`: header, then sorted rows. */
export function formatFrenchWordsTsv(words: readonly FrenchWord[]): string {
  return formatTsv(
    FRENCH_WORDS_HEADER,
    words.map(({ word, kind }) => [word, kind]),
  );
}
