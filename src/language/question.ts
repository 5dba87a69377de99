import {
  type AnalysisLanguage,
  fillerSpans,
  foldWord,
  languageOf,
  termOf,
  type Token,
  tokenize,
} from "./analyze.js";
import { type AnswerKind, answerFrameSpans, expectedAnswerKind } from "./answer-kind.js";
import { PARTICLES } from "./lexicon.js";
import { isStopword } from "./stopwords.js";

/** A content word of a question: what was typed, where, and its French index term. */
export interface QuestionWord extends Token {
  /** Lower case without accents: `armee`. */
  folded: string;
  /** The French index term (stemmed, folded): `arme`. */
  term: string;
  /**
   * In an English question, the particle that follows the word (`off` in `took off`), which may
   * make a phrasal verb; the word is then kept even when a stopword (`take`), for the resolver.
   */
  particle?: { surface: string; start: number; end: number };
  /** A stopword kept only for its particle: it counts only as part of a phrasal verb. */
  onlyWithParticle?: boolean;
}

/**
 * A question analysed once, read by the term resolver and the ranking: its content words, its
 * language, whether it asks yes or no, and the kind of answer its wording asks for.
 */
export interface Question {
  text: string;
  language: AnalysisLanguage;
  /** A yes/no question: its answer may state the opposite (`s'est arrêtée ?` → `a poursuivi`). */
  yesNo: boolean;
  /** The kind of answer the wording asks for (`combien de temps` → a duration), if it says. */
  answerKind: AnswerKind | null;
  /** The words that carry its topic, in order (stopwords, fillers and answer frames left out). */
  words: QuestionWord[];
}

/** Longest question analysed; Discord's own option limit is 6000 characters. */
export const MAX_QUESTION_LENGTH = 1000;

/**
 * Analyses a question (or a summary topic): one tokenization, from which the language, the
 * yes/no form, the answer kind and the content words are all read.
 */
export function analyzeQuestion(input: string): Question {
  const text = input.slice(0, MAX_QUESTION_LENGTH);
  const tokens = tokenize(text);
  const language = languageOf(tokens);
  const frames = [...answerFrameSpans(text), ...fillerSpans(text)];
  const words: QuestionWord[] = [];
  for (const [index, token] of tokens.entries()) {
    if (token.surface.length < 2 && !/\p{N}/u.test(token.surface)) continue;
    if (frames.some(([start, end]) => token.start < end && token.end > start)) continue;
    const next = tokens[index + 1];
    const particle =
      language === "en" && next && PARTICLES.has(next.surface.toLowerCase())
        ? { surface: next.surface.toLowerCase(), start: next.start, end: next.end }
        : undefined;
    const stopword = isStopword(token.surface, language);
    if (stopword && particle === undefined) continue;
    words.push({
      ...token,
      folded: foldWord(token.surface),
      term: termOf(token.surface),
      ...(particle && { particle }),
      ...(stopword && { onlyWithParticle: true }),
    });
  }
  return {
    text,
    language,
    yesNo: asksYesOrNo(text, tokens),
    answerKind: expectedAnswerKind(text),
    words,
  };
}

// Words that ask for something other than yes or no, French and English (`ou` is `où` typed
// without its accent: a yes/no question with "or" only loses its opposite-meaning matches).
const OPEN_QUESTION_WORDS = new Set(
  (
    "qui quoi quand ou comment pourquoi combien quel quelle quels quelles lequel laquelle " +
    "lesquels lesquelles koi kwa ki kel kelle kels kelles cmt koment kan pk pq pkoi cb what who whom whose when where why how which whats"
  ).split(" "),
);
const ASKS_YES_NO =
  /^\s*(?:est[\s-]*ce|is|are|was|were|did|does|do|has|have|had|can|could|will|would)\b/iu;
// `Que font…`, `Qu'a fait…`: a question word, unless it follows `est-ce`.
const OPENS_WITH_QUE = /^\s*qu(?:e\b|['’]|\s)/iu;

/**
 * True for a yes/no question: one that asks (a `?`, `est-ce que`, an English auxiliary first)
 * without a question word (`qui`, `quand`, `où`, `que font`, `what`…).
 */
function asksYesOrNo(text: string, tokens: readonly Token[]): boolean {
  if (!text.includes("?") && !ASKS_YES_NO.test(text)) return false;
  if (OPENS_WITH_QUE.test(text)) return false;
  return !tokens.some(({ surface }) => OPEN_QUESTION_WORDS.has(foldWord(surface)));
}
