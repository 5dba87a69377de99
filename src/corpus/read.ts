import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { CorpusError, type CorpusProblem, parseArticle } from "./parse.js";
import type { AliasGroups, Article, Corpus } from "./types.js";

/** Article files are the `.txt` and `.md` files of the corpus directory (not `README.md`). */
const ARTICLE_FILE = /\.(txt|md)$/i;
const ALIASES_FILE = "aliases.json";

/** Size limits on what a corpus may hold, checked on the files' sizes before any is read. */
export interface CorpusLimits {
  /** The largest article file accepted, in bytes. */
  articleMaxBytes: number;
  /** The most bytes of articles accepted in all (files in name order; the rest are left out). */
  corpusMaxBytes: number;
}

/** 2 MiB per article, 200 MiB per corpus. */
export const DEFAULT_CORPUS_LIMITS: CorpusLimits = {
  articleMaxBytes: 2 * 1024 * 1024,
  corpusMaxBytes: 200 * 1024 * 1024,
};

/** `3145728` → `3 MB`, `1500` → `1.5 kB`: sizes as an operator reads them (1 MB = 1024 kB). */
export function formatBytes(bytes: number): string {
  const units = ["bytes", "kB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = unit === 0 ? String(value) : String(Math.round(value * 10) / 10);
  return `${shown} ${units[unit]}`;
}

/** What {@link readValidArticles} found: the usable part of a corpus, and what it left out. */
export interface CorpusReading {
  /** Every valid article, and the alias groups when `aliases.json` is valid. */
  corpus: Corpus;
  /** One entry per thing left out (file, line, fix), in file order; empty for a clean corpus. */
  problems: CorpusProblem[];
}

/**
 * Reads and validates every article of a corpus directory, and its optional `aliases.json`.
 * Throws a {@link CorpusError} listing every problem found (file, line, fix).
 */
export async function readCorpus(dir: string): Promise<Corpus> {
  const { corpus, problems } = await readValidArticles(dir);
  if (problems.length > 0) throw new CorpusError(problems);
  return corpus;
}

/**
 * Reads a corpus directory as {@link readCorpus} does, but never throws for what it holds: an
 * invalid article (or an invalid `aliases.json`) is left out and reported in `problems`, and every
 * valid article is kept. An unreadable or empty directory gives no article and one problem.
 * A file over `limits.articleMaxBytes`, or one that would take the corpus past
 * `limits.corpusMaxBytes`, is left out the same way, before it is read.
 */
export async function readValidArticles(
  dir: string,
  limits: CorpusLimits = DEFAULT_CORPUS_LIMITS,
): Promise<CorpusReading> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (error) {
    return {
      corpus: { articles: [], aliases: [] },
      problems: [
        {
          file: dir,
          message: `cannot read the corpus directory (${errorCode(error)})`,
          fix: "check CORPUS_DIR",
        },
      ],
    };
  }

  const problems: CorpusProblem[] = [];
  const articles: Article[] = [];
  const seen = new Map<string, string>();
  let corpusBytes = 0;
  for (const name of names.filter((n) => ARTICLE_FILE.test(n) && n.toLowerCase() !== "readme.md")) {
    const file = path.join(dir, name);
    const size = await sizeOf(file);
    if (size !== null && size > limits.articleMaxBytes) {
      problems.push({
        file,
        message: `the file is ${formatBytes(size)} (${size} bytes), over the ${formatBytes(limits.articleMaxBytes)} limit per article`,
        fix: "split it into several articles, or raise ARTICLE_MAX_BYTES",
      });
      continue;
    }
    if (size !== null && corpusBytes + size > limits.corpusMaxBytes) {
      problems.push({
        file,
        message: `left out: with it the corpus would pass its ${formatBytes(limits.corpusMaxBytes)} limit`,
        fix: "remove articles from the corpus, or raise CORPUS_MAX_BYTES",
      });
      continue;
    }
    corpusBytes += size ?? 0;
    const text = await readUtf8(file, problems);
    if (text === null) continue;
    const result = parseArticle(text, file, path.parse(name).name.toLowerCase());
    if (!result.article) {
      problems.push(...result.problems);
      continue;
    }
    const first = seen.get(result.article.id);
    if (first) {
      problems.push({
        file,
        message: `duplicate article id "${result.article.id}" (also in ${first})`,
        fix: 'give one of them another "id" in its front matter',
      });
      continue;
    }
    seen.set(result.article.id, file);
    articles.push(result.article);
  }

  if (articles.length === 0 && problems.length === 0) {
    problems.push({
      file: dir,
      message: "the corpus has no article",
      fix: "add a .txt file (see README: Adding an article)",
    });
  }

  // An invalid alias group is left out; the valid ones are kept.
  const aliases = names.includes(ALIASES_FILE)
    ? await readAliases(path.join(dir, ALIASES_FILE), problems)
    : [];
  return { corpus: { articles, aliases }, problems };
}

/** The file's size in bytes, or null when it cannot be told (reading it then says why). */
async function sizeOf(file: string): Promise<number | null> {
  try {
    return (await stat(file)).size;
  } catch {
    return null;
  }
}

async function readUtf8(file: string, problems: CorpusProblem[]): Promise<string | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    problems.push({
      file,
      message: `cannot read the file (${errorCode(error)})`,
      fix: "check its permissions",
    });
    return null;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const line = lineOfFirstInvalidByte(bytes);
    problems.push({ file, line, message: "the file is not valid UTF-8", fix: "save it as UTF-8" });
    return null;
  }
}

/** The 1-based line holding the first byte sequence that is not valid UTF-8. */
export function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let start = 0;
  for (let index = 0; index <= bytes.length; index++) {
    if (index === bytes.length || bytes[index] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, index));
      } catch {
        return line;
      }
      line++;
      start = index + 1;
    }
  }
  return line;
}

/**
 * `aliases.json` is an array of groups, each an array of at least two names for the same thing:
 * `[["EI", "Etat islamique", "Daech", "ISIS"], ["Palmyre", "Palmyra", "Tadmor"]]`.
 */
async function readAliases(file: string, problems: CorpusProblem[]): Promise<AliasGroups> {
  const text = await readUtf8(file, problems);
  if (text === null) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    problems.push({
      file,
      message: `is not valid JSON (${(error as Error).message})`,
      fix: "fix the JSON syntax",
    });
    return [];
  }
  const fix = 'write an array of groups of names, e.g. [["EI", "Etat islamique"]]';
  if (!Array.isArray(data)) {
    problems.push({ file, message: "is not an array of alias groups", fix });
    return [];
  }
  const groups: string[][] = [];
  data.forEach((group, index) => {
    const valid =
      Array.isArray(group) &&
      group.length >= 2 &&
      group.every((name) => typeof name === "string" && name.trim() !== "");
    if (!valid) {
      problems.push({
        file,
        message: `alias group ${index + 1} is not a list of at least two names`,
        fix,
      });
      return;
    }
    groups.push(group.map((name: string) => name.trim()));
  });
  return groups;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}
