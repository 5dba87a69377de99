/**
 * Runs every lexicon generator: `npm run lexicons` writes `src/language/data/*.tsv`;
 * `npm run lexicons:check` rebuilds them in memory and exits 1, naming each stale file, when a
 * committed file differs from what the generators build.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { generateEnglishForms } from "./build-en-forms.js";
import { generateEnglishFrench } from "./build-en-fr.js";
import { generateFrenchAntonyms } from "./build-fr-antonyms.js";
import { generateFrenchDerivations } from "./build-fr-derivations.js";
import { generateFrenchPertainyms } from "./build-fr-pertainyms.js";
import { generateFrenchSynonyms } from "./build-fr-synonyms.js";
import { generateFrenchWords } from "./build-fr-words.js";
import { DATA_DIR, type GeneratedFile } from "./data-files.js";
import { matchableRows } from "./compile.js";
import { loadSources, type LexicalSources } from "./sources.js";
import { formatTsv, parseTsv } from "./tsv.js";

/** Generates every lexicon file from the loaded sources. */
export function generateAll(sources: LexicalSources): GeneratedFile[] {
  return [
    withMatchableRows(generateEnglishFrench(sources)),
    withMatchableRows(generateFrenchSynonyms(sources)),
    withMatchableRows(generateFrenchAntonyms(sources)),
    withMatchableRows(generateFrenchDerivations()),
    withMatchableRows(generateFrenchPertainyms(sources)),
    generateFrenchWords(),
    generateEnglishForms(),
  ];
}

/**
 * The file without the rows Gazette's analyzer could never match (an English key that is a
 * stopword, a French word that analyses to nothing): those would only weigh the data down.
 */
function withMatchableRows(file: GeneratedFile): GeneratedFile {
  const [headerLine = ""] = file.text.split("\n", 1);
  const header = headerLine.split("\t");
  const rows = matchableRows(file.name, parseTsv(file.text, header, file.name));
  return { name: file.name, text: formatTsv(header, rows) };
}

function readCommitted(name: string): string | undefined {
  try {
    return readFileSync(new URL(name, DATA_DIR), "utf8");
  } catch {
    return undefined;
  }
}

/** Names of the generated files whose committed copy is missing or differs. */
export function findStaleFiles(files: readonly GeneratedFile[]): string[] {
  return files.filter((file) => readCommitted(file.name) !== file.text).map((file) => file.name);
}

function countRows(file: GeneratedFile): number {
  return file.text.split("\n").filter((line) => line !== "").length - 1;
}

function main(args: readonly string[]): number {
  const files = generateAll(loadSources());
  if (args.includes("--check")) {
    const stale = findStaleFiles(files);
    for (const name of stale) {
      console.error(`src/language/data/${name} is stale: run \`npm run lexicons\` and commit it`);
    }
    return stale.length === 0 ? 0 : 1;
  }
  for (const file of files) {
    writeFileSync(new URL(file.name, DATA_DIR), file.text);
    console.log(`src/language/data/${file.name}: ${countRows(file)} rows`);
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = main(process.argv.slice(2));
}
