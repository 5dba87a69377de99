/**
 * Builds `src/language/data/fr-pertainyms.tsv` (French noun ↔ adjective that pertains to it) from
 * WordNet 3.0's pertainym and derivation pointers and the French lemmas of WOLF and the
 * Wiktionary-derived OMW file. Run all generators with `npm run lexicons`, or this one with
 * `npx tsx scripts/lexicon/build-fr-pertainyms.ts`.
 */
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { DATA_DIR, type GeneratedFile } from "./data-files.js";
import { buildPertainymRows, formatPertainymTsv } from "./fr-pertainyms.js";
import { loadSources, type LexicalSources } from "./sources.js";

/** Generates the text of `fr-pertainyms.tsv`. */
export function generateFrenchPertainyms(sources: LexicalSources): GeneratedFile {
  const rows = buildPertainymRows(sources.wordnet, {
    wolf: sources.wolf,
    wikt: sources.wiktionary,
  });
  return { name: "fr-pertainyms.tsv", text: formatPertainymTsv(rows) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const file = generateFrenchPertainyms(loadSources());
  writeFileSync(new URL(file.name, DATA_DIR), file.text);
}
