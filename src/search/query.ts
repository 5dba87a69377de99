import {
  type AnalysisLanguage,
  blankFillers,
  detectLanguage,
  foldWord,
  isStopword,
  termOf,
  tokenize,
} from "../text/analyze.js";
import { type AnswerType, blankAnswerFrames, expectedAnswerType } from "./answer-type.js";
import type { Lexicon } from "./lexicon.js";
import type { Vocabulary } from "./vocabulary.js";

/**
 * One idea of the question (usually one word, or a multi-word name), with the index terms that
 * can stand for it and how much each counts.
 */
export interface Concept {
  /** The words of the question it comes from, as typed. */
  surface: string;
  /** Known index terms → weight in (0, 1]: 1 for the word itself, less for looser matches. */
  alternatives: Map<string, number>;
  /**
   * How much finding this concept tells: the idf of the word's own term, or when the corpus lacks
   * it, the highest idf × match weight of its looser matches. A word with no match at all
   * weighs much more if it looks like a name (`Paris`, `PSG`), since a question about a name the
   * corpus lacks is not answered by it, and less if it is a common word, often just a word the
   * article phrases differently (see {@link MatchWeights}).
   */
  weight: number;
  /** True when only typo-tolerant matching found alternatives (used for "did you mean"). */
  corrected: boolean;
}

/** How loosely each kind of match counts, relative to the word itself. */
export interface MatchWeights {
  alias: number;
  translation: number;
  synonym: number;
  /** A synonym of a word the corpus also has. */
  synonymBeside: number;
  prefix: number;
  fuzzy: number;
  /** A word of the opposite meaning, in a yes/no question (`arrêtée ?` → `poursuivi`). */
  antonym: number;
  /** Weight of a word the corpus lacks that looks like a name (`Paris`, `PSG`), × the highest idf. */
  unknownName: number;
  /** Weight of a common word the corpus lacks, × the highest idf. */
  unknownWord: number;
}

export const defaultMatchWeights: MatchWeights = {
  alias: 1,
  translation: 0.9,
  synonym: 0.8,
  synonymBeside: 0.6,
  prefix: 0.7,
  fuzzy: 0.6,
  antonym: 0.5,
  unknownName: 2,
  unknownWord: 0.4,
};

/** The analyzed question. */
export interface AnalyzedQuery {
  language: AnalysisLanguage;
  /** A yes/no question: its answer may state the opposite (`s'est arrêtée ?` → `a poursuivi`). */
  yesNo: boolean;
  /** The kind of answer the wording asks for (`combien de temps` → a duration), if it says. */
  answerType: AnswerType | null;
  concepts: Concept[];
}

// French elisions written without apostrophe: `larmee` (l'armée), `dhabitants` (d'habitants).
const GLUED_ELISION = /^(qu|l|d|j|m|n|s|t|c)(\p{L}{3,})$/u;
const MAX_PREFIX_EXPANSIONS = 8;

/**
 * Turns a question into concepts: alias names, then each remaining content word resolved against
 * the corpus vocabulary by exact term, glued elision, translation (English), synonyms, then typo
 * tolerance (prefix and edit distance) for words the corpus does not contain.
 */
