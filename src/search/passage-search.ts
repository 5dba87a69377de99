import MiniSearch, { type Options } from "minisearch";
import type { TermTree } from "../language/vocabulary.js";
import {
  type AnyPostings,
  CompactPostings,
  pairsOf,
  PostingsArena,
  type PostingsView,
  TermFields,
} from "./postings.js";

/** A MiniSearch document: analyzed terms, space-joined (analysis is done once, by Gazette). */
export interface IndexedDocument {
  /** The passage's position in the index. */
  id: number;
  text: string;
  title: string;
}

/** MiniSearch's counts, as a snapshot stores them. */
export interface SearchCounts {
  documentCount: number;
  nextId: number;
  averageFieldLength: number[];
}

/** Documents as a snapshot stores them: short id, position, then the length of each field. */
export type DocumentRecord = number[];

/** One term's postings: the term, then per field its id and `shortId, frequency` pairs. */
export type PostingsRecord = [term: string, fields: [fieldId: number, pairs: number[]][]];

/**
 * The MiniSearch index of the passages, able to write its state in batches and to read it back
 * (MiniSearch's own `toJSON` builds the whole index as one object and `loadJSON` reads it in one
 * go: seconds of a held event loop at 100k passages). The records hold the same state as
 * MiniSearch's serialization format (its version 2): counts, document ids, field lengths, postings.
 */
export class PassageSearch extends MiniSearch<IndexedDocument> {
  /** The memory of the compact postings ({@link compactSteps}, {@link restorePostings}). */
  readonly #arena = new PostingsArena();
  /**
   * Each document's field lengths by short id (`shortId * fields + fieldId`), beside MiniSearch's
   * `Map` of them: {@link rankedPositions} reads one per posting, and a `Map` look-up was most of
   * its time.
   */
  #lengths = new Int32Array(0);

  /**
   * Each document's position by short id (-1: none), beside MiniSearch's `Map` of them: ranking
   * reads the positions of up to a thousand documents a question.
   */
  #positions = new Int32Array(0);
  /** Each document's short id by position (-1: none), the other way round. */
  #shortIds = new Int32Array(0);

  override add(document: IndexedDocument): void {
    super.add(document);
    const shortId = this._idToShortId.get(document.id) as number;
    this.#recordDocument(shortId, document.id, this._fieldLength.get(shortId) ?? []);
  }

  override remove(document: IndexedDocument): void {
    const shortId = this._idToShortId.get(document.id);
    super.remove(document);
    if (shortId !== undefined) this.#positions[shortId] = -1;
    if (this.#shortIds[document.id] === shortId) this.#shortIds[document.id] = -1;
  }

  #recordDocument(shortId: number, position: number, lengths: readonly number[]): void {
    const fields = this._options.fields.length;
    this.#lengths = withRoom(this.#lengths, (shortId + 1) * fields, 0);
    for (let fieldId = 0; fieldId < fields; fieldId++)
      this.#lengths[shortId * fields + fieldId] = lengths[fieldId] ?? 0;
    this.#shortIds = withRoom(this.#shortIds, position + 1, -1);
    this.#shortIds[position] = shortId;
    this.#positions = withRoom(this.#positions, shortId + 1, -1);
    this.#positions[shortId] = position;
  }

  /** One past the largest short id given so far (MiniSearch's short ids only grow). */
  get shortIdLimit(): number {
    return this._nextId;
  }

  /**
   * The index's terms (of every field) as a radix tree, for the vocabulary's typo and prefix
   * look-ups: it follows the index through additions and removals.
   */
  readonly terms: TermTree = {
    fuzzyGet: (key, maxDistance) => this._index.fuzzyGet(key, maxDistance),
    atPrefix: (prefix) => this._index.atPrefix(prefix),
  };

  /**
   * How often `term` occurs in the text of each passage that holds it, by MiniSearch short id
   * ({@link shortIdOf}): ranking reads term frequencies from the postings rather than from a
   * second, per-passage copy of them.
   */
  textPostings(term: string): PostingsView | undefined {
    return this._index.get(term)?.get(this._fieldIds.text as number);
  }

  /** How often `term` occurs in the title of each passage's article, by short id (see {@link textPostings}). */
  titlePostings(term: string): PostingsView | undefined {
    return this._index.get(term)?.get(this._fieldIds.title as number);
  }

