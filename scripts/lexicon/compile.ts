/**
 * Compiles the lexicon TSV files of `src/language/data/` into `lexicon.txt`: every key and word
 * analysed by Gazette's real analyzer, so start-up reads terms instead of analysing thousands of
 * words, and every row checked to be one that can match.
 *
 *   npx tsx scripts/lexicon/compile.ts           write lexicon.txt
 *   npx tsx scripts/lexicon/compile.ts --check   exit 1 when lexicon.txt is stale or a row can never match
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { analyze, foldWord, isStopword, termOf, tokenize } from "../../src/language/analyze.js";
import {
  type CompiledLexicon,
  encodeWords,
  LEXICON_DATA_URL,
  LEXICON_FORMAT,
  MAX_KEY_WORDS,
  PARTICLES,
  phrasalKey,
  WORDS_MARK,
} from "../../src/language/lexicon.js";
import { phoneticKey } from "../../src/language/phonetic.js";
import { parseTsv } from "./tsv.js";
import { isCommonKind } from "./fr-words.js";

const DATA = new URL("../../src/language/data/", import.meta.url);

/** Most words kept per key (words that share a term, such as `arme` and `armée`, share it), best first. */
export const MAX_WORDS_PER_KEY = 20;

/** The rows of the lexicon files, as read from their TSV. */
export interface LexiconRows {
  /** `en-fr.tsv` and `hand-en-fr.tsv` (curated): english, french, weight. */
  english: readonly { english: string; french: string; weight: number; curated?: boolean }[];
  /**
   * `fr-synonyms.tsv`, `fr-derivations.tsv` (verb ↔ noun of one family), `fr-pertainyms.tsv`
   * (noun ↔ adjective pertaining to it) and `hand-fr-synonyms.tsv`
   * (curated): word, synonym, weight.
   */
  synonyms: readonly { word: string; synonym: string; weight: number; curated?: boolean }[];
  /** `fr-antonyms.tsv`: word, antonym. */
  antonyms: readonly { word: string; antonym: string }[];
  /** `curated.tsv`: kind (`familiar`, `abbrev`, `acronym`, `en-fr`), word, target. */
  curated: readonly { kind: string; word: string; target: string }[];
  /** `fr-words.tsv`: French lemmas, `noun`s, other `common` words or `name`s. */
  words: readonly { word: string; kind: string }[];
  /** `en-forms.tsv`: irregular English forms and their base word. */
  englishForms: readonly { form: string; base: string }[];
}

/** A row no question can ever reach through the analyzer, and why. */
export interface UnmatchableRow {
  file: string;
  row: string;
  reason: string;
}

/** Reads the lexicon TSV files of a data folder. */
export function readLexiconRows(folder: URL = DATA): LexiconRows {
  const read = (name: string, header: string[]) =>
    parseTsv(readFileSync(new URL(name, folder), "utf8"), header, name);
  return {
    english: ["en-fr.tsv", "hand-en-fr.tsv"].flatMap((name) =>
      read(name, ["english", "french", "weight", "sources"]).map(
        ([english = "", french = "", weight = ""]) => ({
          english,
          french,
          weight: Number(weight),
          curated: name !== "en-fr.tsv",
        }),
      ),
    ),
    synonyms: [
      "fr-synonyms.tsv",
      "fr-derivations.tsv",
      "fr-pertainyms.tsv",
      "hand-fr-synonyms.tsv",
    ].flatMap((name) =>
      read(name, ["word", "synonym", "weight", "sources"]).map(
        ([word = "", synonym = "", weight = ""]) => ({
          word,
          synonym,
          weight: Number(weight),
          curated: name === "hand-fr-synonyms.tsv",
        }),
      ),
    ),
    antonyms: read("fr-antonyms.tsv", ["word", "antonym", "sources"]).map(
      ([word = "", antonym = ""]) => ({ word, antonym }),
    ),
    curated: read("curated.tsv", ["kind", "word", "target", "note"]).map(
      ([kind = "", word = "", target = ""]) => ({ kind, word, target }),
    ),
    words: read("fr-words.tsv", ["word", "kind"]).map(([word = "", kind = ""]) => ({ word, kind })),
    englishForms: read("en-forms.tsv", ["form", "base"]).map(([form = "", base = ""]) => ({
      form,
      base,
    })),
  };
}

