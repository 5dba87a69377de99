/**
 * A run of passages as a snapshot stores them: per passage its number of distinct terms (-1 for
 * an empty slot) and its length in terms, then every passage's sorted term ids and their counts,
 * one after the other, as base64 of little-endian `Uint32Array` and `Uint16Array` bytes.
 */
export interface PassageTermsRecord {
  sizes: number[];
  lengths: number[];
  ids: string;
  counts: string;
}

/** Term ids (and their counts) of one chunk of passages, appended to and never changed. */
interface Chunk {
  ids: Uint32Array;
  counts: Uint16Array;
  used: number;
}

/** Entries per chunk: a larger passage gets a chunk of its own size. */
const CHUNK_ENTRIES = 1 << 16;
/** The chunk index of an empty slot. */
const EMPTY = 0xffffffff;

/**
 * How often each term occurs in each passage, packed as sorted term ids with their counts, so that
 * ranking can score any term of a question in any candidate passage (BM25) without a second index.
 * Passages are numbered by position; a removed passage leaves an empty slot.
 *
 * Memory: the ids and counts of all passages live in a few large typed arrays (chunks of 64k
 * entries) and each passage is a row of four numbers in typed arrays (its chunk, start, size and
 * length), so 100k passages cost their 6 bytes per entry and little else (two typed arrays per
 * passage cost about 250 bytes of object headers each time). Chunks are append-only: a
 * {@link copy} shares them, and each side appends into chunks of its own.
 */
export class PassageTerms {
  #chunks: Chunk[] = [];
  /** Whether the last chunk may be appended to (not shared with a copy). */
  #ownsLast = false;
  #chunk = new Uint32Array(0);
  #start = new Uint32Array(0);
  #size = new Uint32Array(0);
  #length = new Uint32Array(0);
  #slots = 0;
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
    if (passage < 0 || passage >= this.#slots || this.#chunk[passage] === EMPTY) return;
    this.#totalLength -= this.#length[passage] ?? 0;
    this.#passages--;
    this.#chunk[passage] = EMPTY;
    this.#size[passage] = 0;
    this.#length[passage] = 0;
  }

  /** A copy to change with {@link add} and {@link remove}; the packed chunks are shared. */
  copy(): PassageTerms {
    const copy = new PassageTerms();
    copy.#chunks = this.#chunks.slice();
    this.#ownsLast = false;
    copy.#chunk = this.#chunk.slice();
    copy.#start = this.#start.slice();
    copy.#size = this.#size.slice();
    copy.#length = this.#length.slice();
    copy.#slots = this.#slots;
    copy.#totalLength = this.#totalLength;
    copy.#passages = this.#passages;
    return copy;
  }

