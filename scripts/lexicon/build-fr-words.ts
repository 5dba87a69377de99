/**
 * Builds `src/language/data/fr-words.tsv` (French lemmas: names, nouns and other common words) from
 * Grammalecte's Hunspell dictionary (`apt-get install hunspell-fr-comprehensive`), with the Lefff's
 * conjugations (`french-verbs-lefff`) to tell a noun from a verb form spelt alike. Run all
 * generators with `npm run lexicons`, or this one with `npx tsx scripts/lexicon/build-fr-words.ts`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { foldWord } from "../../src/language/fold.js";
import { readLefffConjugations } from "../build-verb-forms.js";
import { DATA_DIR, type GeneratedFile } from "./data-files.js";
import { formatFrenchWordsTsv, parseHunspellWords } from "./fr-words.js";

/** Where Debian's `hunspell-fr-comprehensive` installs the dictionary. */
export const HUNSPELL_FR_DIC = "/usr/share/hunspell/fr_FR.dic";

/** Generates the text of `fr-words.tsv` from the dictionary's text. */
export function generateFrenchWords(
  dic: string = readFileSync(HUNSPELL_FR_DIC, "utf8"),
): GeneratedFile {
  return {
    name: "fr-words.tsv",
    text: formatFrenchWordsTsv(parseHunspellWords(dic, lefffVerbForms())),
  };
}

/** Every conjugated form of the Lefff's verbs, folded (`garde`, `reforme`, `vit`). */
export function lefffVerbForms(): Set<string> {
  const forms = new Set<string>();
  for (const tenses of Object.values(readLefffConjugations()))
    for (const written of Object.values(tenses))
      for (const form of written ?? []) if (form && form !== "NA") forms.add(foldWord(form));
  return forms;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const file = generateFrenchWords();
  writeFileSync(new URL(file.name, DATA_DIR), file.text);
}
