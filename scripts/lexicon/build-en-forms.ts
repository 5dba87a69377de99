/**
 * Builds `src/language/data/en-forms.tsv` (irregular English forms → base word) from WordNet 3.0's
 * exception lists (`apt-get install wordnet-base`). Run all generators with `npm run lexicons`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { DATA_DIR, type GeneratedFile } from "./data-files.js";
import { formatEnglishFormsTsv, parseExceptionLists, ruleFormsOf } from "./en-forms.js";

const EXCEPTION_LISTS = ["noun.exc", "verb.exc", "adj.exc", "adv.exc"];

/** Generates the text of `en-forms.tsv` from a WordNet directory. */
export function generateEnglishForms(wordnetDir = "/usr/share/wordnet"): GeneratedFile {
  const texts = EXCEPTION_LISTS.map((name) => readFileSync(`${wordnetDir}/${name}`, "utf8"));
  const nouns = readFileSync(`${wordnetDir}/index.noun`, "utf8")
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith(" "))
    .map((line) => line.slice(0, line.indexOf(" ")));
  const listed = parseExceptionLists(texts);
  const known = new Set(listed.map(([form]) => form));
  const byRule = ruleFormsOf(nouns).filter(([form]) => !known.has(form));
  return { name: "en-forms.tsv", text: formatEnglishFormsTsv([...listed, ...byRule]) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const file = generateEnglishForms();
  writeFileSync(new URL(file.name, DATA_DIR), file.text);
}
