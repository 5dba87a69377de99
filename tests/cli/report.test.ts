import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FeedbackStore } from "../../src/feedback/store.js";
import { runInProcess } from "./run-cli.js";

describe("gazette report", () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "gazette-cli-report-"));
    const store = FeedbackStore.open({ dir: dataDir, retentionDays: 30 });
    store.recordQuestion({ kind: "ask", text: "la météo", answered: false });
    store.recordQuestion({ kind: "ask", text: "La météo ?", answered: false });
    store.recordQuestion({ kind: "ask", text: "grève", answered: true });
    const id = store.recordAnswer({ kind: "ask", question: "grève", shown: "Grève §1" });
    store.vote(id, "alice", "down");
    store.close();
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("prints the unanswered questions, the worst-rated answers and the no-answer rate", async () => {
    const { code, stdout } = await runInProcess(["report"], "", { DATA_DIR: dataDir });
    expect(code).toBe(0);
    expect(stdout).toContain("Feedback report, last 7 days");
    expect(stdout).toMatch(/ {4}2× {2}\/ask {2}"La météo \?"/);
    expect(stdout).toContain('1 down, 0 up  /ask  "grève" → Grève §1');
    expect(stdout).toMatch(/in all {2}2 of 3 unanswered \(67%\)/);
  });

  it("prints the report as JSON with --json, from --data", async () => {
    const { code, stdout } = await runInProcess([
      "report",
      "--json",
      "--data",
      dataDir,
      "--days",
      "30",
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      days: 30,
      unanswered: [{ kind: "ask", question: "La météo ?", count: 2 }],
      totals: { asked: 3, unanswered: 2, votesUp: 0, votesDown: 1 },
    });
  });

  it("exits 1 when no store exists, and 2 on a bad --days", async () => {
    const missing = await runInProcess(["report", "--data", path.join(dataDir, "nothing")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("No feedback recorded yet");
    const bad = await runInProcess(["report", "--days", "week"], "", { DATA_DIR: dataDir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--days must be a whole number");
  });
});
