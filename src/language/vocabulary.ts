import SearchableMap from "minisearch/SearchableMap";
import { foldWord, termOf } from "./analyze.js";
import { phoneticKey } from "./phonetic.js";
import type { TermSource } from "./resolver.js";

/** A word of the corpus as readers see it, for "did you mean" and autocomplete. */
export interface VocabularyWord {
  /** The most frequent spelling in the corpus, accents and case kept: `Sokhné`. */
  display: string;
  /** Its accent- and case-folded form: `sokhne`. */
  folded: string;
  /** Number of passages containing it. */
  passages: number;
  /** Its index term (of its most frequent spelling). */
  term: string;
}

/**
 * A radix tree whose keys include every term of a vocabulary (the search index's own term tree):
 * typo and prefix look-ups walk it and keep the terms the vocabulary has, so that a large corpus
 * does not hold a second tree of the same terms.
 */
export interface TermTree {
  /** Keys within `maxDistance` edits of `key`, each with its value and distance. */
  fuzzyGet(key: string, maxDistance: number): Map<string, [unknown, number]>;
  /** The keys that start with `prefix`. */
  atPrefix(prefix: string): { keys(): Iterable<string> };
}

/** One term as a snapshot stores it: term, id, document frequency, then spelling and count pairs. */
export type TermRecord = [term: string, id: number, df: number, surfaces: (string | number)[]];

interface TermEntry {
  /** Dense id, for compact per-passage term sets (ids of removed terms are not reused). */
  id: number;
  /** Number of passages containing the term. */
  df: number;
  /**
   * Spellings of the term and how often each occurs, as pairs in one flat array (`Armée, 3,
   * armée, 12`): most terms have one or two, and a Map per term costs several times as much.
   */
  surfaces: (string | number)[];
}

/**
 * The index terms of a corpus with their document frequencies and spellings. Answers the
 * questions the query analysis asks (is this term known? which known terms are one typo away or
 * start with these letters?) and the autocomplete's (which words start with these letters?).
 */
export class Vocabulary implements TermSource {
  readonly #terms = new Map<string, TermEntry>();
  /** Entries this vocabulary may change in place; a derived copy clones the others on write. */
  #owned: Set<TermEntry> | null = null;
  #nextId = 0;
  #tree: TermTree | null = null;
  #buckets = new Map<string, VocabularyWord[]>();
  #topByPrefix = new Map<string, VocabularyWord[]>();
  #topWords: VocabularyWord[] = [];
  /** Phonetic key → terms of the words that have it. */
  #sounds = new Map<string, string[]>();
  #passages = 0;
  /** Folded word → its phonetic key (null: none), as the last freeze found them. */
  #phonetic = new Map<string, string | null>();

