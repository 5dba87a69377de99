import { parseArgs } from "node:util";
import { readCorpus } from "../corpus/read.js";
import type { Article } from "../corpus/types.js";
import { type SummaryLength, type SummaryResult, summarize } from "../summary/index.js";
import { type CliCommand, UsageError } from "./io.js";

const LENGTHS: readonly SummaryLength[] = ["short", "medium", "long"];

/** The JSON contract of `gazette summary --json` (other tools read it: keep its keys stable). */
export interface SummaryJson {
  article: string;
  title: string;
  length: SummaryLength;
  topic: string | null;
  sentences: { text: string; paragraph: number; start: number; end: number }[];
}

/**
 * `gazette summary [--article ID] [--length short|medium|long] [--topic TEXT] [--json]`: an
 * extractive summary of one article, each sentence citing its paragraph. Exit 1 with a one-line
 * message on stderr when the article is unknown or does not talk about the topic.
 */
export const summaryCommand: CliCommand = async (args, io) => {
  const options = parseSummaryArgs(args);
  const corpus = await readCorpus(io.corpusDir);
  const result = summarize(corpus, options);
  switch (result.kind) {
    case "summary":
      io.out(options.json ? JSON.stringify(toJson(result)) : formatSummary(result));
      return 0;
    case "off-topic": {
      const hint = result.suggestions.length > 0 ? ` Try: ${result.suggestions.join(", ")}.` : "";
      io.err(`The article "${result.article.title}" does not talk about "${result.topic}".${hint}`);
      return 1;
    }
    case "unknown-article": {
      const hint =
        result.suggestions.length > 0 ? ` Did you mean: ${listArticles(result.suggestions)}?` : "";
      io.err(`No article matches "${result.query}".${hint}`);
      return 1;
    }
    case "choose-article":
      throw new UsageError(
        `several articles match; choose one with --article: ${listArticles(result.suggestions)}`,
      );
  }
};

interface SummaryArgs {
  article?: string;
  length: SummaryLength;
  topic?: string;
  json: boolean;
}

function parseSummaryArgs(args: string[]): SummaryArgs {
  let values: { article?: string; length?: string; topic?: string; json?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        article: { type: "string" },
        length: { type: "string" },
        topic: { type: "string" },
        json: { type: "boolean", default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const length = values.length ?? "short";
  if (!isLength(length)) {
    throw new UsageError(`--length must be short, medium or long, not "${length}"`);
  }
  if (values.article !== undefined && values.article.trim() === "") {
    throw new UsageError("--article needs an article id or title");
  }
  if (values.topic !== undefined && values.topic.trim() === "") {
    throw new UsageError('--topic needs a word or phrase, e.g. --topic "déminage"');
  }
  return {
    ...(values.article === undefined ? {} : { article: values.article }),
    ...(values.topic === undefined ? {} : { topic: values.topic }),
    length,
    json: values.json ?? false,
  };
}

function isLength(value: string): value is SummaryLength {
  return (LENGTHS as readonly string[]).includes(value);
}

/** The `--json` object of a summary. */
export function toJson(result: Extract<SummaryResult, { kind: "summary" }>): SummaryJson {
  return {
    article: result.article.id,
    title: result.article.title,
    length: result.length,
    topic: result.topic,
    sentences: result.sentences.map(({ text, paragraph, start, end }) => ({
      text,
      paragraph,
      start,
      end,
    })),
  };
}

/** The title, then one line per sentence with its paragraph citation: `[§3] …`. */
export function formatSummary(result: Extract<SummaryResult, { kind: "summary" }>): string {
  const about = result.topic === null ? "" : ` — about "${result.topic}"`;
  const lines = result.sentences.map((sentence) => `[§${sentence.paragraph}] ${sentence.text}`);
  return [`${result.article.title}${about}`, "", ...lines].join("\n");
}

function listArticles(articles: readonly Article[]): string {
  return articles.map((article) => `${article.id} (${article.title})`).join(", ");
}
