/** A sentence inside a passage, with offsets into the passage text (UTF-16 code units). */
export interface Sentence {
  text: string;
  /** Offset of the first character in the passage text. */
  start: number;
  /** Offset just past the last character in the passage text. */
  end: number;
}

/** One paragraph of an article: the unit that search returns and replies cite. */
export interface Passage {
  /** Stable id: `${articleId}#${paragraph}`. */
  id: string;
  articleId: string;
  /** 1-based paragraph number in the article body (the title is not a paragraph). */
  paragraph: number;
  text: string;
  sentences: Sentence[];
}

/** An article read from `corpus/`. */
export interface Article {
  /** Stable id: the front matter `id`, or the file name without its extension. */
  id: string;
  title: string;
  /** ISO date (YYYY-MM-DD) or null when the article gives none. */
  date: string | null;
  /** Source URL or null when unknown. */
  source: string | null;
  /** BCP 47 language tag of the article text, e.g. `fr`. */
  language: string;
  /** Path of the file it was read from, relative to the corpus directory. */
  file: string;
  passages: Passage[];
}

/** Groups of names for the same thing, used to expand queries (from `corpus/aliases.json`). */
export type AliasGroups = readonly (readonly string[])[];

/** Everything read from a corpus directory. */
export interface Corpus {
  articles: Article[];
  aliases: AliasGroups;
}