  /** Occurrences of a term id in a passage (0 when absent). */
  frequency(passage: number, termId: number): number {
    if (termId < 0 || passage < 0 || passage >= this.#slots) return 0;
    const chunk = this.#chunks[this.#chunk[passage] as number];
    if (!chunk) return 0;
    const { ids } = chunk;
    let low = this.#start[passage] as number;
    let high = low + (this.#size[passage] as number) - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = ids[middle] as number;
      if (value === termId) return chunk.counts[middle] as number;
      if (value < termId) low = middle + 1;
      else high = middle - 1;
    }
    return 0;
  }

  /** The term ids of a passage with their counts (views of the shared chunk: do not change them). */
  termsOf(passage: number): { ids: Uint32Array; counts: Uint16Array } {
    const chunk = passage < this.#slots ? this.#chunks[this.#chunk[passage] as number] : undefined;
    if (!chunk) return { ids: EMPTY_IDS, counts: EMPTY_COUNTS };
    const start = this.#start[passage] as number;
    const end = start + (this.#size[passage] as number);
    return { ids: chunk.ids.subarray(start, end), counts: chunk.counts.subarray(start, end) };
  }

  /** Number of terms in a passage. */
  length(passage: number): number {
    return passage < this.#slots ? (this.#length[passage] as number) : 0;
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
    const sizes: number[] = [];
    const lengths: number[] = [];
    let entries = 0;
    const last = Math.min(end, this.#slots);
    for (let passage = start; passage < last; passage++) entries += this.#size[passage] as number;
    const ids = new Uint32Array(entries);
    const counts = new Uint16Array(entries);
    let offset = 0;
    for (let passage = start; passage < last; passage++) {
      const empty = this.#chunk[passage] === EMPTY;
      const terms = this.termsOf(passage);
      ids.set(terms.ids, offset);
      counts.set(terms.counts, offset);
      offset += terms.ids.length;
      sizes.push(empty ? -1 : terms.ids.length);
      lengths.push(this.#length[passage] as number);
    }
    return { sizes, lengths, ids: toBase64(ids), counts: toBase64(counts) };
  }

  /** Appends passages read from a snapshot ({@link record}), in order. */
  addRecord({ sizes, lengths, ids: idsBase64, counts: countsBase64 }: PassageTermsRecord): void {
    const ids = new Uint32Array(fromBase64(idsBase64, 4));
    const counts = new Uint16Array(fromBase64(countsBase64, 2));
    let offset = 0;
    sizes.forEach((size, index) => {
      if (size < 0) {
        this.#reserve();
        this.#chunk[this.#slots++] = EMPTY;
        return;
      }
      this.#push(
        ids.subarray(offset, offset + size),
        counts.subarray(offset, offset + size),
        lengths[index] ?? 0,
      );
      offset += size;
    });
    if (offset !== ids.length || offset !== counts.length)
      throw new Error("PassageTerms: a snapshot record's sizes do not match its term ids");
  }

  #push(ids: Uint32Array, counts: Uint16Array, length: number): void {
    let chunk = this.#ownsLast ? this.#chunks.at(-1) : undefined;
    if (!chunk || chunk.used + ids.length > chunk.ids.length) {
      const entries = Math.max(CHUNK_ENTRIES, ids.length);
      chunk = { ids: new Uint32Array(entries), counts: new Uint16Array(entries), used: 0 };
      this.#chunks.push(chunk);
      this.#ownsLast = true;
    }
    chunk.ids.set(ids, chunk.used);
    chunk.counts.set(counts, chunk.used);
    this.#reserve();
    const slot = this.#slots++;
    this.#chunk[slot] = this.#chunks.length - 1;
    this.#start[slot] = chunk.used;
    this.#size[slot] = ids.length;
    this.#length[slot] = length;
    chunk.used += ids.length;
    this.#totalLength += length;
    this.#passages++;
  }

  /** Room for one more slot in the per-passage rows. */
  #reserve(): void {
    if (this.#slots < this.#chunk.length) return;
    const capacity = Math.max(1024, this.#chunk.length * 2);
    const grow = (array: Uint32Array) => {
      const grown = new Uint32Array(capacity);
      grown.set(array);
      return grown;
    };
    this.#chunk = grow(this.#chunk);
    this.#start = grow(this.#start);
    this.#size = grow(this.#size);
    this.#length = grow(this.#length);
  }
}

const EMPTY_IDS = new Uint32Array(0);
const EMPTY_COUNTS = new Uint16Array(0);

/** Little-endian bytes, as every platform Node runs on stores typed arrays. */
function toBase64(array: Uint32Array | Uint16Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString("base64");
}

/** The bytes of {@link toBase64}, in a fresh buffer aligned for `width`-byte elements. */
function fromBase64(text: string, width: number): ArrayBuffer {
  const bytes = Buffer.from(text, "base64");
  if (bytes.length % width !== 0)
    throw new Error("PassageTerms: a snapshot record's term ids are cut");
  const buffer = new ArrayBuffer(bytes.length);
  new Uint8Array(buffer).set(bytes);
  return buffer;
}
