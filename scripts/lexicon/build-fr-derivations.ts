/**
 * Builds `src/language/data/fr-derivations.tsv` (French verb ↔ noun pairs of one family) from the
 * Lefff's infinitives (`french-verbs-lefff`) and the common words of `fr-words.tsv`. Run all
 * generators with `npm run lexicons`, or this one with
 * `npx tsx scripts/lexicon/build-fr-derivations.ts`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { readLefffConjugations } from "../build-verb-forms.js";
import { DATA_DIR, type GeneratedFile } from "./data-files.js";
import { buildDerivationRows, formatDerivationTsv } from "./fr-derivations.js";
import { isCommonKind } from "./fr-words.js";

/** The common words of the committed `fr-words.tsv`, as written. */
function readCommonWords(): Set<string> {
  const text = readFileSync(new URL("fr-words.tsv", DATA_DIR), "utf8");
  const words = new Set<string>();
  for (const line of text.split("\n").slice(1)) {
    const [word, kind] = line.split("\t");
    if (word && isCommonKind(kind)) words.add(word);
  }
  return words;
}

/** Generates the text of `fr-derivations.tsv`. */
export function generateFrenchDerivations(): GeneratedFile {
  const rows = buildDerivationRows(Object.keys(readLefffConjugations()), readCommonWords());
  return { name: "fr-derivations.tsv", text: formatDerivationTsv(rows) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const file = generateFrenchDerivations();
  writeFileSync(new URL(file.name, DATA_DIR), file.text);
}
