/**
 * Folds a word for matching: Unicode NFD, accents and case removed, ligatures expanded.
 * `Sokhné` → `sokhne`, `Œuvre` → `oeuvre`.
 */
export function foldWord(word: string): string {
  // Most words of a French corpus are plain ASCII, which only case folding changes (and fast).
  if (ASCII.test(word)) return word.toLowerCase();
  return word
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .normalize("NFD")
    .replace(/\p{M}/gu, "");
}

const ASCII = /^\p{ASCII}*$/u;
