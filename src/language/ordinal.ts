/**
 * French ordinals in figures and in words (`3e` / `troisième`, `1er` / `premier`): a question
 * types `les élèves de 3e` what an article writes `les élèves de troisième`, and the other way
 * round. The words are made from the cardinals by the regular rule (`quatre` → `quatrième`,
 * `cinq` → `cinquième`, `neuf` → `neuvième`).
 */

/** Cardinals whose ordinal is one word, by value (17 to 19 are hyphenated: left out). */
const CARDINALS: ReadonlyMap<number, string> = new Map([
  [3, "trois"],
  [4, "quatre"],
  [5, "cinq"],
  [6, "six"],
  [7, "sept"],
  [8, "huit"],
  [9, "neuf"],
  [10, "dix"],
  [11, "onze"],
  [12, "douze"],
  [13, "treize"],
  [14, "quatorze"],
  [15, "quinze"],
  [16, "seize"],
  [20, "vingt"],
  [30, "trente"],
  [40, "quarante"],
  [50, "cinquante"],
  [60, "soixante"],
  [100, "cent"],
]);

/** An ordinal in figures: `3e`, `3è`, `3ème`, `3eme`, `1er`, `1re`, `1ère`, `2nd`, `2nde`. */
const FIGURES = /^(\d{1,3})(?:e|è|ème|eme|er|re|ère|nde?)$/u;

/** The ordinal word of a cardinal (`quatre` → `quatrième`): its final `e` dropped, `ième` added. */
function ordinalOf(cardinal: string): string {
  if (cardinal === "cinq") return "cinquième";
  if (cardinal === "neuf") return "neuvième";
  return `${cardinal.replace(/e$/u, "")}ième`;
}

/** The figures spellings of the ordinal word (`troisième` → `3e`, `3ème`), by the word. */
const FIGURES_OF_WORD: ReadonlyMap<string, readonly string[]> = new Map([
  ["deuxième", ["2e", "2ème", "2nd", "2nde"]],
  ...[...CARDINALS].map(([value, cardinal]): [string, readonly string[]] => [
    ordinalOf(cardinal),
    [`${value}e`, `${value}ème`],
  ]),
]);

/**
 * The other spellings of an ordinal (`3e` → `troisième`, `troisième` → `3e`, `3ème`; `1er` →
 * `premier`, `première`), or none for a word that is none. `premier` and `second` in words are
 * not read as figures: `le premier ministre`, `une seconde` are seldom `1er`, `2e`.
 */
export function ordinalSpellings(word: string): readonly string[] {
  const lower = word.toLowerCase();
  const figures = FIGURES.exec(lower);
  if (!figures) return FIGURES_OF_WORD.get(lower) ?? [];
  const value = Number(figures[1]);
  if (value === 1) return ["premier", "première"];
  if (value === 2) return ["deuxième", "second", "seconde"];
  const cardinal = CARDINALS.get(value);
  return cardinal ? [ordinalOf(cardinal)] : [];
}