  /**
   * Records one passage's analyzed tokens (call once per passage, before {@link freeze}) and
   * returns how often each term id occurs in it.
   */
  addPassage(tokens: readonly { term: string; surface: string }[]): Map<number, number> {
    this.#passages++;
    const counts = new Map<number, number>();
    for (const { term, surface } of tokens) {
      let entry = this.#writable(term);
      if (!entry) {
        entry = { id: this.#nextId++, df: 0, surfaces: [surface, 0] };
        this.#terms.set(term, entry);
        this.#owned?.add(entry);
      }
      const count = counts.get(entry.id) ?? 0;
      if (count === 0) entry.df++;
      counts.set(entry.id, count + 1);
      const at = entry.surfaces.indexOf(surface);
      // A new array of the exact size (`push` and spreads leave room for 16 more in every one).
      if (at < 0) entry.surfaces = entry.surfaces.concat([surface, 1]);
      else entry.surfaces[at + 1] = (entry.surfaces[at + 1] as number) + 1;
    }
    return counts;
  }

  /**
   * Takes back one passage recorded by {@link addPassage} (the same tokens): its terms' document
   * frequencies and spellings; a term no passage holds any more is forgotten. Call {@link freeze}
   * afterwards.
   */
  removePassage(tokens: readonly { term: string; surface: string }[]): void {
    this.#passages--;
    const seen = new Set<string>();
    for (const { term, surface } of tokens) {
      const entry = this.#writable(term);
      if (!entry) throw new Error(`Vocabulary: cannot remove "${term}", which no passage holds`);
      if (!seen.has(term)) {
        seen.add(term);
        entry.df--;
      }
      const at = entry.surfaces.indexOf(surface);
      if (at < 0) continue;
      const count = (entry.surfaces[at + 1] as number) - 1;
      if (count > 0) entry.surfaces[at + 1] = count;
      else entry.surfaces = entry.surfaces.slice(0, at).concat(entry.surfaces.slice(at + 2));
    }
    for (const term of seen) if (this.#terms.get(term)?.df === 0) this.#terms.delete(term);
  }

  /**
   * A copy to change with {@link addPassage} and {@link removePassage} then {@link freeze}, while
   * this vocabulary keeps answering unchanged (copy on write: entries are cloned when first
   * changed). Copies in steps, calling `pause` between them.
   */
  async derive(pause: () => Promise<void> | undefined = () => undefined): Promise<Vocabulary> {
    const copy = new Vocabulary();
    copy.#owned = new Set();
    copy.#nextId = this.#nextId;
    copy.#passages = this.#passages;
    copy.#phonetic = this.#phonetic;
    let sinceYield = 0;
    for (const [term, entry] of this.#terms) {
      copy.#terms.set(term, entry);
      if (++sinceYield % 4096 === 0) await pause();
    }
    return copy;
  }

  /** The terms as a snapshot stores them, a few thousand per batch. */
  *records(batch = 4096): Generator<TermRecord[]> {
    let records: TermRecord[] = [];
    for (const [term, { id, df, surfaces }] of this.#terms) {
      records.push([term, id, df, surfaces]);
      if (records.length >= batch) {
        yield records;
        records = [];
      }
    }
    yield records;
  }

  /** The phonetic keys of the words, as a snapshot stores them: word, key (or null), … */
  *phoneticRecords(batch = 8192): Generator<(string | null)[]> {
    let records: (string | null)[] = [];
    for (const [folded, key] of this.#phonetic) {
      records.push(folded, key);
      if (records.length >= batch * 2) {
        yield records;
        records = [];
      }
    }
    yield records;
  }

  /** Adds phonetic keys read from a snapshot ({@link phoneticRecords}), used by the next freeze. */
  addPhoneticRecords(records: readonly (string | null)[]): void {
    for (let index = 0; index + 1 < records.length; index += 2) {
      this.#phonetic.set(String(records[index]), records[index + 1] ?? null);
    }
  }

  /** Rebuilds a vocabulary from {@link records} (then {@link freeze} it). */
  static fromRecords(
    batches: Iterable<readonly TermRecord[]>,
    counts: { passages: number; nextId: number },
  ): Vocabulary {
    const vocabulary = new Vocabulary();
    for (const records of batches) vocabulary.addRecords(records);
    return vocabulary.withCounts(counts);
  }

  /** Adds terms read from a snapshot ({@link records}); see {@link withCounts}. */
  addRecords(records: readonly TermRecord[]): void {
    for (const [term, id, df, flat] of records) {
      const surfaces = flat.slice(0, flat.length - (flat.length % 2));
      this.#terms.set(term, { id, df, surfaces });
    }
  }

  /** Sets the counts a snapshot stores beside the terms: passages recorded and the next term id. */
  withCounts(counts: { passages: number; nextId: number }): this {
    this.#passages = counts.passages;
    this.#nextId = counts.nextId;
    return this;
  }

  /** Passages recorded and the next term id, as a snapshot stores them. */
  get counts(): { passages: number; nextId: number } {
    return { passages: this.#passages, nextId: this.#nextId };
  }

  /** The entry of a term, cloned first when it is shared with the vocabulary this one derives from. */
  #writable(term: string): TermEntry | undefined {
    const entry = this.#terms.get(term);
    if (!entry || !this.#owned || this.#owned.has(entry)) return entry;
    const clone = { id: entry.id, df: entry.df, surfaces: entry.surfaces.slice() };
    this.#terms.set(term, clone);
    this.#owned.add(clone);
    return clone;
  }

  /** The dense id of a known term, or -1. */
  idOf(term: string): number {
    return this.#terms.get(term)?.id ?? -1;
  }

  /**
   * Builds the lookup structures; the vocabulary is read-only afterwards. Calls `pause` often, so
   * a caller can yield to the event loop while a large vocabulary is frozen. With `tree` (whose
   * keys must include every term, now and as long as this vocabulary answers), typo and prefix
   * look-ups walk it instead of a tree of their own.
   */
  async freeze(
    pause: () => Promise<void> | undefined = () => undefined,
    tree?: TermTree,
  ): Promise<void> {
    for (const _ of this.#freezeSteps(tree)) await pause();
  }

  /** {@link freeze} in one go, for small vocabularies (an article's, for summary topics). */
  freezeNow(): this {
    for (const _ of this.#freezeSteps());
    return this;
  }

  /** The freezing work, yielding between small steps. */
  *#freezeSteps(tree?: TermTree): Generator<void> {
    const own = tree ? null : new SearchableMap<true>();
    // Spellings that fold alike (`Sokhné`, `sokhné`) are one word, shown as written most often.
    // Surfaces come from analyzed tokens, so they are already neither stopwords nor one letter.
    const words = new Map<string, VocabularyWord & { count: number; soundTerm: string }>();
    let sinceYield = 0;
    for (const [term, entry] of this.#terms) {
      own?.set(term, true);
      const { surfaces } = entry;
      for (let index = 0; index + 1 < surfaces.length; index += 2) {
        const surface = surfaces[index] as string;
        const count = surfaces[index + 1] as number;
        const folded = foldWord(surface);
        const known = words.get(folded);
        if (!known)
          words.set(folded, {
            display: surface,
            folded,
            passages: entry.df,
            term,
            count,
            soundTerm: term,
          });
        else if (count > known.count || (count === known.count && surface < known.display))
          Object.assign(known, { display: surface, count, term });
      }
      if (++sinceYield % 256 === 0) yield;
    }
    this.#tree = tree ?? own;

    const sounds = new Map<string, string[]>();
    // Phonetic keys are the costliest step: kept from the last freeze (or a snapshot) by word.
    const known = this.#phonetic;
    // The keys of exactly these words (a snapshot's) are kept as they are rather than copied.
    let complete = known.size === words.size;
    const keys: (string | null)[] = [];
    for (const { folded, soundTerm: term } of words.values()) {
      let key = known.get(folded);
      if (key === undefined) {
        key = phoneticKey(folded);
        complete = false;
      }
      keys.push(key);
      if (key === null) continue;
      const terms = sounds.get(key);
      if (!terms) sounds.set(key, [term]);
      else if (!terms.includes(term)) sounds.set(key, terms.concat([term]));
      if (++sinceYield % 256 === 0) yield;
    }
    // Sorted, so that the order terms were added in (a fresh build's, an update's) does not show.
    for (const terms of sounds.values()) {
      if (terms.length > 1) terms.sort();
      if (++sinceYield % 256 === 0) yield;
    }
    this.#sounds = sounds;
    if (complete) this.#phonetic = known;
    else {
      const phonetic = new Map<string, string | null>();
      let index = 0;
      for (const folded of words.keys()) {
        phonetic.set(folded, keys[index++] ?? null);
        if (++sinceYield % 1024 === 0) yield;
      }
      this.#phonetic = phonetic;
    }

    // Words by their first two letters, each bucket sorted; the most frequent words of every one-
    // and two-letter prefix precomputed, since those prefixes match too many words to rank live.
    // Each bucket's folded words take a plain string sort (much faster than a comparator), one
    // bucket a step, so that no step sorts the whole vocabulary.
    const foldedByKey = new Map<string, string[]>();
    for (const folded of words.keys()) {
      const key = folded.slice(0, 2);
      const list = foldedByKey.get(key);
      if (list) list.push(folded);
      else foldedByKey.set(key, [folded]);
      if (++sinceYield % 1024 === 0) yield;
    }
    const buckets = new Map<string, VocabularyWord[]>();
    for (const key of [...foldedByKey.keys()].sort()) {
      const bucket = (foldedByKey.get(key) ?? []).sort().map((folded) => {
        const { display, passages, term } = words.get(folded) as VocabularyWord;
        return { display, folded, passages, term };
      });
      buckets.set(key, bucket);
      yield;
    }
    const top = new Map<string, VocabularyWord[]>();
    for (const [key, bucket] of buckets) {
      top.set(key, mostFrequent(bucket, PRECOMPUTED_COMPLETIONS));
      const initial = key.slice(0, 1);
      top.set(
        initial,
        mostFrequent([...(top.get(initial) ?? []), ...bucket], PRECOMPUTED_COMPLETIONS),
      );
      yield;
    }
    this.#buckets = buckets;
    this.#topByPrefix = top;
    this.#topWords = mostFrequent(
      [...top.entries()].filter(([prefix]) => prefix.length === 1).flatMap(([, list]) => list),
      PRECOMPUTED_COMPLETIONS,
    );
  }

  /** Terms of the corpus words that share a French phonetic key (`MOUSTIK`). */
  soundingLike(key: string): readonly string[] {
    return this.#sounds.get(key) ?? [];
  }

  get termCount(): number {
    return this.#terms.size;
  }

  has(term: string): boolean {
    return this.#terms.has(term);
  }

  /** Number of passages that contain the term (0 when unknown). */
  documentFrequency(term: string): number {
    return this.#terms.get(term)?.df ?? 0;
  }

  /** BM25-style inverse document frequency; an unknown term gets the rarest term's value. */
  idf(term: string): number {
    const df = Math.max(this.documentFrequency(term), 1);
    return Math.log(1 + (this.#passages - df + 0.5) / (df + 0.5));
  }

  /** The most frequent spelling of a term, e.g. `démineurs` for `demineur`. */
  displayOf(term: string): string | undefined {
    const entry = this.#terms.get(term);
    if (!entry) return undefined;
    let best: string | undefined;
    let count = -1;
    for (const [surface, n] of pairs(entry.surfaces)) {
      if (n > count || (n === count && best !== undefined && surface < best)) {
        best = surface;
        count = n;
      }
    }
    return best;
  }

  /** Known terms within `maxDistance` edits of `term`, closest first, then most frequent. */
  fuzzy(term: string, maxDistance: number): { term: string; distance: number }[] {
    if (maxDistance <= 0) return [];
    const found: { term: string; distance: number; df: number }[] = [];
    for (const [known, [, distance]] of this.#requireTree().fuzzyGet(term, maxDistance)) {
      const df = this.documentFrequency(known);
      if (known !== term && df > 0) found.push({ term: known, distance, df });
    }
    return found
      .sort((a, b) => a.distance - b.distance || b.df - a.df || (a.term < b.term ? -1 : 1))
      .map(({ term: found, distance }) => ({ term: found, distance }));
  }

  /** Spellings of the known terms closest to a word (up to two typos), for "did you mean". */
  fuzzyWords(word: string, limit: number): string[] {
    const term = termOf(word);
    const budget = term.length < 4 ? 1 : 2;
    const displays = this.fuzzy(term, budget).map((match) => this.displayOf(match.term));
    return [
      ...new Set(displays.filter((display): display is string => display !== undefined)),
    ].slice(0, limit);
  }

  /** Known terms that start with `prefix` (other than the prefix itself), most frequent first. */
  withPrefix(prefix: string, limit: number): string[] {
    const found: { term: string; df: number }[] = [];
    for (const term of this.#requireTree().atPrefix(prefix).keys()) {
      const df = this.documentFrequency(term);
      if (term !== prefix && df > 0) found.push({ term, df });
    }
    return found
      .sort((a, b) => b.df - a.df || (a.term < b.term ? -1 : 1))
      .slice(0, limit)
      .map((entry) => entry.term);
  }

  /** Corpus words (not stopwords) whose folded form starts with the folded prefix, most frequent first. */
  wordsStartingWith(prefix: string, limit: number): VocabularyWord[] {
    const folded = foldWord(prefix);
    if (folded.length <= 2) return (this.#topByPrefix.get(folded) ?? []).slice(0, limit);
    const bucket = this.#buckets.get(folded.slice(0, 2)) ?? [];
    let low = 0;
    let high = bucket.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((bucket[middle]?.folded ?? "") < folded) low = middle + 1;
      else high = middle;
    }
    const matches: VocabularyWord[] = [];
    for (let index = low; index < bucket.length; index++) {
      const word = bucket[index];
      if (!word?.folded.startsWith(folded)) break;
      matches.push(word);
    }
    return mostFrequent(matches, limit);
  }

  /** The most frequent content words of the corpus, for suggestions when nothing was typed. */
  topWords(limit: number): VocabularyWord[] {
    return this.#topWords
      .filter((word) => word.folded.length >= 4 && !/^\d+$/.test(word.folded))
      .slice(0, limit);
  }

  #requireTree(): TermTree {
    if (!this.#tree) throw new Error("Vocabulary: call freeze() before looking terms up");
    return this.#tree;
  }
}

/** The spellings and counts of a term's flat `surfaces` array. */
function* pairs(flat: readonly (string | number)[]): Generator<[surface: string, count: number]> {
  for (let index = 0; index + 1 < flat.length; index += 2)
    yield [flat[index] as string, flat[index + 1] as number];
}

/** How many completions are kept for each one- and two-letter prefix. */
const PRECOMPUTED_COMPLETIONS = 50;

function byFolded(a: VocabularyWord, b: VocabularyWord): number {
  return a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : 0;
}

/** The `limit` words found in the most passages (shorter, then alphabetical, on a tie). */
function mostFrequent(words: readonly VocabularyWord[], limit: number): VocabularyWord[] {
  if (words.length <= limit * 4) return [...words].sort(byFrequency).slice(0, limit);
  // A large bucket: keep the best `limit` in order rather than sorting all of it (the order is
  // total, since folded forms are unique, so the result is the same).
  const best: VocabularyWord[] = [];
  for (const word of words) {
    if (best.length === limit && byFrequency(word, best[limit - 1] as VocabularyWord) >= 0)
      continue;
    let index = best.length;
    while (index > 0 && byFrequency(word, best[index - 1] as VocabularyWord) < 0) index--;
    best.splice(index, 0, word);
    if (best.length > limit) best.pop();
  }
  return best;
}

function byFrequency(a: VocabularyWord, b: VocabularyWord): number {
  return b.passages - a.passages || a.folded.length - b.folded.length || byFolded(a, b);
}
