import { createHash, randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { foldWord } from "../language/fold.js";
import { migrate } from "./schema.js";

/** What was answered: an `/ask` page or a `/summary`. */
export type AnswerKind = "ask" | "summary";
export type Vote = "up" | "down";

/**
 * How a click changed a member's vote on an answer: a first vote, the other button after a vote,
 * the same button again (the vote is withdrawn), or an answer the store does not know (older
 * than the retention, or never stored).
 */
export type VoteOutcome = "recorded" | "changed" | "withdrawn" | "unknown-answer";

/** What was shown for a question, stored so that a vote can be tied to it after a restart. */
export interface AnswerRecord {
  kind: AnswerKind;
  /** The question (or topic) as the member wrote it. */
  question: string;
  /** What was shown, in a few words (article titles and paragraphs); no user data. */
  shown: string;
}

export interface UnansweredQuestion {
  kind: AnswerKind;
  /** The most recent wording of the question (questions are grouped without case and accents). */
  question: string;
  count: number;
  /** Day (UTC, YYYY-MM-DD) it was last asked. */
  lastDay: string;
}

export interface RatedAnswer {
  kind: AnswerKind;
  question: string;
  shown: string;
  up: number;
  down: number;
}

export interface DayFigures {
  /** UTC day, YYYY-MM-DD. */
  day: string;
  /** Questions asked (`/ask` and `/summary` with a topic or an article). */
  asked: number;
  /** Of which went unanswered. */
  unanswered: number;
}

/** What `/report` and `gazette report` show, over the last `days` days (today included). */
export interface FeedbackReport {
  days: number;
  /** Most frequent first. */
  unanswered: UnansweredQuestion[];
  /** Answers with at least one 👎, the most disliked first (👎 minus 👍, then 👎). */
  worstRated: RatedAnswer[];
  /** Days with at least one question, oldest first. */
  perDay: DayFigures[];
  totals: { asked: number; unanswered: number; votesUp: number; votesDown: number };
}

export interface FeedbackStoreOptions {
  /** The directory of the database file (created when missing). */
  dir: string;
  /** Records older than this many days are deleted at open and by {@link FeedbackStore.prune}. */
  retentionDays: number;
  /** The clock, in ms (injected by tests). */
  now?: () => number;
  /** How long a writer waits for another process's write to finish, in ms (default 2000). */
  busyTimeoutMs?: number;
}

/** The database file's name inside the data directory. */
export const FEEDBACK_FILE = "feedback.db";

export const DAY_MS = 24 * 60 * 60 * 1000;
const QUESTION_MAX = 500;
const SHOWN_MAX = 300;

/** The store cannot be opened; `message` names the file and the fix. */
export class FeedbackStoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "FeedbackStoreError";
  }
}

/**
 * Feedback on Gazette's answers and the questions it could not answer, in one SQLite file
 * (`<dir>/feedback.db`, WAL mode, so several processes may write at once; each write is one
 * statement or one immediate transaction). What it keeps: question texts with counts per day,
 * the number of questions asked per day, one record per distinct answer per day (question, what
 * was shown) and one vote per member per answer, the member known only by a salted hash.
 * Everything older than the retention is deleted.
 */
export class FeedbackStore {
  readonly file: string;
  readonly #db: Database.Database;
  readonly #retentionDays: number;
  readonly #now: () => number;
  readonly #salt: string;
  readonly #statements;

