import type { Passage, Sentence } from "../corpus/types.js";
import { type AnalyzedToken, analyze } from "../language/analyze.js";
import type { Concept } from "../language/resolver.js";
import type { Highlight } from "./types.js";

/**
 * A result passage's highlights (the spans of its words whose term is one of `terms`, in order)
 * and the sentence that best answers the concepts, from one analysis of its text.
 */
export function marksOf(
  passage: Passage,
  concepts: readonly Concept[],
  terms: ReadonlySet<string>,
): { highlights: Highlight[]; bestSentence: Sentence } {
  const tokens = analyze(passage.text);
  return {
    highlights: highlightsIn(tokens, terms),
    bestSentence: bestSentenceIn(passage, tokens, concepts),
  };
}

/** Spans of the words whose index term is one of `terms`, in order. */
function highlightsIn(tokens: readonly AnalyzedToken[], terms: ReadonlySet<string>): Highlight[] {
  const highlights: Highlight[] = [];
  for (const token of tokens) {
    if (terms.has(token.term)) highlights.push([token.start, token.end]);
  }
  return highlights;
}

/**
 * The sentence that covers the most of the question's weight (each concept counted once per
 * sentence); the earliest wins a tie, so a lede sentence is preferred. A sentence's tokens are
 * those of the passage inside its bounds.
 */
function bestSentenceIn(
  passage: Passage,
  tokens: readonly AnalyzedToken[],
  concepts: readonly Concept[],
): Sentence {
  const fallback: Sentence = { text: passage.text, start: 0, end: passage.text.length };
  let best = passage.sentences[0] ?? fallback;
  let bestScore = -1;
  let next = 0;
  for (const sentence of passage.sentences) {
    const terms = new Set<string>();
    while (next < tokens.length && (tokens[next] as AnalyzedToken).start < sentence.start) next++;
    for (let at = next; at < tokens.length; at++) {
      const token = tokens[at] as AnalyzedToken;
      if (token.end > sentence.end) break;
      terms.add(token.term);
    }
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
