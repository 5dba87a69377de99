import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import type { Corpus, Passage } from "../corpus/types.js";
import { LEXICON_DATA_URL } from "../language/lexicon.js";
import { type TermRecord, Vocabulary, type WordRecords } from "../language/vocabulary.js";
import { articleHash, type IndexedArticle, type IndexState } from "./index-state.js";
import { PassageIndex, type PassageIndexSettings } from "./passage-index.js";
import {
  type DocumentRecord,
  PassageSearch,
  passageSearchOptions,
  type PostingsRecord,
  type SearchCounts,
} from "./passage-search.js";
import { PassageTerms, type PassageTermsRecord } from "./passage-terms.js";

/**
 * Bump when the analysis (tokenizer, stemmer, stopwords, answer kinds) or the snapshot's records
 * change: every snapshot written before is then stale and rebuilt.
 */
export const SNAPSHOT_FORMAT_VERSION = 6;
/** The snapshot's name in the data directory. */
export const SNAPSHOT_FILE = "passage-index.snapshot";
const FORMAT = "gazette-passage-index";
/**
 * Items per line of the snapshot. A line is made and stringified, or parsed, in one go on the
 * thread that serves, so lines stay a few tens of KB (a few ms each); the reader accepts lines of
 * any size, so these are no format change.
 */
const PER_LINE = {
  terms: 1024,
  /** Frozen words (five values each). */
  words: 2048,
  /** Words several terms spell (a folded form, a count, two or more term indexes each). */
  sharedWords: 2048,
  passageTerms: 1024,
  documents: 2048,
  postings: 10_000,
} as const;

/** Why a snapshot was not used: missing, stale (another corpus or analysis) or unreadable. */
export class SnapshotError extends Error {
  readonly reason: "missing" | "stale" | "corrupt";

  constructor(reason: SnapshotError["reason"], message: string) {
    super(message);
    this.name = "SnapshotError";
    this.reason = reason;
  }
}

let analysis: string | undefined;

// The language module: its code (stopwords, stemming, answer kinds, vocabulary) and its tables.
const LANGUAGE_DIR = new URL("../language/", import.meta.url);

/**
 * The version of the analysis an index depends on: the format version, the compiled lexicons, and
 * every file of the language module, code and tables alike (hashed once per process), so that a
 * change to a stopword, a verb or word form or the stemming never serves an index analysed before it.
 */
export function analysisVersion(): string {
  if (analysis !== undefined) return analysis;
  const hash = createHash("sha256")
    .update(`${FORMAT} ${SNAPSHOT_FORMAT_VERSION}\n`)
    .update(readFileSync(LEXICON_DATA_URL));
  const files = readdirSync(LANGUAGE_DIR, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort();
  for (const name of files)
    hash.update(`${name}\n`).update(readFileSync(new URL(name, LANGUAGE_DIR)));
  analysis = hash.digest("base64url");
  return analysis;
}

/** A corpus's snapshot key, and each article's content hash (reused by incremental updates). */
export interface CorpusKey {
  key: string;
  hashes: Map<string, string>;
}

/** Hashes the corpus (articles in order, aliases) with the analysis version into one key. */
export async function corpusKey(
  corpus: Corpus,
  pause: () => Promise<void> | undefined = () => undefined,
): Promise<CorpusKey> {
  const hash = createHash("sha256").update(analysisVersion());
  const hashes = new Map<string, string>();
  for (const article of corpus.articles) {
    const articleKey = articleHash(article);
    hashes.set(article.id, articleKey);
    hash.update(`${article.id}\0${articleKey}\n`);
    await pause();
  }
  hash.update(JSON.stringify(corpus.aliases));
  return { key: hash.digest("base64url"), hashes };
}

interface Header {
  format: string;
  version: number;
  key: string;
  slots: number;
}

type SnapshotRecord =
  | { t: "counts"; search: SearchCounts; vocabulary: { passages: number } }
  | { t: "articles"; items: [id: string, hash: string, title: string, positions: number[]][] }
  | { t: "terms"; items: TermRecord[] }
  | { t: "words"; items: WordRecords }
  | { t: "shared-words"; items: (string | number)[] }
  | ({ t: "passage-terms" } & PassageTermsRecord)
  | { t: "kinds"; base64: string }
  | { t: "documents"; items: DocumentRecord[] }
  | { t: "postings"; items: PostingsRecord[] }
  | { t: "end"; lines: number; checksum: string };

/**
 * Writes an index's state to `file` under `key`: JSON lines (a header, then records of a few
 * thousand items, then a line count and checksum so that a truncated or altered file is refused),
 * into a temporary file renamed over `file` at the end, so a reader never sees half a snapshot.
 * Calls `pause` between lines. The state must not be updated meanwhile.
 */
export async function writeSnapshot(
  state: IndexState,
  key: string,
  file: string,
  pause: () => Promise<void> | undefined = () => undefined,
): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  const handle = await open(temporary, "w");
  try {
    const checksum = createHash("sha256");
    let lines = 0;
    const write = async (record: object) => {
      const line = `${JSON.stringify(record)}\n`;
      checksum.update(line);
      lines++;
      await handle.write(line);
      await pause();
    };
    const header: Header = {
      format: FORMAT,
      version: SNAPSHOT_FORMAT_VERSION,
      key,
      slots: state.passages.length,
    };
    await write(header);
    await write({ t: "counts", search: state.search.counts, vocabulary: state.vocabulary.counts });
    let articles: [string, string, string, number[]][] = [];
    for (const [id, { hash, title, positions }] of state.articles) {
      articles.push([id, hash, title, positions]);
      if (articles.length >= 2048) {
        await write({ t: "articles", items: articles });
        articles = [];
      }
    }
    await write({ t: "articles", items: articles });
    for (const items of state.vocabulary.records(PER_LINE.terms)) {
      await write({ t: "terms", items });
    }
    for (const items of state.vocabulary.wordRecords(PER_LINE.words)) {
      await write({ t: "words", items });
    }
    for (const items of state.vocabulary.sharedRecords(PER_LINE.sharedWords)) {
      await write({ t: "shared-words", items });
    }
    for (let start = 0; start < state.passageTerms.slots; start += PER_LINE.passageTerms) {
      await write({
        t: "passage-terms",
        ...state.passageTerms.record(start, start + PER_LINE.passageTerms),
      });
    }
    await write({ t: "kinds", base64: Buffer.from(state.answerKinds).toString("base64") });
    for (const items of state.search.documentRecords(PER_LINE.documents)) {
      await write({ t: "documents", items });
    }
    for (const items of state.search.postingsRecords(PER_LINE.postings)) {
      await write({ t: "postings", items });
    }
    await handle.write(
      `${JSON.stringify({ t: "end", lines, checksum: checksum.digest("base64url") })}\n`,
    );
    await handle.sync();
    await handle.close();
    await rename(temporary, file);
  } catch (error) {
    await handle.close().catch(() => {});
    await rm(temporary, { force: true });
    throw error;
  }
}