  /**
   * Moves the postings MiniSearch built as `Map`s into compact ones ({@link CompactPostings}: a
   * fifth of the memory), a few thousand terms a step. Terms added later start as `Map`s again;
   * MiniSearch handles both alike.
   */
  *compactSteps(termsPerStep = 2048): Generator<void> {
    let sinceYield = 0;
    for (const [term, fields] of this._index) {
      const compact = new TermFields();
      for (const [fieldId, postings] of fields as Iterable<[number, AnyPostings]>)
        compact.set(
          fieldId,
          postings instanceof Map ? CompactPostings.fromMap(this.#arena, postings) : postings,
        );
      this._index.set(term, asMiniSearchFields(compact));
      if (++sinceYield % termsPerStep === 0) yield;
    }
  }

  /**
   * The documents (positions) holding any of `terms`, best first, at most `limit`: exactly what
   * MiniSearch's `search(terms.join(" "))` ranks with this index's options (OR, BM25+ per field
   * with the title boost, each document's score times the number of the terms it holds, ties in
   * the order documents were first met), computed from the same postings with the same sums in
   * the same order. MiniSearch's `search` also builds, per document found, the matched terms and
   * fields, which the ranking does not read: about 40 % of a question's time at 10k passages.
   * The terms must be distinct, analyzed index terms (no prefix or fuzzy expansion).
   */
  rankedPositions(terms: readonly string[], limit: number): number[] {
    const { order, score } = this.#scoreDocuments(terms);
    // Only the documents that can make the first `limit` are sorted: those scoring at least the
    // limit-th best score (found by selection over the scores alone), in the order met, so ties
    // keep the order a sort of them all gives. A comparator returning -1, 0 or 1 rather than the
    // difference of two scores: a double it returns is boxed, thousands of times a question.
    const threshold = limitThScore(order, score, this.#scratch.ranked, limit);
    const kept =
      threshold === null ? order : order.filter((id) => (score[id] as number) >= threshold);
    kept.sort((a, b) => Math.sign((score[b] as number) - (score[a] as number)));
    const byShortId = this.#positions;
    const positions = kept.slice(0, limit).map((shortId) => byShortId[shortId] as number);
    this.#resetScores(order);
    return positions;
  }

  /**
   * The same documents as {@link rankedPositions}, in the order first met rather than best first,
   * for a caller that scores them again: no sort, only the selection of the limit-th score. Of
   * the documents at that score, the first met are kept, as a stable sort would keep them.
   */
  bestPositions(terms: readonly string[], limit: number): number[] {
    const { order, score } = this.#scoreDocuments(terms);
    const threshold = limitThScore(order, score, this.#scratch.ranked, limit);
    const byShortId = this.#positions;
    let kept = order;
    if (threshold !== null) {
      let above = 0;
      for (const shortId of order) if ((score[shortId] as number) > threshold) above++;
      let atThreshold = limit - above;
      kept = order.filter((shortId) => {
        const value = score[shortId] as number;
        return value > threshold || (value === threshold && atThreshold-- > 0);
      });
    }
    const positions = kept.map((shortId) => byShortId[shortId] as number);
    this.#resetScores(order);
    return positions;
  }

  /**
   * The BM25+ sum of every document holding one of `terms` times the number of the terms it
   * holds (into the scratch's `score`), and those documents' short ids in the order first met.
   * The caller resets the scratch with {@link resetScores}.
   */
  #scoreDocuments(terms: readonly string[]): { order: number[]; score: Float64Array } {
    const { bm25, boost = {} } = this._options.searchOptions;
    const fieldBoosts = this._options.fields.map(
      (field) => [this._fieldIds[field] as number, boost[field] || 1] as const,
    );
    const scratch = this.#scratchFor(this._nextId);
    const { score, partial, quality, seen, touched, met } = scratch;
    let metCount = 0;
    const documentCount = this._documentCount;
    const lengths = this.#lengths;
    const fieldCount = this._options.fields.length;
    for (let termIndex = 0; termIndex < terms.length; termIndex++) {
      const fields = this._index.get(terms[termIndex] as string);
      if (!fields) continue;
      const mark = termIndex + 1;
      let touchedCount = 0;
      for (let field = 0; field < fieldBoosts.length; field++) {
        const [fieldId, fieldBoost] = fieldBoosts[field] as readonly [number, number];
        const postings = fields.get(fieldId);
        if (!postings) continue;
        const averageLength = this._avgFieldLength[fieldId] as number;
        const idf = inverseDocumentFrequency(postings.size, documentCount);
        const { array, start, end } = pairsOf(postings);
        for (let slot = start; slot < end; slot += 2) {
          const shortId = array[slot] as number;
          const frequency = array[slot + 1] as number;
          const fieldLength = lengths[shortId * fieldCount + fieldId] as number;
          const weighted = fieldBoost * bm25Score(idf, frequency, fieldLength, averageLength, bm25);
          if (seen[shortId] === mark) partial[shortId] = (partial[shortId] as number) + weighted;
          else {
            seen[shortId] = mark;
            partial[shortId] = weighted;
            touched[touchedCount++] = shortId;
          }
        }
      }
      for (let at = 0; at < touchedCount; at++) {
        const shortId = touched[at] as number;
        if (quality[shortId] === 0) {
          met[metCount++] = shortId;
          score[shortId] = partial[shortId] as number;
        } else score[shortId] = (score[shortId] as number) + (partial[shortId] as number);
        quality[shortId] = (quality[shortId] as number) + 1;
      }
    }
    // The documents in the order they were first met (a plain array, for a stable sort).
    const order: number[] = [];
    for (let at = 0; at < metCount; at++) order.push(met[at] as number);
    for (const shortId of order)
      score[shortId] = (score[shortId] as number) * (quality[shortId] as number);
    return { order, score };
  }

  /** Clears the scratch of the documents {@link scoreDocuments} met (all zero between questions). */
  #resetScores(order: readonly number[]): void {
    const { quality, seen } = this.#scratch;
    for (const shortId of order) {
      quality[shortId] = 0;
      seen[shortId] = 0;
    }
  }

  /** Per-document accumulators of {@link rankedPositions}, kept between questions. */
  #scratch: Accumulators = {
    score: new Float64Array(0),
    partial: new Float64Array(0),
    quality: new Uint16Array(0),
    seen: new Uint16Array(0),
    touched: new Int32Array(0),
    met: new Int32Array(0),
    ranked: new Float64Array(0),
  };

