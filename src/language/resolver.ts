import { foldWord, termOf } from "./analyze.js";
import { type Lexicon, type LexiconWord, MAX_KEY_WORDS, phrasalKey } from "./lexicon.js";
import { ordinalSpellings } from "./ordinal.js";
import { phoneticKey } from "./phonetic.js";
import type { Question, QuestionWord } from "./question.js";
import { defaultMatchWeights, type MatchWeights } from "./weights.js";
import { typoBudget } from "./word-distance.js";

/**
 * The words a resolver matches against: a corpus's (search, autocomplete) or an article's
 * (summary topics). Terms are index terms as `analyze` gives them.
 */
export interface TermSource {
  has(term: string): boolean;
  /** Passages (or sentences) that contain the term; 0 when unknown. */
  documentFrequency(term: string): number;
  /** Inverse document frequency; an unknown term gets the rarest term's value. */
  idf(term: string): number;
  /** Known terms that start with `prefix` (other than itself), most frequent first. */
  withPrefix(prefix: string, limit: number): string[];
  /** Known terms within `maxDistance` edits of `term`, closest first. */
  fuzzy(term: string, maxDistance: number): { term: string; distance: number }[];
  /** Known terms of the words that share a French phonetic key ({@link phoneticKey}). */
  soundingLike(key: string): readonly string[];
}

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
   * How much finding this concept tells: the idf of the word's own term, or when the source lacks
   * it, the highest idf × match weight of its looser matches. A word with no match at all weighs
   * much more if it looks like a name (`Paris`, `PSG`, or a word no lexicon knows), since a
   * question about a name the corpus lacks is not answered by it, and less if it is a common word,
   * often just a word the article phrases differently.
   */
  weight: number;
  /** True when only typo-tolerant matching found alternatives (used for "did you mean"). */
  corrected: boolean;
  /**
   * True when the word is no word a lexicon knows and no name, so possibly a misspelling: only
   * such a word gets "did you mean" suggestions when nothing answers (a real word the corpus
   * lacks, `recipe` or `demain`, is not a typo of one it has).
   */
  maybeTypo: boolean;
  /** True when nothing matched and the word looks like a name or a number. */
  unknownName: boolean;
  /**
   * True when nothing matched and the word of a French question is one the dictionary knows only
   * as a noun (`paludisme`, `rugby`), the question's only such unmatched word: a topic the corpus
   * never mentions, unlike an unknown verb or chat word, which is often a way of asking.
   */
  unknownNoun: boolean;
}

// French elisions written without apostrophe: `larmee` (l'armée), `dhabitants` (d'habitants),
// `lom` (l'OM) before a two-letter acronym too.
const GLUED_ELISION = /^(qu|l|d|j|m|n|s|t|c)([aeiouyh]\p{L}+)$/u;
const MAX_PREFIX_EXPANSIONS = 8;
/**
 * Terms of the modal verbs (`veulent`, `peut`, `doivent`): in a question they frame what is asked
 * (`pourquoi le maire veut un tramway`, `ils peuvent rentrer ?`) more than they tell its topic.
 * `savoir` is a stopword already; `faut` is left out, since `faute` shares its term.
 */
const MODAL_VERB_TERMS: ReadonlySet<string> = new Set(["vouloir", "pouvoir", "devoir"]);
/** Most alternatives a concept keeps, strongest first. */
const MAX_ALTERNATIVES = 12;
/** Words whose resolution a resolver remembers per source (the least recently used forgotten). */
const RESOLVED_WORDS = 4096;

/**
 * Resolves questions into concepts against a term source: alias names first, then each word by
 * exact term, glued elision, translation (English), familiar word, acronym, synonyms, opposite
 * meaning (yes/no questions), and only then typo tolerance: prefix, edit distance and sound.
 * Search, autocomplete and summary topics all resolve through it, with one weights object.
 */
export class TermResolver {
  readonly lexicon: Lexicon;
  readonly weights: MatchWeights;
  /**
   * Words resolved lately, per source (sources do not change once they answer): a question typed
   * keystroke by keystroke (autocomplete) resolves the same words again at every keystroke, and
   * a typo walk on a large vocabulary costs milliseconds.
   */
  readonly #resolved = new WeakMap<TermSource, Map<string, Concept>>();

