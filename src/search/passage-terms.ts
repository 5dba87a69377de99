/** A run of passages as a snapshot stores them: each one's length in terms, -1 for an empty slot. */
export interface PassageTermsRecord {
  lengths: number[];
}

/** The length of an empty slot. */
const EMPTY = -1;

/**
 * What the index keeps of each passage's terms beside MiniSearch's postings, by position: its
 * length in terms, for BM25's length normalization, and their exact total. How often each term
 * occurs in a passage is read from the postings ({@link PassageSearch.textPostings}); a second,
 * per-passage copy of the term counts cost about a tenth of the index heap at 100k passages.
 * A removed passage leaves an empty slot.
 */
export class PassageTerms {
  #lengths = new Int32Array(0);
  #slots = 0;
  #totalLength = 0;
  #passages = 0;

  /** Records the next passage, of `length` terms. */
  add(length: number): void {
    this.#reserve();
    this.#lengths[this.#slots++] = length;
    this.#totalLength += length;
    this.#passages++;
  }

  /** Empties the slot of a removed passage (its position is not reused). */
  remove(passage: number): void {
    if (passage < 0 || passage >= this.#slots || this.#lengths[passage] === EMPTY) return;
    this.#totalLength -= this.#lengths[passage] as number;
    this.#passages--;
    this.#lengths[passage] = EMPTY;
  }

  /** A copy to change with {@link add} and {@link remove}. */
  copy(): PassageTerms {
    const copy = new PassageTerms();
    copy.#lengths = this.#lengths.slice();
    copy.#slots = this.#slots;
    copy.#totalLength = this.#totalLength;
    copy.#passages = this.#passages;
    return copy;
  }

  /** Number of terms in a passage (0 for an empty slot). */
  length(passage: number): number {
    return passage >= 0 && passage < this.#slots
      ? Math.max(this.#lengths[passage] as number, 0)
      : 0;
  }

  /** Slots, removed passages included. */
  get slots(): number {
    return this.#slots;
  }

  get averageLength(): number {
    return this.#passages === 0 ? 0 : this.#totalLength / this.#passages;
  }

  /** The passages from `start` to `end` (excluded) as a snapshot stores them. */
  record(start: number, end: number): PassageTermsRecord {
    return { lengths: Array.from(this.#lengths.subarray(start, Math.min(end, this.#slots))) };
  }

  /** Appends passages read from a snapshot ({@link record}), in order. */
  addRecord({ lengths }: PassageTermsRecord): void {
    for (const length of lengths) {
      if (!Number.isInteger(length) || length < EMPTY)
        throw new Error(`PassageTerms: a snapshot record holds the length ${length}`);
      if (length === EMPTY) {
        this.#reserve();
        this.#lengths[this.#slots++] = EMPTY;
      } else this.add(length);
    }
  }

  /** Room for one more slot. */
  #reserve(): void {
    if (this.#slots < this.#lengths.length) return;
    const grown = new Int32Array(Math.max(1024, this.#lengths.length * 2));
    grown.set(this.#lengths);
    this.#lengths = grown;
  }
}
