import type { Article, Corpus, Passage } from "../src/corpus/types.js";
import { splitSentences } from "../src/text/sentences.js";
import {
  COMMON_CONTENT_WORDS,
  FUNCTION_WORDS,
  INFLECTIONS,
  ONSETS,
  VOWELS,
} from "./french-vocabulary.js";

/** How to generate a synthetic corpus. */
export interface SyntheticCorpusOptions {
  /** Total paragraphs (passages), including those of `include`. */
  paragraphs: number;
  /** PRNG seed: the same seed and size always give the same corpus. */
  seed?: number;
  /** Real articles placed in the middle of the synthetic ones (e.g. the Palmyre corpus, so the dev questions keep their answers). */
  include?: Corpus;
}

export const defaultSyntheticSeed = 20_160_329;

/** Distinct content lemmas; Zipf sampling over a fixed vocabulary gives Heaps-law growth with corpus size. */
const LEMMAS = 120_000;
const ZIPF_EXPONENT = 1.05;
const ZIPF_SHIFT = 2.7;
const FUNCTION_WORD_SHARE = 0.45;
const MIN_WORDS = 60;
const MAX_WORDS = 120;

/** mulberry32: a small, fast, seedable PRNG (uniform in [0, 1)). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Lemma {
  root: string;
  forms: readonly string[];
}

/**
 * Generates a French-looking news corpus: articles of 3-12 paragraphs of 60-120 words, sentences
 * of 6-22 words, about 45 % function words, content words drawn from a Zipf distribution over
 * real common words then a generated long tail with inflected forms, elisions (`l’armée`) and
 * a few numbers. Deterministic for a given seed and size.
 */
export function generateSyntheticCorpus(options: SyntheticCorpusOptions): Corpus {
  const random = mulberry32(options.seed ?? defaultSyntheticSeed);
  const lemmas = lemmasFor(options.seed ?? defaultSyntheticSeed);
  const pickContent = zipfSampler(lemmas.length, random);
  const pickFunction = weightedSampler(FUNCTION_WORDS, random);
  const word = () => {
    const lemma = lemmas[pickContent()] as Lemma;
    return lemma.forms[Math.floor(random() * lemma.forms.length)] as string;
  };

  const included = options.include?.articles ?? [];
  const includedParagraphs = included.reduce((sum, article) => sum + article.passages.length, 0);
  let remaining = Math.max(0, options.paragraphs - includedParagraphs);
  const synthetic: Article[] = [];
  while (remaining > 0) {
    const count = Math.min(remaining, 3 + Math.floor(random() * 10));
    remaining -= count;
    const id = `synth-${String(synthetic.length + 1).padStart(6, "0")}`;
    const titleWords = Array.from({ length: 5 + Math.floor(random() * 5) }, () =>
      random() < 0.3 ? pickFunction() : word(),
    );
    const passages: Passage[] = [];
    for (let paragraph = 1; paragraph <= count; paragraph++) {
      const text = paragraphText(
        MIN_WORDS + Math.floor(random() * (MAX_WORDS - MIN_WORDS + 1)),
        random,
        word,
        pickFunction,
      );
      passages.push({
        id: `${id}#${paragraph}`,
        articleId: id,
        paragraph,
        text,
        sentences: splitSentences(text),
      });
    }
    synthetic.push({
      id,
      title: capitalize(elide(titleWords).join(" ")),
      date: `2016-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`,
      source: null,
      language: "fr",
      file: `${id}.txt`,
      passages,
    });
  }
  const middle = Math.floor(synthetic.length / 2);
  return {
    articles: [...synthetic.slice(0, middle), ...included, ...synthetic.slice(middle)],
    aliases: options.include?.aliases ?? [],
  };
}