  constructor(lexicon: Lexicon, weights: MatchWeights = defaultMatchWeights) {
    this.lexicon = lexicon;
    this.weights = weights;
  }

  /** The question's concepts, as found in `source`. */
  resolve(question: Question, source: TermSource): Concept[] {
    const { words } = question;
    const concepts: Concept[] = [];
    /** Unmatched concepts that continue the one before them (`amann` of `kouign-amann`). */
    const compoundParts = new Set<Concept>();
    const maxIdf = source.idf("");
    for (let index = 0; index < words.length;) {
      const first = words[index];
      const phrasal = first && this.#matchPhrasalVerb(first, question, source);
      if (phrasal) {
        concepts.push(phrasal);
        index += words[index + 1]?.start === first?.particle?.start ? 2 : 1;
        continue;
      }
      if (first?.onlyWithParticle) {
        index++;
        continue;
      }
      const alias = this.#matchAlias(words, index);
      if (alias) {
        const alternatives = new Map<string, number>();
        for (const term of alias.terms) addIfKnown(alternatives, source, term, 1);
        for (const name of alias.alternatives)
          addWord(alternatives, source, { terms: name, weight: 1 }, this.weights.alias);
        const surface = words
          .slice(index, index + alias.terms.length)
          .map((word) => word.surface)
          .join(" ");
        concepts.push(makeConcept(surface, alternatives, source, false));
        index += alias.terms.length;
        continue;
      }
      const phrase = this.#matchPhrase(words, index, question, source);
      if (phrase) {
        concepts.push(phrase.concept);
        index += phrase.length;
        continue;
      }
      const word = words[index++];
      if (!word) continue;
      const concept = this.#resolveWordOnce(word, question, source);
      if (MODAL_VERB_TERMS.has(word.term)) concept.weight *= this.weights.modalVerb;
      if (concept.alternatives.size === 0) {
        concept.unknownName = this.#looksLikeName(word, question);
        concept.unknownNoun =
          !concept.unknownName && question.language === "fr" && this.lexicon.isNoun(word.folded);
        concept.weight =
          maxIdf * (concept.unknownName ? this.weights.unknownName : this.weights.unknownWord);
        const before = words[index - 2];
        if (
          before &&
          concepts.at(-1)?.alternatives.size === 0 &&
          question.text.slice(before.end, word.start) === "-"
        )
          compoundParts.add(concept);
      }
      concepts.push(concept);
    }
    weighUnknownNoun(concepts, compoundParts, maxIdf * this.weights.unknownNoun);
    return mergeDuplicates(concepts);
  }