export function analyzeQuery(
  query: string,
  vocabulary: Vocabulary,
  lexicon: Lexicon,
  weights: MatchWeights = defaultMatchWeights,
): AnalyzedQuery {
  const language = detectLanguage(query);
  const yesNo = isYesNoQuestion(query);
  const answerType = expectedAnswerType(query);
  const words = tokenize(blankFillers(blankAnswerFrames(query))).filter(
    (token) =>
      (token.surface.length >= 2 || /\p{N}/u.test(token.surface)) &&
      !isStopword(token.surface, "fr") &&
      !(language === "en" && isStopword(token.surface, "en")),
  );
  const terms = words.map((word) => termOf(word.surface));
  const concepts: Concept[] = [];
  const maxIdf = vocabulary.idf("");

  for (let index = 0; index < words.length;) {
    const alias = matchAlias(terms, index, lexicon);
    if (alias) {
      const alternatives = new Map<string, number>();
      for (const term of alias.phrase.terms) addIfKnown(alternatives, vocabulary, term, 1);
      for (const name of alias.phrase.alternatives)
        addWord(alternatives, vocabulary, name, weights.alias);
      const surface = words
        .slice(index, index + alias.length)
        .map((word) => word.surface)
        .join(" ");
      concepts.push(makeConcept(surface, alternatives, vocabulary, false));
      index += alias.length;
      continue;
    }
    const word = words[index];
    const term = terms[index];
    index++;
    if (!word || term === undefined) continue;
    const concept = resolveWord(
      word.surface,
      term,
      { language, yesNo },
      vocabulary,
      lexicon,
      weights,
    );
    if (concept.alternatives.size === 0) {
      // A capital marks a name, except on the question's first word (unless it is an acronym);
      // a number the corpus lacks (`2018`) is as specific as a name.
      const looksLikeName =
        /^\p{N}+$/u.test(word.surface) ||
        (/^\p{Lu}/u.test(word.surface) && (word.start > 0 || /^\p{Lu}{2,}$/u.test(word.surface)));
      concept.weight = maxIdf * (looksLikeName ? weights.unknownName : weights.unknownWord);
    }
    concepts.push(concept);
  }
  return { language, yesNo, answerType, concepts: mergeDuplicates(concepts) };
}

// Words that ask for something other than yes or no, French and English (`ou` is `où` typed
// without its accent: a yes/no question with "or" only loses its opposite-meaning matches).
const OPEN_QUESTION_WORDS = new Set(
  (
    "qui quoi quand ou comment pourquoi combien quel quelle quels quelles lequel laquelle " +
    "lesquels lesquelles koi kan what who whom whose when where why how which whats"
  ).split(" "),
);
const ASKS_YES_NO =
  /^\s*(?:est[\s-]*ce|is|are|was|were|did|does|do|has|have|had|can|could|will|would)\b/iu;
