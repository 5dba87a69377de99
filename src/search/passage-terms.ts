/**
 * How often each term occurs in each passage, packed as sorted term ids with their counts, so that
 * ranking can score any term of a question in any candidate passage (BM25) without a second index.
 */
export class PassageTerms {
  readonly #ids: Uint32Array[] = [];
  readonly #counts: Uint16Array[] = [];
  readonly #lengths: number[] = [];
  #totalLength = 0;

  /** Records the next passage's term counts (term id → occurrences) and its length in terms. */
  add(counts: ReadonlyMap<number, number>, length: number): void {
    const ids = Uint32Array.from(counts.keys()).sort();
    const packed = new Uint16Array(ids.length);
    ids.forEach((id, index) => {
      packed[index] = Math.min(counts.get(id) ?? 0, 0xffff);
    });
    this.#ids.push(ids);
    this.#counts.push(packed);
    this.#lengths.push(length);
    this.#totalLength += length;
  }

  /** Occurrences of a term id in a passage (0 when absent). */
  frequency(passage: number, termId: number): number {
    const ids = this.#ids[passage];
    if (!ids || termId < 0) return 0;
    let low = 0;
    let high = ids.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = ids[middle] as number;
      if (value === termId) return this.#counts[passage]?.[middle] ?? 0;
      if (value < termId) low = middle + 1;
      else high = middle - 1;
    }
    return 0;
  }

  /** Number of terms in a passage. */
  length(passage: number): number {
    return this.#lengths[passage] ?? 0;
  }

  get averageLength(): number {
    return this.#lengths.length === 0 ? 0 : this.#totalLength / this.#lengths.length;
  }
}
