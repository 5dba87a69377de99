import MiniSearch, { type Options } from "minisearch";
import type { TermTree } from "../language/vocabulary.js";

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
  textPostings(term: string): ReadonlyMap<number, number> | undefined {
    return this._index.get(term)?.get(this._fieldIds.text as number);
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
      const data = new Map<number, Map<number, number>>();
      for (const [fieldId, pairs] of fields) {
        const postings = new Map<number, number>();
        for (let index = 0; index + 1 < pairs.length; index += 2) {
          postings.set(pairs[index] as number, pairs[index + 1] as number);
        }
        data.set(fieldId, postings);
      }
      this._index.set(term, data);
    }
  }
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
