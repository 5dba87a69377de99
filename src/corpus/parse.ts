import { splitSentences } from "../text/sentences.js";
import type { Article, Passage } from "./types.js";

/** One thing wrong with a corpus file, with where it is and how to fix it. */
export interface CorpusProblem {
  /** File path as shown to the operator, e.g. `corpus/palmyre.txt`. */
  file: string;
  /** 1-based line number, when the problem has one. */
  line?: number;
  /** What is wrong, e.g. `front matter "date" is not a date`. */
  message: string;
  /** How to fix it, e.g. `write it as YYYY-MM-DD or leave it empty`. */
  fix?: string;
}

/** Thrown when a corpus cannot be used; lists every problem found, not just the first. */
export class CorpusError extends Error {
  readonly problems: readonly CorpusProblem[];

  constructor(problems: readonly CorpusProblem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "CorpusError";
    this.problems = problems;
  }
}

/** `corpus/a.txt: front matter "date" is not a date (line 3): write it as YYYY-MM-DD or leave it empty` */
export function formatProblem(problem: CorpusProblem): string {
  const where = problem.line === undefined ? "" : ` (line ${problem.line})`;
  const fix = problem.fix ? `: ${problem.fix}` : "";
  return `${problem.file}: ${problem.message}${where}${fix}`;
}

function problem(
  file: string,
  line: number | undefined,
  what: string,
  fix?: string,
): CorpusProblem {
  return fix === undefined ? { file, line, message: what } : { file, line, message: what, fix };
}

const KNOWN_KEYS = new Set(["id", "title", "date", "source", "language"]);
const ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** Result of parsing one file: the article, or the problems that prevent it. */
export type ParseResult =
  { article: Article; problems: [] } | { article: null; problems: CorpusProblem[] };

/**
 * Parses one article file: a front matter between `---` lines (`title` required; `id`, `date`,
 * `source`, `language` optional), then the body, paragraphs separated by blank lines. Without
 * front matter, the first non-blank line is the title (a Markdown heading's `#` marks dropped)
 * and the id is `defaultId`.
 *
 * @param text the file content (already decoded)
 * @param file the path shown in problems, e.g. `corpus/palmyre.txt`
 * @param defaultId the id used when the front matter has none (the file name without extension)
 */
export function parseArticle(text: string, file: string, defaultId: string): ParseResult {
  const problems: CorpusProblem[] = [];
  const lines = text
    .normalize("NFC")
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/);
  const fields = new Map<string, { value: string; line: number }>();
  let bodyStart = 0;

  if (lines[0]?.trim() === "---") {
    const close = lines.findIndex((line, index) => index > 0 && line.trim() === "---");
    if (close === -1) {
      problems.push(problem(file, 1, "front matter is not closed", 'end it with a line "---"'));
      return { article: null, problems };
    }
    for (let index = 1; index < close; index++) {
      const line = lines[index] ?? "";
      if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
      const match = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(line);
      const key = match?.[1]?.toLowerCase();
      if (!match || key === undefined) {
        problems.push(
          problem(
            file,
            index + 1,
            `front matter line is not "key: value"`,
            `write it as "title: …"`,
          ),
        );
        continue;
      }
      if (!KNOWN_KEYS.has(key)) {
        problems.push(
          problem(
            file,
            index + 1,
            `front matter has an unknown key "${key}"`,
            `use one of ${[...KNOWN_KEYS].join(", ")}`,
          ),
        );
        continue;
      }
      fields.set(key, { value: unquote(match[2] ?? ""), line: index + 1 });
    }
    bodyStart = close + 1;
  } else {
    // No front matter: the first non-blank line is the title, the rest is the body.
    const first = lines.findIndex((line) => line.trim() !== "");
    if (first !== -1) {
      const heading = (lines[first] ?? "").trim().replace(/^#{1,6}\s+/, "");
      fields.set("title", { value: heading, line: first + 1 });
      bodyStart = first + 1;
    }
  }

  const title = fields.get("title");
  if (bodyStart === 0) {
    problems.push(
      problem(
        file,
        1,
        "the file is empty",
        'write the title on the first line, then the paragraphs (or a front matter "---", "title: …", "---")',
      ),
    );
    return { article: null, problems };
  }
  if (!title || title.value === "") {
    problems.push(
      problem(
        file,
        title?.line ?? 1,
        'front matter "title" is missing or empty',
        'add a line "title: …"',
      ),
    );
  }

  const id = fields.get("id")?.value || defaultId;
  if (!ID_PATTERN.test(id)) {
    problems.push(
      problem(
        file,
        fields.get("id")?.line ?? 1,
        `article id "${id}" is not valid`,
        'use lower-case letters, digits, - and _ (at most 64), in the front matter "id" or the file name',
      ),
    );
  }

  const date = fields.get("date");
  if (date && date.value !== "" && !isIsoDate(date.value)) {
    problems.push(
      problem(
        file,
        date.line,
        `front matter "date" is not a date`,
        "write it as YYYY-MM-DD or leave it empty",
      ),
    );
  }

  const source = fields.get("source");
  if (source && source.value !== "" && !isHttpUrl(source.value)) {
    problems.push(
      problem(
        file,
        source.line,
        `front matter "source" is not an http(s) URL`,
        "write a full URL or leave it empty",
      ),
    );
  }

  const language = fields.get("language");
  if (
    language &&
    language.value !== "" &&
    !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language.value)
  ) {
    problems.push(
      problem(
        file,
        language.line,
        `front matter "language" is not a language tag`,
        'write it like "fr" or "en"',
      ),
    );
  }

  const paragraphs = splitParagraphs(lines.slice(bodyStart));
  if (paragraphs.length === 0) {
    problems.push(
      problem(
        file,
        bodyStart + 1,
        "the article body is empty",
        "add paragraphs separated by blank lines",
      ),
    );
  }

  if (problems.length > 0) return { article: null, problems };

  const passages: Passage[] = paragraphs.map((text, index) => ({
    id: `${id}#${index + 1}`,
    articleId: id,
    paragraph: index + 1,
    text,
    sentences: splitSentences(text),
  }));
  return {
    article: {
      id,
      title: title?.value ?? "",
      date: date?.value || null,
      source: source?.value || null,
      language: language?.value || "fr",
      file,
      passages,
    },
    problems: [],
  };
}

/** Paragraphs are separated by blank lines; lines inside one paragraph are joined with a space. */
function splitParagraphs(lines: string[]): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const text = current
      .join(" ")
      .replace(/[ \t]+/g, " ")
      .trim();
    if (text !== "") paragraphs.push(text);
    current = [];
  };
  for (const line of lines) {
    if (line.trim() === "") flush();
    else current.push(line.trim());
  }
  flush();
  return paragraphs;
}

function unquote(value: string): string {
  const trimmed = value.trim();
  const quoted = /^(["'])(.*)\1$/.exec(trimmed);
  return quoted ? (quoted[2] ?? "") : trimmed;
}

function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
