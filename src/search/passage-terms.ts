/** One passage as a snapshot stores it: its sorted term ids, their counts, its length in terms. */
export type PassageTermsRecord = [ids: number[], counts: number[], length: number];

/**
 * How often each term occurs in each passage, packed as sorted term ids with their counts, so that
 * ranking can score any term of a question in any candidate passage (BM25) without a second index.
 * Passages are numbered by position; a removed passage leaves an empty slot.
 */
export class PassageTerms {
  #ids: Uint32Array[] = [];
  #counts: Uint16Array[] = [];
  #lengths: number[] = [];
  #totalLength = 0;
  #passages = 0;

  /** Records the next passage's term counts (term id → occurrences) and its length in terms. */
  add(counts: ReadonlyMap<number, number>, length: number): void {
    const ids = Uint32Array.from(counts.keys()).sort();
    const packed = new Uint16Array(ids.length);
    ids.forEach((id, index) => {
      packed[index] = Math.min(counts.get(id) ?? 0, 0xffff);
    });
    this.#push(ids, packed, length);
  }

  /** Empties the slot of a removed passage (its position is not reused). */
  remove(passage: number): void {
    if (!this.#ids[passage] || this.#ids[passage] === EMPTY_IDS) return;
    this.#totalLength -= this.#lengths[passage] ?? 0;
    this.#passages--;
    this.#ids[passage] = EMPTY_IDS;
    this.#counts[passage] = EMPTY_COUNTS;
    this.#lengths[passage] = 0;
  }

  /** A copy to change with {@link add} and {@link remove}; the packed arrays are shared. */
  copy(): PassageTerms {
    const copy = new PassageTerms();
    copy.#ids = this.#ids.slice();
    copy.#counts = this.#counts.slice();
    copy.#lengths = this.#lengths.slice();
    copy.#totalLength = this.#totalLength;
    copy.#passages = this.#passages;
    return copy;
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

  /** The term ids of a passage with their counts (to take the passage out of other structures). */
  termsOf(passage: number): { ids: Uint32Array; counts: Uint16Array } {
    return {
      ids: this.#ids[passage] ?? EMPTY_IDS,
      counts: this.#counts[passage] ?? EMPTY_COUNTS,
    };
  }

  /** Number of terms in a passage. */
  length(passage: number): number {
    return this.#lengths[passage] ?? 0;
  }

  /** Slots, removed passages included. */
  get slots(): number {
    return this.#ids.length;
  }

  get averageLength(): number {
    return this.#passages === 0 ? 0 : this.#totalLength / this.#passages;
  }

  /** The passages from `start` as a snapshot stores them (an empty slot: length -1). */
  records(start: number, end: number): PassageTermsRecord[] {
    const records: PassageTermsRecord[] = [];
    for (let passage = start; passage < Math.min(end, this.#ids.length); passage++) {
      records.push([
        Array.from(this.#ids[passage] ?? EMPTY_IDS),
        Array.from(this.#counts[passage] ?? EMPTY_COUNTS),
        this.#ids[passage] === EMPTY_IDS ? -1 : (this.#lengths[passage] ?? 0),
      ]);
    }
    return records;
  }

  /** Appends passages read from a snapshot ({@link records}), in order. */
  addRecords(records: readonly PassageTermsRecord[]): void {
    for (const [ids, counts, length] of records) {
      if (length < 0) {
        this.#ids.push(EMPTY_IDS);
        this.#counts.push(EMPTY_COUNTS);
        this.#lengths.push(0);
      } else this.#push(Uint32Array.from(ids), Uint16Array.from(counts), length);
    }
  }

  #push(ids: Uint32Array, counts: Uint16Array, length: number): void {
    this.#ids.push(ids);
    this.#counts.push(counts);
    this.#lengths.push(length);
    this.#totalLength += length;
    this.#passages++;
  }
}

const EMPTY_IDS = new Uint32Array(0);
const EMPTY_COUNTS = new Uint16Array(0);
