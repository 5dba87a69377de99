/**
 * Compact postings for MiniSearch: one term's documents and frequencies in one field, kept as
 * `shortId, frequency` pairs in a slice of a shared `Int32Array` rather than in a `Map` of their
 * own. A `Map` costs about 50 bytes a posting; a pair costs 8. At 100k passages (5 million
 * postings) that is the difference between 258 MB and about 50 MB of index.
 *
 * {@link CompactPostings} implements the part of the `Map<number, number>` interface that
 * MiniSearch (7.x: `get`, `set`, `delete`, `size`, `keys`, iteration) and Gazette use, so
 * MiniSearch's own add, remove and search work on it unchanged. Pairs are kept sorted by short id,
 * which is also the order MiniSearch adds documents in (its short ids only grow), so iterating
 * gives the order a `Map` would.
 */

const INT32_MAX = 2 ** 31 - 1;

/** Int32 slots a new arena chunk holds (8 MB: a million pairs). */
const CHUNK_SLOTS = 2 * 1024 * 1024;

/**
 * The memory postings are carved from: chunks of one large `Int32Array` each, handed out in
 * slices that are never given back (a postings list that outgrows its slice moves to a new one).
 * One arena serves one index; it is released with it.
 */
export class PostingsArena {
  #chunk = new Int32Array(0);
  #used = 0;

  /** A slice of `slots` free slots: its array and where it starts. */
  allocate(slots: number): { array: Int32Array; offset: number } {
    if (this.#used + slots > this.#chunk.length) {
      this.#chunk = new Int32Array(Math.max(CHUNK_SLOTS, slots));
      this.#used = 0;
    }
    const offset = this.#used;
    this.#used += slots;
    return { array: this.#chunk, offset };
  }
}

/** The read side of one term's postings, as ranking and autocomplete read it. */
export interface PostingsView {
  readonly size: number;
  /** How often the term occurs in the document, or undefined when it does not. */
  get(shortId: number): number | undefined;
  has(shortId: number): boolean;
  /** Each frequency and short id, as `Map.prototype.forEach` gives them. */
  forEach(visit: (frequency: number, shortId: number) => void): void;
}

/** Postings laid out as `shortId, frequency` pairs from `start` to `end` of `array`. */
export interface PairsView {
  array: ArrayLike<number>;
  start: number;
  end: number;
}

/**
 * The pairs of any postings: a compact list's own, or those of one of MiniSearch's `Map`s (terms
 * an update added) copied out in the `Map`'s order.
 */
export function pairsOf(postings: PostingsView): PairsView {
  if (postings instanceof CompactPostings) return postings.pairs();
  const array: number[] = [];
  postings.forEach((frequency, shortId) => array.push(shortId, frequency));
  return { array, start: 0, end: array.length };
}

/** A `Map<number, number>` as MiniSearch uses its postings, held in an arena slice. */
export class CompactPostings implements PostingsView {
  readonly #arena: PostingsArena;
  #array: Int32Array;
  /** Where the pairs start in `#array`. */
  #offset: number;
  /** Pairs held. */
  #size: number;
  /** Pairs the slice has room for. */
  #capacity: number;
  /**
   * The pair {@link keys} reached last: MiniSearch reads each key's frequency right after the
   * iteration yields it, and that look-up is then immediate instead of a binary search.
   */
  #cursor = 0;

  /**
   * Postings of `pairs` (`shortId, frequency`, …), copied into the arena. Throws unless the short
   * ids ascend and the frequencies are positive integers (a snapshot's pairs are checked so).
   */
  constructor(arena: PostingsArena, pairs: ArrayLike<number>) {
    const size = pairs.length >> 1;
    const { array, offset } = arena.allocate(size * 2);
    let previous = -1;
    for (let at = 0; at < size; at++) {
      const shortId = pairs[at * 2] as number;
      const frequency = pairs[at * 2 + 1] as number;
      if (!(Number.isInteger(shortId) && shortId > previous && shortId <= INT32_MAX))
        throw new Error(`CompactPostings: short id ${shortId} does not ascend`);
      if (!(Number.isInteger(frequency) && frequency > 0 && frequency <= INT32_MAX))
        throw new Error(`CompactPostings: frequency ${frequency} is not a positive integer`);
      array[offset + at * 2] = shortId;
      array[offset + at * 2 + 1] = frequency;
      previous = shortId;
    }
    this.#arena = arena;
    this.#array = array;
    this.#offset = offset;
    this.#size = size;
    this.#capacity = size;
  }

  /** The postings of a `Map` (MiniSearch's own), sorted by short id. */
  static fromMap(arena: PostingsArena, map: ReadonlyMap<number, number>): CompactPostings {
    const pairs = new Float64Array(map.size * 2);
    let slot = 0;
    for (const shortId of [...map.keys()].sort((a, b) => a - b)) {
      pairs[slot++] = shortId;
      pairs[slot++] = map.get(shortId) as number;
    }
    return new CompactPostings(arena, pairs);
  }

  get size(): number {
    return this.#size;
  }