  private constructor(db: Database.Database, file: string, options: FeedbackStoreOptions) {
    this.#db = db;
    this.file = file;
    this.#retentionDays = options.retentionDays;
    this.#now = options.now ?? Date.now;
    this.#salt = (
      db.prepare("SELECT value FROM settings WHERE key = 'voter_salt'").get() as { value: string }
    ).value;
    this.#statements = {
      findAnswer: db.prepare<[string, string, string, string], { id: string }>(
        "SELECT id FROM answers WHERE kind = ? AND question_key = ? AND shown = ? AND day = ?",
      ),
      insertAnswer: db.prepare(
        `INSERT INTO answers (id, kind, question, question_key, shown, day, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, question_key, shown, day) DO NOTHING`,
      ),
      answerExists: db.prepare<[string], { id: string }>("SELECT id FROM answers WHERE id = ?"),
      currentVote: db.prepare<[string, string], { vote: number }>(
        "SELECT vote FROM votes WHERE answer_id = ? AND voter = ?",
      ),
      upsertVote: db.prepare(
        `INSERT INTO votes (answer_id, voter, vote) VALUES (?, ?, ?)
         ON CONFLICT (answer_id, voter) DO UPDATE SET vote = excluded.vote`,
      ),
      deleteVote: db.prepare("DELETE FROM votes WHERE answer_id = ? AND voter = ?"),
      countDay: db.prepare(
        `INSERT INTO daily (day, kind, asked, unanswered) VALUES (?, ?, 1, ?)
         ON CONFLICT (day, kind) DO UPDATE SET asked = asked + 1,
           unanswered = unanswered + excluded.unanswered`,
      ),
      countUnanswered: db.prepare(
        `INSERT INTO unanswered (day, kind, question_key, question, count) VALUES (?, ?, ?, ?, 1)
         ON CONFLICT (day, kind, question_key) DO UPDATE SET count = count + 1,
           question = excluded.question`,
      ),
    };
  }

  /**
   * Opens (creating or migrating) `<dir>/feedback.db` and deletes what is past the retention.
   * Throws a {@link FeedbackStoreError} when the directory or file cannot be used (read-only,
   * corrupt, written by a newer Gazette).
   */
  static open(options: FeedbackStoreOptions): FeedbackStore {
    const file = path.join(options.dir, FEEDBACK_FILE);
    let db: Database.Database | null = null;
    try {
      mkdirSync(options.dir, { recursive: true });
      db = new Database(file);
      db.pragma(`busy_timeout = ${Math.round(options.busyTimeoutMs ?? 2000)}`);
      if (db.pragma("journal_mode = WAL", { simple: true }) !== "wal") {
        throw new Error("the file system does not support SQLite's WAL mode");
      }
      db.pragma("synchronous = NORMAL");
      db.pragma("foreign_keys = ON");
      migrate(db, randomBytes(32).toString("base64url"));
      const store = new FeedbackStore(db, file, options);
      store.prune();
      return store;
    } catch (error) {
      db?.close();
      if (error instanceof FeedbackStoreError) throw error;
      throw new FeedbackStoreError(
        `feedback store ${file} cannot be opened: ${(error as Error).message}; ` +
          "make DATA_DIR a writable directory, or move the file away if it is damaged " +
          "(Gazette creates a new one)",
        { cause: error },
      );
    }
  }

  /**
   * Stores what an answer showed and returns its id (10 characters, no ":"), for the vote buttons'
   * custom_ids. The same answer to the same question on the same day gets the same id, so votes on
   * it add up (and a member votes once on it).
   */
  recordAnswer(answer: AnswerRecord): string {
    const question = clip(answer.question, QUESTION_MAX);
    const key = questionKey(question);
    const shown = clip(answer.shown, SHOWN_MAX);
    const day = dayOf(this.#now());
    const id = randomBytes(8).toString("base64url").slice(0, 10);
    this.#statements.insertAnswer.run(id, answer.kind, question, key, shown, day, this.#now());
    // Another message (or process) may have stored the same answer first: use its id.
    return this.#statements.findAnswer.get(answer.kind, key, shown, day)?.id ?? id;
  }

  /** Counts a question asked today, and, when it got no answer, its text. */
  recordQuestion(question: { kind: AnswerKind; text: string; answered: boolean }): void {
    const day = dayOf(this.#now());
    const text = clip(question.text, QUESTION_MAX);
    this.#db.transaction(() => {
      this.#statements.countDay.run(day, question.kind, question.answered ? 0 : 1);
      if (!question.answered) {
        this.#statements.countUnanswered.run(day, question.kind, questionKey(text), text);
      }
    })();
  }

  /**
   * A member's click on 👍 or 👎: one vote per member per answer. The other button changes the
   * vote; the same button again withdraws it.
   */
  vote(answerId: string, voterId: string, vote: Vote): VoteOutcome {
    const voter = this.#voterHash(answerId, voterId);
    const value = vote === "up" ? 1 : -1;
    const change = this.#db.transaction((): VoteOutcome => {
      if (!this.#statements.answerExists.get(answerId)) return "unknown-answer";
      const current = this.#statements.currentVote.get(answerId, voter)?.vote;
      if (current === value) {
        this.#statements.deleteVote.run(answerId, voter);
        return "withdrawn";
      }
      this.#statements.upsertVote.run(answerId, voter, value);
      return current === undefined ? "recorded" : "changed";
    });
    // Immediate: take the write lock before reading, so two processes never both read "no vote".
    return change.immediate();
  }

  /** The votes on one answer (for tests and the CLI). */
  votesOn(answerId: string): { up: number; down: number } {
    const row = this.#db
      .prepare<[string], { up: number | null; down: number | null }>(
        "SELECT SUM(vote = 1) AS up, SUM(vote = -1) AS down FROM votes WHERE answer_id = ?",
      )
      .get(answerId);
    return { up: row?.up ?? 0, down: row?.down ?? 0 };
  }

  /** What went unanswered and what was disliked over the last `days` days (today included). */
  report(options: { days: number; limit?: number }): FeedbackReport {
    const limit = options.limit ?? 10;
    const since = dayOf(this.#now() - (options.days - 1) * DAY_MS);
    const unanswered = this.#db
      .prepare<[string, number], UnansweredQuestion>(
        `SELECT kind, question_key,
           (SELECT question FROM unanswered AS latest
             WHERE latest.kind = u.kind AND latest.question_key = u.question_key
             ORDER BY day DESC LIMIT 1) AS question,
           SUM(count) AS count, MAX(day) AS lastDay
         FROM unanswered AS u WHERE day >= ?
         GROUP BY kind, question_key ORDER BY count DESC, lastDay DESC, question LIMIT ?`,
      )
      .all(since, limit)
      .map(({ kind, question, count, lastDay }) => ({ kind, question, count, lastDay }));
    const worstRated = this.#db
      .prepare<[string, number], RatedAnswer>(
        `SELECT a.kind, MIN(a.question) AS question, a.shown,
           SUM(v.vote = 1) AS up, SUM(v.vote = -1) AS down
         FROM answers AS a JOIN votes AS v ON v.answer_id = a.id
         WHERE a.day >= ?
         GROUP BY a.kind, a.question_key, a.shown
         HAVING down > 0
         ORDER BY down - up DESC, down DESC, question LIMIT ?`,
      )
      .all(since, limit);
    const perDay = this.#db
      .prepare<[string], DayFigures>(
        `SELECT day, SUM(asked) AS asked, SUM(unanswered) AS unanswered FROM daily
         WHERE day >= ? GROUP BY day HAVING asked > 0 ORDER BY day`,
      )
      .all(since);
    const votes = this.#db
      .prepare<[string], { up: number | null; down: number | null }>(
        `SELECT SUM(v.vote = 1) AS up, SUM(v.vote = -1) AS down
         FROM votes AS v JOIN answers AS a ON a.id = v.answer_id WHERE a.day >= ?`,
      )
      .get(since);
    return {
      days: options.days,
      unanswered,
      worstRated,
      perDay,
      totals: {
        asked: perDay.reduce((sum, day) => sum + day.asked, 0),
        unanswered: perDay.reduce((sum, day) => sum + day.unanswered, 0),
        votesUp: votes?.up ?? 0,
        votesDown: votes?.down ?? 0,
      },
    };
  }

  /**
   * Deletes every record from before the retention window (answers with their votes, question
   * counts); returns how many rows went. Called at open and once a day.
   */
  prune(): { answers: number; questions: number; days: number } {
    const cutoff = dayOf(this.#now() - (this.#retentionDays - 1) * DAY_MS);
    return this.#db.transaction(() => ({
      answers: this.#db.prepare("DELETE FROM answers WHERE day < ?").run(cutoff).changes,
      questions: this.#db.prepare("DELETE FROM unanswered WHERE day < ?").run(cutoff).changes,
      days: this.#db.prepare("DELETE FROM daily WHERE day < ?").run(cutoff).changes,
    }))();
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }

  /**
   * Who voted, as a hash of the answer and the member with this database's random salt: enough to
   * keep one vote per member per answer, not to list what one member voted on across answers
   * without the salt. Deleted with the answer at the end of the retention.
   */
  #voterHash(answerId: string, voterId: string): string {
    return createHash("sha256")
      .update(`${this.#salt}\0${answerId}\0${voterId}`)
      .digest("base64url")
      .slice(0, 22);
  }
}

/** Questions are grouped by their words without case, accents or punctuation at the edges. */
export function questionKey(question: string): string {
  return foldWord(question)
    .replace(/\s+/g, " ")
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, "");
}

function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function clip(text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  // Cut between code points, never inside a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(trimmed[max - 2] ?? "") ? max - 2 : max - 1;
  return `${trimmed.slice(0, end)}…`;
}
