import type { Passage, Sentence } from "../corpus/types.js";
import { analyze } from "../language/analyze.js";
import type { Concept } from "../language/resolver.js";
import type { Highlight } from "./types.js";

/** Spans of the words of `text` whose index term is one of `terms`, in order. */
export function highlightsOf(text: string, terms: ReadonlySet<string>): Highlight[] {
  const highlights: Highlight[] = [];
  for (const token of analyze(text)) {
    if (terms.has(token.term)) highlights.push([token.start, token.end]);
  }
  return highlights;
}

/**
 * The sentence that covers the most of the question's weight (each concept counted once per
 * sentence); the earliest wins a tie, so a lede sentence is preferred.
 */
export function bestSentenceOf(passage: Passage, concepts: readonly Concept[]): Sentence {
  const fallback: Sentence = { text: passage.text, start: 0, end: passage.text.length };
  let best = passage.sentences[0] ?? fallback;
  let bestScore = -1;
  for (const sentence of passage.sentences) {
    const terms = new Set(analyze(sentence.text).map((token) => token.term));
    let score = 0;
    for (const concept of concepts) {
      let found = 0;
      for (const [term, weight] of concept.alternatives)
        if (terms.has(term)) found = Math.max(found, weight);
      score += concept.weight * found;
    }
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  return best;
}
