/**
 * Builds `src/language/verb-forms.json`, the table that sends irregular forms of French verbs to the term
 * of their infinitive (`veulent` → `vouloir`, `pris` → `prendr`), from the conjugations of the
 * `french-verbs-lefff` package (data derived from the Lefff, under the LGPL-LR).
 *
 * Run with `npx tsx scripts/build-verb-forms.ts`; `tests/language/verb-forms.test.ts` fails when the
 * committed table no longer matches what this script builds.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import snowball from "snowball-stemmers";
// The analyzer's own folding; not `analyze.ts` itself, which reads the table this script writes.
import { foldWord as fold } from "../src/language/fold.js";
import { isCommonKind } from "./lexicon/fr-words.js";

/** Conjugations as `french-verbs-lefff` stores them: infinitive → tense code → forms (`"NA"` or null for none). */
export type Conjugations = Record<string, Record<string, readonly (string | null)[] | null>>;

/** The built table and what went into it. */
export interface VerbFormsTable {
  /** Folded form → term of its verb's infinitive, keys sorted. */
  forms: Record<string, string>;
  /** Verbs whose forms were considered for the table. */
  verbCount: number;
  /** How many candidate forms each rule dropped. */
  dropped: Record<DropReason, number>;
  /** First-group forms written because Snowball gives them another word's term (`paye` → `pays`'s). */
  homographStemCount: number;
}

type DropReason = "short" | "excluded" | "ambiguous" | "otherVerbsTerm" | "otherWord";

/** A form that Snowball keeps apart from its infinitive. */
interface Candidate {
  /** Terms of the written verbs the form belongs to (one, unless the form is ambiguous). */
  terms: Set<string>;
  /** Snowball's terms for the form, with and without its accents. */
  rawTerms: Set<string>;
}

export const OUTPUT_URL = new URL("../src/language/verb-forms.json", import.meta.url);

// Second- and third-group infinitives (-ir, -ïr, -re, -oir), one word. First-group verbs are mostly
// regular for Snowball, but it leaves their `-ent` plurals whole (`pensent`, `manifestent`); those
// are written too, unless the dictionary knows the form as a word of its own (`violent`, `président`).
const IRREGULAR_INFINITIVE = /^\p{L}+(?:ir|ïr|re)$/u;
const FIRST_GROUP_INFINITIVE = /^\p{L}+er$/u;
const EXTRA_VERBS = ["aller"];

// Verbs whose forms still claim their spelling (so `suis` stays ambiguous, not suivre's), but are
// not written to the table.
const CLAIM_ONLY_VERBS = new Set([
  "avoir", // auxiliary: its forms are stopwords or common nouns (`avions`, `eu`)
  "être", // auxiliary: same (`été`, `sommes`)
  "poindre", // archaic "to dawn": every form is a homograph (`point`, `pointe`, `poignant`)
]);

const MIN_FORM_LENGTH = 3;

// Forms whose usual meaning in the news is another word: mapping them would merge that word with the
// verb's forms (and, for a plural like `entretiens`, split it from its singular).
const EXCLUDED_FORMS = new Set([
  "plus", // plaire: the adverb
  "faux", // faillir: false
  "nuit", // nuire: night
  "court", // courir: short
  "sens", // sentir: sense, direction
  "devant", // devoir: in front of
  "pendant", // pendre: during
  "voie", // voir: way, track
  "voies",
  "vive", // vivre: lively (`de vives critiques`)
  "vives",
  "bus", // boire: the bus
  "souris", // sourire: mouse
  "mepris", // méprendre: contempt, which Snowball rightly joins to mépriser
  "rene", // renaître: René, rênes
  "renes",
  "fait", // faire: fact
  "faits",
  "revenu", // revenir: income
  "revenus",
  "prevenu", // prévenir: defendant
  "prevenue",
  "prevenus",
  "prevenues",
  "entretiens", // entretenir: interviews
  "soutiens", // soutenir: supports
  "uni", // unir: États-Unis, Nations unies, Royaume-Uni
  "unie",
  "unies",
  "unis",
]);

// Forms kept although another verb of the data claims them or already owns their Snowball term:
// the first-group homographs (priser, repriser, miser, remiser) are rare next to prendre and mettre.
const KEPT_FORMS = new Set([
  "pris",
  "prise",
  "prises",
  "reprise",
  "reprises",
  "mis",
  "mise",
  "mises",
  "remise",
  "remises",
]);

const stemmer = snowball.newStemmer("french");

