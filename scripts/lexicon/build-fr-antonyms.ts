/**
 * Builds `src/language/data/fr-antonyms.tsv` (French opposite pairs) from WordNet 3.0's antonym
 * pointers carried over through WOLF and the Wiktionary-derived French wordnet, merged with the
 * hand-written `src/language/data/curated-antonyms.tsv`. Run all generators with
 * `npm run lexicons`, or this one with `npx tsx scripts/lexicon/build-fr-antonyms.ts`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { DATA_DIR, type GeneratedFile } from "./data-files.js";
import { buildAntonymRows, formatAntonymTsv } from "./fr-antonyms.js";
import { loadSources, type LexicalSources } from "./sources.js";

/** The committed hand-written pairs the generator merges in. */
export const CURATED_ANTONYMS_URL = new URL("curated-antonyms.tsv", DATA_DIR);

/** Generates the text of `fr-antonyms.tsv`. */
export function generateFrenchAntonyms(
  sources: LexicalSources,
  curatedTsv: string = readFileSync(CURATED_ANTONYMS_URL, "utf8"),
): GeneratedFile {
  const rows = buildAntonymRows({ ...sources, curatedTsv });
  return { name: "fr-antonyms.tsv", text: formatAntonymTsv(rows) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const file = generateFrenchAntonyms(loadSources());
  writeFileSync(new URL(file.name, DATA_DIR), file.text);
}
