import type { Article } from "../corpus/types.js";
import { foldWord, isStopword, tokenize } from "../language/analyze.js";
import { type ArticleModel, modelOf } from "./article-model.js";

/** Something an article talks about, as a reader would type it: a word, a name, a phrase. */
export interface ArticleTopic {
  /** As written in the article, accents kept: `démineurs`, `Bachar Al-Assad`, `ville antique`. */
  display: string;
  /** Accent- and case-folded, for prefix matching: `demineurs`. */
  folded: string;
  /** The folded words of `display`, for matching any of them. */
  words: string[];
  /** How prominent it is: the salience of the sentences it occurs in, summed. */
  weight: number;
  /** How many sentences it occurs in. */
  count: number;
}

/** An article's topics, most prominent first, and its content words by folded form. */
export interface ArticleTopics {
  topics: ArticleTopic[];
  /** Folded surface of each content word → its term and most frequent spelling. */
  words: Map<string, { term: string; display: string }>;
}

const cache = new WeakMap<Article, ArticleTopics>();

/** The topics of an article (names, recurring two-word phrases, content words), cached. */
export function topicsOf(article: Article): ArticleTopics {
  let topics = cache.get(article);
  if (!topics) {
    topics = collectTopics(modelOf(article));
    cache.set(article, topics);
  }
  return topics;
}

// Names weigh more than words: `Palmyre` or `Bachar Al-Assad` says more about an article than
// `ville`. Recurring phrases sit in between.
const NAME_BOOST = 1.5;
const PHRASE_BOOST = 1.2;

function collectTopics(model: ArticleModel): ArticleTopics {
  const found = new Map<
    string,
    ArticleTopic & { sentences: Set<number>; spellings: Map<string, number> }
  >();
  const add = (display: string, sentence: number, weight: number, boost: number) => {
    const folded = foldWord(display);
    let topic = found.get(folded);
    if (!topic) {
      topic = {
        display,
        folded,
        words: folded.split(/[\s'’-]+/u),
        weight: 0,
        count: 0,
        sentences: new Set(),
        spellings: new Map(),
      };
      found.set(folded, topic);
    }
    topic.weight += weight * boost;
    topic.sentences.add(sentence);
    topic.count = topic.sentences.size;
    topic.spellings.set(display, (topic.spellings.get(display) ?? 0) + 1);
  };

  const words = new Map<string, { term: string; spellings: Map<string, number> }>();
  const pairs: { phrase: string; sentence: number; weight: number }[] = [];
  for (const sentence of model.sentences) {
    const weight = 0.5 + sentence.salience;
    for (const entity of sentence.entities) add(entity.surface, sentence.index, weight, NAME_BOOST);
    for (const { term, surface } of sentence.tokens) {
      const folded = foldWord(surface);
      const known = words.get(folded) ?? { term, spellings: new Map<string, number>() };
      known.spellings.set(surface, (known.spellings.get(surface) ?? 0) + 1);
      words.set(folded, known);
      if (surface.length >= 4 && !/^\p{N}+$/u.test(surface))
        add(surface, sentence.index, weight, 1);
    }
    for (const phrase of adjacentContentPairs(sentence.text))
      pairs.push({ phrase, sentence: sentence.index, weight });
  }
  const pairCounts = new Map<string, number>();
  for (const { phrase } of pairs) {
    const folded = foldWord(phrase);
    pairCounts.set(folded, (pairCounts.get(folded) ?? 0) + 1);
  }
  for (const { phrase, sentence, weight } of pairs) {
    if ((pairCounts.get(foldWord(phrase)) ?? 0) >= 2) add(phrase, sentence, weight, PHRASE_BOOST);
  }

  const topics = withoutSubsumedWords([...found.values()])
    .map(({ spellings, sentences: _, ...topic }) => ({
      ...topic,
      display: mostFrequent(spellings),
    }))
    .sort(
      (a, b) => b.weight - a.weight || (a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : 0),
    );
  const wordMap = new Map<string, { term: string; display: string }>();
  for (const [folded, { term, spellings }] of words) {
    wordMap.set(folded, { term, display: mostFrequent(spellings) });
  }
  return { topics, words: wordMap };
}

/**
 * Drops a word that nearly always occurs inside a longer topic (`Etat` in `Etat islamique`,
 * `Deir` in `Deir Ezzor`): suggesting it alone would cut a name in two.
 */
function withoutSubsumedWords<T extends ArticleTopic>(topics: T[]): T[] {
  const phrases = topics.filter((topic) => topic.words.length > 1);
  return topics.filter(
    (topic) =>
      topic.words.length > 1 ||
      !phrases.some(
        (phrase) => phrase.words.includes(topic.folded) && phrase.count >= 0.8 * topic.count,
      ),
  );
}

/** Two content words side by side, separated by one space: `ville antique`, `troupes loyalistes`. */
function adjacentContentPairs(text: string): string[] {
  const tokens = tokenize(text);
  const pairs: string[] = [];
  for (let index = 1; index < tokens.length; index++) {
    const left = tokens[index - 1];
    const right = tokens[index];
    if (!left || !right || text.slice(left.end, right.start) !== " ") continue;
    if (left.surface.length < 3 || right.surface.length < 3) continue;
    if (isStopword(left.surface) || isStopword(right.surface)) continue;
    pairs.push(`${left.surface} ${right.surface}`);
  }
  return pairs;
}

/** The most frequent spelling; among equals the one with fewer capitals (`armée` before `Armée`). */
function mostFrequent(spellings: ReadonlyMap<string, number>): string {
  let best = "";
  let bestCount = -1;
  for (const [spelling, count] of spellings) {
    const better =
      count > bestCount ||
      (count === bestCount && capitals(spelling) < capitals(best)) ||
      (count === bestCount && capitals(spelling) === capitals(best) && spelling < best);
    if (better) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}

function capitals(text: string): number {
  return (text.match(/\p{Lu}/gu) ?? []).length;
}