  #scratchFor(documents: number): Accumulators {
    if (this.#scratch.score.length < documents) {
      const size = Math.max(documents, Math.ceil(this.#scratch.score.length * 1.5));
      this.#scratch = {
        score: new Float64Array(size),
        partial: new Float64Array(size),
        quality: new Uint16Array(size),
        seen: new Uint16Array(size),
        touched: new Int32Array(size),
        met: new Int32Array(size),
        ranked: new Float64Array(size),
      };
    }
    return this.#scratch;
  }

  /** The position of the passage of a MiniSearch short id (undefined when it is not indexed). */
  positionOf(shortId: number): number | undefined {
    const position = this.#positions[shortId] ?? -1;
    return position >= 0 ? position : undefined;
  }

  /** MiniSearch's short id of the passage at `position` (undefined when it is not indexed). */
  shortIdOf(position: number): number | undefined {
    const shortId = this.#shortIds[position] ?? -1;
    return shortId >= 0 ? shortId : undefined;
  }

  /** MiniSearch's counts. */
  get counts(): SearchCounts {
    return {
      documentCount: this._documentCount,
      nextId: this._nextId,
      averageFieldLength: [...this._avgFieldLength],
    };
  }

  /** The documents (short id, position, field lengths), `batch` per array. */
  *documentRecords(batch = 8192): Generator<DocumentRecord[]> {
    let records: DocumentRecord[] = [];
    for (const [shortId, id] of this._documentIds) {
      records.push([shortId, id as number, ...(this._fieldLength.get(shortId) ?? [])]);
      if (records.length >= batch) {
        yield records;
        records = [];
      }
    }
    yield records;
  }

  /** The postings, about `batchPostings` postings per array. */
  *postingsRecords(batchPostings = 50_000): Generator<PostingsRecord[]> {
    let records: PostingsRecord[] = [];
    let size = 0;
    for (const [term, fields] of this._index) {
      const record: PostingsRecord = [term, []];
      for (const [fieldId, postings] of fields) {
        const pairs: number[] = [];
        for (const [shortId, frequency] of postings) pairs.push(shortId, frequency);
        record[1].push([fieldId, pairs]);
        size += postings.size;
      }
      records.push(record);
      if (size >= batchPostings) {
        yield records;
        records = [];
        size = 0;
      }
    }
    yield records;
  }

  /** Sets the counts read from a snapshot (on a fresh instance, before its records). */
  restoreCounts(counts: SearchCounts): void {
    this._documentCount = counts.documentCount;
    this._nextId = counts.nextId;
    this._avgFieldLength = [...counts.averageFieldLength];
  }

  /** Adds documents read from a snapshot ({@link documentRecords}). */
  restoreDocuments(records: readonly DocumentRecord[]): void {
    for (const [shortId, id, ...lengths] of records) {
      if (shortId === undefined || id === undefined) continue;
      this._documentIds.set(shortId, id);
      this._idToShortId.set(id, shortId);
      this._fieldLength.set(shortId, lengths);
      this.#recordDocument(shortId, id, lengths);
    }
  }

