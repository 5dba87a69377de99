/**
 * Builds `src/language/data/fr-synonyms.tsv` (French synonym pairs) from WOLF, the
 * Wiktionary-derived French wordnet, WordNet 3.0 sense counts and mythes-fr. Run all generators
 * with `npm run lexicons`, or this one with `npx tsx scripts/lexicon/build-fr-synonyms.ts`.
 */
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { DATA_DIR, type GeneratedFile } from "./data-files.js";
import { buildSynonymRows, formatSynonymTsv } from "./fr-synonyms.js";
import { collectDominantSynsets } from "./senses.js";
import { loadSources, type LexicalSources } from "./sources.js";

/** Generates the text of `fr-synonyms.tsv`. */
export function generateFrenchSynonyms(sources: LexicalSources): GeneratedFile {
  const dominantSynsets = collectDominantSynsets(sources.wordnet);
  const rows = buildSynonymRows({ ...sources, dominantSynsets });
  return { name: "fr-synonyms.tsv", text: formatSynonymTsv(rows) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const file = generateFrenchSynonyms(loadSources());
  writeFileSync(new URL(file.name, DATA_DIR), file.text);
}
