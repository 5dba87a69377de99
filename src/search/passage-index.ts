import type { Article, Corpus, Passage } from "../corpus/types.js";
import { ANSWER_KIND_BIT, LOCATES_BIT } from "../language/answer-kind.js";
import { type GeneralLexicon, Lexicon, shippedLexicon } from "../language/lexicon.js";
import { foldWord, termOf } from "../language/analyze.js";
import {
  analyzeQuestion,
  MAX_QUESTION_LENGTH,
  type Question,
  type QuestionWord,
} from "../language/question.js";
import { type Concept, TermResolver } from "../language/resolver.js";
import type { Vocabulary } from "../language/vocabulary.js";
import { defaultMatchWeights, type MatchWeights } from "../language/weights.js";
import { marksOf } from "./highlight.js";
import { type AnalysisObserver, buildIndexState, type IndexState } from "./index-state.js";
import { type PassageSearch, selectNth } from "./passage-search.js";
import { pairsOf, type PostingsView } from "./postings.js";
import type { PassageTerms } from "./passage-terms.js";
import { createSlicer } from "./slicer.js";
import { suggestCompletions } from "./suggest.js";
import type { IndexStats, SearchHit, SearchOptions, SearchResponse } from "./types.js";

/** A question as the index understands it: its analysis and its concepts in this corpus. */
export interface AnalyzedQuery extends Question {
  concepts: Concept[];
}

/** Search tuning. Every field has a default in {@link defaultPassageIndexOptions}. */
export interface PassageIndexOptions {
  /** Weight of a match in the article title relative to one in the passage text. */
  titleBoost?: number;
  /** Part of the question's weight a passage must cover to count as an answer (0-1). */
  minCoverage?: number;
  /** Hits after the first must score at least this fraction of the first's score. */
  minRelativeScore?: number;
  /** How much coverage shapes the ranking on top of BM25 (0 = plain BM25). */
  coverageExponent?: number;
  /**
   * Score bonus (fraction) of a passage holding the kind of answer the question's wording asks
   * for: a duration for `combien de temps`, a date for `quand`, a number for `combien`; twice for
   * a `où` question on a passage that situates something (`située à 120 kilomètres de`).
   */
  answerKindBoost?: number;
  /**
   * Coverage a passage keeps when the question asks for a kind of answer (a sum, a date, a person)
   * its text does not hold: such a passage answers only if it covers the rest well.
   */
  answerKindMissCoverage?: number;
  /**
   * Coverage a passage keeps for each name or number of the question the corpus lacks (`Lyon`,
   * `2018`, `sncf`), or that its own article never says: a question about something the articles
   * never name is rarely answered by them, nor by an article about somewhere or someone else.
   */
  missingNameCoverage?: number;
  /**
   * Coverage a passage keeps for each number or month of the question its text does not hold
   * (`2020`, `6`, `juillet`): a passage about another year, another month or another figure
   * rarely answers, even in the right article.
   */
  missingNumberCoverage?: number;
  /**
   * Coverage a passage keeps when, of the question's concepts, it matches only names and numbers
   * while some other word (the detail asked: `population`, `directeur`, `coût`) it lacks or
   * matches only loosely: a passage naming the right place or person but not what is asked
   * about it is rarely the answer.
   */
  namesOnlyCoverage?: number;
  /**
   * Coverage a passage keeps, on top of `answerKindMissCoverage`, when besides lacking the kind of
   * answer asked it misses the detail asked, the question's first word that is neither a name nor
   * a number (`directeur` in `qui est le directeur de la centrale de Golfech`, `coûté` in
   * `combien a coûté la campagne de…`): a passage that neither gives that kind of answer nor speaks
   * of what is asked only shares the question's topic.
   */
  askedDetailMissCoverage?: number;
  /** BM25 parameters passed to MiniSearch. */
  bm25?: { k: number; b: number; d: number };
  /** Weights of looser matches (alias, translation, synonym, prefix, typo). */
  matchWeights?: MatchWeights;
  /** General lexicons (English→French, French synonyms…); the shipped ones when absent. */
  lexicon?: GeneralLexicon;
  /** Longest the build may hold the event loop before yielding, in ms. */
  sliceMs?: number;
}