  #matchAlias(words: readonly QuestionWord[], start: number) {
    return (
      this.lexicon.aliasPhrases.find((phrase) =>
        phrase.terms.every((term, offset) => words[start + offset]?.term === term),
      ) ?? null
    );
  }

  /**
   * A run of two or three words that a lexicon knows as one (`death toll` → `bilan`, `casse-croûte`
   * → `repas`), when it leads to words the source has; longest first.
   */
  #matchPhrase(
    words: readonly QuestionWord[],
    start: number,
    question: Question,
    source: TermSource,
  ): { concept: Concept; length: number } | null {
    const { lexicon, weights } = this;
    for (let length = Math.min(MAX_KEY_WORDS, words.length - start); length >= 2; length--) {
      const run = words.slice(start, start + length);
      const french = run.map((word) => word.term).join(" ");
      const alternatives = new Map<string, number>();
      for (const standard of lexicon.standardOf(french))
        addWord(alternatives, source, standard, weights.familiar);
      for (const synonym of lexicon.synonymsOf(french))
        addWord(alternatives, source, synonym, weights.synonym);
      if (question.language === "en" || alternatives.size === 0) {
        const english = run.map((word) => lexicon.englishTermOf(word.surface)).join(" ");
        for (const translation of lexicon.translate(english))
          addWord(alternatives, source, translation, weights.translation);
      }
      if (alternatives.size === 0) continue;
      // A phrase that only leads back to one of its own words (`dengue fever` → `dengue`) would
      // drop the others; its words are then read one by one.
      const own = new Set(run.map((word) => word.term));
      if (question.language === "en" && [...alternatives.keys()].every((term) => own.has(term)))
        continue;
      const surface = run.map((word) => word.surface).join(" ");
      return { concept: makeConcept(surface, alternatives, source, false), length };
    }
    return null;
  }

  /**
   * An English verb and the particle after it that a lexicon knows as one (`took off` →
   * `décoller`, `stepped down` → `démissionner`), when it leads to words the source has.
   */
  #matchPhrasalVerb(word: QuestionWord, question: Question, source: TermSource): Concept | null {
    const { particle } = word;
    if (question.language !== "en" || particle === undefined) return null;
    const key = phrasalKey(this.lexicon.englishTermOf(word.surface), particle.surface);
    const alternatives = new Map<string, number>();
    for (const french of this.lexicon.translate(key))
      addWord(alternatives, source, french, this.weights.translation);
    if (alternatives.size === 0) return null;
    return makeConcept(`${word.surface} ${particle.surface}`, alternatives, source, false);
  }

  /**
   * {@link #resolveWord}, remembered: its result depends only on the word, the question's language
   * and yes/no, and the source. Returns a copy the caller may change.
   */
  #resolveWordOnce(word: QuestionWord, question: Question, source: TermSource): Concept {
    let memo = this.#resolved.get(source);
    if (!memo) {
      memo = new Map();
      this.#resolved.set(source, memo);
    }
    const key = `${question.language}${question.yesNo ? 1 : 0}\0${word.surface}\0${word.term}\0${word.folded}`;
    let concept = memo.get(key);
    if (concept) memo.delete(key);
    else {
      concept = this.#resolveWord(word, question, source);
      if (memo.size >= RESOLVED_WORDS) memo.delete(memo.keys().next().value as string);
    }
    memo.set(key, concept);
    return { ...concept, alternatives: new Map(concept.alternatives) };
  }

  #resolveWord(word: QuestionWord, question: Question, source: TermSource): Concept {
    const { lexicon, weights } = this;
    const { term, folded } = word;
    const alternatives = new Map<string, number>();
    addIfKnown(alternatives, source, term, 1);
    // `3e` → `troisième`, `troisième` → `3e`: one ordinal, in figures or in words.
    for (const spelling of ordinalSpellings(word.surface))
      addIfKnown(alternatives, source, termOf(spelling), 1);

    // `larmee` (l'armée), and `dectares` (d'hectares: the mute h dropped with the apostrophe);
    // not a name the dictionary knows (`louvre` is no `l'ouvre`, `lorient` no `l'orient`).
    const glued = GLUED_ELISION.exec(folded);
    const name = lexicon.isName(folded);
    if (alternatives.size === 0 && glued?.[2] && !name) {
      addIfKnown(alternatives, source, termOf(glued[2]), weights.elision);
      if (alternatives.size === 0 && /^[aeiouy]/u.test(glued[2]))
        addIfKnown(alternatives, source, termOf(`h${glued[2]}`), weights.elision);
    }

    // `securite` (sécurité), `fermees` (fermées): the stemmer reads a final `é` typed as `e` as
    // another ending, so the word typed without its accent gets another term.
    if (alternatives.size === 0) {
      for (const accented of withFinalAccent(word.surface))
        addIfKnown(alternatives, source, termOf(accented), weights.accent);
    }

    // French terms the word stands for, known to the source or not (their opposites may be).
    const meanings = [term];
    const translate = () => {
      for (const french of lexicon.translateWord(word.surface)) {
        addWord(alternatives, source, french, weights.translation);
        const [single] = french.terms;
        if (french.terms.length !== 1 || single === undefined) continue;
        meanings.push(single);
        if (!source.has(single))
          for (const synonym of lexicon.synonymsOfTarget(french))
            addWord(alternatives, source, synonym, weights.translation * weights.synonym);
      }
    };
    if (question.language === "en") translate();
    // Synonyms of the word itself and of what its familiar form means, each by its own word.
    const synonymLists = [lexicon.synonymsOfWord(term, folded)];
    for (const standard of lexicon.standardOfWord(term, folded)) {
      addWord(alternatives, source, standard, weights.familiar);
      const [single] = standard.terms;
      if (standard.terms.length !== 1 || single === undefined) continue;
      synonymLists.push(lexicon.synonymsOfTarget(standard));
      meanings.push(single);
    }
    for (const expansion of lexicon.expansionsOf(term))
      addWord(alternatives, source, expansion, weights.acronym);
    // Synonyms count fully when the source lacks the word, and as a looser match beside it
    // (`armée` also finds a paragraph that says `troupes`).
    const synonymWeight = alternatives.has(term) ? weights.synonymBeside : weights.synonym;
    for (const synonyms of synonymLists)
      for (const synonym of synonyms) addWord(alternatives, source, synonym, synonymWeight);
    // An English word in a French question, once French has nothing for it; a French word only
    // when it is spelt as that English word ({@link #spelledAsEnglish}).
    if (
      question.language === "fr" &&
      alternatives.size === 0 &&
      (!lexicon.isCommonWord(term) || this.#spelledAsEnglish(word))
    )
      translate();
    if (question.yesNo) {
      for (const meaning of meanings)
        for (const opposite of lexicon.antonymsOf(meaning))
          addWord(alternatives, source, opposite, weights.antonym);
    }

    let corrected = false;
    // A word some lexicon knows is a real word the source lacks, not a typo of one it has
    // (`demain` is not `semaine` misspelt), and so is a name the dictionary knows (`louvre` is
    // not `ouvre` misspelt): a question about it is about something the source never names.
    const maybeTypo = !this.#isKnownWord(word, question) && !name;
    if (alternatives.size > 0 && !alternatives.has(term)) {
      // Synonyms of a word the source lacks leave out its own family, often what an article
      // writes (`rentrés dans le système`: `entrés`, beside `retour`, `regagner`).
      const family = new Map<string, number>();
      this.#matchWordFamily(word, source, family);
      if (family.size === 0) this.#matchRepetition(word, source, family);
      for (const [found, weight] of family) addIfKnown(alternatives, source, found, weight);
    }
    if (alternatives.size === 0) {
      this.#matchWordFamily(word, source, alternatives);
      if (alternatives.size === 0) this.#matchRepetition(word, source, alternatives);
      if (maybeTypo) this.#correctTypos(word, source, alternatives);
      // `sopose` (s'oppose), `lentrepise` (l'entreprise): an elision typed glued to a misspelt word.
      if (maybeTypo && alternatives.size === 0 && glued?.[2]) {
        const [, , rest] = glued;
        this.#correctTypos(
          { term: termOf(rest), folded: rest, surface: rest },
          source,
          alternatives,
        );
      }
      corrected = alternatives.size > 0;
    }
    return { ...makeConcept(word.surface, alternatives, source, corrected), maybeTypo };
  }

  /**
   * Whether a French word is also written as the English word its translation reads
   * (`reservoir`), so the English word's French words may stand for it; not a French word the
   * English stemmer makes another word (`signes`: `sign`, a panel).
   */
  #spelledAsEnglish(word: QuestionWord): boolean {
    return this.lexicon.englishTermOf(word.surface) === word.folded;
  }

  /**
   * Words of the same family for a word the source lacks: known words that start with it
   * (`démine` → `déminage`, `démineurs`) or that it starts with (`retranchent` → `retranch`).
   */
  #matchWordFamily(
    word: QuestionWord,
    source: TermSource,
    alternatives: Map<string, number>,
  ): void {
    const { weights } = this;
    for (const candidate of new Set([word.term, word.folded])) {
      if (candidate.length >= 5) {
        // `démine` → `déminage`, `démineurs`: the word is the start of known ones.
        for (const found of source.withPrefix(candidate, MAX_PREFIX_EXPANSIONS))
          addIfKnown(alternatives, source, found, weights.prefix);
        // `retranchent` → `retranch`: a known term is the start of the word (a verb form the
        // stemmer left whole). At least 5 letters and 60 % of the word, so it stays specific.
        for (
          let length = candidate.length - 1;
          length >= Math.max(5, Math.ceil(candidate.length * 0.6));
          length--
        ) {
          const stem = candidate.slice(0, length);
          if (source.has(stem)) {
            addIfKnown(alternatives, source, stem, weights.prefix);
            break;
          }
        }
      }
    }
  }

  /**
   * The verb without its prefix of repetition, for a word the source lacks (`revoter` → `voter`,
   * `reproduire` → `produire`, `rouvre` → `ouvre`, `rentrer` → `entrer`): doing a thing again is
   * news about the thing.
   */
  #matchRepetition(
    word: QuestionWord,
    source: TermSource,
    alternatives: Map<string, number>,
  ): void {
    const { folded } = word;
    const rests = [
      ...(folded.startsWith("re") ? [folded.slice(2)] : []),
      ...(/^r[aeiouy]/u.test(folded) ? [folded.slice(1)] : []),
    ];
    for (const rest of rests)
      if (rest.length >= MIN_REPEATED_VERB)
        addIfKnown(alternatives, source, termOf(rest), this.weights.prefix);
  }

  /** Typo tolerance for a word no lexicon knows: edit distance, then sound. */
  #correctTypos(
    word: Pick<QuestionWord, "term" | "folded" | "surface">,
    source: TermSource,
    alternatives: Map<string, number>,
  ): void {
    const { weights } = this;
    // The stem gets the budget of the word as typed: a typo in `prochène` (`prochen`) is one of
    // an eight-letter word, though its stem has seven.
    for (const candidate of new Set([word.term, word.folded])) {
      for (const { term, distance } of source.fuzzy(candidate, typoBudget(word.folded)))
        addIfKnown(alternatives, source, term, weights.fuzzy / distance);
    }
    // `acceuille` → `accueille`: two letters swapped, which edit distance counts twice.
    const letters = [...word.folded];
    if (letters.length >= 5)
      for (let index = 1; index < letters.length - 1; index++) {
        const swapped = [...letters];
        [swapped[index], swapped[index + 1]] = [letters[index + 1] ?? "", letters[index] ?? ""];
        addIfKnown(alternatives, source, termOf(swapped.join("")), weights.fuzzy);
      }
    // `moustik` → `moustique`, `periferique` → `périphérique`: typed by ear, often two edits away.
    const key = phoneticKey(word.surface);
    if (key !== null)
      for (const term of source.soundingLike(key))
        addIfKnown(alternatives, source, term, weights.phonetic);
  }

  /** Whether a lexicon knows the word: French, familiar, or English in an English question. */
  #isKnownWord(word: QuestionWord, question: Question): boolean {
    const { lexicon } = this;
    if (lexicon.isCommonWord(word.term)) return true;
    return lexicon.translateWord(word.surface).length > 0 && question.language === "en";
  }

  /**
   * A word nothing matched looks like a name when it is a number (`2018`), written with a capital
   * (except as the question's first word, unless an acronym), or, in a French question, a
   * lower-case word the dictionary knows as a name (`lyon`) or that no lexicon knows and that does
   * not sound like a common word misspelt (`sncf`, `airbnb`, but not `redemarage`), in French and
   * English questions alike: a question about a name the corpus lacks is not answered by it.
   */
  #looksLikeName(word: QuestionWord, question: Question): boolean {
    if (/^\p{N}+$/u.test(word.surface)) return true;
    if (/^\p{Lu}/u.test(word.surface) && (word.start > 0 || /^\p{Lu}{2,}$/u.test(word.surface)))
      return true;
    if (word.folded.length < 4 || !/^\p{L}+$/u.test(word.folded)) return false;
    // In an English question, an English word the lexicon translates is no name; a French name
    // (`marseille`) that is no English word is one, and so is a word no lexicon knows that sounds
    // like no common word (`iphone`, `tesla`), as in French.
    if (question.language === "en") {
      if (this.lexicon.translateWord(word.surface).length > 0) return false;
      if (this.lexicon.isName(word.folded)) return true;
      if (this.lexicon.isCommonWord(word.term)) return false;
      const key = phoneticKey(word.surface);
      return key === null || !this.lexicon.soundsCommon(key);
    }
    if (this.lexicon.isName(word.folded)) return true;
    if (this.#isKnownWord(word, question)) return false;
    const key = phoneticKey(word.surface);
    return key === null || !this.lexicon.soundsCommon(key);
  }
}

