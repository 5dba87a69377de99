/**
 * Builds `src/language/data/fr-words.tsv` (French lemmas, common words and names) from
 * Grammalecte's Hunspell dictionary (`apt-get install hunspell-fr-comprehensive`). Run all
 * generators with `npm run lexicons`, or this one with `npx tsx scripts/lexicon/build-fr-words.ts`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { DATA_DIR, type GeneratedFile } from "./data-files.js";
import { formatFrenchWordsTsv, parseHunspellWords } from "./fr-words.js";

/** Where Debian's `hunspell-fr-comprehensive` installs the dictionary. */
export const HUNSPELL_FR_DIC = "/usr/share/hunspell/fr_FR.dic";

/** Generates the text of `fr-words.tsv` from the dictionary's text. */
export function generateFrenchWords(
  dic: string = readFileSync(HUNSPELL_FR_DIC, "utf8"),
): GeneratedFile {
  return { name: "fr-words.tsv", text: formatFrenchWordsTsv(parseHunspellWords(dic)) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const file = generateFrenchWords();
  writeFileSync(new URL(file.name, DATA_DIR), file.text);
}