export const defaultPassageIndexOptions = {
  titleBoost: 0.3,
  minCoverage: 0.35,
  minRelativeScore: 0.3,
  coverageExponent: 2.5,
  answerKindBoost: 0.5,
  answerKindMissCoverage: 0.7,
  missingNameCoverage: 0.5,
  missingNumberCoverage: 0.5,
  namesOnlyCoverage: 0.5,
  askedDetailMissCoverage: 0.75,
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
  matchWeights: defaultMatchWeights,
  sliceMs: 8,
} satisfies Omit<Required<PassageIndexOptions>, "lexicon">;

/** Every search setting, defaults filled in. */
export type PassageIndexSettings = typeof defaultPassageIndexOptions & { lexicon?: GeneralLexicon };

/** The options with their defaults filled in. */
export function passageIndexSettings(options: PassageIndexOptions = {}): PassageIndexSettings {
  return { ...defaultPassageIndexOptions, ...options };
}

interface Candidate {
  passage: Passage;
  /** Its position in the index. */
  position: number;
  article: Article;
  score: number;
  coverage: number;
}

/** What the ranking reads of a concept beside its matches: what it names, and where. */
interface ConceptDetails {
  /** A number or month of the question (`2020`, `juillet`): the passage's text must say it. */
  number: boolean;
  /** A name or number (`Lyon`, `RN`, `2020`): the passage's article must say it somewhere. */
  name: boolean;
  /**
   * A word typed in lower case that the corpus writes only as a name (`golfech`): its article
   * must say it too. It does not count as a name for `namesOnlyCoverage`: typed beside another
   * keyword (`cpme pénibilité`) it is often a topic, the other word only in the article's title.
   */
  writtenAsName: boolean;
  /** Its alternatives' postings in passage texts. */
  postings: (PostingsView | undefined)[];
  /**
   * By article index (in the corpus's order), 1 where a passage of the article holds the concept
   * (worked out when first asked).
   */
  articles: Uint8Array | null;
}

const DEFAULT_LIMIT = 3;
const MAX_CANDIDATES = 100;
/** Postings MiniSearch may walk for one question before commoner terms are only checked. */
const POSTINGS_BUDGET = 5000;
/** Candidates scored per question, in MiniSearch's order (BM25 on the retrieval terms). */
const MAX_SCORED = 1000;
/**
 * Below this match weight a word counts as missed for `namesOnlyCoverage`: a far synonym or a
 * shared prefix (`habitants` → `habitat`) does not show the passage speaks of the detail asked.
 */
const LOOSE_MATCH = 0.4;
/** Autocomplete ranks completions by the passages of the words typed so far only below this df. */
const RELATED_MAX_DF = 300;
const RELATED_CACHE_SIZE = 256;

/**
 * A searchable index of a corpus's passages: MiniSearch (BM25) over French-analyzed terms, with
 * query expansion, coverage-aware ranking, an honest "no answer", highlights and autocomplete.
 * Build it with {@link buildPassageIndexAsync}.
 */
export class PassageIndex {
  readonly stats: IndexStats;
  /** @internal what the index was built into (for updates and snapshots); never change it. */
  readonly state: IndexState;
  /** The corpus the index serves. */
  readonly corpus: Corpus;
  /** @internal the settings it searches with. */
  readonly settings: PassageIndexSettings;
  readonly #search: PassageSearch;
  readonly #vocabulary: Vocabulary;
  readonly #resolver: TermResolver;
  readonly #passages: readonly (Passage | undefined)[];
  readonly #passageTerms: PassageTerms;
  /** The passages' average length in terms (read once: the state does not change under an index). */
  readonly #averageLength: number;
  /** Per passage, the kinds of answers its text holds ({@link answerKindsOf}). */
  readonly #answerKinds: Uint8Array;
  readonly #articleList: readonly Article[];
  /**
   * By position, the index in {@link #articleList} of the passage's article (-1: no passage): the
   * ranking reads it for each of up to 1,000 candidates, and reaching each passage object and its
   * article id instead cost more than scoring them.
   */
  readonly #articleAt: Int32Array;
  readonly #options: PassageIndexSettings;
  readonly #relatedCache = new Map<string, readonly number[]>();
  /** Scratch of {@link #bestMatches}: by short id, a candidate's index + 1 (all zero between questions). */
  #candidateSlots = new Int32Array(0);
  /** Scratch of {@link #bestMatches}' per candidate and concept matches (overwritten each question). */
  #matchScratch = new Float64Array(0);

