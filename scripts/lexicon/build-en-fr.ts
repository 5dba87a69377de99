/**
 * Builds `src/language/data/en-fr.tsv` (English word → French translations) from WordNet 3.0, WOLF
 * and the Wiktionary-derived French wordnet. Run all generators with `npm run lexicons`, or this
 * one with `npx tsx scripts/lexicon/build-en-fr.ts`.
 */
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { DATA_DIR, type GeneratedFile } from "./data-files.js";
import { buildTranslationRows, formatTranslationTsv } from "./en-fr.js";
import { loadSources, type LexicalSources } from "./sources.js";

/** Generates the text of `en-fr.tsv`. */
export function generateEnglishFrench(sources: LexicalSources): GeneratedFile {
  return { name: "en-fr.tsv", text: formatTranslationTsv(buildTranslationRows(sources)) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const file = generateEnglishFrench(loadSources());
  writeFileSync(new URL(file.name, DATA_DIR), file.text);
}