  /** Adds postings read from a snapshot ({@link postingsRecords}). */
  restorePostings(records: readonly PostingsRecord[]): void {
    for (const [term, fields] of records) {
      const data = new TermFields();
      for (const [fieldId, pairs] of fields) {
        if (pairs.length % 2 !== 0)
          throw new Error(`PassageSearch: the postings of "${term}" hold an odd number of values`);
        data.set(fieldId, new CompactPostings(this.#arena, pairs));
      }
      this._index.set(term, asMiniSearchFields(data));
    }
  }
}

/**
 * By short id: a document's score so far, its score for the current term, how many of the terms
 * it holds (0: not met yet) and the last term that met it. `quality` and `seen` are all zero
 * between questions.
 */
interface Accumulators {
  score: Float64Array;
  partial: Float64Array;
  quality: Uint16Array;
  seen: Uint16Array;
  /** The documents the current term met, and all those met so far, in that order. */
  touched: Int32Array;
  met: Int32Array;
  /** The scores of the documents met, sorted, for {@link limitThScore}. */
  ranked: Float64Array;
}

/**
 * The `limit`-th best score of the documents in `order` (null when there are no more than
 * `limit`, so that all of them are sorted): the value a sort of their scores gives at
 * `order.length - limit`, found by selection in `buffer` (linear time, not a sort).
 */
function limitThScore(
  order: readonly number[],
  score: Float64Array,
  buffer: Float64Array,
  limit: number,
): number | null {
  if (order.length <= limit) return null;
  const scores = buffer.subarray(0, order.length);
  for (let at = 0; at < order.length; at++) scores[at] = score[order[at] as number] as number;
  return selectNth(scores, order.length - limit);
}

/**
 * The value at `nth` of `values` once sorted ascending (Hoare's selection with a middle pivot;
 * reorders `values`). Scores are finite numbers.
 */
export function selectNth(values: Float64Array, nth: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const pivot = values[(low + high) >>> 1] as number;
    let left = low;
    let right = high;
    while (left <= right) {
      while ((values[left] as number) < pivot) left++;
      while ((values[right] as number) > pivot) right--;
      if (left <= right) {
        const swap = values[left] as number;
        values[left++] = values[right] as number;
        values[right--] = swap;
      }
    }
    if (nth <= right) high = right;
    else if (nth >= left) low = left;
    else return values[nth] as number;
  }
  return values[nth] as number;
}

/**
 * `array` when it holds at least `size` values, else a copy grown by half (at least to `size`,
 * 1,024 at the least), its new slots set to `empty`.
 */
function withRoom(
  array: Int32Array<ArrayBuffer>,
  size: number,
  empty: number,
): Int32Array<ArrayBuffer> {
  if (size <= array.length) return array;
  const grown = new Int32Array(Math.max(size, Math.ceil(array.length * 1.5), 1024));
  if (empty !== 0) grown.fill(empty);
  grown.set(array);
  return grown;
}

/** The inverse document frequency of a term `matching` documents hold, as MiniSearch 7 computes it. */
function inverseDocumentFrequency(matching: number, documents: number): number {
  return Math.log(1 + (documents - matching + 0.5) / (matching + 0.5));
}

/**
 * BM25+ of one term in one field of one document, as MiniSearch 7 computes it (`calcBM25Score`),
 * the same operations in the same order, with the term's `idf` computed once per field.
 */
function bm25Score(
  idf: number,
  frequency: number,
  fieldLength: number,
  averageLength: number,
  { k, b, d }: { k: number; b: number; d: number },
): number {
  return (
    idf *
    (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * fieldLength) / averageLength)))
  );
}

/**
 * A term's {@link TermFields} (of {@link CompactPostings}) where MiniSearch's types expect its `Map`
 * of field `Map`s: both implement every member of a `Map` that MiniSearch reads or calls on them.
 */
function asMiniSearchFields(fields: TermFields): Map<number, Map<number, number>> {
  return fields as unknown as Map<number, Map<number, number>>;
}

/** The MiniSearch options of Gazette's index (analysis is Gazette's: terms arrive space-joined). */
export function passageSearchOptions(settings: {
  titleBoost: number;
  bm25: { k: number; b: number; d: number };
}): Options<IndexedDocument> {
  return {
    fields: ["text", "title"],
    tokenize: (text) => (text === "" ? [] : text.split(" ")),
    processTerm: (term) => term || null,
    // Documents are removed with `remove` (exact); nothing is discarded, so nothing to vacuum.
    autoVacuum: false,
    searchOptions: {
      boost: { title: settings.titleBoost },
      bm25: settings.bm25,
      combineWith: "OR",
    },
  };
}
