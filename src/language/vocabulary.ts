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

/** One term as a snapshot stores it: term, document frequency, then spelling and count pairs. */
export type TermRecord = [term: string, df: number, surfaces: (string | number)[]];

/**
 * What the vocabulary knows of a term, in one flat array: the number of passages containing it,
 * then its spellings and how often each occurs (`15, Armée, 3, armée, 12`). Most terms have one
 * or two spellings; an object and a Map per term cost several times as much (at 100k passages
 * the vocabulary holds 170k terms).
 */
type TermEntry = (string | number)[];

/** A word as the freeze keeps it: with its French phonetic key (null: it has none). */
interface FrozenWord extends VocabularyWord {
  sound: string | null;
}

/**
 * The frozen words as a snapshot stores them, flat: folded form, display, passages, term (its
 * index in the order of {@link Vocabulary.records}, so a read shares the terms' strings) and
 * phonetic key of each word, in the order of the prefix buckets.
 */
export type WordRecords = (string | number | null)[];
const WORD_RECORD_LENGTH = 5;

/**
 * The index terms of a corpus with their document frequencies and spellings. Answers the
 * questions the query analysis asks (is this term known? which known terms are one typo away or
 * start with these letters?) and the autocomplete's (which words start with these letters?).
 */
export class Vocabulary implements TermSource {
  readonly #terms = new Map<string, TermEntry>();
  /** Entries this vocabulary may change in place; a derived copy clones the others on write. */
  #owned: Set<TermEntry> | null = null;
  #tree: TermTree | null = null;
  /**
   * Words by their first two letters, each bucket sorted by folded form; the vocabulary derived
   * from this one starts with these too, to reuse their phonetic keys.
   */
  #buckets = new Map<string, FrozenWord[]>();
  /** Words read from a snapshot ({@link addWordRecords}), which the next freeze takes as they are. */
  #restored: FrozenWord[] = [];
  /** The terms read from a snapshot, in their order, for the words' term indexes (until the freeze). */
  #restoredTerms: string[] = [];
  #topByPrefix = new Map<string, VocabularyWord[]>();
  #topWords: VocabularyWord[] = [];
  /** Phonetic key → terms of the words that have it. */
  #sounds = new Map<string, string[]>();
  #passages = 0;
  /**
   * Spelling → folded form (of spellings that folding changes), as the freezes found them, shared
   * with the vocabularies derived from this one: an update's freeze folds only the spellings it has not met (folding the 250k
   * spellings of a 100k-passage corpus was a fifth of a one-article reindex).
   */
  #folds = new Map<string, string>();
  /**
   * Folded forms that spellings of several terms fold to (`été` of `été` and `etre`?), with those
   * terms, sorted: an update works such a word out again from all of them. Every other word comes
   * from one term's spellings.
   */
  #shared = new Map<string, string[]>();
  /**
   * Set by {@link derive} from a frozen vocabulary: its terms, and the terms changed since. The
   * freeze then redoes only the words those terms spell (an update of one article at 100k
   * passages changes a few hundred of 250k words), keeping every other word, bucket and key.
   */
  #update: { base: ReadonlyMap<string, TermEntry>; touched: Set<string> } | null = null;

  /** Records one passage's analyzed tokens (call once per passage, before {@link freeze}). */
  addPassage(tokens: readonly { term: string; surface: string }[]): void {
    this.#passages++;
    const seen = new Set<string>();
    for (const { term, surface } of tokens) {
      this.#update?.touched.add(term);
      let entry = this.#writable(term);
      if (!entry) {
        entry = [0, surface, 0];
        this.#terms.set(term, entry);
        this.#owned?.add(entry);
      }
      if (!seen.has(term)) {
        seen.add(term);
        entry[0] = (entry[0] as number) + 1;
      }
      const at = entry.indexOf(surface, 1);
      if (at > 0) entry[at + 1] = (entry[at + 1] as number) + 1;
      else {
        // Grown to the exact size (`push` leaves room for 16 more in every array).
        const grown = entry.concat([surface, 1]);
        this.#replace(term, entry, grown);
        entry = grown;
      }
    }
  }

