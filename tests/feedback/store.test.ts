import { execFile } from "node:child_process";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openFeedbackStore } from "../../src/feedback/open.js";
import { SCHEMA_VERSION } from "../../src/feedback/schema.js";
import {
  FEEDBACK_FILE,
  FeedbackStore,
  FeedbackStoreError,
  questionKey,
} from "../../src/feedback/store.js";
import { recordingLogger } from "../discord/e2e/start-gazette.js";

const DAY = 24 * 60 * 60 * 1000;
const START = Date.parse("2026-03-10T12:00:00Z");

let dir: string;
let clock: number;
const open = (retentionDays = 30) => FeedbackStore.open({ dir, retentionDays, now: () => clock });

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "gazette-feedback-"));
  clock = START;
});
afterEach(async () => {
  await chmod(dir, 0o700).catch(() => {});
  await rm(dir, { recursive: true, force: true });
});

const answer = { kind: "ask", question: "Qui a déminé Palmyre ?", shown: "Palmyre §6" } as const;

describe("FeedbackStore votes", () => {
  it("counts one vote per member per answer, changeable, withdrawn by the same button", () => {
    const store = open();
    const id = store.recordAnswer(answer);
    expect(id).toMatch(/^[\w-]{10}$/);
    expect(store.vote(id, "alice", "up")).toBe("recorded");
    expect(store.vote(id, "basile", "up")).toBe("recorded");
    expect(store.votesOn(id)).toEqual({ up: 2, down: 0 });
    expect(store.vote(id, "alice", "down")).toBe("changed");
    expect(store.votesOn(id)).toEqual({ up: 1, down: 1 });
    expect(store.vote(id, "alice", "down")).toBe("withdrawn");
    expect(store.votesOn(id)).toEqual({ up: 1, down: 0 });
    expect(store.vote(id, "alice", "down")).toBe("recorded");
    expect(store.votesOn(id)).toEqual({ up: 1, down: 1 });
    store.close();
  });

  it("gives the same answer to the same question on the same day one id, so votes add up", () => {
    const store = open();
    const first = store.recordAnswer(answer);
    expect(store.recordAnswer({ ...answer, question: "qui a DEMINE palmyre" })).toBe(first);
    expect(store.recordAnswer({ ...answer, shown: "Palmyre §7" })).not.toBe(first);
    clock += DAY;
    expect(store.recordAnswer(answer)).not.toBe(first);
    store.close();
  });

  it("says an answer it does not know is unknown, and stores no vote for it", () => {
    const store = open();
    expect(store.vote("nope000000", "alice", "up")).toBe("unknown-answer");
    expect(store.votesOn("nope000000")).toEqual({ up: 0, down: 0 });
    store.close();
  });

  it("keeps no member id: voters are salted hashes", () => {
    const store = open();
    const id = store.recordAnswer(answer);
    store.vote(id, "300000000000000001", "down");
    store.close();
    const raw = new Database(path.join(dir, FEEDBACK_FILE), { readonly: true });
    const dump = JSON.stringify(raw.prepare("SELECT * FROM votes").all());
    raw.close();
    expect(dump).not.toContain("300000000000000001");
    expect(dump).toMatch(/"voter":"[\w-]{22}"/);
  });
});

describe("FeedbackStore questions and report", () => {
  it("records a question without answer, grouped without case or accents, with the no-answer rate", () => {
    const store = open();
    store.recordQuestion({ kind: "ask", text: "La météo à Bordeaux ?", answered: false });
    store.recordQuestion({ kind: "ask", text: "la meteo a bordeaux", answered: false });
    store.recordQuestion({ kind: "ask", text: "grève", answered: true });
    clock += DAY;
    store.recordQuestion({ kind: "summary", text: "football", answered: false });
    store.recordQuestion({ kind: "ask", text: "grève", answered: true });

    const report = store.report({ days: 7 });
    expect(report.unanswered).toEqual([
      { kind: "ask", question: "la meteo a bordeaux", count: 2, lastDay: "2026-03-10" },
      { kind: "summary", question: "football", count: 1, lastDay: "2026-03-11" },
    ]);
    expect(report.perDay).toEqual([
      { day: "2026-03-10", asked: 3, unanswered: 2 },
      { day: "2026-03-11", asked: 2, unanswered: 1 },
    ]);
    expect(report.totals).toMatchObject({ asked: 5, unanswered: 3 });
    expect(store.report({ days: 1 }).perDay).toEqual([
      { day: "2026-03-11", asked: 2, unanswered: 1 },
    ]);
    store.close();
  });

  it("lists the worst-rated answers first, only those with a 👎", () => {
    const store = open();
    const liked = store.recordAnswer({ ...answer, question: "liked" });
    const mixed = store.recordAnswer({ ...answer, question: "mixed" });
    const disliked = store.recordAnswer({ ...answer, question: "disliked" });
    store.vote(liked, "a", "up");
    store.vote(mixed, "a", "up");
    store.vote(mixed, "b", "down");
    store.vote(disliked, "a", "down");
    store.vote(disliked, "b", "down");
    const report = store.report({ days: 30 });
    expect(report.worstRated.map(({ question, up, down }) => [question, up, down])).toEqual([
      ["disliked", 0, 2],
      ["mixed", 1, 1],
    ]);
    expect(report.totals).toMatchObject({ votesUp: 2, votesDown: 3 });
    store.close();
  });

  it("still holds the records after it is closed and opened again", () => {
    const first = open();
    const id = first.recordAnswer(answer);
    first.vote(id, "alice", "down");
    first.recordQuestion({ kind: "ask", text: "les soldes", answered: false });
    first.close();
    const second = open();
    expect(second.report({ days: 7 }).unanswered[0]?.question).toBe("les soldes");
    expect(second.report({ days: 7 }).worstRated[0]).toMatchObject({ down: 1 });
    expect(second.vote(id, "alice", "down")).toBe("withdrawn");
    second.close();
  });

  it("deletes what is older than the retention at open and on prune", () => {
    const store = open(3);
    const old = store.recordAnswer(answer);
    store.vote(old, "alice", "down");
    store.recordQuestion({ kind: "ask", text: "ancienne", answered: false });
    clock += 2 * DAY;
    store.recordQuestion({ kind: "ask", text: "récente", answered: false });
    expect(store.prune()).toEqual({ answers: 0, questions: 0, days: 0 });
    clock += DAY;
    expect(store.prune()).toEqual({ answers: 1, questions: 1, days: 1 });
    expect(store.vote(old, "alice", "up")).toBe("unknown-answer");
    expect(store.report({ days: 30 }).unanswered.map((q) => q.question)).toEqual(["récente"]);
    store.close();

    clock += 3 * DAY;
    const reopened = open(3);
    expect(reopened.report({ days: 30 }).unanswered).toEqual([]);
    reopened.close();
    const raw = new Database(path.join(dir, FEEDBACK_FILE), { readonly: true });
    expect(raw.prepare("SELECT COUNT(*) AS n FROM votes").get()).toEqual({ n: 0 });
    raw.close();
  });
});

