import type { Article } from "../corpus/types.js";

/** How long a summary is: `short` (about 3 sentences), `medium`, `long`. */
export type SummaryLength = "short" | "medium" | "long";

/** What to summarize and how. */
export interface SummaryOptions {
  /** An article id, or a (partial, accent- and case-insensitive) title. Optional with one article. */
  article?: string;
  /** Defaults to `short`. */
  length?: SummaryLength;
  /** Summarize only what the article says about this, e.g. `déminage`. */
  topic?: string;
}

/** One sentence of a summary, with where it is in the article. */
export interface SummarySentence {
  text: string;
  /** 1-based paragraph number, the one replies cite as `[§3]`. */
  paragraph: number;
  /** Offset of the sentence in the paragraph text (UTF-16 code units). */
  start: number;
  /** Offset just past the sentence in the paragraph text. */
  end: number;
}

/** The answer of {@link summarize}: a summary, or why there is none and what to try instead. */
export type SummaryResult =
  | {
      kind: "summary";
      article: Article;
      length: SummaryLength;
      topic: string | null;
      /** In article order. */
      sentences: SummarySentence[];
    }
  | {
      /** The article does not talk about the topic; `suggestions` are words and names it does contain. */
      kind: "off-topic";
      article: Article;
      topic: string;
      suggestions: string[];
    }
  | {
      /** No article matches the id or title given; `suggestions` are the closest ones. */
      kind: "unknown-article";
      query: string;
      suggestions: Article[];
    }
  | {
      /** Several articles (or several equally good matches) and none chosen. */
      kind: "choose-article";
      suggestions: Article[];
    };
