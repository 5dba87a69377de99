import { randomBytes } from "node:crypto";
import { link, open, readdir, rename, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { type CorpusProblem, parseArticle } from "./parse.js";
import { type CorpusLimits, DEFAULT_CORPUS_LIMITS } from "./read.js";
import type { Article } from "./types.js";

/** An article the index serves, as the writer needs to know it: its id and its file. */
export interface KnownArticle {
  id: string;
  /** The file it was read from (as {@link Article.file}: inside the corpus directory). */
  file: string;
}

export interface CorpusWriterOptions {
  /** The articles directory (`CORPUS_DIR`). */
  corpusDir: string;
  /** Size limits per article and per corpus, as for reading (default `DEFAULT_CORPUS_LIMITS`). */
  limits?: CorpusLimits;
  /** The articles served now, to refuse an id already in use by a file of another name. */
  knownArticles?: () => readonly KnownArticle[];
}

/** Why {@link CorpusWriter.add} wrote nothing. */
export type AddRefusal =
  | { kind: "invalid"; problems: CorpusProblem[] }
  | { kind: "duplicate"; id: string; file: string }
  | { kind: "too-large"; bytes: number; limit: number }
  | { kind: "corpus-full"; bytes: number; corpusBytes: number; limit: number };

/** What {@link CorpusWriter.add} did. */
export type AddOutcome =
  | { ok: true; article: Article; file: string; replaced: boolean; bytes: number }
  | ({ ok: false } & AddRefusal);

/** What {@link CorpusWriter.remove} did. */
export type RemoveOutcome =
  { ok: true; file: string } | { ok: false; kind: "not-found" | "outside" };

/** Article files, as the corpus reader takes them: `.txt` and `.md`, not `README.md`. */
const ARTICLE_FILE = /\.(txt|md)$/i;

/**
 * Writes and removes article files in the corpus directory, one operation at a time per process
 * (a queue), so that concurrent adds never lose a file nor leave a half-written one. A new
 * article is written to a temporary file of the same directory (a name the reader ignores), then
 * linked to its final name, which fails if the name exists (exclusive create), so nothing is ever
 * overwritten unless `replace` is asked; a replacement is renamed over the old file (atomic).
 */
export class CorpusWriter {
  readonly #dir: string;
  readonly #limits: CorpusLimits;
  readonly #known: () => readonly KnownArticle[];
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: CorpusWriterOptions) {
    this.#dir = path.resolve(options.corpusDir);
    this.#limits = options.limits ?? DEFAULT_CORPUS_LIMITS;
    this.#known = options.knownArticles ?? (() => []);
  }

  /**
   * Validates `text` with the corpus parser and writes it as `<id>.txt` or `<id>.md` (the
   * extension of `fileName`). The id is the front matter's, else `fileName` made into an id
   * (`Grève au port.md` → `greve-au-port`). Problems name `fileName`.
   */
  add(text: string, fileName: string, options: { replace?: boolean } = {}): Promise<AddOutcome> {
    return this.#serially(() => this.#add(text, fileName, options.replace ?? false));
  }

  /** Removes the file of a served article, only if it lies inside the corpus directory. */
  remove(article: KnownArticle): Promise<RemoveOutcome> {
    return this.#serially(async () => {
      const file = this.#inside(article.file);
      if (!file) return { ok: false, kind: "outside" };
      try {
        await unlink(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") {
          return { ok: false, kind: "not-found" };
        }
        throw error;
      }
      await this.#syncDirectory();
      return { ok: true, file };
    });
  }

  #serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => {});
    return run;
  }

  async #add(text: string, fileName: string, replace: boolean): Promise<AddOutcome> {
    const bytes = Buffer.byteLength(text, "utf8");
    if (bytes > this.#limits.articleMaxBytes) {
      return { ok: false, kind: "too-large", bytes, limit: this.#limits.articleMaxBytes };
    }
    const parsed = parseArticle(text, fileName, articleIdFromFileName(fileName));
    if (!parsed.article) return { ok: false, kind: "invalid", problems: parsed.problems };
    const { id } = parsed.article;
    const extension = /\.md$/i.test(fileName) ? ".md" : ".txt";
    const target = path.join(this.#dir, `${id}${extension}`);

    // The files holding this id now: a served article (whatever its file name) and <id>.txt/.md.
    const holders = new Set<string>();
    for (const known of this.#known()) {
      const file = known.id === id ? this.#inside(known.file) : null;
      if (file) holders.add(file);
    }
    const files = await this.#articleFiles();
    for (const candidate of [`${id}.txt`, `${id}.md`]) {
      const match = files.find((file) => file.name.toLowerCase() === candidate);
      if (match) holders.add(path.join(this.#dir, match.name));
    }
    const [first] = holders;
    if (first && !replace) return { ok: false, kind: "duplicate", id, file: first };

    const replacedBytes = files
      .filter((file) => holders.has(path.join(this.#dir, file.name)))
      .reduce((sum, file) => sum + file.size, 0);
    const corpusBytes = files.reduce((sum, file) => sum + file.size, 0) - replacedBytes;
    if (corpusBytes + bytes > this.#limits.corpusMaxBytes) {
      return {
        ok: false,
        kind: "corpus-full",
        bytes,
        corpusBytes,
        limit: this.#limits.corpusMaxBytes,
      };
    }

    const temporary = path.join(this.#dir, `.${id}.${randomBytes(6).toString("hex")}.tmp`);
    await writeDurably(temporary, text);
    try {
      if (first) {
        await rename(temporary, target);
      } else {
        try {
          await link(temporary, target);
        } catch (error) {
          // Another process created it meanwhile: still never overwrite it.
          if ((error as NodeJS.ErrnoException).code === "EEXIST") {
            return { ok: false, kind: "duplicate", id, file: target };
          }
          throw error;
        }
      }
    } finally {
      await unlink(temporary).catch(() => {});
    }
    // A replaced article whose file had another name (or extension) must not stay as a duplicate.
    for (const holder of holders) {
      if (holder !== target) await unlink(holder).catch(() => {});
    }
    await this.#syncDirectory();
    return {
      ok: true,
      article: { ...parsed.article, file: target },
      file: target,
      replaced: holders.size > 0,
      bytes,
    };
  }

  /** The article files of the corpus directory with their sizes. */
  async #articleFiles(): Promise<{ name: string; size: number }[]> {
    const names = (await readdir(this.#dir)).filter(
      (name) => ARTICLE_FILE.test(name) && name.toLowerCase() !== "readme.md",
    );
    const files = await Promise.all(
      names.map(async (name) => {
        try {
          return { name, size: (await stat(path.join(this.#dir, name))).size };
        } catch {
          return null;
        }
      }),
    );
    return files.filter((file) => file !== null);
  }

  /** `file` resolved, when it is an article file directly inside the corpus directory; else null. */
  #inside(file: string): string | null {
    const resolved = path.resolve(this.#dir, file);
    const relative = path.relative(this.#dir, resolved);
    const direct = relative !== "" && !relative.includes(path.sep) && !relative.startsWith("..");
    return direct && ARTICLE_FILE.test(relative) ? resolved : null;
  }

  /** Makes the new directory entry durable (best effort: some file systems refuse it). */
  async #syncDirectory(): Promise<void> {
    try {
      const handle = await open(this.#dir, "r");
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch {
      // Not supported here (e.g. some container volumes): the rename itself is still atomic.
    }
  }
}

/** Writes a new file and flushes it to disk before it is linked or renamed into place. */
async function writeDurably(file: string, text: string): Promise<void> {
  const handle = await open(file, "wx", 0o644);
  try {
    await writeFile(handle, text, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * An article id made from a file name: accents dropped, lower case, other characters as `-`,
 * at most 64 characters (`Grève au port (2).md` → `greve-au-port-2`); `article` if nothing is left.
 */
export function articleIdFromFileName(fileName: string): string {
  const base = path.basename(fileName).replace(/\.(txt|md)$/i, "");
  const id = base
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-_]+/, "")
    .slice(0, 64)
    .replace(/-+$/, "");
  return id === "" ? "article" : id;
}
