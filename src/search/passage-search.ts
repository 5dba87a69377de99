import MiniSearch, { type Options } from "minisearch";
import type { TermTree } from "../language/vocabulary.js";
import {
  type AnyPostings,
  CompactPostings,
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

  /** MiniSearch's short id of the passage at `position` (undefined when it is not indexed). */
  shortIdOf(position: number): number | undefined {
    return this._idToShortId.get(position);
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