/** Shortest verb read under a prefix of repetition (`revoter` → `voter`, not `rebus` → `bus`). */
const MIN_REPEATED_VERB = 5;

// A final `e`, `es`, `ee` or `ees` that may be an `é` typed without its accent; a final `iere` or
// `ieres` that may be `ière`.
const UNACCENTED_END = /^(\p{L}{2,}?)e(e?s?)$/u;
const UNACCENTED_IERE = /^(\p{L}{2,})iere(s?)$/u;

/**
 * The word with its final `e` read as `é` (`securite` → `securité`, `fermees` → `fermées`) or
 * its final `iere` as `ière` (`derniere` → `dernière`), or none when the word has an accent
 * already (it was typed with care) or no such ending.
 */
function withFinalAccent(surface: string): string[] {
  const lower = surface.toLowerCase();
  if (foldWord(lower) !== lower) return [];
  const acute = UNACCENTED_END.exec(lower);
  const grave = UNACCENTED_IERE.exec(lower);
  return [
    ...(acute ? [`${acute[1]}é${acute[2]}`] : []),
    ...(grave ? [`${grave[1]}ière${grave[2]}`] : []),
  ];
}

/**
 * Adds a lexicon or alias word if the source has all its terms, through its most distinctive
 * one: `Etat islamique` through `islamique`, never `Al-Sukhnah` through `al` alone.
 */