/** Snowball's term for a word, with the recipe of `termOf` in `src/language/analyze.ts` but no table. */
function rawTermOf(word: string): string {
  return fold(stemmer.stem(word.toLowerCase()));
}

// Literary forms the news does not use: the imperfect subjunctive (T) and the first and second persons
// of the passé simple (J). Once folded they are mostly nouns: `émissions`, `commissions` (-missions),
// `unîtes` (unités), `fuîtes` (fuites), `régîmes` (régimes).
function isLiteraryForm(tense: string, person: number): boolean {
  return tense === "T" || (tense === "J" && person !== 2 && person !== 5);
}

/** A verb's forms, without the literary ones unless `withLiterary`. */
function formsOf(tenses: Conjugations[string], withLiterary: boolean): Set<string> {
  const forms = new Set<string>();
  for (const [tense, persons] of Object.entries(tenses)) {
    (persons ?? []).forEach((form, person) => {
      if (form === null || form === "NA") return;
      if (withLiterary || !isLiteraryForm(tense, person)) forms.add(form);
    });
  }
  return forms;
}

// Defective verbs (choir, gésir, issir, occire, ouïr, seoir…) lack whole tenses in the data. They are
// archaic, and their surviving forms are mostly homographs (`issue`, `chut`, `oie`); impersonal
// falloir and pleuvoir go with them.
function isDefective(tenses: Conjugations[string]): boolean {
  return ["P", "I"].some((tense) => {
    const forms = tenses[tense];
    return !forms || forms.some((form) => form === null || form === "NA");
  });
}

function isWrittenVerb(infinitive: string, tenses: Conjugations[string]): boolean {
  if (CLAIM_ONLY_VERBS.has(infinitive) || isDefective(tenses)) return false;
  return (
    IRREGULAR_INFINITIVE.test(infinitive) ||
    FIRST_GROUP_INFINITIVE.test(infinitive) ||
    EXTRA_VERBS.includes(infinitive)
  );
}

/**
 * Builds the form → term table from the conjugations (pure; see the rules in this file).
 *
 * @param words folded lemmas of the French dictionary (`src/language/data/fr-words.tsv`): a
 *   first-group form that is also one of them (`président`, `violent`) is left to Snowball.
 * @param nouns folded lemmas of the dictionary's `noun` kind (never a verb form): a first-group form
 *   that Snowball sends to the term of one of them (`paye` → `pay`, `pays`'s) takes its verb's term.
 */
export function buildVerbForms(
  conjugations: Conjugations,
  words: ReadonlySet<string> = new Set(),
  nouns: ReadonlySet<string> = new Set(),
): VerbFormsTable {
  // Every verb of the data, first group included, claims its folded forms with its term, and owns the
  // term of its infinitive: a form claimed with two terms, or whose own Snowball term is another
  // verb's (`point` → pointer's, `tue` is tuer's), is ambiguous and left to Snowball.
  const claims = new Map<string, Set<string>>();
  const verbTerms = new Set<string>();
  const candidates = new Map<string, Candidate>();
  const otherWords = new Set<string>();
  let verbCount = 0;
  let homographStemCount = 0;

  for (const [infinitive, tenses] of Object.entries(conjugations)) {
    const term = rawTermOf(infinitive);
    verbTerms.add(term);
    for (const form of formsOf(tenses, true)) {
      const key = fold(form);
      const terms = claims.get(key) ?? new Set<string>();
      terms.add(term);
      claims.set(key, terms);
    }
  }
  const nounsByStem = nounsByStemOf(nouns);

  for (const [infinitive, tenses] of Object.entries(conjugations)) {
    if (!isWrittenVerb(infinitive, tenses)) continue;
    const term = rawTermOf(infinitive);
    verbCount++;
    const firstGroup = FIRST_GROUP_INFINITIVE.test(infinitive) && infinitive !== "aller";
    for (const form of formsOf(tenses, false)) {
      const key = fold(form);
      // The key also stands for the form typed without accents, whose Snowball term may differ.
      const rawTerms = [rawTermOf(form), rawTermOf(key)];
      if (rawTerms.every((rawTerm) => rawTerm === term)) continue;
      const homographStem = isNounsStem(key, rawTerms[0] ?? "", term, nounsByStem);
      if (firstGroup && !key.endsWith("ent") && !homographStem) continue;
      if (firstGroup && !homographStem && words.has(key)) {
        otherWords.add(key);
        continue;
      }
      if (firstGroup && homographStem && !key.endsWith("ent")) homographStemCount++;
      const candidate = candidates.get(key) ?? { terms: new Set(), rawTerms: new Set() };
      candidate.terms.add(term);
      for (const rawTerm of rawTerms) candidate.rawTerms.add(rawTerm);
      candidates.set(key, candidate);
    }
  }

  const dropReason = (key: string, { terms, rawTerms }: Candidate): DropReason | undefined => {
    if (key.length < MIN_FORM_LENGTH) return "short";
    if (EXCLUDED_FORMS.has(key)) return "excluded";
    if (terms.size > 1) return "ambiguous";
    if (KEPT_FORMS.has(key)) return undefined;
    if ((claims.get(key)?.size ?? 0) > 1) return "ambiguous";
    const [term] = terms;
    if ([...rawTerms].some((rawTerm) => rawTerm !== term && verbTerms.has(rawTerm))) {
      return "otherVerbsTerm";
    }
    return undefined;
  };

  const forms: Record<string, string> = {};
  const dropped = { short: 0, excluded: 0, ambiguous: 0, otherVerbsTerm: 0, otherWord: 0 };
  for (const [key, candidate] of [...candidates].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const reason = dropReason(key, candidate);
    const [term] = candidate.terms;
    if (reason) dropped[reason]++;
    else if (term !== undefined) forms[key] = term;
  }
  dropped.otherWord = [...otherWords].filter((key) => candidates.has(key) === false).length;
  return { forms, verbCount, dropped, homographStemCount };
}

