/**
 * Folds a word for matching: Unicode NFD, accents and case removed, ligatures expanded.
 * `Sokhné` → `sokhne`, `Œuvre` → `oeuvre`.
 */
export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .normalize("NFD")
    .replace(/\p{M}/gu, "");
}