function addWord(
  alternatives: Map<string, number>,
  source: TermSource,
  word: LexiconWord,
  weight: number,
): void {
  if (word.terms.length === 0 || !word.terms.every((term) => source.has(term))) return;
  const [rarest] = [...word.terms].sort(
    (a, b) => source.documentFrequency(a) - source.documentFrequency(b),
  );
  if (rarest !== undefined) addIfKnown(alternatives, source, rarest, weight * word.weight);
}

function addIfKnown(
  alternatives: Map<string, number>,
  source: TermSource,
  term: string,
  weight: number,
): void {
  if (!source.has(term)) return;
  alternatives.set(term, Math.max(alternatives.get(term) ?? 0, weight));
}

function makeConcept(
  surface: string,
  alternatives: Map<string, number>,
  source: TermSource,
  corrected: boolean,
): Concept {
  // The word's own term sets the weight when the source has it; otherwise its looser matches,
  // each as much as its idf times how loosely it matches.
  let weight = 0;
  let exactWeight = 0;
  for (const [term, factor] of alternatives) {
    weight = Math.max(weight, source.idf(term) * factor);
    if (factor === 1) exactWeight = Math.max(exactWeight, source.idf(term));
  }
  if (exactWeight > 0) weight = exactWeight;
  return {
    surface,
    alternatives: strongest(alternatives),
    weight,
    corrected,
    maybeTypo: false,
    unknownName: false,
    unknownNoun: false,
  };
}