/** The key a snapshot was written under, or null when there is no readable snapshot. */
export async function readSnapshotKey(file: string): Promise<string | null> {
  const reader = await openLines(file).catch(() => null);
  if (!reader) return null;
  try {
    const first = await reader.lines.next();
    if (first.done) return null;
    const header = JSON.parse(first.value) as Partial<Header>;
    return header.format === FORMAT && header.version === SNAPSHOT_FORMAT_VERSION
      ? (header.key ?? null)
      : null;
  } catch {
    return null;
  } finally {
    reader.close();
  }
}

/**
 * Reads the index of `corpus` from a snapshot written under `key` by {@link writeSnapshot},
 * calling `pause` between lines (`key` as {@link corpusKey} gives it, whose article hashes are
 * reused). Throws {@link SnapshotError} when the file is missing, was
 * written for another corpus or analysis, or is truncated or corrupt: the caller rebuilds.
 */
export async function readSnapshot(
  file: string,
  corpus: Corpus,
  key: string | CorpusKey,
  settings: PassageIndexSettings,
  pause: () => Promise<void> | undefined = () => undefined,
): Promise<PassageIndex> {
  let reader: Awaited<ReturnType<typeof openLines>> | null = null;
  try {
    reader = await openLines(file);
    const first = await reader.lines.next();
    if (first.done) throw new SnapshotError("corrupt", `${file}: the snapshot is empty`);
    const corpusKeyOf = typeof key === "string" ? { key, hashes: null } : key;
    return await readRecords(file, first.value, reader.lines, corpus, corpusKeyOf, settings, pause);
  } catch (error) {
    if (error instanceof SnapshotError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new SnapshotError("missing", `${file}: no snapshot yet`);
    throw new SnapshotError(
      "corrupt",
      `${file}: the snapshot is unreadable (${code ?? (error as Error).message})`,
    );
  } finally {
    reader?.close();
  }
}

async function readRecords(
  file: string,
  headerLine: string,
  lines: AsyncIterator<string>,
  corpus: Corpus,
  { key, hashes }: { key: string; hashes: ReadonlyMap<string, string> | null },
  settings: PassageIndexSettings,
  pause: () => Promise<void> | undefined,
): Promise<PassageIndex> {
  const corrupt = (why: string) => new SnapshotError("corrupt", `${file}: ${why}`);
  const header = parseLine(headerLine, corrupt) as Partial<Header>;
  if (header.format !== FORMAT) throw corrupt("not a Gazette index snapshot");
  if (header.version !== SNAPSHOT_FORMAT_VERSION || header.key !== key) {
    throw new SnapshotError(
      "stale",
      `${file}: the snapshot was written for another corpus or analysis version`,
    );
  }
  const checksum = createHash("sha256").update(`${headerLine}\n`);
  let count = 1;
  const search = new PassageSearch(passageSearchOptions(settings));
  const vocabulary = new Vocabulary();
  const passageTerms = new PassageTerms();
  const articles = new Map<string, IndexedArticle>();
  let answerKinds: Uint8Array | null = null;
  let vocabularyCounts: { passages: number } | null = null;
  let end: { lines: number; checksum: string } | null = null;

  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    const line = next.value;
    const record = parseLine(line, corrupt) as SnapshotRecord;
    if (record.t === "end") {
      end = record;
      break;
    }
    checksum.update(`${line}\n`);
    count++;
    switch (record.t) {
      case "counts":
        search.restoreCounts(record.search);
        vocabularyCounts = record.vocabulary;
        break;
      case "articles":
        for (const [id, hash, title, positions] of record.items) {
          articles.set(id, { hash, title, positions });
        }
        break;
      case "terms":
        await inSteps(record.items, (items) => vocabulary.addRecords(items), pause);
        break;
      case "words":
        await inSteps(record.items, (items) => vocabulary.addWordRecords(items), pause);
        break;
      case "shared-words":
        vocabulary.addSharedRecords(record.items);
        break;
      case "passage-terms":
        passageTerms.addRecord(record);
        break;
      case "kinds":
        answerKinds = new Uint8Array(Buffer.from(record.base64, "base64"));
        break;
      case "documents":
        await inSteps(record.items, (items) => search.restoreDocuments(items), pause);
        break;
      case "postings":
        await inSteps(record.items, (items) => search.restorePostings(items), pause);
        break;
      default:
        throw corrupt(`unknown record on line ${count + 1}`);
    }
    await pause();
  }
  if (!end) throw corrupt("the snapshot is truncated (no end record)");
  if (end.lines !== count || end.checksum !== checksum.digest("base64url")) {
    throw corrupt("the snapshot's checksum does not match its content");
  }
  if (!vocabularyCounts || !answerKinds) throw corrupt("records are missing");

  const slots = header.slots ?? -1;
  const passages: (Passage | undefined)[] = new Array(slots).fill(undefined);
  let live = 0;
  for (const article of corpus.articles) {
    const indexed = articles.get(article.id);
    if (
      !indexed ||
      indexed.positions.length !== article.passages.length ||
      indexed.hash !== (hashes?.get(article.id) ?? articleHash(article))
    ) {
      throw corrupt(`article "${article.id}" does not match the snapshot`);
    }
    indexed.positions.forEach((position, index) => {
      passages[position] = article.passages[index];
      live++;
    });
    await pause();
  }
  if (
    articles.size !== corpus.articles.length ||
    live !== search.documentCount ||
    passageTerms.slots !== slots ||
    answerKinds.length !== slots
  ) {
    throw corrupt("the snapshot's counts do not match the corpus");
  }
  vocabulary.withCounts(vocabularyCounts);
  await vocabulary.freeze(pause, search.terms);
  const state: IndexState = { search, vocabulary, passages, passageTerms, answerKinds, articles };
  return new PassageIndex(state, corpus, settings);
}