  /** @internal use {@link buildPassageIndexAsync}, or a snapshot or update of a built one */
  constructor(state: IndexState, corpus: Corpus, settings: PassageIndexSettings) {
    this.state = state;
    this.corpus = corpus;
    this.settings = settings;
    this.#search = state.search;
    this.#vocabulary = state.vocabulary;
    this.#resolver = new TermResolver(
      new Lexicon(settings.lexicon ?? shippedLexicon(), corpus.aliases),
      settings.matchWeights,
    );
    this.#passages = state.passages;
    this.#passageTerms = state.passageTerms;
    this.#averageLength = state.passageTerms.averageLength;
    this.#answerKinds = state.answerKinds;
    this.#articleList = corpus.articles;
    this.#articleAt = articleIndexes(state, corpus.articles);
    this.#options = settings;
    this.stats = {
      articles: corpus.articles.length,
      passages: state.search.documentCount,
      terms: state.vocabulary.termCount,
    };
  }

  /** The question as the index understands it (for debugging and the summary's topic matching). */
  analyze(query: string): AnalyzedQuery {
    const question = analyzeQuestion(query);
    return { ...question, concepts: this.#resolver.resolve(question, this.#vocabulary) };
  }

  /** Ranked passages that answer the question, or none and "did you mean" terms. */
  search(query: string, options: SearchOptions = {}): SearchResponse {
    const limit = clampInteger(options.limit ?? DEFAULT_LIMIT, 1, 50);
    const offset = clampInteger(options.offset ?? 0, 0, MAX_CANDIDATES);
    const analyzed = this.analyze(query);
    const { concepts } = analyzed;
    const candidates = this.#rank(analyzed);
    const page = candidates.slice(offset, offset + limit);
    const results: SearchHit[] = page.map((candidate) => {
      const matched = this.#matchedTerms(concepts, candidate.position);
      const { highlights, bestSentence } = marksOf(candidate.passage, concepts, matched);
      return {
        passage: candidate.passage,
        article: candidate.article,
        score: round(candidate.score),
        coverage: round(candidate.coverage),
        bestSentence,
        highlights,
      };
    });
    return {
      query,
      results,
      hasMore: candidates.length > offset + limit,
      suggestions: this.#didYouMean(concepts, candidates.length === 0),
    };
  }

  /** Completions of a partial question for autocomplete (at most `limit`, each ≤ 100 chars). */
  suggest(partial: string, limit = 10): string[] {
    return suggestCompletions(partial.slice(0, MAX_QUESTION_LENGTH), limit, {
      vocabulary: this.#vocabulary,
      articles: this.#articleList,
      relatedTo: (head) => {
        const shortIds = this.#relatedPositions(head).map((position) =>
          this.#search.shortIdOf(position),
        );
        return (term) => {
          const postings = this.#search.textPostings(term);
          return (
            postings !== undefined && shortIds.some((id) => id !== undefined && postings.has(id))
          );
        };
      },
    });
  }

  /**
   * The positions of the few passages that best match the rarest words typed so far, for ranking
   * completions: a plain MiniSearch look-up of at most two rare terms (none when all are common),
   * cheap enough for every keystroke, and remembered per head (the least recently used forgotten
   * first), which stays the same while a word is typed.
   */
  #relatedPositions(head: string): readonly number[] {
    const cache = this.#relatedCache;
    const cached = cache.get(head);
    if (cached) {
      cache.delete(head);
      cache.set(head, cached);
      return cached;
    }
    const rare = this.analyze(head)
      .concepts.flatMap((concept) => [...concept.alternatives.keys()])
      .filter((term) => this.#vocabulary.documentFrequency(term) <= RELATED_MAX_DF)
      .sort((a, b) => this.#vocabulary.documentFrequency(a) - this.#vocabulary.documentFrequency(b))
      .slice(0, 2);
    const positions =
      rare.length === 0
        ? []
        : this.#search
            .rankedPositions(rare, 5)
            .filter((position) => this.#passages[position] !== undefined);
    if (cache.size >= RELATED_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(head, positions);
    return positions;
  }

  /**
   * Candidates for the concepts, best first. MiniSearch retrieves candidates with the question's
   * rarest terms, within a budget of postings so that a question full of common words stays fast
   * on a large corpus. Each candidate is then scored per concept: BM25 of the concept's best
   * alternative (a concept counts once, however many of its synonyms a passage has), times the
   * alternative's weight; the article title counts at `titleBoost`. Coverage, the part of the
   * question's weight the passage matches, shapes the score and decides the "no answer".
   */
  #rank({ concepts, answerKind, words }: AnalyzedQuery): Candidate[] {
    const known = concepts.filter((concept) => concept.alternatives.size > 0);
    if (known.length === 0) return [];
    const vocabulary = this.#vocabulary;
    const terms = [...new Set(known.flatMap((concept) => [...concept.alternatives.keys()]))];
    const byRarity = terms.sort(
      (a, b) => vocabulary.documentFrequency(a) - vocabulary.documentFrequency(b),
    );
    let postings = 0;
    let retrieved = 0;
    for (const term of byRarity) {
      const df = vocabulary.documentFrequency(term);
      if (retrieved > 0 && postings + df > POSTINGS_BUDGET) break;
      postings += df;
      retrieved++;
    }
    // The best `MAX_SCORED` by BM25 alone, in no order: they are scored again below.
    const retrievedPositions = this.#search.bestPositions(byRarity.slice(0, retrieved), MAX_SCORED);

    const {
      minCoverage,
      coverageExponent,
      answerKindBoost,
      answerKindMissCoverage,
      missingNameCoverage,
      missingNumberCoverage,
      namesOnlyCoverage,
      askedDetailMissCoverage,
    } = this.#options;
    const missingNames = concepts.filter((concept) => concept.unknownName).length;
    const namesFactor = missingNameCoverage ** missingNames;
    const answerBit = answerKind ? ANSWER_KIND_BIT[answerKind] : 0;
    const details = known.map((concept): ConceptDetails => ({
      number: isNumber(concept.surface) || MONTH.test(concept.surface),
      name: this.#namesSomething(concept, words),
      writtenAsName: this.#writtenAsName(concept.surface),
      articles: null,
      postings: [...concept.alternatives.keys()].map((term) => this.#search.textPostings(term)),
    }));
    const asked = askedDetailIndex(concepts, known, details);
    const totalWeight = concepts.reduce((sum, concept) => sum + concept.weight, 0);
    const { best, bestScore } = this.#bestMatches(known, retrievedPositions);
    const count = retrievedPositions.length;
    const scores = new Float64Array(count);
    const coverages = new Float64Array(count);
    const kept: number[] = [];
    let top = 0;
    for (let index = 0; index < count; index++) {
      const position = retrievedPositions[index] as number;
      const article = this.#articleList[this.#articleAt[position] ?? -1];
      if (!article) continue;
      let covered = 0;
      let score = 0;
      let missingNumbers = 0;
      let namesElsewhere = 0;
      let namesMatched = 0;
      let wordsMatched = 0;
      let wordsMissed = 0;
      let askedMissed = asked === -1;
      for (let conceptIndex = 0; conceptIndex < known.length; conceptIndex++) {
        const at = index * known.length + conceptIndex;
        const bestMatch = best[at] as number;
        const detail = details[conceptIndex] as ConceptDetails;
        if (detail.number && bestMatch < 1) missingNumbers++;
        if (
          (detail.name || detail.writtenAsName) &&
          bestMatch === 0 &&
          !this.#articleSays(this.#articleAt[position] as number, detail)
        )
          namesElsewhere++;
        if (detail.name || detail.number) namesMatched += bestMatch > 0 ? 1 : 0;
        else if (bestMatch >= LOOSE_MATCH) wordsMatched++;
        else {
          wordsMissed++;
          if (conceptIndex === asked) askedMissed = true;
        }
        covered += (known[conceptIndex] as Concept).weight * Math.min(bestMatch, 1);
        score += bestScore[at] as number;
      }
      const kinds = this.#answerKinds[position] ?? 0;
      const holdsKind = (kinds & answerBit) !== 0;
      const coverage =
        (totalWeight > 0 ? covered / totalWeight : 0) *
        (answerBit !== 0 && !holdsKind
          ? answerKindMissCoverage * (askedMissed ? askedDetailMissCoverage : 1)
          : 1) *
        namesFactor *
        missingNameCoverage ** namesElsewhere *
        missingNumberCoverage ** missingNumbers *
        (namesMatched > 0 && wordsMatched === 0 && wordsMissed > 0 ? namesOnlyCoverage : 1);
      if (coverage < minCoverage) continue;
      const answers =
        (holdsKind ? 1 + answerKindBoost : 1) *
        (answerKind === "place" && (kinds & LOCATES_BIT) !== 0 ? 1 + answerKindBoost : 1);
      const ranked = score * coverage ** coverageExponent * answers;
      scores[index] = ranked;
      coverages[index] = coverage;
      if (ranked > top) top = ranked;
      kept.push(index);
    }
    return this.#bestCandidates(kept, retrievedPositions, scores, coverages, top);
  }

  /**
   * The candidates (indexes into `positions`) scoring at least `minRelativeScore` of the top
   * score, best first (ties by passage id), at most `MAX_CANDIDATES`: only those that can make
   * the cut are sorted, and only they become {@link Candidate} objects.
   */
  #bestCandidates(
    kept: readonly number[],
    positions: readonly number[],
    scores: Float64Array,
    coverages: Float64Array,
    top: number,
  ): Candidate[] {
    const floor = top * this.#options.minRelativeScore;
    let chosen = kept.filter((index) => (scores[index] as number) >= floor);
    if (chosen.length > MAX_CANDIDATES) {
      const values = Float64Array.from(chosen, (index) => scores[index] as number);
      const cut = selectNth(values, chosen.length - MAX_CANDIDATES);
      chosen = chosen.filter((index) => (scores[index] as number) >= cut);
    }
    const passageAt = (index: number) => this.#passages[positions[index] as number] as Passage;
    chosen.sort(
      (a, b) =>
        Math.sign((scores[b] as number) - (scores[a] as number)) ||
        passageAt(a).id.localeCompare(passageAt(b).id),
    );
    return chosen.slice(0, MAX_CANDIDATES).map((index) => {
      const position = positions[index] as number;
      return {
        passage: passageAt(index),
        position,
        article: this.#articleList[this.#articleAt[position] as number] as Article,
        coverage: coverages[index] as number,
        score: scores[index] as number,
      };
    });
  }

  /**
   * For each candidate (by index in `positions`) and concept (by index in `concepts`), at
   * `index * concepts.length + conceptIndex`: the weight of the concept's best alternative the
   * passage holds (`best`) and the best of their BM25 scores times their weights (`bestScore`).
   * An alternative found in the passage's text counts fully; found only in its article's title,
   * at `titleBoost`. Each alternative's postings are walked once when that is cheaper than looking
   * every candidate up in them (a rare term has a few postings, a question up to 1,000 candidates).
   */
  #bestMatches(
    concepts: readonly Concept[],
    positions: readonly number[],
  ): { best: Float64Array; bestScore: Float64Array } {
    const search = this.#search;
    const { titleBoost } = this.#options;
    const count = positions.length;
    const size = count * concepts.length;
    // Both arrays in one buffer kept between questions: a question can fill 160 KB of them.
    if (this.#matchScratch.length < 2 * size) this.#matchScratch = new Float64Array(2 * size);
    const best = this.#matchScratch.subarray(0, size).fill(0);
    const bestScore = this.#matchScratch.subarray(size, 2 * size).fill(0);
    // Candidate index + 1 by short id (0: not a candidate), reset before returning.
    if (this.#candidateSlots.length < search.shortIdLimit)
      this.#candidateSlots = new Int32Array(Math.ceil(search.shortIdLimit * 1.25));
    const slots = this.#candidateSlots;
    const shortIds = positions.map((position, index) => {
      const shortId = search.shortIdOf(position) ?? -1;
      if (shortId >= 0) slots[shortId] = index + 1;
      return shortId;
    });
    const inText = new Int32Array(count);
    const inTitle = new Int32Array(count);
    concepts.forEach((concept, conceptIndex) => {
      for (const [term, factor] of concept.alternatives) {
        const idf = this.#vocabulary.idf(term);
        frequenciesOf(search.textPostings(term), slots, shortIds, inText);
        frequenciesOf(search.titlePostings(term), slots, shortIds, inTitle);
        for (let index = 0; index < count; index++) {
          const frequency = inText[index] as number;
          const titled = frequency === 0 && (inTitle[index] as number) > 0;
          if (frequency === 0 && !titled) continue;
          const position = positions[index] as number;
          const match = titled ? factor * titleBoost : factor;
          const score = match * this.#bm25(idf, titled ? 1 : frequency, position);
          const at = index * concepts.length + conceptIndex;
          if (match > (best[at] as number)) best[at] = match;
          if (score > (bestScore[at] as number)) bestScore[at] = score;
        }
      }
    });
    for (const shortId of shortIds) if (shortId >= 0) slots[shortId] = 0;
    return { best, bestScore };
  }

  /** The question's terms a passage's text holds, for its highlights. */
  #matchedTerms(concepts: readonly Concept[], position: number): Set<string> {
    const shortId = this.#search.shortIdOf(position);
    const matched = new Set<string>();
    if (shortId === undefined) return matched;
    for (const concept of concepts)
      for (const term of concept.alternatives.keys())
        if (this.#search.textPostings(term)?.has(shortId)) matched.add(term);
    return matched;
  }

  /**
   * Whether a concept names something, as the resolver tells a name (`Lyon` past the first word,
   * `RN`, `2020`, or a word the dictionary knows as a name: `lyon`): a passage answers a question
   * about it only if its article says it somewhere.
   */
  #namesSomething(concept: Concept, words: readonly QuestionWord[]): boolean {
    const { surface } = concept;
    if (isNumber(surface)) return true;
    const start = words.find((word) => surface.startsWith(word.surface))?.start ?? 0;
    if (/^\p{Lu}/u.test(surface) && (start > 0 || /^\p{Lu}{2,}/u.test(surface))) return true;
    return !surface.includes(" ") && this.#resolver.lexicon.isName(foldWord(surface));
  }

  /**
   * Whether the corpus writes the word only with a capital while no lexicon knows it as a common
   * word (`golfech`, `goff`): a proper name, even typed in lower case.
   */
  #writtenAsName(surface: string): boolean {
    if (surface.includes(" ")) return false;
    const term = termOf(surface);
    return (
      !this.#resolver.lexicon.isCommonWord(term) && this.#vocabulary.writtenOnlyCapitalised(term)
    );
  }

  /**
   * Whether some passage of the article (its index in the corpus) holds one of the concept's
   * terms: the articles of its postings are marked once per question, by index, not by id.
   */
  #articleSays(articleIndex: number, concept: ConceptDetails): boolean {
    if (!concept.articles) {
      const articles = new Uint8Array(this.#articleList.length);
      for (const postings of concept.postings) {
        if (!postings) continue;
        const { array, start, end } = pairsOf(postings);
        for (let pair = start; pair < end; pair += 2) {
          const position = this.#search.positionOf(array[pair] as number);
          const index = position === undefined ? -1 : (this.#articleAt[position] ?? -1);
          if (index >= 0) articles[index] = 1;
        }
      }
      concept.articles = articles;
    }
    return concept.articles[articleIndex] === 1;
  }

  /** BM25+ (as MiniSearch computes it) of a term occurring `frequency` times in a passage. */
  #bm25(idf: number, frequency: number, position: number): number {
    const { k, b, d } = this.#options.bm25;
    const lengthRatio = this.#passageTerms.length(position) / (this.#averageLength || 1);
    return idf * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + b * lengthRatio)));
  }

  /** Spellings the corpus does contain that are closest to what was asked. */
  #didYouMean(concepts: Concept[], missed: boolean): string[] {
    const suggestions = new Set<string>();
    for (const concept of concepts) {
      if (concept.alternatives.size === 0) {
        // The typo walk costs milliseconds on a large vocabulary: only on a miss, and only for a
        // word that may be misspelt.
        if (missed && concept.maybeTypo)
          for (const word of this.#vocabulary.fuzzyWords(concept.surface, 3)) suggestions.add(word);
      } else if (concept.corrected || missed) {
        for (const term of concept.alternatives.keys()) {
          const display = this.#vocabulary.displayOf(term);
          if (display) suggestions.add(display);
        }
      }
    }
    return [...suggestions].slice(0, 8);
  }
}