/**
 * The {@link MAX_ALTERNATIVES} best alternatives of a concept: past them, generated lexicons only
 * add loose words that cost time on a large corpus and rarely decide an answer.
 */
function strongest(alternatives: Map<string, number>): Map<string, number> {
  if (alternatives.size <= MAX_ALTERNATIVES) return alternatives;
  return new Map(
    [...alternatives]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, MAX_ALTERNATIVES),
  );
}

/**
 * Gives an unknown noun its own weight when it is the question's only unmatched word: one missing
 * topic among matched words tells that the question is about something the corpus never names
 * (`le taux de chômage dans la zone euro`), while several unmatched words are more often the
 * question phrased otherwise than the article (`garde encore des traces de la guerre`), and the
 * noun then weighs as any unknown common word. The unmatched parts of one hyphenated word
 * (`kouign-amann`, in `compoundParts` but for the first) count as one word, each part a noun.
 */
function weighUnknownNoun(
  concepts: readonly Concept[],
  compoundParts: ReadonlySet<Concept>,
  weight: number,
): void {
  const unmatched = concepts.filter((concept) => concept.alternatives.size === 0);
  const words = unmatched.filter((concept) => !compoundParts.has(concept)).length;
  if (words === 1 && unmatched.every((concept) => concept.unknownNoun))
    for (const noun of unmatched) noun.weight = weight;
  else for (const concept of unmatched) concept.unknownNoun = false;
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