/**
 * Items of one record applied at a time while reading: a line holds up to thousands (see
 * {@link PER_LINE}; older snapshots more), and applying a whole one held the event loop for tens
 * of ms.
 */
const ITEMS_PER_STEP = 260; // a multiple of 5: a "words" record is flat, five values a word

/** Applies a record's items {@link ITEMS_PER_STEP} at a time, calling `pause` between steps. */
async function inSteps<T>(
  items: readonly T[],
  apply: (items: readonly T[]) => void,
  pause: () => Promise<void> | undefined,
): Promise<void> {
  if (items.length <= ITEMS_PER_STEP) {
    apply(items);
    return;
  }
  for (let start = 0; start < items.length; start += ITEMS_PER_STEP) {
    apply(items.slice(start, start + ITEMS_PER_STEP));
    await pause();
  }
}

function parseLine(line: string, corrupt: (why: string) => SnapshotError): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw corrupt("a line is not valid JSON");
  }
}

/** The lines of a file, once it is open (rejects with ENOENT when it does not exist). */
async function openLines(file: string) {
  const handle = await open(file, "r");
  const input = handle.createReadStream({ encoding: "utf8" });
  const reader = createInterface({ input, crlfDelay: Infinity });
  return {
    lines: reader[Symbol.asyncIterator]() as AsyncIterator<string>,
    close: () => {
      reader.close();
      input.destroy();
    },
  };
}
