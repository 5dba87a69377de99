import { createHash } from "node:crypto";
import type { Article, Corpus, Passage } from "../corpus/types.js";
import { type AnalyzedToken, analyze, releaseAnalysisCaches } from "../language/analyze.js";
import { answerKindsOf } from "../language/answer-kind.js";
import { Vocabulary } from "../language/vocabulary.js";
import { type IndexedDocument, PassageSearch, passageSearchOptions } from "./passage-search.js";
import { PassageTerms } from "./passage-terms.js";

/** What the index keeps of each article besides its passages. */
export interface IndexedArticle {
  /** {@link articleHash} of the article the index holds. */
  hash: string;
  /** The analyzed title: its terms, space-joined (the `title` field of its passages' documents). */
  title: string;
  /** Positions of its passages in the index, in paragraph order. */
  positions: number[];
}

/**
 * Everything an index is built from its corpus, by position: a passage's position is its id in
 * MiniSearch and in {@link PassageTerms}. A removed passage leaves an empty slot (a rebuild from
 * scratch renumbers). Search settings are not part of it: the same state serves any of them.
 */
export interface IndexState {
  search: PassageSearch;
  vocabulary: Vocabulary;
  /** By position; undefined for a removed passage. */
  passages: (Passage | undefined)[];
  passageTerms: PassageTerms;
  /** Per position, the kinds of answers its text holds ({@link answerKindsOf}). */
  answerKinds: Uint8Array;
  /** By article id. */
  articles: Map<string, IndexedArticle>;
}

/** The settings the state's MiniSearch is created with. */
export interface StateSettings {
  titleBoost: number;
  bm25: { k: number; b: number; d: number };
}

/** Called with each article the build or update analyzes (for its report and its tests). */
export type AnalysisObserver = (article: Article) => void;

/**
 * A content hash of an article: anything in it that changes means its passages are analyzed again.
 * Its fields are fed to the hash one by one, each string after its length (so that no two articles
 * feed the same bytes) and each passage's sentence bounds as numbers (a sentence's text is its
 * passage's text between them): a corpus is hashed at every reindex, and stringifying each article
 * first made that a third of a one-article reindex at 100k passages.
 */
export function articleHash(article: Article): string {
  const hash = createHash("sha1");
  const text = (value: string | null) => {
    hash.update(value === null ? "-;" : `${value.length};`);
    if (value) hash.update(value);
  };
  text(article.id);
  text(article.title);
  text(article.date);
  text(article.source);
  text(article.language);
  text(article.file);
  hash.update(`${article.passages.length};`);
  for (const passage of article.passages) {
    text(passage.id);
    text(passage.articleId);
    text(passage.text);
    hash.update(numbersOf(passage));
  }
  return hash.digest("base64url");
}

let numbers = new Int32Array(64);

/** A passage's paragraph number, sentence count and sentence bounds, as bytes (a shared buffer). */
function numbersOf(passage: Passage): Uint8Array {
  const length = 2 + 2 * passage.sentences.length;
  if (numbers.length < length) numbers = new Int32Array(2 * length);
  numbers[0] = passage.paragraph;
  numbers[1] = passage.sentences.length;
  let at = 2;
  for (const { start, end } of passage.sentences) {
    numbers[at++] = start;
    numbers[at++] = end;
  }
  return new Uint8Array(numbers.buffer, 0, length * 4);
}

/** The analysis of one article's passages and title. */
interface ArticleAnalysis {
  title: string;
  passages: { tokens: AnalyzedToken[]; kinds: number }[];
}

function analyzeArticle(article: Article): ArticleAnalysis {
  return {
    title: termsOf(analyze(article.title)),
    passages: article.passages.map((passage) => ({
      tokens: analyze(passage.text),
      kinds: answerKindsOf(passage.text),
    })),
  };
}

const termsOf = (tokens: readonly AnalyzedToken[]) => tokens.map((token) => token.term).join(" ");

/**
 * Builds the state of a corpus from scratch, calling `pause` between passages so that a caller can
 * yield to the event loop.
 */
export async function buildIndexState(
  corpus: Corpus,
  settings: StateSettings,
  pause: () => Promise<void> | undefined,
  observe: AnalysisObserver = () => {},
): Promise<IndexState> {
  const search = new PassageSearch(passageSearchOptions(settings));
  const vocabulary = new Vocabulary();
  const passages: Passage[] = [];
  const passageTerms = new PassageTerms();
  const answerKinds: number[] = [];
  const articles = new Map<string, IndexedArticle>();

  for (const article of corpus.articles) {
    observe(article);
    const title = termsOf(analyze(article.title));
    const positions: number[] = [];
    for (const passage of article.passages) {
      const tokens = analyze(passage.text);
      vocabulary.addPassage(tokens);
      passageTerms.add(tokens.length);
      positions.push(passages.length);
      search.add({ id: passages.length, text: termsOf(tokens), title });
      passages.push(passage);
      answerKinds.push(answerKindsOf(passage.text));
      await pause();
    }
    articles.set(article.id, { hash: articleHash(article), title, positions });
  }
  releaseAnalysisCaches();
  for (const _ of search.compactSteps()) await pause();
  await vocabulary.freeze(pause, search.terms);
  return {
    search,
    vocabulary,
    passages,
    passageTerms,
    answerKinds: Uint8Array.from(answerKinds),
    articles,
  };
}