type Table = Map<string, Map<string, number>>;

/**
 * Keeps the terms several words share, and the by-word rows of just those words: a term one word
 * has needs no word to tell its rows apart.
 */
function keepSharedTerms(termWords: Map<string, Set<string>>, byWord: Table): void {
  keepSharedWords(termWords, byWord);
  for (const [key, words] of termWords) if (words.size < 2) termWords.delete(key);
}

/** Keeps the by-word rows of the words whose term another word shares. */
function keepSharedWords(termWords: Map<string, Set<string>>, byWord: Table): void {
  const shared = new Set(
    [...termWords.values()].filter((words) => words.size > 1).flatMap((words) => [...words]),
  );
  for (const word of byWord.keys()) if (!shared.has(word)) byWord.delete(word);
}

/** Term → its words, sorted and space-joined, as the compiled file keeps them. */
function joinedWords(termWords: Map<string, Set<string>>): Record<string, string> {
  return Object.fromEntries(
    [...termWords.keys()]
      .sort()
      .map((key) => [key, [...(termWords.get(key) ?? [])].sort().join(" ")]),
  );
}

/** Whether a folded word is a common word or its feminine or plural (`grande`, `saintes`). */
function isCommonForm(folded: string, commonFolded: ReadonlySet<string>): boolean {
  return [folded, folded.replace(/(?:e|s|es|x)$/u, "")].some((form) => commonFolded.has(form));
}

/**
 * Weight kept by a generated word beside a curated one for the same key: the curated layer gives
 * the sense a news reader means (`strike` → `grève`, `frappe`), the generated ones fill the gaps.
 */
export const GENERATED_BESIDE_CURATED = 0.8;

/**
 * Generated weight from which a word keeps its weight beside curated ones: the synonym generator
 * gives 0.9 to a link that two sources confirm (the thesaurus and WOLF, or Wiktionary), as sure as
 * a curated one (`trêve` → `cessez-le-feu` beside the curated `armistice`).
 */
export const CONFIRMED_WEIGHT = 0.9;

/** Weight kept under an English term by the words of a longer word sharing it (`striking`). */
export const NON_HEAD_WEIGHT = 0.6;

/**
 * Compiles lexicon rows: keys and words become index terms; rows whose key is a stopword or
 * analyses to several terms, or whose word analyses to nothing or only to the key, are reported
 * as unmatchable instead of compiled.
 */
