import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { readCorpus } from "../corpus/read.js";
import { buildPassageIndexAsync, type PassageIndex } from "../search/passage-index.js";
import type { Highlight, SearchResponse } from "../search/types.js";
import { type CliCommand, UsageError } from "./io.js";

/** `gazette ask "question" [--limit N] [--json]`, or `gazette ask --json` reading stdin. */
export const askCommand: CliCommand = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { limit: { type: "string" }, json: { type: "boolean", default: false } },
  });
  const limit = parseLimit(values.limit);
  const question = positionals.join(" ");

  if (positionals.length === 0) {
    if (!values.json)
      throw new UsageError('ask needs a question, e.g. gazette ask "qui démine Palmyre ?"');
    const index = await openIndex(io.corpusDir);
    const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) {
      io.out(
        JSON.stringify(
          line.trim() === "" ? emptyAnswer(line) : toJson(index.search(line, { limit })),
        ),
      );
    }
    return 0;
  }
  if (question.trim() === "") throw new UsageError("the question is empty");

  const index = await openIndex(io.corpusDir);
  const response = index.search(question, { limit });
  if (values.json) io.out(JSON.stringify(toJson(response)));
  else io.out(formatForTerminal(response, Boolean((process.stdout as { isTTY?: boolean }).isTTY)));
  return response.results.length > 0 ? 0 : 1;
};

async function openIndex(corpusDir: string): Promise<PassageIndex> {
  return buildPassageIndexAsync(await readCorpus(corpusDir));
}

function parseLimit(raw: string | undefined): number {
  if (raw === undefined) return 3;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) {
    throw new UsageError(`--limit must be a whole number from 1 to 50, not "${raw}"`);
  }
  return limit;
}

/** The JSON contract of `gazette ask --json` (other tools read it: keep its keys stable). */
export interface AskJson {
  query: string;
  results: {
    article: string;
    paragraph: number;
    text: string;
    score: number;
    bestSentence: string;
    highlights: [number, number][];
  }[];
  suggestions: string[];
  error?: string;
}

export function toJson(response: SearchResponse): AskJson {
  return {
    query: response.query,
    results: response.results.map((hit) => ({
      article: hit.article.id,
      paragraph: hit.passage.paragraph,
      text: hit.passage.text,
      score: hit.score,
      bestSentence: hit.bestSentence.text,
      highlights: hit.highlights.map(([start, end]) => [start, end]),
    })),
    suggestions: response.suggestions,
  };
}

function emptyAnswer(line: string): AskJson {
  return { query: line, results: [], suggestions: [], error: "empty question" };
}

/** A readable answer: each passage cited, matched words emphasised, the best sentence marked. */
export function formatForTerminal(response: SearchResponse, ansi: boolean): string {
  if (response.results.length === 0) {
    const hint =
      response.suggestions.length > 0 ? ` Did you mean: ${response.suggestions.join(", ")}?` : "";
    return `No passage of the corpus answers "${response.query}".${hint}`;
  }
  return response.results
    .map((hit, rank) => {
      const heading = `${rank + 1}. ${hit.article.title} — paragraph ${hit.passage.paragraph} (score ${hit.score})`;
      const text = emphasise(hit.passage.text, hit.highlights, ansi);
      return `${heading}\n${text}\n  ➜ ${hit.bestSentence.text}`;
    })
    .join("\n\n");
}

function emphasise(text: string, highlights: readonly Highlight[], ansi: boolean): string {
  const [open, close] = ansi ? ["\u001b[1m", "\u001b[22m"] : ["**", "**"];
  let out = "";
  let cursor = 0;
  for (const [start, end] of highlights) {
    out += text.slice(cursor, start) + open + text.slice(start, end) + close;
    cursor = end;
  }
  return out + text.slice(cursor);
}
