import { readFileSync } from "node:fs";

// Folded form → term, built by `scripts/build-word-forms.ts` from the Lefff 3.4 (LGPL-LR). Static
// data read once: the table is small (about 3,300 entries).
const WORD_TERMS = new Map(
  Object.entries(
    JSON.parse(readFileSync(new URL("./word-forms.json", import.meta.url), "utf8")) as Record<
      string,
      string
    >,
  ),
);

/**
 * The index term of a feminine or irregular plural form of an adjective or noun: the Snowball term
 * of its lemma, or undefined when the word is not such a form. Snowball keeps `publique` and
 * `public`, `longue` and `long`, `actrice` and `acteur`, `yeux` and `œil` apart, so a question
 * using one would miss a paragraph using the other; this table joins them. Forms with another
 * reading (a verb form such as `sèche`, another word's form such as `faux`) are left out.
 *
 * @param foldedWord a word lower-cased and accent-folded, as `foldWord` returns it: `publique`.
 * @returns the term, e.g. `public` for `publique`, `acteur` for `actrices`.
 */
export function wordFormTermOf(foldedWord: string): string | undefined {
  return WORD_TERMS.get(foldedWord);
}