/** {@link PassageIndex}'s article index by position (-1 where no passage is). */
function articleIndexes(state: IndexState, articles: readonly Article[]): Int32Array {
  const indexes = new Int32Array(state.passages.length).fill(-1);
  articles.forEach((article, index) => {
    for (const position of state.articles.get(article.id)?.positions ?? [])
      if (state.passages[position]) indexes[position] = index;
  });
  return indexes;
}

/**
 * How often a term occurs in each candidate, into `out` (by candidate index; 0: not at all):
 * the postings walked once when they are few, else each candidate looked up in them (a rare term
 * has a few postings, a question up to 1,000 candidates). `slots` gives a short id's candidate
 * index + 1 (0: no candidate), `shortIds` each candidate's short id.
 */
function frequenciesOf(
  postings: PostingsView | undefined,
  slots: Int32Array,
  shortIds: readonly number[],
  out: Int32Array,
): void {
  out.fill(0);
  if (!postings) return;
  if (postings.size <= shortIds.length * 4) {
    const { array, start, end } = pairsOf(postings);
    for (let pair = start; pair < end; pair += 2) {
      const slot = slots[array[pair] as number] as number;
      if (slot > 0) out[slot - 1] = array[pair + 1] as number;
    }
  } else
    for (let index = 0; index < shortIds.length; index++)
      out[index] = postings.get(shortIds[index] as number) ?? 0;
}