/** Exactly `words` whitespace-separated words, in sentences, with commas and a final period. */
function paragraphText(
  words: number,
  random: () => number,
  content: () => string,
  fn: () => string,
): string {
  const sentences: string[] = [];
  let left = words;
  while (left > 0) {
    let length = Math.min(left, 6 + Math.floor(random() * 17));
    // Never leave a sentence of fewer than 3 words at the end of the paragraph.
    if (left - length > 0 && left - length < 3) length = left;
    left -= length;
    const tokens: string[] = [];
    while (tokens.length < length) {
      if (random() < 0.01) tokens.push(String(1 + Math.floor(random() * 2000)));
      else tokens.push(random() < FUNCTION_WORD_SHARE ? fn() : content());
    }
    const elided = elide(tokens);
    // Elision joins two words into one; top up so the count stays exact.
    while (elided.length < length) elided.push(content());
    const withCommas = elided.map((token, index) =>
      index > 1 && index < elided.length - 2 && random() < 0.06 ? `${token},` : token,
    );
    sentences.push(`${capitalize(withCommas.join(" "))}.`);
  }
  return sentences.join(" ");
}

const FUNCTION_SET = new Set(FUNCTION_WORDS.map(([word]) => word));
const ELIDABLE: Readonly<Record<string, string>> = {
  le: "l’",
  la: "l’",
  de: "d’",
  que: "qu’",
  ne: "n’",
  se: "s’",
};

/** `le armée` → `l’armée`, `de habitants` → `d’habitants`. */
function elide(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as string;
    const next = tokens[index + 1];
    const elided = ELIDABLE[token];
    if (elided && next && !FUNCTION_SET.has(next) && /^[aeiouyhéèêâîôûœ]/i.test(next)) {
      out.push(`${elided}${next}`);
      index++;
    } else out.push(token);
  }
  return out;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// Building 120k lemmas takes a few hundred ms; a run asks for the same seed several times.
const lemmaCache = new Map<number, Lemma[]>();

function lemmasFor(seed: number): Lemma[] {
  let lemmas = lemmaCache.get(seed);
  if (!lemmas) {
    lemmas = buildLemmas(mulberry32(seed ^ 0x5f3759df));
    lemmaCache.set(seed, lemmas);
  }
  return lemmas;
}

/** Real common words first, then generated lemmas with their inflected forms. */
function buildLemmas(random: () => number): Lemma[] {
  const lemmas: Lemma[] = COMMON_CONTENT_WORDS.map((word) => ({ root: word, forms: [word] }));
  const seen = new Set(COMMON_CONTENT_WORDS);
  const classes = Object.values(INFLECTIONS);
  while (lemmas.length < LEMMAS) {
    const syllables = random() < 0.75 ? 2 : 3;
    let root = "";
    for (let index = 0; index < syllables; index++) {
      root += ONSETS[Math.floor(random() * ONSETS.length)];
      root += VOWELS[Math.floor(random() * VOWELS.length)];
    }
    if (random() < 0.4) root += ONSETS[Math.floor(random() * ONSETS.length)];
    if (seen.has(root)) continue;
    seen.add(root);
    const endings = classes[Math.floor(random() * classes.length)] as readonly string[];
    // Each lemma uses 2-4 of its class's endings, so forms of one lemma share a stem.
    const start = Math.floor(random() * endings.length);
    const count = 2 + Math.floor(random() * 3);
    const forms = Array.from(
      { length: count },
      (_, offset) => root + endings[(start + offset) % endings.length],
    );
    lemmas.push({ root, forms });
  }
  return lemmas;
}

/** Samples ranks 0..n-1 with probability ∝ 1 / (rank + shift)^s (Zipf-Mandelbrot). */
function zipfSampler(n: number, random: () => number): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let rank = 0; rank < n; rank++) {
    total += 1 / (rank + ZIPF_SHIFT) ** ZIPF_EXPONENT;
    cumulative[rank] = total;
  }
  return () => {
    const target = random() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] as number) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

function weightedSampler(
  entries: readonly (readonly [string, number])[],
  random: () => number,
): () => string {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  return () => {
    let target = random() * total;
    for (const [word, weight] of entries) {
      target -= weight;
      if (target < 0) return word;
    }
    return (entries.at(-1) as readonly [string, number])[0];
  };
}