  /** Puts `next` in the place of a term's `entry` (both owned by this vocabulary). */
  #replace(term: string, entry: TermEntry, next: TermEntry): void {
    this.#terms.set(term, next);
    if (this.#owned) {
      this.#owned.delete(entry);
      this.#owned.add(next);
    }
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
      this.#update?.touched.add(term);
      const entry = this.#writable(term);
      if (!entry) throw new Error(`Vocabulary: cannot remove "${term}", which no passage holds`);
      if (!seen.has(term)) {
        seen.add(term);
        entry[0] = (entry[0] as number) - 1;
      }
      const at = entry.indexOf(surface, 1);
      if (at < 0) continue;
      const count = (entry[at + 1] as number) - 1;
      if (count > 0) entry[at + 1] = count;
      else this.#replace(term, entry, entry.slice(0, at).concat(entry.slice(at + 2)));
    }
    for (const term of seen) if (this.documentFrequency(term) === 0) this.#terms.delete(term);
  }

  /**
   * A copy to change with {@link addPassage} and {@link removePassage} then {@link freeze}, while
   * this vocabulary keeps answering unchanged (copy on write: entries are cloned when first
   * changed). Copies in steps, calling `pause` between them.
   */
  async derive(pause: () => Promise<void> | undefined = () => undefined): Promise<Vocabulary> {
    const copy = new Vocabulary();
    copy.#owned = new Set();
    copy.#passages = this.#passages;
    copy.#buckets = this.#buckets;
    copy.#folds = this.#folds;
    if (this.#tree && this.#restored.length === 0) {
      copy.#update = { base: this.#terms, touched: new Set() };
      copy.#shared = this.#shared;
      copy.#sounds = this.#sounds;
      copy.#topByPrefix = this.#topByPrefix;
    }
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
    for (const [term, entry] of this.#terms) {
      records.push([term, entry[0] as number, entry.slice(1)]);
      if (records.length >= batch) {
        yield records;
        records = [];
      }
    }
    yield records;
  }

  /**
   * The frozen words as a snapshot stores them ({@link WordRecords}), about `batch` words per array:
   * reading them back spares the next freeze its costliest steps (folding every spelling, the
   * phonetic keys, sorting).
   */
  *wordRecords(batch = 4096): Generator<WordRecords> {
    const termIndex = this.#termIndex();
    let records: WordRecords = [];
    for (const bucket of this.#buckets.values()) {
      for (const { folded, display, passages, term, sound } of bucket) {
        records.push(folded, display, passages, termIndex.get(term) ?? -1, sound);
        if (records.length >= batch * WORD_RECORD_LENGTH) {
          yield records;
          records = [];
        }
      }
    }
    yield records;
  }

  /** Each term's index in the order of {@link records}. */
  #termIndex(): Map<string, number> {
    const termIndex = new Map<string, number>();
    for (const term of this.#terms.keys()) termIndex.set(term, termIndex.size);
    return termIndex;
  }

  /**
   * The words several terms spell, as a snapshot stores them, flat: folded form, number of
   * terms, then each term's index in the order of {@link records}. An update after a start from the
   * snapshot needs them to work such a word out again.
   */
  *sharedRecords(batch = 2048): Generator<(string | number)[]> {
    const termIndex = this.#termIndex();
    let records: (string | number)[] = [];
    for (const [folded, terms] of this.#shared) {
      records.push(folded, terms.length, ...terms.map((term) => termIndex.get(term) ?? -1));
      if (records.length >= batch * 4) {
        yield records;
        records = [];
      }
    }
    yield records;
  }

  /** Adds the records of {@link sharedRecords} (after the terms); throws on a malformed one. */
  addSharedRecords(records: readonly (string | number)[]): void {
    for (let at = 0; at < records.length;) {
      const folded = records[at];
      const count = records[at + 1];
      if (typeof folded !== "string" || typeof count !== "number" || count < 2)
        throw new Error("Vocabulary: a shared-word record is malformed");
      const terms = records
        .slice(at + 2, at + 2 + count)
        .map((index) => (typeof index === "number" ? this.#restoredTerms[index] : undefined));
      if (terms.length !== count || terms.some((term) => term === undefined))
        throw new Error(`Vocabulary: the shared-word record of "${folded}" is malformed`);
      this.#shared.set(folded, terms as string[]);
      at += 2 + count;
    }
  }

  /**
   * Adds words read from a snapshot ({@link wordRecords}), in their order; the next freeze takes
   * them as they are instead of working them out from the terms. Throws on a malformed record.
   */
  addWordRecords(records: Readonly<WordRecords>): void {
    if (records.length % WORD_RECORD_LENGTH !== 0)
      throw new Error("Vocabulary: a word record is incomplete");
    for (let at = 0; at < records.length; at += WORD_RECORD_LENGTH) {
      const [folded, display, passages, index, sound] = records.slice(at, at + WORD_RECORD_LENGTH);
      const term = typeof index === "number" ? this.#restoredTerms[index] : undefined;
      if (
        typeof folded !== "string" ||
        typeof display !== "string" ||
        typeof passages !== "number" ||
        term === undefined ||
        !(typeof sound === "string" || sound === null)
      )
        throw new Error(`Vocabulary: the word record of "${String(folded)}" is malformed`);
      this.#restored.push({ folded, display, passages, term, sound });
    }
  }

  /** Rebuilds a vocabulary from {@link records} (then {@link freeze} it). */
  static fromRecords(
    batches: Iterable<readonly TermRecord[]>,
    counts: { passages: number },
  ): Vocabulary {
    const vocabulary = new Vocabulary();
    for (const records of batches) vocabulary.addRecords(records);
    return vocabulary.withCounts(counts);
  }

  /** Adds terms read from a snapshot ({@link records}); see {@link withCounts}. */
  addRecords(records: readonly TermRecord[]): void {
    for (const [term, df, surfaces] of records) {
      const pairs = surfaces.slice(0, surfaces.length - (surfaces.length % 2));
      this.#terms.set(term, ([df] as TermEntry).concat(pairs));
      this.#restoredTerms.push(term);
    }
  }

  /** Sets the count a snapshot stores beside the terms: passages recorded. */
  withCounts(counts: { passages: number }): this {
    this.#passages = counts.passages;
    return this;
  }

  /** Passages recorded, as a snapshot stores them. */
  get counts(): { passages: number } {
    return { passages: this.#passages };
  }

  /** The entry of a term, cloned first when it is shared with the vocabulary this one derives from. */
  #writable(term: string): TermEntry | undefined {
    const entry = this.#terms.get(term);
    if (!entry || !this.#owned || this.#owned.has(entry)) return entry;
    const clone = entry.slice();
    this.#terms.set(term, clone);
    this.#owned.add(clone);
    return clone;
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
    if (tree) this.#tree = tree;
    else {
      const own = new SearchableMap<true>();
      for (const term of this.#terms.keys()) own.set(term, true);
      this.#tree = own;
    }
    const restored = this.#restored;
    const update = this.#update;
    this.#restored = [];
    this.#restoredTerms = [];
    this.#update = null;
    if (update && restored.length === 0) {
      yield* this.#updateSteps(update.base, update.touched);
      return;
    }
    const buckets =
      restored.length > 0
        ? yield* sortedBucketSteps(restored)
        : yield* this.#bucketSteps(yield* this.#wordSteps());
    yield;
    yield* this.#lookupSteps(buckets);
  }

  /** The phonetic and completion look-ups of the frozen words, which the vocabulary then answers from. */
  *#lookupSteps(buckets: Map<string, FrozenWord[]>): Generator<void> {
    const sounds = new Map<string, string[]>();
    let sinceYield = 0;
    for (const bucket of buckets.values()) {
      for (const { sound, term } of bucket) {
        if (++sinceYield % 1024 === 0) yield;
        if (sound === null) continue;
        const terms = sounds.get(sound);
        if (!terms) sounds.set(sound, [term]);
        else if (!terms.includes(term)) sounds.set(sound, terms.concat([term]));
      }
    }
    // Sorted, so that the order terms were added in (a fresh build's, an update's) does not show.
    for (const terms of sounds.values()) {
      if (terms.length > 1) terms.sort();
      if (++sinceYield % 256 === 0) yield;
    }

    // The most frequent words of every one- and two-letter prefix precomputed, since those
    // prefixes match too many words to rank live.
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
    this.#sounds = sounds;
    this.#topByPrefix = top;
    this.#topWords = topWordsOf(top);
  }

  /**
   * The words of the terms' spellings: spellings that fold alike (`Sokhné`, `sokhné`) are one word,
   * shown as written most often. Spellings come from analyzed tokens, so they are already neither
   * stopwords nor one letter.
   */
  *#wordSteps(): Generator<void, Map<string, VocabularyWord>> {
    const words = new Map<string, CountedWord & { first: string }>();
    const shared = new Map<string, string[]>();
    let sinceYield = 0;
    for (const [term, entry] of this.#terms) {
      if (++sinceYield % 256 === 0) yield;
      const passages = entry[0] as number;
      for (let at = 1; at + 1 < entry.length; at += 2) {
        const surface = entry[at] as string;
        const count = entry[at + 1] as number;
        const folded = this.#fold(surface);
        const known = words.get(folded);
        if (!known) {
          words.set(folded, { display: surface, folded, passages, term, count, first: term });
          continue;
        }
        if (term !== known.first) {
          const terms = shared.get(folded) ?? [known.first];
          if (!terms.includes(term)) terms.push(term);
          shared.set(folded, terms);
        }
        if (outspells(surface, count, term, known))
          Object.assign(known, { display: surface, count, passages, term });
      }
    }
    for (const terms of shared.values()) terms.sort();
    this.#shared = shared;
    return words;
  }

  /** The folded form of a spelling, from the fold cache. */
  #fold(surface: string): string {
    if (PLAIN.test(surface)) return surface;
    let folded = this.#folds.get(surface);
    if (folded === undefined) {
      folded = foldWord(surface);
      this.#folds.set(surface, folded);
    }
    return folded;
  }

  /**
   * The freeze of a vocabulary derived from a frozen one, from the terms changed since: the words
   * those terms spelt before or spell now are worked out again (from every term that spells them),
   * and only the buckets, phonetic keys and completions of the words that changed are redone. It
   * leaves what a freeze from scratch would (tested).
   */
  *#updateSteps(
    base: ReadonlyMap<string, TermEntry>,
    touched: ReadonlySet<string>,
  ): Generator<void> {
    // The folded forms the changed terms spelt or spell, each with the changed terms spelling it now.
    const affected = new Map<string, string[]>();
    let sinceYield = 0;
    for (const term of touched) {
      for (const surface of spellingsOf(base.get(term))) {
        const folded = this.#fold(surface);
        if (!affected.has(folded)) affected.set(folded, []);
      }
      for (const surface of spellingsOf(this.#terms.get(term))) {
        const folded = this.#fold(surface);
        const spellers = affected.get(folded);
        if (!spellers) affected.set(folded, [term]);
        else if (!spellers.includes(term)) spellers.push(term);
      }
      if (++sinceYield % 256 === 0) yield;
    }
    const previous = this.#buckets;
    const shared = new Map(this.#shared);
    const changed = new Map<string, { before?: FrozenWord; after?: FrozenWord }>();
    for (const [folded, spellers] of affected) {
      const before = wordIn(previous.get(folded.slice(0, 2)), folded);
      const candidates = new Set([...(shared.get(folded) ?? []), ...spellers]);
      if (before) candidates.add(before.term);
      const { word, terms } = this.#wordOf(folded, candidates);
      if (terms.length > 1) shared.set(folded, terms.sort());
      else shared.delete(folded);
      const after = word && { ...word, sound: before ? before.sound : phoneticKey(word.display) };
      if (!sameWord(before, after)) changed.set(folded, { before, after });
      if (++sinceYield % 64 === 0) yield;
    }
    const buckets = yield* bucketsWith(previous, changed);
    const sounds = yield* this.#soundsWith(buckets, changed);
    this.#buckets = buckets;
    this.#sounds = sounds;
    this.#shared = shared;
    this.#topByPrefix = yield* completionsWith(this.#topByPrefix, buckets, changed);
    this.#topWords = topWordsOf(this.#topByPrefix);
  }

  /** The word of a folded form from the spellings of `terms`, and which of them spell it. */
  #wordOf(
    folded: string,
    terms: Iterable<string>,
  ): { word: VocabularyWord | undefined; terms: string[] } {
    let word: CountedWord | undefined;
    const spellers: string[] = [];
    for (const term of terms) {
      const entry = this.#terms.get(term);
      if (!entry) continue;
      const passages = entry[0] as number;
      let spells = false;
      for (let at = 1; at + 1 < entry.length; at += 2) {
        const surface = entry[at] as string;
        if (this.#fold(surface) !== folded) continue;
        spells = true;
        const count = entry[at + 1] as number;
        if (!word || outspells(surface, count, term, word))
          word = { display: surface, folded, passages, term, count };
      }
      if (spells) spellers.push(term);
    }
    if (!word) return { word, terms: spellers };
    const { count: _, ...kept } = word;
    return { word: kept, terms: spellers };
  }

  /**
   * The phonetic look-up after an update: a changed word's term joins its key's terms, and leaves
   * its former key's terms unless another word of that term still has that key. Lists are copied
   * before they change (the vocabulary derived from still answers from them).
   */
  *#soundsWith(
    buckets: ReadonlyMap<string, FrozenWord[]>,
    changed: ReadonlyMap<string, { before?: FrozenWord; after?: FrozenWord }>,
  ): Generator<void, Map<string, string[]>> {
    const sounds = new Map<string, string[]>();
    let sinceYield = 0;
    for (const [key, terms] of this.#sounds) {
      sounds.set(key, terms);
      if (++sinceYield % 4096 === 0) yield;
    }
    const stillSounds = (term: string, sound: string) =>
      spellingsOf(this.#terms.get(term)).some((surface) => {
        const folded = this.#fold(surface);
        const word = wordIn(buckets.get(folded.slice(0, 2)), folded);
        return word?.term === term && word.sound === sound;
      });
    for (const { before, after } of changed.values()) {
      if (before?.sound && !stillSounds(before.term, before.sound)) {
        const terms = (sounds.get(before.sound) ?? []).filter((term) => term !== before.term);
        if (terms.length > 0) sounds.set(before.sound, terms);
        else sounds.delete(before.sound);
      }
      if (after?.sound) {
        const terms = sounds.get(after.sound) ?? [];
        if (!terms.includes(after.term)) sounds.set(after.sound, [...terms, after.term].sort());
      }
      if (++sinceYield % 64 === 0) yield;
    }
    return sounds;
  }

  /**
   * The words by their first two letters, each bucket sorted, with their phonetic keys: the keys
   * of the last freeze's words (or those of the vocabulary this one derives from) are reused,
   * since they are the costliest part. Each bucket's folded words take a plain string sort (much
   * faster than a comparator), one bucket a step, so that no step sorts the whole vocabulary.
   */
  *#bucketSteps(
    words: ReadonlyMap<string, VocabularyWord>,
  ): Generator<void, Map<string, FrozenWord[]>> {
    const foldedByKey = new Map<string, string[]>();
    let sinceYield = 0;
    for (const folded of words.keys()) {
      if (++sinceYield % 1024 === 0) yield;
      const key = folded.slice(0, 2);
      const list = foldedByKey.get(key);
      if (list) list.push(folded);
      else foldedByKey.set(key, [folded]);
    }
    yield;
    const previous = this.#buckets;
    const buckets = new Map<string, FrozenWord[]>();
    for (const key of [...foldedByKey.keys()].sort()) {
      const known = previous.get(key) ?? [];
      const folds = foldedByKey.get(key) ?? [];
      if (sameWords(known, folds.length, words)) {
        // An update leaves most buckets as they were: kept, with no sort and no new objects.
        buckets.set(key, known);
        if (++sinceYield % 16 === 0) yield;
        continue;
      }
      const sorted = folds.sort();
      yield;
      const bucket = new Array<FrozenWord>(sorted.length);
      for (let index = 0; index < sorted.length; index++) {
        const folded = sorted[index] as string;
        const { display, passages, term } = words.get(folded) as VocabularyWord;
        // Keyed as written, not folded: the `ç` of `rançon` sounds /s/, as in `ranson`.
        const sound = soundIn(known, folded) ?? phoneticKey(display);
        bucket[index] = { display, folded, passages, term, sound };
        if (++sinceYield % 256 === 0) yield;
      }
      buckets.set(key, bucket);
    }
    return buckets;
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
    return (this.#terms.get(term)?.[0] as number | undefined) ?? 0;
  }

  /** BM25-style inverse document frequency; an unknown term gets the rarest term's value. */
  idf(term: string): number {
    const df = Math.max(this.documentFrequency(term), 1);
    return Math.log(1 + (this.#passages - df + 0.5) / (df + 0.5));
  }

  /**
   * Whether the corpus writes the term only with a capital (`Golfech`, `Le Goff`): a proper name,
   * which a question typed in lower case (`golfech`) still names.
   */
  writtenOnlyCapitalised(term: string): boolean {
    const spellings = spellingsOf(this.#terms.get(term));
    return spellings.length > 0 && spellings.every((surface) => /^\p{Lu}/u.test(surface));
  }

  /** The most frequent spelling of a term, e.g. `démineurs` for `demineur`. */
  displayOf(term: string): string | undefined {
    const entry = this.#terms.get(term);
    if (!entry) return undefined;
    let best: string | undefined;
    let count = -1;
    for (const [surface, n] of pairs(entry)) {
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
    const matches: VocabularyWord[] = [];
    for (let index = lowerBound(bucket, folded); index < bucket.length; index++) {
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

/** A word with the count of its shown spelling, while the freeze picks the spelling. */
type CountedWord = VocabularyWord & { count: number };

/**
 * Whether a spelling (of `term`, written `count` times) is the one to show for its word rather
 * than the word's current one: the most written, then the first in code-point order, then the
 * spelling of the first term in that order (so no order of the terms shows).
 */
function outspells(surface: string, count: number, term: string, word: CountedWord): boolean {
  if (count !== word.count) return count > word.count;
  if (surface !== word.display) return surface < word.display;
  return term < word.term;
}

/** The spellings of a term's entry (none for an unknown term). */
function spellingsOf(entry: TermEntry | undefined): string[] {
  const spellings: string[] = [];
  if (entry) for (let at = 1; at + 1 < entry.length; at += 2) spellings.push(entry[at] as string);
  return spellings;
}

/** The word of a folded form in its sorted bucket, if the bucket holds it. */
function wordIn(bucket: readonly FrozenWord[] | undefined, folded: string): FrozenWord | undefined {
  if (!bucket) return undefined;
  const word = bucket[lowerBound(bucket, folded)];
  return word?.folded === folded ? word : undefined;
}

function sameWord(a: FrozenWord | undefined, b: FrozenWord | undefined): boolean {
  if (!a || !b) return a === b;
  return (
    a.display === b.display && a.passages === b.passages && a.term === b.term && a.sound === b.sound
  );
}

/**
 * The buckets after an update: those of no changed word kept as they are (the same arrays), the
 * others merged with their changed words; in key order, as a freeze from scratch leaves them.
 */
function* bucketsWith(
  previous: ReadonlyMap<string, FrozenWord[]>,
  changed: ReadonlyMap<string, { after?: FrozenWord }>,
): Generator<void, Map<string, FrozenWord[]>> {
  const byKey = new Map<string, string[]>();
  for (const folded of changed.keys()) {
    const key = folded.slice(0, 2);
    byKey.set(key, [...(byKey.get(key) ?? []), folded]);
  }
  const buckets = new Map<string, FrozenWord[]>();
  for (const key of [...new Set([...previous.keys(), ...byKey.keys()])].sort()) {
    const old = previous.get(key) ?? [];
    const folds = byKey.get(key);
    if (!folds) {
      buckets.set(key, old);
      continue;
    }
    const gone = new Set(folds);
    const added = folds
      .sort()
      .map((folded) => changed.get(folded)?.after)
      .filter((word): word is FrozenWord => word !== undefined);
    const bucket = mergeSorted(
      old.filter((word) => !gone.has(word.folded)),
      added,
    );
    if (bucket.length > 0) buckets.set(key, bucket);
    yield;
  }
  return buckets;
}

/** Two lists of words sorted by folded form (no form in both), as one. */
function mergeSorted(a: readonly FrozenWord[], b: readonly FrozenWord[]): FrozenWord[] {
  const merged = new Array<FrozenWord>(a.length + b.length);
  let i = 0;
  let j = 0;
  for (let at = 0; at < merged.length; at++) {
    const next =
      j >= b.length || (i < a.length && (a[i] as FrozenWord).folded < (b[j] as FrozenWord).folded);
    merged[at] = (next ? a[i++] : b[j++]) as FrozenWord;
  }
  return merged;
}

/**
 * The precomputed completions after an update: those of each changed word's two-letter key and
 * initial worked out again from the buckets, the others kept.
 */
function* completionsWith(
  previous: ReadonlyMap<string, VocabularyWord[]>,
  buckets: ReadonlyMap<string, FrozenWord[]>,
  changed: ReadonlyMap<string, unknown>,
): Generator<void, Map<string, VocabularyWord[]>> {
  const top = new Map(previous);
  const keys = new Set([...changed.keys()].map((folded) => folded.slice(0, 2)));
  const initials = new Set([...keys].map((key) => key.slice(0, 1)));
  for (const key of keys) {
    const bucket = buckets.get(key);
    if (bucket) top.set(key, mostFrequent(bucket, PRECOMPUTED_COMPLETIONS));
    else top.delete(key);
    yield;
  }
  for (const initial of initials) {
    const lists: VocabularyWord[] = [];
    for (const [key, bucket] of buckets) {
      if (!key.startsWith(initial)) continue;
      // A two-letter key's list is its bucket's best; a one-letter key shares the initial's entry.
      lists.push(
        ...(key.length > 1 ? (top.get(key) ?? []) : mostFrequent(bucket, PRECOMPUTED_COMPLETIONS)),
      );
    }
    if (lists.length > 0) top.set(initial, mostFrequent(lists, PRECOMPUTED_COMPLETIONS));
    else top.delete(initial);
    yield;
  }
  return top;
}

/** The most frequent words overall, from the completions of every initial. */
function topWordsOf(top: ReadonlyMap<string, VocabularyWord[]>): VocabularyWord[] {
  return mostFrequent(
    [...top.entries()].filter(([prefix]) => prefix.length === 1).flatMap(([, list]) => list),
    PRECOMPUTED_COMPLETIONS,
  );
}

/** The spellings and counts of a term's entry. */
function* pairs(entry: TermEntry): Generator<[surface: string, count: number]> {
  for (let at = 1; at + 1 < entry.length; at += 2)
    yield [entry[at] as string, entry[at + 1] as number];
}

/**
 * Whether a bucket of the last freeze holds exactly the words now found for its key (as many, each
 * with the same display, passages and term): then it is still right as it is, phonetic keys
 * included, since they depend on the folded form alone.
 */
function sameWords(
  bucket: readonly FrozenWord[],
  count: number,
  words: ReadonlyMap<string, VocabularyWord>,
): boolean {
  if (bucket.length !== count) return false;
  for (const word of bucket) {
    const now = words.get(word.folded);
    if (
      !now ||
      now.display !== word.display ||
      now.passages !== word.passages ||
      now.term !== word.term
    )
      return false;
  }
  return true;
}

/** The index of the first word of a sorted bucket whose folded form is `folded` or after it. */
function lowerBound(bucket: readonly VocabularyWord[], folded: string): number {
  let low = 0;
  let high = bucket.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((bucket[middle]?.folded ?? "") < folded) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The phonetic key a sorted bucket holds for a word (undefined when it does not hold the word). */
function soundIn(bucket: readonly FrozenWord[], folded: string): string | null | undefined {
  const word = bucket[lowerBound(bucket, folded)];
  return word?.folded === folded ? word.sound : undefined;
}

/**
 * Words sorted as {@link Vocabulary.wordRecords} writes them, grouped in their prefix buckets, a
 * few thousand a step; throws when they are out of that order (a bucket must be sorted for its
 * binary search).
 */
function* sortedBucketSteps(
  words: readonly FrozenWord[],
): Generator<void, Map<string, FrozenWord[]>> {
  const buckets = new Map<string, FrozenWord[]>();
  let previous: FrozenWord | undefined;
  let sinceYield = 0;
  for (const word of words) {
    if (++sinceYield % 4096 === 0) yield;
    const key = word.folded.slice(0, 2);
    const bucket = buckets.get(key);
    if (bucket) {
      if (previous === undefined || !(previous.folded < word.folded))
        throw new Error(`Vocabulary: the word "${word.folded}" is out of order`);
      bucket.push(word);
    } else {
      if (previous !== undefined && !(previous.folded.slice(0, 2) < key))
        throw new Error(`Vocabulary: the word "${word.folded}" is out of order`);
      buckets.set(key, [word]);
    }
    previous = word;
  }
  return buckets;
}

/** A spelling that folding leaves as it is (lower-case ASCII): never kept in the fold cache. */
const PLAIN = /^[a-z0-9'-]*$/;

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