/** An update prepared aside by {@link prepareUpdate}: nothing of the serving state changed yet. */
export interface PreparedUpdate {
  /**
   * Articles indexed anew (changed or added). Their previous text, and that of removed articles,
   * is analyzed again too, to take their passages out.
   */
  analyzed: number;
  /** Passages taken out and put in. */
  removedPassages: number;
  addedPassages: number;
  /**
   * Applies the update to the MiniSearch index the old and new states share, synchronously (a few
   * milliseconds for a few articles), and returns the new state. The old state must no longer
   * serve afterwards.
   */
  apply(): IndexState;
}

/**
 * Prepares the state of `corpus` from the state of `previous` (the corpus it was built from):
 * only the articles whose content changed are analyzed (their old and new text), the vocabulary
 * and the passage terms are changed on copies, and MiniSearch's removals and additions wait for
 * {@link PreparedUpdate.apply}. Document frequencies, lengths and MiniSearch's counts come out as
 * a build from scratch of `corpus` gives them; only positions differ (new passages are appended).
 */
export async function prepareUpdate(
  state: IndexState,
  corpus: Corpus,
  hashes: ReadonlyMap<string, string>,
  pause: () => Promise<void> | undefined,
  observe: AnalysisObserver = () => {},
): Promise<PreparedUpdate> {
  const vocabulary = await state.vocabulary.derive(pause);
  const passageTerms = state.passageTerms.copy();
  const passages = state.passages.slice();
  const articles = new Map<string, IndexedArticle>();
  const removals: IndexedDocument[] = [];
  const additions: IndexedDocument[] = [];
  const kinds: [position: number, kinds: number][] = [];
  let analyzed = 0;

  const remove = (previous: IndexedArticle) => {
    for (const position of previous.positions) {
      const passage = state.passages[position];
      if (!passage) continue;
      const tokens = analyze(passage.text);
      vocabulary.removePassage(tokens);
      passageTerms.remove(position);
      passages[position] = undefined;
      kinds.push([position, 0]);
      removals.push({ id: position, text: termsOf(tokens), title: previous.title });
    }
  };

  const kept = new Set<string>();
  for (const article of corpus.articles) {
    const hash = hashes.get(article.id) ?? articleHash(article);
    const previous = state.articles.get(article.id);
    if (previous && previous.hash === hash) {
      kept.add(article.id);
      articles.set(article.id, previous);
      // The new corpus's objects, equal in content, so the old corpus can be released.
      previous.positions.forEach((position, index) => {
        passages[position] = article.passages[index];
      });
      continue;
    }
    observe(article);
    analyzed++;
    if (previous) {
      kept.add(article.id);
      remove(previous);
    }
    const analysis = analyzeArticle(article);
    const positions: number[] = [];
    analysis.passages.forEach(({ tokens, kinds: passageKinds }, index) => {
      const position = passages.length;
      vocabulary.addPassage(tokens);
      passageTerms.add(tokens.length);
      passages.push(article.passages[index]);
      kinds.push([position, passageKinds]);
      additions.push({ id: position, text: termsOf(tokens), title: analysis.title });
      positions.push(position);
    });
    articles.set(article.id, { hash, title: analysis.title, positions });
    await pause();
  }
  for (const [id, previous] of state.articles) {
    if (kept.has(id)) continue;
    remove(previous);
    await pause();
  }
  await vocabulary.freeze(pause, state.search.terms);
  const answerKinds = new Uint8Array(passages.length);
  answerKinds.set(
    state.answerKinds.subarray(0, Math.min(passages.length, state.answerKinds.length)),
  );
  for (const [position, value] of kinds) answerKinds[position] = value;

  return {
    analyzed,
    removedPassages: removals.length,
    addedPassages: additions.length,
    apply() {
      const { search } = state;
      for (const document of removals) search.remove(document);
      search.addAll(additions);
      return { search, vocabulary, passages, passageTerms, answerKinds, articles };
    },
  };
}

/** Passages the state holds (removed ones not counted). */
export function livePassages(state: IndexState): number {
  return state.search.documentCount;
}
