/**
 * Extractive summaries of the corpus's articles: the article's own sentences, chosen for what
 * they carry, cited by paragraph, length-controlled and optionally focused on a topic.
 * This is the module's public API; everything else in `src/summary/` is internal.
 */
export { findArticles } from "./find-articles.js";
export {
  CITATION_ALLOWANCE,
  defaultLengthBudgets,
  type LengthBudget,
  MAX_SUMMARY_CHARACTERS,
} from "./select.js";
export { suggestTopics } from "./suggest-topics.js";
export { summarize } from "./summarize.js";
export type { SummaryLength, SummaryOptions, SummaryResult, SummarySentence } from "./types.js";
