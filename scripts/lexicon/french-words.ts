/** Tests on French lemmas shared by the generators: spelling, length, and words too general to use. */

const FRENCH_WORD = /^[a-zàâäçéèêëîïôöùûüÿœæ]+(?:['-][a-zàâäçéèêëîïôöùûüÿœæ]+)*$/;

/**
 * French words too general to stand for anything in a search (`faire`, `chose`…), or that the
 * analyzer drops anyway; never written as a translation, synonym or opposite.
 */
export const GENERAL_FRENCH_WORDS: ReadonlySet<string> = new Set([
  "affaire",
  "aller",
  "avoir",
  "bien",
  "chose",
  "devenir",
  "dire",
  "donner",
  "être",
  "faire",
  "falloir",
  "fois",
  "gens",
  "laisser",
  "mettre",
  "moyen",
  "objet",
  "part",
  "partie",
  "passer",
  "personne",
  "placer",
  "porter",
  "pouvoir",
  "prendre",
  "quelque",
  "rendre",
  "savoir",
  "sembler",
  "sorte",
  "tenir",
  "tout",
  "truc",
  "type",
  "venir",
  "voir",
  "vouloir",
  "élément",
  "manière",
  "façon",
  "fait",
  "cas",
  "machin",
  "bidule",
  "individu",
  "gars",
  "mec",
  "type",
  "an",
  "entité",
  "tenue",
  "aspect",
  "non",
  "oui",
  "beaucoup",
  "peu",
  "très",
  "plus",
  "moins",
  "trop",
]);

/** Number of space-separated words in a lemma. */
export function countWords(lemma: string): number {
  return lemma.split(" ").length;
}

/**
 * Whether a lemma looks like lower-case French vocabulary: letters of the French alphabet, words
 * joined by spaces, hyphens or apostrophes, at most `maxWords` words, no digits, no capital (proper
 * names), at least two letters.
 */
export function isFrenchLooking(lemma: string, maxWords = 1): boolean {
  if (lemma.length < 2) return false;
  const words = lemma.split(" ");
  return words.length <= maxWords && words.every((word) => FRENCH_WORD.test(word));
}

/** Whether a French lemma may be written in a lexicon: French-looking and not too general. */
export function isUsableFrenchWord(lemma: string, maxWords = 1): boolean {
  return isFrenchLooking(lemma, maxWords) && !GENERAL_FRENCH_WORDS.has(lemma);
}