export function compileLexicon(rows: LexiconRows): {
  lexicon: CompiledLexicon;
  unmatchable: UnmatchableRow[];
} {
  const unmatchable: UnmatchableRow[] = [];
  const tables = {
    english: new Map() as Table,
    englishWords: new Map() as Table,
    synonyms: new Map() as Table,
    synonymWords: new Map() as Table,
    familiar: new Map() as Table,
    familiarWords: new Map() as Table,
    acronyms: new Map() as Table,
    antonyms: new Map() as Table,
  };
  // Per table, the words each key has from a curated file.
  const curatedWords = new Map<Table, Map<string, Set<string>>>();
  // The tables whose one-term words keep the words they were written as (see withWords): a
  // familiar word's standard. Translations do not yet: taking their synonyms by word too cost a
  // calibration question (`hardship` → `adversité`, whose own `accident` weighs more than under
  // the term) for no gain, and a sixth more file.
  const targetTables = new Set([tables.familiar, tables.familiarWords]);
  const targetWords = new Map<Table, TargetWords>();
  const add = (
    file: string,
    table: Table,
    key: string | null,
    word: string,
    weight: number,
    row: string,
    curated = true,
  ) => {
    if (key === null) {
      unmatchable.push({
        file,
        row,
        reason: `the key has no content word, or more than ${MAX_KEY_WORDS}`,
      });
      return;
    }
    const terms = analyze(word).map((token) => token.term);
    if (terms.length === 0) {
      unmatchable.push({ file, row, reason: "the word analyses to no term" });
      return;
    }
    if (terms.join(" ") === key) return; // the same terms: the word itself already matches
    const words = table.get(key) ?? new Map<string, number>();
    const joined = terms.join(" ");
    words.set(joined, Math.max(words.get(joined) ?? 0, weight));
    table.set(key, words);
    if (terms.length === 1 && targetTables.has(table)) {
      const byKey = targetWords.get(table) ?? new Map<string, Map<string, Set<string>>>();
      targetWords.set(table, byKey);
      const byTerms = byKey.get(key) ?? new Map<string, Set<string>>();
      byKey.set(key, byTerms);
      byTerms.set(joined, (byTerms.get(joined) ?? new Set()).add(foldWord(word.trim())));
    }
    if (!curated) return;
    const byKey = curatedWords.get(table) ?? new Map<string, Set<string>>();
    curatedWords.set(table, byKey);
    byKey.set(key, (byKey.get(key) ?? new Set()).add(joined));
  };

  // English words that share a term (`strike`, `striking`): the shortest is the term's head; the
  // others' words count less under the term and fully under the word itself (`englishWords`).
  const englishRows = [
    ...rows.english,
    ...rows.curated
      .filter(({ kind }) => kind === "en-fr")
      .map(({ word, target }) => ({ english: word, french: target, weight: 1, curated: true })),
  ];
  const heads = new Map<string, string>();
  for (const { english } of englishRows) {
    const key = englishKey(english);
    const word = english.trim().toLowerCase();
    const head = key === null ? undefined : heads.get(key);
    if (
      key !== null &&
      (head === undefined ||
        word.length < head.length ||
        (word.length === head.length && word < head))
    )
      heads.set(key, word);
  }
  for (const { english, french, weight, curated = false } of englishRows) {
    const row = `${english} → ${french}`;
    const key = englishKey(english);
    const word = english.trim().toLowerCase();
    const file = curated ? "curated" : "en-fr.tsv";
    if (key === null || key.includes(" ") || heads.get(key) === word) {
      add(file, tables.english, key, french, weight, row, curated);
      continue;
    }
    add(file, tables.english, key, french, weight * NON_HEAD_WEIGHT, row, curated);
    add(file, tables.englishWords, word, french, weight, row, curated);
  }
  // Each one-term word's synonyms under the word too (`synonymWords`), kept where several words
  // share the term: `traitement` (salary, treatment) and `traité` (treaty) are both `trait`.
  const termWords = new Map<string, Set<string>>();
  for (const { word, synonym, weight, curated = false } of rows.synonyms) {
    const row = `${word} → ${synonym}`;
    if (losesAccentedWord(word) || losesAccentedWord(synonym)) {
      const reason = "an accented word of a compound folds to a stopword";
      unmatchable.push({ file: "fr-synonyms.tsv", row, reason });
      continue;
    }
    const key = frenchKey(word);
    add("fr-synonyms.tsv", tables.synonyms, key, synonym, weight, row, curated);
    if (key === null || key.includes(" ") || frenchKey(synonym) === key) continue;
    const folded = foldWord(word.trim());
    add("fr-synonyms.tsv", tables.synonymWords, folded, synonym, weight, row, curated);
    termWords.set(key, (termWords.get(key) ?? new Set()).add(folded));
  }
  // Every term's words stay listed, even a term only one word has: a target word (`argent`) can
  // then tell its own rows from another word's of its term (`argenté`).
  keepSharedWords(termWords, tables.synonymWords);
  for (const { word, antonym } of rows.antonyms) {
    add("fr-antonyms.tsv", tables.antonyms, frenchKey(word), antonym, 1, `${word} → ${antonym}`);
    add("fr-antonyms.tsv", tables.antonyms, frenchKey(antonym), word, 1, `${antonym} → ${word}`);
  }
  // Familiar words under the word too (`familiarWords`), kept where several words share the term:
  // `boss` (the chief) and `bosser` (to work) are both `boss`.
  const familiarTermWords = new Map<string, Set<string>>();
  for (const { kind, word, target } of rows.curated) {
    const row = `${kind} ${word} → ${target}`;
    if (kind === "en-fr") continue; // read with the English rows above
    if (kind === "acronym") add("curated.tsv", tables.acronyms, acronymKey(word), target, 1, row);
    else if (kind === "familiar" || kind === "abbrev") {
      const key = frenchKey(word);
      add("curated.tsv", tables.familiar, key, target, 1, row);
      if (key === null || key.includes(" ")) continue;
      const folded = foldWord(word.trim());
      add("curated.tsv", tables.familiarWords, folded, target, 1, row);
      familiarTermWords.set(key, (familiarTermWords.get(key) ?? new Set()).add(folded));
    } else unmatchable.push({ file: "curated.tsv", row, reason: `unknown kind "${kind}"` });
  }
  keepSharedTerms(familiarTermWords, tables.familiarWords);

  // Terms and sounds of the dictionary's common words, and its names (`Lyon`), folded, when no
  // common word is spelt alike: a lower-case name the corpus lacks still reads as a name.
  const common = new Set<string>();
  const commonFolded = new Set<string>();
  const sounds = new Set<string>();
  for (const { word, kind } of rows.words) {
    if (!isCommonKind(kind)) continue;
    for (const { term } of analyze(word)) common.add(term);
    commonFolded.add(foldWord(word));
    // As folded (`rancon`) and as written (`rançon`, whose `ç` sounds /s/): a word typed either way.
    for (const key of [phoneticKey(foldWord(word)), phoneticKey(word)])
      if (key !== null) sounds.add(key);
  }
  // A name the curated English layer translates to (`china` → `Chine`) stays a name even so: news
  // asking about `chine` means the country, not the porcelain.
  const curatedNames = new Set(
    rows.curated
      .filter(({ kind, target }) => kind === "en-fr" && /^\p{Lu}/u.test(target))
      .map(({ target }) => target),
  );
  // A compound name's parts are names too (`Corbeil-Essonnes` → `corbeil`, `essonnes`), when no
  // common word is spelt alike (not `saint`, `mont`, `sur`): a question types them alone.
  const names = new Set<string>();
  for (const { word, kind } of rows.words) {
    if (kind !== "name") continue;
    const folded = foldWord(word);
    if (!/[\s'’-]/u.test(folded)) {
      if (!commonFolded.has(folded) || curatedNames.has(word)) names.add(folded);
      continue;
    }
    for (const part of folded.split(/[\s'’-]+/u))
      if (part.length >= 4 && !isCommonForm(part, commonFolded)) names.add(part);
  }

  // The dictionary's nouns, folded, and the parts of a compound noun that are no common word
  // (`kouign-amann` → `kouign`, `amann`): a question types them apart, and asks about the thing.
  const nouns = new Set<string>();
  for (const { word, kind } of rows.words) {
    if (kind !== "noun") continue;
    const folded = foldWord(word);
    nouns.add(folded);
    if (/[\s'’-]/u.test(folded))
      for (const part of folded.split(/[\s'’-]+/u))
        if (part.length >= 4 && !isCommonForm(part, commonFolded)) nouns.add(part);
  }

  // A generated word beside curated ones for its key counts less (see GENERATED_BESIDE_CURATED).
  for (const [table, byKey] of curatedWords)
    for (const [key, curated] of byKey)
      for (const [word, weight] of table.get(key) ?? [])
        if (!curated.has(word) && weight < CONFIRMED_WEIGHT)
          table.get(key)?.set(word, weight * GENERATED_BESIDE_CURATED);

  // The verbs of phrasal keys (`take` of `take off`): their irregular forms (`took`) are kept.
  const phrasalVerbs = new Set(
    [...tables.english.keys()].flatMap((key) => {
      const [verb = "", particle = "", ...rest] = key.split(" ");
      return rest.length === 0 && PARTICLES.has(particle) ? [verb] : [];
    }),
  );
  const weighted = (table: Table) =>
    sortedRecord(table, (words, key) =>
      [...words]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, MAX_WORDS_PER_KEY)
        .map(([joined, weight]): [string, number] => [
          withWords(joined, targetWords.get(table)?.get(key)?.get(joined)),
          round(weight),
        ]),
    );
  return {
    lexicon: {
      format: 2,
      english: weighted(tables.english),
      englishWords: weighted(tables.englishWords),
      synonyms: weighted(tables.synonyms),
      synonymWords: weighted(tables.synonymWords),
      termWords: joinedWords(termWords),
      familiar: weighted(tables.familiar),
      familiarWords: weighted(tables.familiarWords),
      familiarTermWords: joinedWords(familiarTermWords),
      acronyms: weighted(tables.acronyms),
      antonyms: sortedRecord(tables.antonyms, (words) => [...words.keys()].sort()),
      englishForms: Object.fromEntries(
        rows.englishForms
          .map(({ form, base }) => [form, termOf(base, "en")] as const)
          .filter(([, term]) => tables.english.has(term) || phrasalVerbs.has(term))
          .sort(([a], [b]) => (a < b ? -1 : 1)),
      ),
      commonWords: [...frenchTermsOf(tables, common)].sort().join(" "),
      commonSounds: [...sounds].sort().join(" "),
      names: [...names].sort().join(" "),
      nouns: [...nouns].sort().join(" "),
    },
    unmatchable,
  };
}

/**
 * The English terms of a key, space-joined (`death toll` → `death toll`), or null when a question
 * could never hold it: no content word, or more than {@link MAX_KEY_WORDS}. A verb and a particle
 * (`take off`) keep both, stopwords or not ({@link phrasalKey}).
 */
function englishKey(key: string): string | null {
  const tokens = tokenize(key);
  const [verb, particle, ...rest] = tokens.map(({ surface }) => surface.toLowerCase());
  if (verb !== undefined && particle !== undefined && rest.length === 0 && PARTICLES.has(particle))
    return phrasalKey(termOf(verb, "en"), particle);
  const words = tokens.filter(({ surface }) => surface.length >= 2 && !isStopword(surface, "en"));
  if (words.length === 0 || words.length > MAX_KEY_WORDS) return null;
  return words.map(({ surface }) => termOf(surface, "en")).join(" ");
}

/** The French terms of a key, space-joined (`casse-croûte` → `cass croût`), or null as above. */
function frenchKey(key: string): string | null {
  const terms = analyze(key).map((token) => token.term);
  if (terms.length === 0 || terms.length > MAX_KEY_WORDS) return null;
  return terms.join(" ");
}

/**
 * Whether a hyphenated compound loses a word that only folding makes a stopword (`nouveau-né`:
 * `né` reads as `ne`), so it would compile to another word (`nouveau`) and join that word's
 * synonyms. The parts of such a compound are content words; phrases keep their function words
 * (`être humain`, `très petite entreprise`).
 */
export function losesAccentedWord(text: string): boolean {
  const parts = tokenize(text);
  return (
    /^[^\s]+-[^\s]+$/u.test(text.trim()) &&
    parts.some(({ surface }) => {
      const lower = surface.toLowerCase();
      return lower.length >= 2 && foldWord(lower) !== lower && isStopword(lower);
    })
  );
}

/** Acronyms keep two-letter forms (`UE`, `JO`) that are still not stopwords. */
function acronymKey(word: string): string | null {
  const trimmed = word.trim();
  if (/\s/.test(trimmed) || trimmed.length < 2 || isStopword(trimmed, "fr")) return null;
  return termOf(trimmed);
}

/** The dictionary's common terms, with every French key and word of the tables. */
function frenchTermsOf(tables: Record<string, Table>, common: ReadonlySet<string>): Set<string> {
  const terms = new Set(common);
  for (const [name, table] of Object.entries(tables)) {
    for (const [key, words] of table) {
      if (name === "synonyms" || name === "antonyms") for (const t of key.split(" ")) terms.add(t);
      for (const joined of words.keys()) for (const t of joined.split(" ")) terms.add(t);
    }
  }
  return terms;
}

function sortedRecord<T>(
  table: Table,
  value: (words: Map<string, number>, key: string) => T,
): Record<string, T> {
  return Object.fromEntries(
    [...table.keys()].sort().map((key) => [key, value(table.get(key) ?? new Map(), key)]),
  );
}

/** Key → a word's terms → the words, folded, it was written as (`deten` → `detenu`). */
type TargetWords = Map<string, Map<string, Set<string>>>;

/**
 * A one-term word as the compiled file keeps it, with the words it was written as (`deten|detenu`):
 * its synonyms are that word's, not those of every word of its term (`détenteur`).
 */
function withWords(joined: string, words: ReadonlySet<string> | undefined): string {
  return words ? `${joined}${WORDS_MARK}${[...words].sort().join(",")}` : joined;
}

function round(weight: number): number {
  return Math.round(weight * 100) / 100;
}

/** No rows of any source (a reader fills in its own). */
export const EMPTY_ROWS: LexiconRows = {
  english: [],
  synonyms: [],
  antonyms: [],
  curated: [],
  words: [],
  englishForms: [],
};

type RowReader = (cells: readonly string[]) => LexiconRows;
const englishRow: RowReader = ([english = "", french = ""]) => ({
  ...EMPTY_ROWS,
  english: [{ english, french, weight: 1 }],
});
const synonymRow: RowReader = ([word = "", synonym = ""]) => ({
  ...EMPTY_ROWS,
  synonyms: [{ word, synonym, weight: 1 }],
});

/** How to read one row of each lexicon file as compiler input. */
const ROW_READERS: Record<string, RowReader> = {
  "en-fr.tsv": englishRow,
  "hand-en-fr.tsv": englishRow,
  "fr-synonyms.tsv": synonymRow,
  "fr-derivations.tsv": synonymRow,
  "fr-pertainyms.tsv": synonymRow,
  "hand-fr-synonyms.tsv": synonymRow,
  "fr-antonyms.tsv": ([word = "", antonym = ""]) => ({
    ...EMPTY_ROWS,
    antonyms: [{ word, antonym }],
  }),
  "curated.tsv": ([kind = "", word = "", target = ""]) => ({
    ...EMPTY_ROWS,
    curated: [{ kind, word, target }],
  }),
};

/**
 * The rows of a lexicon file that can match through the analyzer (see {@link compileLexicon}):
 * generators write only these, so a row the compiler reports is a real problem.
 */
export function matchableRows(name: string, rows: readonly string[][]): string[][] {
  const reader = ROW_READERS[name];
  if (!reader) throw new Error(`compile: no reader for ${name}`);
  return rows.filter((cells) => compileLexicon(reader(cells)).unmatchable.length === 0);
}

/**
 * The compiled file's text (read by `parseLexiconText`): one key per line, so diffs stay
 * readable, and no JSON, so start-up only splits lines.
 */
export function formatCompiledLexicon(lexicon: CompiledLexicon): string {
  const section = (name: string, record: Record<string, string>) =>
    [`[${name}]`, ...Object.entries(record).map(([key, value]) => `${key}\t${value}`)].join("\n");
  const encoded = (record: Record<string, [string, number][]>) =>
    Object.fromEntries(Object.entries(record).map(([key, words]) => [key, encodeWords(words)]));
  const antonyms = Object.fromEntries(
    Object.entries(lexicon.antonyms).map(([key, words]) => [
      key,
      encodeWords(words.map((word): [string, number] => [word, 1])),
    ]),
  );
  return `${[
    LEXICON_FORMAT,
    section("english", encoded(lexicon.english)),
    section("englishWords", encoded(lexicon.englishWords)),
    section("synonyms", encoded(lexicon.synonyms)),
    section("synonymWords", encoded(lexicon.synonymWords)),
    section("termWords", lexicon.termWords),
    section("familiar", encoded(lexicon.familiar)),
    section("familiarWords", encoded(lexicon.familiarWords)),
    section("familiarTermWords", lexicon.familiarTermWords),
    section("acronyms", encoded(lexicon.acronyms)),
    section("antonyms", antonyms),
    section("englishForms", lexicon.englishForms),
    `[commonWords]\n${lexicon.commonWords}`,
    `[commonSounds]\n${lexicon.commonSounds}`,
    `[names]\n${lexicon.names}`,
    `[nouns]\n${lexicon.nouns}`,
  ].join("\n")}\n`;
}

function main(): void {
  const check = process.argv.includes("--check");
  const { lexicon, unmatchable } = compileLexicon(readLexiconRows());
  for (const { file, row, reason } of unmatchable)
    console.error(`${file}: "${row}" can never match: ${reason}`);
  const text = formatCompiledLexicon(lexicon);
  const path = fileURLToPath(LEXICON_DATA_URL);
  if (check) {
    const stale = readFileSync(path, "utf8") !== text;
    if (stale) console.error(`${path} is stale: run npx tsx scripts/lexicon/compile.ts`);
    process.exit(stale || unmatchable.length > 0 ? 1 : 0);
  }
  writeFileSync(path, text);
  console.log(
    `${path}: ${Object.keys(lexicon.english).length} English keys, ` +
      `${Object.keys(lexicon.synonyms).length} synonym keys, ` +
      `${Object.keys(lexicon.familiar).length} familiar, ${Object.keys(lexicon.acronyms).length} acronyms, ` +
      `${Object.keys(lexicon.antonyms).length} antonym keys; ${unmatchable.length} rows can never match`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
