/**
 * How much each kind of match counts, relative to the word itself (1): the one weights object of
 * the term resolver, read by search, autocomplete and summary topics alike.
 */
export interface MatchWeights {
  /** Another name of the same thing in the corpus's alias groups (`Daech` → `Etat islamique`). */
  alias: number;
  /** An elision typed without apostrophe (`larmee` → `armée`). */
  elision: number;
  /**
   * A word typed without the accent of its final `é` (`securite` → `sécurité`, `musee` → `musée`):
   * a guess, since the word without accent may be a word of its own (`muse`, `traite`).
   */
  accent: number;
  /** A French word for an English one (× the lexicon entry's own confidence). */
  translation: number;
  /** A French synonym of a word the corpus lacks (× the entry's confidence). */
  synonym: number;
  /** A French synonym of a word the corpus also has. */
  synonymBeside: number;
  /** The standard word for a familiar or chat one (`bagnole` → `voiture`, `gouv` → `gouvernement`). */
  familiar: number;
  /** The words an acronym stands for (`SNCF` → `chemins de fer`). */
  acronym: number;
  /** A word of the opposite meaning, in a yes/no question (`arrêtée ?` → `poursuivi`). */
  antonym: number;
  /** A known word that starts with the typed one, or that the typed one starts with. */
  prefix: number;
  /** A known word one edit away (halved again for two edits). */
  fuzzy: number;
  /** A known word that sounds the same (`moustik` → `moustique`). */
  phonetic: number;
  /** Weight of a word the corpus lacks that looks like a name (`Paris`, `PSG`), × the highest idf. */
  unknownName: number;
  /** Weight of a common word the corpus lacks, × the highest idf. */
  unknownWord: number;
  /**
   * Weight of a noun the corpus lacks (`paludisme`), the question's only unmatched word, × the
   * highest idf: a topic counts more than an unknown verb or chat word, less than a name.
   */
  unknownNoun: number;
  /** Factor on the weight of a modal verb (`veut`, `peuvent`, `doit`), which frames a question. */
  modalVerb: number;
}

export const defaultMatchWeights: MatchWeights = {
  alias: 1,
  elision: 1,
  accent: 0.9,
  translation: 0.9,
  synonym: 0.8,
  synonymBeside: 0.65,
  familiar: 0.9,
  acronym: 0.9,
  antonym: 0.5,
  prefix: 0.7,
  fuzzy: 0.6,
  phonetic: 0.65,
  unknownName: 2,
  unknownWord: 0.4,
  unknownNoun: 0.8,
  modalVerb: 0.5,
};
