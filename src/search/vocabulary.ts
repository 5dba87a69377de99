import SearchableMap from "minisearch/SearchableMap";
import { foldWord, isStopword, termOf } from "../text/analyze.js";

/** A word of the corpus as readers see it, for "did you mean" and autocomplete. */
export interface VocabularyWord {
  /** The most frequent spelling in the corpus, accents and case kept: `Sokhné`. */
  display: string;
  /** Its accent- and case-folded form: `sokhne`. */
  folded: string;
  /** Number of passages containing it. */
  passages: number;
}

interface TermEntry {
  /** Dense id, for compact per-passage term sets. */
  id: number;
  /** Number of passages containing the term. */
  df: number;
  /** Spellings of the term and how often each occurs. */
  surfaces: Map<string, number>;
}

/**
 * The index terms of a corpus with their document frequencies and spellings. Answers the
 * questions the query analysis asks (is this term known? which known terms are one typo away or
 * start with these letters?) and the autocomplete's (which words start with these letters?).
 */
export class Vocabulary {
  readonly #terms = new Map<string, TermEntry>();
  #searchable: SearchableMap<number> | null = null;
  #words: VocabularyWord[] | null = null;
  #passages = 0;

  /**
   * Records one passage's analyzed tokens (call once per passage, before {@link freeze}) and
   * returns how often each term id occurs in it.
   */
  addPassage(tokens: readonly { term: string; surface: string }[]): Map<number, number> {
    this.#passages++;
    const counts = new Map<number, number>();
    for (const { term, surface } of tokens) {
      let entry = this.#terms.get(term);
      if (!entry) {
        entry = { id: this.#terms.size, df: 0, surfaces: new Map() };
        this.#terms.set(term, entry);
      }
      const count = counts.get(entry.id) ?? 0;
      if (count === 0) entry.df++;
      counts.set(entry.id, count + 1);
      entry.surfaces.set(surface, (entry.surfaces.get(surface) ?? 0) + 1);
    }
    return counts;
  }

  /** The dense id of a known term, or -1. */
  idOf(term: string): number {
    return this.#terms.get(term)?.id ?? -1;
  }

  /** Builds the lookup structures; the vocabulary is read-only afterwards. */
  freeze(): void {
    const searchable = new SearchableMap<number>();
    // Spellings that fold alike (`Sokhné`, `sokhné`) are one word, shown as written most often.
    const words = new Map<string, VocabularyWord & { count: number }>();
    for (const [term, entry] of this.#terms) {
      searchable.set(term, entry.df);
      for (const [surface, count] of entry.surfaces) {
        if (surface.length < 2 || isStopword(surface)) continue;
        const folded = foldWord(surface);
        const known = words.get(folded);
        if (!known) words.set(folded, { display: surface, folded, passages: entry.df, count });
        else if (count > known.count) Object.assign(known, { display: surface, count });
      }
    }
    this.#searchable = searchable;
    this.#words = [...words.values()]
      .map(({ display, folded, passages }) => ({ display, folded, passages }))
      .sort((a, b) => (a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : 0));
  }

  get passageCount(): number {
    return this.#passages;
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
    for (const [surface, n] of entry.surfaces) {
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
    const results = this.#requireSearchable().fuzzyGet(term, maxDistance);
    return [...results]
      .map(([found, [df, distance]]) => ({ term: found, distance, df }))
      .filter((match) => match.term !== term)
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
    for (const [term, df] of this.#requireSearchable().atPrefix(prefix)) {
      if (term !== prefix) found.push({ term, df });
    }
    return found
      .sort((a, b) => b.df - a.df || (a.term < b.term ? -1 : 1))
      .slice(0, limit)
      .map((entry) => entry.term);
  }

  /** Corpus words (not stopwords) whose folded form starts with the folded prefix, most frequent first. */
  wordsStartingWith(prefix: string, limit: number): VocabularyWord[] {
    const words = this.#words ?? [];
    const folded = foldWord(prefix);
    let low = 0;
    let high = words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((words[middle]?.folded ?? "") < folded) low = middle + 1;
      else high = middle;
    }
    const matches: VocabularyWord[] = [];
    for (let index = low; index < words.length; index++) {
      const word = words[index];
      if (!word?.folded.startsWith(folded)) break;
      matches.push(word);
    }
    return matches
      .sort(
        (a, b) =>
          b.passages - a.passages ||
          a.folded.length - b.folded.length ||
          (a.folded < b.folded ? -1 : 1),
      )
      .slice(0, limit);
  }

  /** The most frequent content words of the corpus, for suggestions when nothing was typed. */
  topWords(limit: number): VocabularyWord[] {
    return [...(this.#words ?? [])]
      .filter((word) => word.folded.length >= 4 && !/^\d+$/.test(word.folded))
      .sort((a, b) => b.passages - a.passages || (a.folded < b.folded ? -1 : 1))
      .slice(0, limit);
  }

  #requireSearchable(): SearchableMap<number> {
    if (!this.#searchable) throw new Error("Vocabulary: call freeze() before looking terms up");
    return this.#searchable;
  }
}