// `Que font…`, `Qu'a fait…`: a question word, unless it follows `est-ce`.
const OPENS_WITH_QUE = /^\s*qu(?:e\b|['’]|\s)/iu;

/**
 * True for a yes/no question: one that asks (a `?`, `est-ce que`, an English auxiliary first)
 * without a question word (`qui`, `quand`, `où`, `que font`, `what`…).
 */
export function isYesNoQuestion(query: string): boolean {
  if (!query.includes("?") && !ASKS_YES_NO.test(query)) return false;
  if (OPENS_WITH_QUE.test(query)) return false;
  return !tokenize(query).some(({ surface }) => OPEN_QUESTION_WORDS.has(foldWord(surface)));
}

function resolveWord(
  surface: string,
  term: string,
  { language, yesNo }: { language: AnalysisLanguage; yesNo: boolean },
  vocabulary: Vocabulary,
  lexicon: Lexicon,
  weights: MatchWeights,
): Concept {
  const alternatives = new Map<string, number>();
  addIfKnown(alternatives, vocabulary, term, 1);

  const glued = GLUED_ELISION.exec(foldWord(surface));
  if (alternatives.size === 0 && glued?.[2])
    addIfKnown(alternatives, vocabulary, termOf(glued[2]), 1);

  // French terms the word stands for, known to the corpus or not (their opposites may be).
  const meanings = [term];
  const translate = () => {
    for (const french of lexicon.translate(termOf(surface, "en"))) {
      const [single] = french;
      addWord(alternatives, vocabulary, french, weights.translation);
      if (french.length !== 1 || single === undefined) continue;
      meanings.push(single);
      if (!vocabulary.has(single)) {
        for (const synonym of lexicon.synonymsOf(single))
          addWord(alternatives, vocabulary, synonym, weights.translation * weights.synonym);
      }
    }
  };
  if (language === "en") translate();
  // Synonyms count fully when the corpus lacks the word, and as a looser match beside it
  // (`armée` also finds a paragraph that says `troupes`).
  const synonymWeight = alternatives.has(term) ? weights.synonymBeside : weights.synonym;
  for (const synonym of lexicon.synonymsOf(term))
    addWord(alternatives, vocabulary, synonym, synonymWeight);
  // An English word in a French question, once French has nothing for it.
  if (language === "fr" && alternatives.size === 0) translate();
  if (yesNo) {
    for (const meaning of meanings)
      for (const opposite of lexicon.antonymsOf(meaning))
        addWord(alternatives, vocabulary, opposite, weights.antonym);
  }

  let corrected = false;
  if (alternatives.size === 0) {
    const folded = foldWord(surface);
    for (const candidate of new Set([term, folded])) {
      if (candidate.length >= 5) {
        // `démine` → `déminage`, `démineurs`: the word is the start of known ones.
        for (const found of vocabulary.withPrefix(candidate, MAX_PREFIX_EXPANSIONS)) {
          addIfKnown(alternatives, vocabulary, found, weights.prefix);
        }
        // `retranchent` → `retranch`: a known term is the start of the word (a verb form the
        // stemmer left whole). At least 5 letters and 60 % of the word, so it stays specific.
        for (
          let length = candidate.length - 1;
          length >= Math.max(5, Math.ceil(candidate.length * 0.6));
          length--
        ) {
          const stem = candidate.slice(0, length);
          if (vocabulary.has(stem)) {
            addIfKnown(alternatives, vocabulary, stem, weights.prefix);
            break;
          }
        }
      }
      for (const { term: found, distance } of vocabulary.fuzzy(candidate, typoBudget(candidate))) {
        addIfKnown(alternatives, vocabulary, found, weights.fuzzy / distance);
      }
    }
    corrected = alternatives.size > 0;
  }
  return makeConcept(surface, alternatives, vocabulary, corrected);
}

/**
 * Edits allowed for a word of this length: none under 5 letters (short words are too often other
 * real words: `fois`/`mois`), one up to 7, two from 8.
 */
export function typoBudget(word: string): number {
  if (word.length < 5) return 0;
  return word.length < 8 ? 1 : 2;
}

function matchAlias(terms: string[], start: number, lexicon: Lexicon) {
  for (const phrase of lexicon.aliasPhrases) {
    if (phrase.terms.every((term, offset) => terms[start + offset] === term)) {
      return { phrase, length: phrase.terms.length };
    }
  }
  return null;
}

/**
 * Adds a word of a lexicon or alias group if the corpus has all its terms, through its most
 * distinctive one: `Etat islamique` through `islamique`, never `Al-Sukhnah` through `al` alone.
 */
function addWord(
  alternatives: Map<string, number>,
  vocabulary: Vocabulary,
  word: readonly string[],
  weight: number,
) {
  if (word.length === 0 || !word.every((term) => vocabulary.has(term))) return;
  const [rarest] = [...word].sort(
    (a, b) => vocabulary.documentFrequency(a) - vocabulary.documentFrequency(b),
  );
  if (rarest !== undefined) addIfKnown(alternatives, vocabulary, rarest, weight);
}

function addIfKnown(
  alternatives: Map<string, number>,
  vocabulary: Vocabulary,
  term: string,
  weight: number,
) {
  if (!vocabulary.has(term)) return;
  alternatives.set(term, Math.max(alternatives.get(term) ?? 0, weight));
}

function makeConcept(
  surface: string,
  alternatives: Map<string, number>,
  vocabulary: Vocabulary,
  corrected: boolean,
): Concept {
  // The word's own term sets the weight when the corpus has it; otherwise its looser matches,
  // each as much as its idf times how loosely it matches.
  let weight = 0;
  let exactWeight = 0;
  for (const [term, factor] of alternatives) {
    weight = Math.max(weight, vocabulary.idf(term) * factor);
    if (factor === 1) exactWeight = Math.max(exactWeight, vocabulary.idf(term));
  }
  if (exactWeight > 0) weight = exactWeight;
  return { surface, alternatives, weight, corrected };
}

/** A word asked twice is one concept. */
function mergeDuplicates(concepts: Concept[]): Concept[] {
  const seen = new Map<string, Concept>();
  for (const concept of concepts) {
    const key =
      concept.alternatives.size > 0
        ? [...concept.alternatives.keys()].sort().join(" ")
        : foldWord(concept.surface);
    if (!seen.has(key)) seen.set(key, concept);
  }
  return [...seen.values()];
}
