import { readFileSync } from "node:fs";

// Folded form → term, built by `scripts/build-verb-forms.ts` from the french-verbs-lefff conjugations
// (Lefff data, LGPL-LR). Static data read once: the table is small (about 7,000 entries).
const VERB_TERMS = new Map(
  Object.entries(
    JSON.parse(readFileSync(new URL("./verb-forms.json", import.meta.url), "utf8")) as Record<
      string,
      string
    >,
  ),
);

/**
 * The index term of an irregular verb form: the Snowball term of its infinitive, or undefined when
 * the word is not such a form. Snowball leaves `veulent`, `veut` and `vouloir`, or `pris`, `prennent`
 * and `prendre`, as different terms, so a question using one form of a verb would miss a paragraph
 * using another; this table joins them.
 *
 * Only second- and third-group verbs (and `aller`) are covered: Snowball already handles the first
 * group. Forms that are mostly other words in the news (`nuit`, `voie`, `devant`), or that several
 * verbs share (`suis`, `vit`), are left out.
 *
 * @param foldedWord a word lower-cased and accent-folded, as `foldWord` returns it: `detruit`, `veulent`.
 * @returns the term, e.g. `vouloir` for `veulent`, `prendr` for `pris`, `detruir` for `detruit`.
 */
export function verbTermOf(foldedWord: string): string | undefined {
  return VERB_TERMS.get(foldedWord);
}