  get(shortId: number): number | undefined {
    const at = this.#find(shortId);
    return at < 0 ? undefined : (this.#array[this.#offset + at * 2 + 1] as number);
  }

  has(shortId: number): boolean {
    return this.#find(shortId) >= 0;
  }

  set(shortId: number, frequency: number): this {
    const at = this.#find(shortId);
    if (at >= 0) {
      this.#array[this.#offset + at * 2 + 1] = frequency;
      return this;
    }
    const insertAt = -at - 1;
    if (this.#size === this.#capacity) this.#grow();
    const array = this.#array;
    const start = this.#offset + insertAt * 2;
    array.copyWithin(start + 2, start, this.#offset + this.#size * 2);
    array[start] = shortId;
    array[start + 1] = frequency;
    this.#size++;
    return this;
  }

  delete(shortId: number): boolean {
    const at = this.#find(shortId);
    if (at < 0) return false;
    const start = this.#offset + at * 2;
    this.#array.copyWithin(start, start + 2, this.#offset + this.#size * 2);
    this.#size--;
    return true;
  }

  /**
   * Calls `visit` with each frequency and short id, ascending, as `Map.prototype.forEach` does
   * (several times faster than iterating: no pair is made). `visit` must not change the postings.
   */
  forEach(visit: (frequency: number, shortId: number) => void): void {
    const array = this.#array;
    const end = this.#offset + this.#size * 2;
    for (let slot = this.#offset; slot < end; slot += 2)
      visit(array[slot + 1] as number, array[slot] as number);
  }

  /**
   * The pairs as they are stored, for the tightest loops: `shortId, frequency` at `start`,
   * `start + 2`, … up to `end` (excluded) of `array`. Read only, and only until the next change.
   */
  pairs(): PairsView {
    return { array: this.#array, start: this.#offset, end: this.#offset + this.#size * 2 };
  }

  /** Short ids, ascending. A deletion of the key just yielded does not skip the next one. */
  *keys(): Generator<number> {
    for (const [shortId] of this) yield shortId;
  }

  *[Symbol.iterator](): Generator<[shortId: number, frequency: number]> {
    let at = 0;
    while (at < this.#size) {
      const slot = this.#offset + at * 2;
      const shortId = this.#array[slot] as number;
      this.#cursor = at;
      yield [shortId, this.#array[slot + 1] as number];
      // Unless the pair just yielded was deleted meanwhile (the next one then took its place).
      if (this.#array[this.#offset + at * 2] === shortId) at++;
    }
  }

  /** The pair index of `shortId`, or `-(insertion index) - 1` when it is absent. */
  #find(shortId: number): number {
    const array = this.#array;
    const offset = this.#offset;
    const cursor = this.#cursor;
    if (cursor < this.#size && array[offset + cursor * 2] === shortId) return cursor;
    let low = 0;
    let high = this.#size - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const key = array[offset + middle * 2] as number;
      if (key < shortId) low = middle + 1;
      else if (key > shortId) high = middle - 1;
      else return middle;
    }
    return -low - 1;
  }

  /** Moves the pairs to a larger slice (the old one stays unused in its chunk). */
  #grow(): void {
    const capacity = Math.max(4, Math.ceil(this.#capacity * 1.5));
    const { array, offset } = this.#arena.allocate(capacity * 2);
    array.set(this.#array.subarray(this.#offset, this.#offset + this.#size * 2), offset);
    this.#array = array;
    this.#offset = offset;
    this.#capacity = capacity;
  }
}

/** Postings as MiniSearch keeps them: compact or its own `Map`s (of terms added since). */
export type AnyPostings = CompactPostings | Map<number, number>;

/**
 * One term's postings in each field of an index of two fields (Gazette's `text` and `title`),
 * where MiniSearch keeps a `Map` from field id to postings: two slots instead of a `Map` (about 150
 * bytes a term, 25 MB at 100k passages). Implements what MiniSearch uses of that `Map`: `get`,
 * `set`, `delete`, `size` and iteration, in field id order.
 */
export class TermFields {
  #first: AnyPostings | undefined;
  #second: AnyPostings | undefined;

  get size(): number {
    return (this.#first ? 1 : 0) + (this.#second ? 1 : 0);
  }

  get(fieldId: number): AnyPostings | undefined {
    return fieldId === 0 ? this.#first : fieldId === 1 ? this.#second : undefined;
  }

  set(fieldId: number, postings: AnyPostings): this {
    if (fieldId === 0) this.#first = postings;
    else if (fieldId === 1) this.#second = postings;
    else throw new Error(`TermFields: field id ${fieldId} (an index of two fields has 0 and 1)`);
    return this;
  }

  delete(fieldId: number): boolean {
    const had = this.get(fieldId) !== undefined;
    if (fieldId === 0) this.#first = undefined;
    else if (fieldId === 1) this.#second = undefined;
    return had;
  }

  *[Symbol.iterator](): Generator<[fieldId: number, postings: AnyPostings]> {
    if (this.#first) yield [0, this.#first];
    if (this.#second) yield [1, this.#second];
  }
}
