/** A sparse term-weight vector of unit length (tf-idf over an article's sentences). */
export type TermVector = ReadonlyMap<string, number>;

/** Builds the unit tf-idf vector of a sentence's term counts; `idf` gives each term's weight. */
export function unitVector(
  counts: ReadonlyMap<string, number>,
  idf: (term: string) => number,
): TermVector {
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [term, count] of counts) {
    const weight = (1 + Math.log(count)) * idf(term);
    vector.set(term, weight);
    norm += weight * weight;
  }
  if (norm === 0) return vector;
  const length = Math.sqrt(norm);
  for (const [term, weight] of vector) vector.set(term, weight / length);
  return vector;
}

/** Cosine similarity of two unit vectors, in [0, 1]. */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) sum += weight * (large.get(term) ?? 0);
  return sum;
}

/** Settings of {@link textRank}. */
export interface TextRankOptions {
  /** PageRank damping factor. */
  damping: number;
  /** Fixed number of iterations, so the result never depends on a convergence race. */
  iterations: number;
}

export const defaultTextRankOptions: TextRankOptions = { damping: 0.85, iterations: 40 };

/**
 * TextRank (Mihalcea & Tarau, 2004): PageRank over the graph of sentences weighted by their
 * similarity. A sentence is central when many sentences resemble it. Returns one score per
 * sentence, scaled so the most central is 1 (all 1 when no two sentences share a term).
 */
export function textRank(
  similarity: readonly (readonly number[])[],
  options: TextRankOptions = defaultTextRankOptions,
): number[] {
  const count = similarity.length;
  if (count === 0) return [];
  const outWeight = similarity.map((row, from) =>
    row.reduce((sum, weight, to) => (to === from ? sum : sum + weight), 0),
  );
  let scores = new Array<number>(count).fill(1 / count);
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    const next = new Array<number>(count).fill((1 - options.damping) / count);
    for (let from = 0; from < count; from++) {
      const total = outWeight[from] ?? 0;
      if (total === 0) continue;
      const share = (options.damping * (scores[from] ?? 0)) / total;
      const row = similarity[from] ?? [];
      for (let to = 0; to < count; to++) {
        if (to !== from) next[to] = (next[to] ?? 0) + share * (row[to] ?? 0);
      }
    }
    scores = next;
  }
  const max = Math.max(...scores);
  return scores.map((score) => (max > 0 ? score / max : 1));
}