describe("FeedbackStore on disk", () => {
  it("is in WAL mode with the schema version in user_version", () => {
    open().close();
    const raw = new Database(path.join(dir, FEEDBACK_FILE), { readonly: true });
    expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(raw.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    raw.close();
  });

  it("loses nothing when two connections write at once", () => {
    const a = open();
    const b = open();
    const id = a.recordAnswer(answer);
    expect(b.recordAnswer(answer)).toBe(id);
    for (let index = 0; index < 200; index++) {
      (index % 2 === 0 ? a : b).recordQuestion({ kind: "ask", text: "même", answered: false });
      (index % 2 === 0 ? b : a).vote(id, `member-${index}`, "down");
    }
    expect(a.report({ days: 1 }).unanswered[0]?.count).toBe(200);
    expect(b.votesOn(id)).toEqual({ up: 0, down: 200 });
    a.close();
    b.close();
  });

  it("loses nothing when two processes write at once", async () => {
    // The writers use the real clock (and prune by it), so this test does too.
    const store = FeedbackStore.open({ dir, retentionDays: 30 });
    const id = store.recordAnswer(answer);
    store.close();
    const writer = fileURLToPath(new URL("./concurrent-writer.ts", import.meta.url));
    const tsx = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));
    const run = (prefix: string) =>
      promisify(execFile)(tsx, [writer, dir, id, prefix, "300"], { timeout: 60_000 });
    await Promise.all([run("one"), run("two")]);
    const after = FeedbackStore.open({ dir, retentionDays: 30 });
    const report = after.report({ days: 1, limit: 1000 });
    expect(report.unanswered).toHaveLength(600);
    expect(report.totals).toMatchObject({ asked: 600, unanswered: 600 });
    expect(after.votesOn(id)).toEqual({ up: 300, down: 300 });
    after.close();
  }, 90_000);

  it("refuses a corrupt file with a message naming it and the fix", async () => {
    await writeFile(
      path.join(dir, FEEDBACK_FILE),
      "this is not a database, just some text\n".repeat(200),
    );
    expect(() => open()).toThrow(FeedbackStoreError);
    expect(() => open()).toThrow(/feedback\.db cannot be opened: .*DATA_DIR/);
  });

  it("refuses a directory it cannot write", async () => {
    if (process.getuid?.() === 0) return expect(true).toBe(true); // root writes anywhere
    await chmod(dir, 0o500);
    expect(() => FeedbackStore.open({ dir: path.join(dir, "sub"), retentionDays: 30 })).toThrow(
      FeedbackStoreError,
    );
  });

  it("refuses a file written by a newer schema", () => {
    open().close();
    const raw = new Database(path.join(dir, FEEDBACK_FILE));
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => open()).toThrow(/newer than this Gazette/);
  });
});

describe("openFeedbackStore", () => {
  it("logs a warning and gives null when the store cannot be opened", async () => {
    await writeFile(path.join(dir, FEEDBACK_FILE), "garbage".repeat(1000));
    const logs = recordingLogger();
    expect(openFeedbackStore({ dir, retentionDays: 30, logger: logs })).toBeNull();
    expect(logs.entries).toEqual([
      expect.objectContaining({
        level: "warn",
        message: expect.stringContaining("Gazette runs without feedback"),
      }),
    ]);
  });

  it("prunes on its timer until closed", async () => {
    const logs = recordingLogger();
    const running = openFeedbackStore({
      dir,
      retentionDays: 1,
      logger: logs,
      now: () => clock,
      pruneEveryMs: 20,
    });
    running?.store.recordQuestion({ kind: "ask", text: "hier", answered: false });
    clock += DAY;
    await expect.poll(() => running?.store.report({ days: 30 }).unanswered.length).toBe(0);
    running?.close();
    expect(
      logs.entries.some((entry) => entry.message === "feedback past the retention deleted"),
    ).toBe(true);
  });
});

describe("questionKey", () => {
  it("ignores case, accents, spacing and punctuation at the edges", () => {
    expect(questionKey("  Qui a DÉMINÉ   Palmyre ?! ")).toBe("qui a demine palmyre");
  });
});
