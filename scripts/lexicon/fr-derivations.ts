/**
 * French verb ↔ noun pairs of the same family that the stemmer keeps apart (`construire` /
 * `construction`, `fermer` / `fermeture`, `perdre` / `perte`, `prévoir` / `prévision`), found by
 * regular derivation endings between the Lefff's infinitives and Grammalecte's common words. A
 * question asks with the verb what an article says with the noun, or the other way round.
 */
import { termOf } from "../../src/language/analyze.js";
import { formatTsv, formatWeight } from "./tsv.js";

/**
 * Regular derivations, verb ending → noun ending. Both words must be in the dictionary; endings
 * that mostly pair unrelated words (`-ir` → `-ie`: `partir` / `partie`) are left out.
 */
export const DERIVATIONS: readonly (readonly [verbEnd: string, nounEnd: string])[] = [
  ["uire", "uction"], // construire, produire, réduire
  ["uire", "uite"], // conduire
  ["crire", "cription"], // inscrire, décrire
  ["ndre", "nte"], // vendre, attendre, plaindre, atteindre
  ["ndre", "nse"], // défendre, répondre
  ["rdre", "rte"], // perdre
  ["prendre", "prise"], // reprendre, entreprendre
  ["er", "ure"], // blesser, couper
  ["er", "ature"], // signer
  ["er", "eture"], // fermer
  ["er", "age"], // tirer, bloquer (blocage below), témoigner
  ["quer", "cage"], // bloquer
  ["er", "ée"], // entrer, penser, monter
  ["ller", "l"], // travailler, conseiller, réveiller
  ["oser", "osition"], // opposer, proposer, imposer, exposer
  ["quer", "cation"], // communiquer, revendiquer, provoquer, convoquer
  ["ir", "ition"], // démolir, punir
  ["enir", "ention"], // obtenir, intervenir, prévenir
  ["enir", "ien"], // soutenir, maintenir
  ["aître", "aissance"], // connaître, naître
  ["oître", "oissance"], // croître
  ["aître", "ition"], // disparaître, apparaître
  ["ettre", "ission"], // transmettre, démettre
  ["ettre", "ise"], // mettre, remettre
  ["voir", "vision"], // prévoir
  ["cevoir", "ception"], // percevoir, concevoir
  ["oudre", "olution"], // résoudre
  ["ourir", "ours"], // secourir, parcourir
  ["vrir", "verture"], // ouvrir, couvrir
  ["vrir", "verte"], // découvrir
  ["uivre", "uite"], // poursuivre
  ["dire", "diction"], // interdire, prédire
  ["lire", "lection"], // élire
];

/**
 * Pairs the endings make of words that are no longer one family in today's usage, or whose noun
 * means mostly something else in the news (`chantage` is blackmail, not singing; `reportage` is
 * not a postponement).
 */
const UNRELATED = new Set([
  "ailler/ail",
  "avenir/avien",
  "baller/bal",
  "brésiller/brésil",
  "chanter/chantage",
  "ciller/cil",
  "coller/col",
  "colloquer/collocation",
  "colorer/colorature",
  "commettre/commission",
  "conduire/conduction",
  "convenir/convention",
  "corser/corsage",
  "dicter/dictature",
  "dépendre/dépense",
  "ensuivre/ensuite",
  "fermer/fermage",
  "goupiller/goupil",
  "langer/langage",
  "loquer/location",
  "mander/mandature",
  "mettre/mission",
  "outrer/outrage",
  "partir/partition",
  "pendre/pente",
  "placer/placage",
  "planter/plantage",
  "poindre/pointe",
  "poster/posture",
  "primer/primature",
  "promettre/promission",
  "prémunir/prémunition",
  "railler/rail",
  "rendre/rente",
  "reporter/reportage",
  "sauver/sauvage",
  "serrer/serrure",
  "sourciller/sourcil",
  "subvenir/subvention",
  "suspendre/suspense",
  "tabler/tablature",
  "tempérer/température",
  "tendre/tente",
  "tenter/tenture",
  "tonner/tonnage",
  "vaquer/vacation",
  "transir/transition",
  "triballer/tribal",
  "volter/voltage",
  "équiper/équipage",
]);

/**
 * Weight of a derivation pair: the same word said with another part of speech, as sure a match as
 * a form of the word itself; the resolver's synonym weights still apply to it.
 */
export const DERIVATION_WEIGHT = 1;

/** Shortest infinitive considered: short verbs pair with unrelated short nouns (`créer` / `créature`). */
const MIN_VERB_LENGTH = 6;

/** One verb ↔ noun pair. */
export interface DerivationRow {
  verb: string;
  noun: string;
}

/**
 * The pairs: each infinitive (of at least {@link MIN_VERB_LENGTH} letters, a common word) with each
 * common word its ending derives, when the two have different index terms (the same term already
 * matches).
 */
export function buildDerivationRows(
  infinitives: Iterable<string>,
  commonWords: ReadonlySet<string>,
): DerivationRow[] {
  const rows = new Map<string, DerivationRow>();
  for (const verb of infinitives) {
    if (verb.length < MIN_VERB_LENGTH || !commonWords.has(verb)) continue;
    for (const [verbEnd, nounEnd] of DERIVATIONS) {
      if (!verb.endsWith(verbEnd)) continue;
      const noun = verb.slice(0, verb.length - verbEnd.length) + nounEnd;
      if (!commonWords.has(noun) || UNRELATED.has(`${verb}/${noun}`)) continue;
      if (termOf(noun) === termOf(verb)) continue;
      rows.set(`${verb}\t${noun}`, { verb, noun });
    }
  }
  return [...rows.values()];
}

/** The text of `fr-derivations.tsv`: both directions of each pair, like `fr-synonyms.tsv`. */
export function formatDerivationTsv(rows: readonly DerivationRow[]): string {
  const weight = formatWeight(DERIVATION_WEIGHT);
  return formatTsv(
    ["word", "synonym", "weight", "sources"],
    rows.flatMap(({ verb, noun }) => [
      [verb, noun, weight, "lefff"],
      [noun, verb, weight, "lefff"],
    ]),
  );
}