/**
 * Whether Snowball sends a form (`paye` → `pay`) to the term of a noun of the dictionary (`pays`) that
 * is no verb form and not its verb's family: a term that is a prefix of the verb's term or starts with
 * it (`parod` of `parodies` and `parodie`, for `parodi` of `parodier`) is that family cut shorter, and a
 * noun that starts with the form (`urgentiste` for `urgent`, `option` for `options`) is its own.
 */
function isNounsStem(
  key: string,
  formTerm: string,
  verbTerm: string,
  nounsByStem: ReadonlyMap<string, readonly string[]>,
): boolean {
  if (verbTerm.startsWith(formTerm) || formTerm.startsWith(verbTerm)) return false;
  const stem = key.replace(/s$/u, "");
  return (nounsByStem.get(formTerm) ?? []).some((noun) => !noun.startsWith(stem));
}

/** The dictionary's nouns (never verb forms) by their Snowball term. */
function nounsByStemOf(nouns: ReadonlySet<string>): Map<string, string[]> {
  const byStem = new Map<string, string[]>();
  for (const noun of nouns) {
    const stem = rawTermOf(noun);
    byStem.set(stem, [...(byStem.get(stem) ?? []), noun]);
  }
  return byStem;
}

/** Folded common lemmas of `src/language/data/fr-words.tsv`, or only its nouns. */
export function readDictionaryWords(only?: "noun"): Set<string> {
  const text = readFileSync(new URL("../src/language/data/fr-words.tsv", import.meta.url), "utf8");
  const words = new Set<string>();
  for (const line of text.split("\n").slice(1)) {
    const [word, kind] = line.split("\t");
    if (word && isCommonKind(kind) && (only === undefined || kind === only)) words.add(fold(word));
  }
  return words;
}

/**
 * The table as written to disk: one JSON object, keys sorted, one entry per line, which is how Prettier
 * prints it (a one-line object would fail the `prettier --check .` of `npm run lint`).
 */
export function formatVerbForms(table: VerbFormsTable): string {
  return `${JSON.stringify(table.forms, null, 2)}\n`;
}

/** Reads the conjugations shipped by `french-verbs-lefff`. */
export function readLefffConjugations(): Conjugations {
  const path = createRequire(import.meta.url).resolve("french-verbs-lefff/dist/conjugations.json");
  return JSON.parse(readFileSync(path, "utf8")) as Conjugations;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const table = buildVerbForms(
    readLefffConjugations(),
    readDictionaryWords(),
    readDictionaryWords("noun"),
  );
  const json = formatVerbForms(table);
  writeFileSync(OUTPUT_URL, json);
  const { short, excluded, ambiguous, otherVerbsTerm, otherWord } = table.dropped;
  console.log(
    [
      `verbs used: ${table.verbCount}`,
      `entries written: ${Object.keys(table.forms).length}`,
      `file size: ${Buffer.byteLength(json)} bytes (${OUTPUT_URL.pathname})`,
      `first-group forms written because Snowball gives them another word's term: ${table.homographStemCount}`,
      `dropped: ${short} short, ${excluded} excluded, ${ambiguous} ambiguous, ${otherVerbsTerm} already another verb's term, ${otherWord} first-group forms that are words of their own`,
    ].join("\n"),
  );
}