/**
 * Builds the index of a corpus, yielding to the event loop every few milliseconds so a bot keeps
 * answering (and heartbeating) while a large corpus is indexed. `observe` is called with each
 * article analyzed.
 */
export async function buildPassageIndexAsync(
  corpus: Corpus,
  options: PassageIndexOptions = {},
  observe?: AnalysisObserver,
): Promise<PassageIndex> {
  const settings = passageIndexSettings(options);
  const state = await buildIndexState(corpus, settings, createSlicer(settings.sliceMs), observe);
  return new PassageIndex(state, corpus, settings);
}

/**
 * In `known`, the index of the detail the question asks: its first concept that is neither a name
 * nor a number (`directeur` in `qui est le directeur de la centrale de Golfech`). -1 when that is
 * a word the corpus lacks (no passage speaks of it), null when every concept names something.
 */
function askedDetailIndex(
  concepts: readonly Concept[],
  known: readonly Concept[],
  details: readonly ConceptDetails[],
): number | null {
  for (const concept of concepts) {
    const index = known.indexOf(concept);
    if (index < 0) {
      if (!concept.unknownName) return -1;
      continue;
    }
    const detail = details[index] as ConceptDetails;
    if (!detail.name && !detail.number) return index;
  }
  return null;
}

/** A question word that is a number (`2020`, `6`): a passage answers about it only if it says it. */
// A month's name, French or English: like a year, it dates what the question asks about.
const MONTH =
  /^(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|january|february|march|april|may|june|july|august|september|october|november|december)$/iu;

function isNumber(surface: string): boolean {
  return /^\p{N}+$/u.test(surface);
}

function clampInteger(value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) return min;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
